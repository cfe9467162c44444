import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { WaveInput } from "../../../api/hr-api-contract";
import { toApiError, type ApiError, type FieldError } from "../../backend/api-error";
import { useTexts } from "../../texts/texts-context";
import { fieldErrors } from "../feedback/field-errors";
import { RulesFields } from "./rules-fields";
import { ThemeCatalogueEditor } from "./theme-catalogue-editor";
import { WaveBasicsFields } from "./wave-basics-fields";
import { checkDraft, waveInputFromDraft, type WaveDraft } from "./wave-draft";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SHOWN_FIELDS = [
  "name",
  "startDate",
  "endDate",
  "cadence",
  "sessionMinutes",
  "reminderLeadDays",
  "defaultLanguage",
  "themes",
  "rules",
];

/** The wave form: basics, theme catalogue and pairing rules; field errors from the server shown in place. */
export function WaveEditor({
  initial,
  rulesEditable,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  readonly initial: WaveDraft;
  readonly rulesEditable: boolean;
  readonly submitLabel: string;
  /** Saves; a thrown 400 shows its field errors, anything else its message. */
  readonly onSubmit: (input: WaveInput) => Promise<void>;
  readonly onCancel?: () => void;
}) {
  const styles = useStyles();
  const { hr } = useTexts();
  const texts = hr.waveEditor;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const found = fieldErrors(errors);

  const change = (next: Partial<WaveDraft>): void => {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    setSaved(false);
    const problems = checkDraft(draft, texts);
    setErrors(problems);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      await onSubmit(waveInputFromDraft(draft));
      setSaved(true);
    } catch (error) {
      const apiError = toApiError(error, "SAVE_FAILED", texts.saveFailed);
      setErrors(apiError.fieldErrors);
      setFailure(apiError);
    } finally {
      setSaving(false);
    }
  };

  const unshown = found.others(SHOWN_FIELDS);
  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="wave-editor"
    >
      <div aria-live="polite">
        {failure !== undefined && (
          <MessageBar
            intent="error"
            layout="multiline"
            data-testid="wave-editor-error"
            data-code={failure.code}
          >
            <MessageBarBody>
              <MessageBarTitle>
                {failure.fieldErrors.length > 0 ? texts.checkFieldsTitle : hr.common.notSaved}
              </MessageBarTitle>
              {failure.message}
              {unshown.map((error) => (
                <div key={error.field}>{error.message}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {failure === undefined && found.any && (
          <MessageBar intent="warning">
            <MessageBarBody>{texts.checkFields}</MessageBarBody>
          </MessageBar>
        )}
        {saved && (
          <MessageBar intent="success" data-testid="wave-saved">
            <MessageBarBody>{texts.saved}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <WaveBasicsFields draft={draft} onChange={change} errors={found} />
      <ThemeCatalogueEditor
        themes={draft.themes}
        onChange={(themes) => change({ themes })}
        disabled={!rulesEditable}
        errors={found}
      />
      <RulesFields
        rules={draft.rules}
        onChange={(rules) => change({ rules })}
        editable={rulesEditable}
        errors={found}
      />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={saving}
          icon={saving ? <Spinner size="tiny" /> : undefined}
          data-testid="wave-save"
        >
          {submitLabel}
        </Button>
        {onCancel !== undefined && (
          <Button disabled={saving} onClick={onCancel}>
            {hr.common.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
