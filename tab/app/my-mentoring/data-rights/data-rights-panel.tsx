import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DeleteRegular, ShieldPersonRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { toApiError, type ApiError } from "../../backend/api-error";
import { requestJson } from "../../backend/tandem-api";
import { fetchFile, saveBlob } from "../../hr/backend/file-download";
import { DATA_RIGHTS_CATALOGUE, type DataRightsTexts } from "../../texts/data-rights-texts";
import { useLanguage } from "../../texts/texts-context";
import { SectionCard } from "../section-card";

/** What the erasure route wants to hear: the same words as tab/api/data-rights-routes.ts. */
const ERASURE_CONFIRMATION = "erase-my-data";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  dialog: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** "Your data": download everything Tandem holds about me (JSON), or erase it at once after a clear warning. */
export default function DataRightsPanel({ getToken }: { readonly getToken: () => Promise<string> }) {
  const styles = useStyles();
  const texts = DATA_RIGHTS_CATALOGUE[useLanguage()];
  const [downloading, setDownloading] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: ApiError }>();
  const [asking, setAsking] = useState(false);
  const [erased, setErased] = useState(false);

  const download = async (): Promise<void> => {
    setDownloading(true);
    setFailure(undefined);
    try {
      const blob = await fetchFile("/api/me/data", await getToken());
      saveBlob(blob, `tandem-my-data-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (error) {
      setFailure({ title: texts.downloadFailed, error: toApiError(error, "FAILED", texts.downloadFailed) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <SectionCard title={texts.title} icon={<ShieldPersonRegular />}>
      <Body1>{texts.intro}</Body1>
      {erased ? (
        <MessageBar intent="success" data-testid="data-erased">
          <MessageBarBody>{texts.erased}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button
            icon={downloading ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
            disabled={downloading}
            onClick={() => void download()}
            data-testid="download-my-data"
          >
            {downloading ? texts.downloading : texts.download}
          </Button>
          <Button icon={<DeleteRegular />} onClick={() => setAsking(true)} data-testid="erase-my-data">
            {texts.erase}
          </Button>
        </div>
      )}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}</MessageBarTitle>
            {failure.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <EraseDialog
        open={asking}
        texts={texts}
        onClose={() => setAsking(false)}
        onErase={async () => {
          await requestJson("/api/me/erasure", {
            method: "POST",
            headers: { Authorization: `Bearer ${await getToken()}`, "Content-Type": "application/json" },
            body: JSON.stringify({ confirm: ERASURE_CONFIRMATION }),
          });
          setErased(true);
        }}
      />
    </SectionCard>
  );
}

/** The warning: what goes, what stays, the partner's notes, and a checkbox before the final button. */
function EraseDialog({
  open,
  texts,
  onClose,
  onErase,
}: {
  readonly open: boolean;
  readonly texts: DataRightsTexts;
  readonly onClose: () => void;
  readonly onErase: () => Promise<void>;
}) {
  const styles = useStyles();
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const close = (): void => {
    setUnderstood(false);
    setError(undefined);
    onClose();
  };
  const erase = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await onErase();
      close();
    } catch (failure) {
      setError(toApiError(failure, "FAILED", texts.eraseFailed));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && !busy && close()}>
      <DialogSurface data-testid="erase-dialog">
        <DialogBody>
          <DialogTitle>{texts.eraseTitle}</DialogTitle>
          <DialogContent className={styles.dialog}>
            <Body1>{texts.eraseRemoves}</Body1>
            <Body1>{texts.eraseKeeps}</Body1>
            <Body1>{texts.eraseNotes}</Body1>
            <Body1>
              <strong>{texts.eraseFinal}</strong>
            </Body1>
            <Checkbox
              checked={understood}
              onChange={(_, data) => setUnderstood(data.checked === true)}
              label={texts.eraseUnderstood}
              data-testid="erase-understood"
            />
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{texts.eraseFailed}</MessageBarTitle>
                  {error.message}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close} disabled={busy}>
              {texts.cancel}
            </Button>
            <Button
              appearance="primary"
              onClick={() => void erase()}
              disabled={!understood || busy}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              data-testid="erase-confirm"
            >
              {busy ? texts.erasing : texts.eraseConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
