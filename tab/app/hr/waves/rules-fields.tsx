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
import type { FieldErrors } from "../feedback/field-errors";
import { useFormSectionStyles } from "../feedback/form-section-styles";

const CAPACITIES = [
  { value: 1, label: "1 (one-to-one)" },
  { value: 2, label: "2" },
  { value: 3, label: "3 (small group)" },
];

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
  const error = (field: keyof MatchingRules) => {
    const message = errors.of(`rules.${field}`);
    return { validationMessage: message, validationState: message === undefined ? "none" : "error" } as const;
  };
  return (
    <fieldset className={styles.section} disabled={!editable} data-testid="wave-rules">
      <legend className={styles.legend}>Pairing rules</legend>
      {!editable && (
        <MessageBar intent="info" data-testid="rules-locked">
          <MessageBarBody>
            The pairs of this wave are published, so its pairing rules and theme catalogue can no longer
            change.
          </MessageBarBody>
        </MessageBar>
      )}
      {errors.of("rules") !== undefined && <Caption1 role="alert">{errors.of("rules")}</Caption1>}
      <Field
        {...error("forbidReportingLine")}
        hint="A mentor never coaches someone in their own chain of managers."
      >
        <Switch
          label="Never pair people in the same reporting line"
          checked={rules.forbidReportingLine}
          disabled={!editable}
          onChange={(_, data) => onChange({ ...rules, forbidReportingLine: data.checked })}
        />
      </Field>
      <Field {...error("forbidSameDepartment")}>
        <Switch
          label="Never pair people from the same department"
          checked={rules.forbidSameDepartment}
          disabled={!editable}
          onChange={(_, data) => onChange({ ...rules, forbidSameDepartment: data.checked })}
        />
      </Field>
      <Field label="Most mentees per mentor" {...error("maxMenteesPerMentor")}>
        <RadioGroup
          layout="horizontal"
          value={String(rules.maxMenteesPerMentor)}
          disabled={!editable}
          onChange={(_, data) => onChange({ ...rules, maxMenteesPerMentor: Number(data.value) })}
        >
          {CAPACITIES.map((capacity) => (
            <Radio key={capacity.value} value={String(capacity.value)} label={capacity.label} />
          ))}
        </RadioGroup>
      </Field>
      <Caption1 className={styles.hint}>
        Matching never breaks these rules; it explains every pair it makes.
      </Caption1>
    </fieldset>
  );
}
