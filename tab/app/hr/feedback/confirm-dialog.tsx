import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { toApiError, type ApiError } from "../../backend/api-error";
import { useTexts } from "../../texts/texts-context";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** "Are you sure?": runs `onConfirm`, keeps the dialog open with the server's message if it fails. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  testId,
  confirmDisabled = false,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
  readonly testId?: string;
  /** Keeps the confirm button off until the dialog's content is complete (e.g. a choice is made). */
  readonly confirmDisabled?: boolean;
}) {
  const styles = useStyles();
  const { common } = useTexts().hr;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError(toApiError(failure, "FAILED", common.actionFailed(confirmLabel)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) {
          setError(undefined);
          onClose();
        }
      }}
    >
      <DialogSurface data-testid={testId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {children}
            {error !== undefined && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={busy} onClick={onClose}>
              {common.cancel}
            </Button>
            <Button
              appearance="primary"
              disabled={busy || confirmDisabled}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              onClick={() => void confirm()}
              data-testid={testId === undefined ? undefined : `${testId}-confirm`}
            >
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
