import {
  Badge,
  Body1,
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ImportPreview } from "../../../api/hr-api-contract";
import type { HrTexts } from "../../texts/hr-texts";
import { useTexts } from "../../texts/texts-context";
import { ImportPreviewTable } from "./import-preview-table";
import type { CsvImport } from "./use-csv-import";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  summary: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  fileName: { overflowWrap: "anywhere" },
});

/** The import's progress: checking the file, its preview with "Import N people", or the result. */
export function ImportPanel({ csvImport }: { readonly csvImport: CsvImport }) {
  const styles = useStyles();
  const { hr } = useTexts();
  const texts = hr.csvImport;
  const { state } = csvImport;
  if (state.kind === "idle") return null;
  const close = (
    <Button
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label={texts.close}
      onClick={csvImport.reset}
    />
  );

  if (state.kind === "imported") {
    const { created, updated, unchanged } = state.result;
    return (
      <MessageBar intent="success" role="status" data-testid="import-result">
        <MessageBarBody>
          <MessageBarTitle>{texts.doneTitle}</MessageBarTitle>
          {texts.doneText(created, updated, unchanged)}
        </MessageBarBody>
        <MessageBarActions containerAction={close} />
      </MessageBar>
    );
  }
  if (state.kind === "previewing") return <Spinner label={texts.checking(state.fileName)} role="status" />;
  if (state.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-error">
        <MessageBarBody>
          <MessageBarTitle>{texts.couldNotCheck(state.fileName)}</MessageBarTitle>
          {state.error.message}
        </MessageBarBody>
        <MessageBarActions containerAction={close} />
      </MessageBar>
    );
  }

  const { preview, committing, error } = state;
  const count = preview.summary.new + preview.summary.updated;
  return (
    <Card className={styles.card} data-testid="import-preview" data-can-commit={preview.canCommit}>
      <div className={styles.actions}>
        <Subtitle2 as="h3" className={styles.fileName}>
          {texts.previewTitle(state.fileName)}
        </Subtitle2>
      </div>
      <div aria-live="polite">
        {error !== undefined && (
          <MessageBar intent="error" layout="multiline" data-testid="import-commit-error">
            <MessageBarBody>
              <MessageBarTitle>{texts.nothingImported}</MessageBarTitle>
              {error.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {preview.fileErrors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="import-file-errors">
          <MessageBarBody>
            <MessageBarTitle>{texts.fileRejected}</MessageBarTitle>
            {preview.fileErrors.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Summary preview={preview} texts={texts} />
      {preview.rows.length > 0 && <ImportPreviewTable rows={preview.rows} />}
      <Body1 as="p">{commitAdvice(preview, count, texts)}</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!preview.canCommit || count === 0 || committing}
          icon={committing ? <Spinner size="tiny" /> : undefined}
          onClick={() => void csvImport.commit()}
          data-testid="import-commit"
        >
          {texts.importPeople(count)}
        </Button>
        <Button disabled={committing} onClick={csvImport.reset}>
          {hr.common.cancel}
        </Button>
      </div>
    </Card>
  );
}

function Summary({
  preview,
  texts,
}: {
  readonly preview: ImportPreview;
  readonly texts: HrTexts["csvImport"];
}) {
  const styles = useStyles();
  const { summary } = preview;
  return (
    <div className={styles.summary} role="status" data-testid="import-summary">
      <Badge appearance="tint" color="brand">
        {texts.summaryNew(summary.new)}
      </Badge>
      <Badge appearance="tint" color="informative">
        {texts.summaryUpdated(summary.updated)}
      </Badge>
      <Badge appearance="tint" color="subtle">
        {texts.summaryUnchanged(summary.unchanged)}
      </Badge>
      <Badge
        appearance={summary.errors > 0 ? "filled" : "tint"}
        color={summary.errors > 0 ? "danger" : "subtle"}
      >
        {texts.summaryErrors(summary.errors)}
      </Badge>
    </div>
  );
}

function commitAdvice(preview: ImportPreview, count: number, texts: HrTexts["csvImport"]): string {
  if (!preview.canCommit) return texts.adviceFix;
  if (count === 0) return texts.adviceNothing;
  return texts.adviceReady;
}
