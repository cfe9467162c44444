import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  makeStyles,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ParticipantRow } from "../../../api/hr-api-contract";
import { toApiError, type ApiError, type FieldError } from "../../backend/api-error";
import { useLanguage, useTexts } from "../../texts/texts-context";
import { TIME_ZONE_TEXTS } from "../../texts/time-zone-texts";
import { useHr } from "../backend/hr-context";
import { fieldErrors } from "../feedback/field-errors";
import {
  checkParticipant,
  draftFromParticipant,
  emptyParticipant,
  participantChanges,
  participantInput,
} from "./participant-draft";
import { ParticipantFields } from "./participant-fields";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const SHOWN = [
  "displayName",
  "email",
  "role",
  "department",
  "site",
  "managerEmail",
  "aadObjectId",
  "languages",
  "motivation",
  "timeZone",
];

/** Adds one person to the wave, or edits one; server field errors appear next to their fields. */
export function ParticipantDialog({
  waveId,
  person,
  onSaved,
  onClose,
}: {
  readonly waveId: string;
  /** The person to edit; undefined to add someone. */
  readonly person?: ParticipantRow;
  readonly onSaved: (saved: ParticipantRow) => void;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const { hr } = useTexts();
  const language = useLanguage();
  const texts = hr.participantDialog;
  const [draft, setDraft] = useState(() =>
    person === undefined ? emptyParticipant() : draftFromParticipant(person),
  );
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const found = fieldErrors(errors);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const problems = checkParticipant(draft, texts, TIME_ZONE_TEXTS[language]);
    setErrors(problems);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const saved =
        person === undefined
          ? await api.addParticipant(waveId, participantInput(draft))
          : await api.updateParticipant(waveId, person.id, participantChanges(person, draft));
      onSaved(saved);
      onClose();
    } catch (error) {
      const apiError = toApiError(error, "SAVE_FAILED", texts.saveFailed);
      setErrors(apiError.fieldErrors);
      setFailure(apiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !saving && onClose()}>
      <DialogSurface data-testid="participant-dialog">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>
              {person === undefined ? texts.addTitle : texts.editTitle(person.displayName)}
            </DialogTitle>
            <DialogContent className={styles.content}>
              <div aria-live="polite">
                {failure !== undefined && (
                  <MessageBar intent="error" layout="multiline" data-testid="participant-error">
                    <MessageBarBody>
                      {failure.message}
                      {found.others(SHOWN).map((error) => (
                        <div key={error.field}>{error.message}</div>
                      ))}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </div>
              <ParticipantFields
                draft={draft}
                onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
                errors={found}
              />
            </DialogContent>
            <DialogActions>
              <Button disabled={saving} onClick={onClose}>
                {hr.common.cancel}
              </Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={saving}
                icon={saving ? <Spinner size="tiny" /> : undefined}
                data-testid="participant-save"
              >
                {person === undefined ? texts.add : texts.save}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
