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
import { countText } from "../feedback/count-text";
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
  const { state } = csvImport;
  if (state.kind === "idle") return null;
  const close = (
    <Button
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label="Close the import"
      onClick={csvImport.reset}
    />
  );

  if (state.kind === "imported") {
    const { created, updated, unchanged } = state.result;
    return (
      <MessageBar intent="success" role="status" data-testid="import-result">
        <MessageBarBody>
          <MessageBarTitle>Import done</MessageBarTitle>
          {created} added, {updated} updated, {unchanged} unchanged.
        </MessageBarBody>
        <MessageBarActions containerAction={close} />
      </MessageBar>
    );
  }
  if (state.kind === "previewing") return <Spinner label={`Checking ${state.fileName}…`} role="status" />;
  if (state.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-error">
        <MessageBarBody>
          <MessageBarTitle>{state.fileName} could not be checked</MessageBarTitle>
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
          Import preview: {state.fileName}
        </Subtitle2>
      </div>
      <div aria-live="polite">
        {error !== undefined && (
          <MessageBar intent="error" layout="multiline" data-testid="import-commit-error">
            <MessageBarBody>
              <MessageBarTitle>Nothing was imported</MessageBarTitle>
              {error.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {preview.fileErrors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="import-file-errors">
          <MessageBarBody>
            <MessageBarTitle>The file cannot be imported</MessageBarTitle>
            {preview.fileErrors.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Summary preview={preview} />
      {preview.rows.length > 0 && <ImportPreviewTable rows={preview.rows} />}
      <Body1 as="p">{commitAdvice(preview, count)}</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!preview.canCommit || count === 0 || committing}
          icon={committing ? <Spinner size="tiny" /> : undefined}
          onClick={() => void csvImport.commit()}
          data-testid="import-commit"
        >
          Import {countText(count, "person", "people")}
        </Button>
        <Button disabled={committing} onClick={csvImport.reset}>
          Cancel
        </Button>
      </div>
    </Card>
  );
}

function Summary({ preview }: { readonly preview: ImportPreview }) {
  const styles = useStyles();
  const { summary } = preview;
  return (
    <div className={styles.summary} role="status" data-testid="import-summary">
      <Badge appearance="tint" color="brand">
        {summary.new} new
      </Badge>
      <Badge appearance="tint" color="informative">
        {summary.updated} updated
      </Badge>
      <Badge appearance="tint" color="subtle">
        {summary.unchanged} unchanged
      </Badge>
      <Badge
        appearance={summary.errors > 0 ? "filled" : "tint"}
        color={summary.errors > 0 ? "danger" : "subtle"}
      >
        {countText(summary.errors, "error")}
      </Badge>
    </div>
  );
}

function commitAdvice(preview: ImportPreview, count: number): string {
  if (!preview.canCommit)
    return "Fix the file and choose it again: the import is all or nothing, so nobody is imported while a line has an error.";
  if (count === 0) return "Everyone in the file is already enrolled as written: there is nothing to import.";
  return "Nothing is saved until you import. Unchanged lines are left as they are.";
}
