import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
} from "@fluentui/react-components";
import type { MatchingRules } from "../../../../core/wave";
import { useTexts } from "../../texts/texts-context";
import type { FieldErrors } from "../feedback/field-errors";
import { useFormSectionStyles } from "../feedback/form-section-styles";

const CAPACITIES = [1, 2, 3] as const;

/** The hard pairing rules; fixed, with the reason shown, once pairs are published. */
export function RulesFields({
  rules,
  onChange,
  editable,
  errors,
}: {
  readonly rules: MatchingRules;
  readonly onChange: (rules: MatchingRules) => void;
  readonly editable: boolean;
  readonly errors: FieldErrors;
}) {
  const styles = useFormSectionStyles();
  const texts = useTexts().hr.rules;
  const capacityLabel = (capacity: number): string =>
    capacity === 1 ? `1 (${texts.oneToOne})` : capacity === 3 ? `3 (${texts.smallGroup})` : String(capacity);
  const error = (field: keyof MatchingRules) => {
    const message = errors.of(`rules.${field}`);
    return { validationMessage: message, validationState: message === undefined ? "none" : "error" } as const;
  };
  return (
    <fieldset className={styles.section} disabled={!editable} data-testid="wave-rules">
      <legend className={styles.legend}>{texts.legend}</legend>
      {!editable && (
        <MessageBar intent="info" data-testid="rules-locked">
          <MessageBarBody>{texts.locked}</MessageBarBody>
        </MessageBar>
      )}
      {errors.of("rules") !== undefined && <Caption1 role="alert">{errors.of("rules")}</Caption1>}
      <Field {...error("forbidReportingLine")} hint={texts.reportingLineHint}>
        <Switch
          label={texts.reportingLine}
          checked={rules.forbidReportingLine}
          disabled={!editable}
          onChange={(_, data) => onChange({ ...rules, forbidReportingLine: data.checked })}
        />
      </Field>
      <Field {...error("forbidSameDepartment")}>
        <Switch
          label={texts.sameDepartment}
          checked={rules.forbidSameDepartment}
          disabled={!editable}
          onChange={(_, data) => onChange({ ...rules, forbidSameDepartment: data.checked })}
        />
      </Field>
      <Field label={texts.maxMentees} {...error("maxMenteesPerMentor")}>
        <RadioGroup
          layout="horizontal"
          value={String(rules.maxMenteesPerMentor)}
          disabled={!editable}
          onChange={(_, data) => onChange({ ...rules, maxMenteesPerMentor: Number(data.value) })}
        >
          {CAPACITIES.map((capacity) => (
            <Radio key={capacity} value={String(capacity)} label={capacityLabel(capacity)} />
          ))}
        </RadioGroup>
      </Field>
      <Caption1 className={styles.hint}>{texts.hint}</Caption1>
    </fieldset>
  );
}
