import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { toApiError } from "../../backend/api-error";
import { EXPORT_CATALOGUE } from "../../texts/export-texts";
import { useLanguage } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { saveBlob } from "../backend/file-download";

/** The separators the CSV exports accept (tab/api/csv-response.ts). */
export type CsvSeparator = "comma" | "semicolon";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
});

/**
 * A CSV export's download control: the separator (semicolon by default in French and Dutch, where Excel
 * expects it) and a button that fetches the file with HR's token and saves it. `path` is under /api/hr.
 */
export function CsvDownload({
  path,
  fileName,
  label,
  testId,
}: {
  readonly path: (separator: CsvSeparator) => string;
  readonly fileName: string;
  readonly label: string;
  readonly testId?: string;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const texts = EXPORT_CATALOGUE[language];
  const { api } = useHr();
  const [separator, setSeparator] = useState<CsvSeparator>(language === "en" ? "comma" : "semicolon");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const download = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      saveBlob(await api.downloadFile(path(separator)), fileName);
    } catch (caught) {
      setError(toApiError(caught, "DOWNLOAD", texts.failed).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={testId}>
      <div className={styles.row}>
        <Field label={texts.separatorLabel}>
          <Select
            value={separator}
            onChange={(_event, data) => setSeparator(data.value === "comma" ? "comma" : "semicolon")}
          >
            <option value="comma">{texts.comma}</option>
            <option value="semicolon">{texts.semicolon}</option>
          </Select>
        </Field>
        <Button
          icon={busy ? <Spinner size="tiny" aria-label={texts.downloading} /> : <ArrowDownloadRegular />}
          disabled={busy}
          onClick={() => void download()}
        >
          {label}
        </Button>
      </div>
      {error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{texts.failed}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
