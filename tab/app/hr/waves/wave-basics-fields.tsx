import { Field, Input, makeStyles, Select, SpinButton, tokens } from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../../../core/language";
import { languageName } from "../../my-mentoring/wording";
import { useTexts } from "../../texts/texts-context";
import type { FieldErrors } from "../feedback/field-errors";
import { useFormSectionStyles } from "../feedback/form-section-styles";
import type { WaveDraft } from "./wave-draft";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 200px), 1fr))",
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  name: { gridColumn: "1 / -1" },
});

type Basics = Omit<WaveDraft, "themes" | "rules">;

/** A SpinButton's new value, whether stepped with the arrows or typed (NaN while it is not a number). */
const spinValue = (data: { value?: number | null; displayValue?: string }): number =>
  data.value ?? (data.displayValue === undefined ? Number.NaN : Number.parseInt(data.displayValue, 10));

/** Name, dates, cadence, session length, reminder lead and default language. */
export function WaveBasicsFields({
  draft,
  onChange,
  errors,
}: {
  readonly draft: Basics;
  readonly onChange: (change: Partial<Basics>) => void;
  readonly errors: FieldErrors;
}) {
  const styles = useStyles();
  const section = useFormSectionStyles();
  const allTexts = useTexts();
  const texts = allTexts.hr.waveBasics;
  const error = (field: string) => {
    const message = errors.of(field);
    return { validationMessage: message, validationState: message === undefined ? "none" : "error" } as const;
  };
  return (
    <fieldset className={section.section}>
      <legend className={section.legend}>{texts.legend}</legend>
      <div className={styles.grid}>
        <Field label={texts.name} required className={styles.name} {...error("name")}>
          <Input
            value={draft.name}
            placeholder={texts.namePlaceholder}
            onChange={(_, data) => onChange({ name: data.value })}
            data-testid="wave-name"
          />
        </Field>
        <Field label={texts.startDate} required {...error("startDate")}>
          <Input
            type="date"
            value={draft.startDate}
            onChange={(_, data) => onChange({ startDate: data.value })}
          />
        </Field>
        <Field label={texts.endDate} required {...error("endDate")}>
          <Input
            type="date"
            value={draft.endDate}
            onChange={(_, data) => onChange({ endDate: data.value })}
          />
        </Field>
        <Field label={texts.meetings} hint={texts.meetingsHint} {...error("cadence")}>
          <Select value="monthly" disabled>
            <option value="monthly">{texts.monthly}</option>
          </Select>
        </Field>
        <Field label={texts.sessionLength} {...error("sessionMinutes")}>
          <SpinButton
            value={Number.isNaN(draft.sessionMinutes) ? null : draft.sessionMinutes}
            min={15}
            max={240}
            step={15}
            onChange={(_, data) => onChange({ sessionMinutes: spinValue(data) })}
          />
        </Field>
        <Field label={texts.remindMentors} {...error("reminderLeadDays")}>
          <SpinButton
            value={Number.isNaN(draft.reminderLeadDays) ? null : draft.reminderLeadDays}
            min={0}
            max={14}
            onChange={(_, data) => onChange({ reminderLeadDays: spinValue(data) })}
          />
        </Field>
        <Field label={texts.defaultLanguage} hint={texts.defaultLanguageHint} {...error("defaultLanguage")}>
          <Select
            value={draft.defaultLanguage}
            onChange={(_, data) => onChange({ defaultLanguage: data.value as Language })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {languageName(language, allTexts)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </fieldset>
  );
}
