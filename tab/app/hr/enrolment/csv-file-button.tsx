import { Button, makeStyles } from "@fluentui/react-components";
import { ArrowUploadRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useTexts } from "../../texts/texts-context";

const useStyles = makeStyles({
  // Out of sight but in the page: the button opens it, and tests can set its files.
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
    pointerEvents: "none",
  },
});

/** "Import CSV": opens the file picker; the chosen file goes to `onFile`. */
export function CsvFileButton({
  disabled,
  onFile,
}: {
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        icon={<ArrowUploadRegular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
        data-testid="import-csv"
      >
        {texts.hr.enrolment.importCsv}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className={styles.input}
        tabIndex={-1}
        aria-hidden
        data-testid="import-csv-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ""; // choosing the same file again must fire again
          if (file !== undefined) onFile(file);
        }}
      />
    </>
  );
}
