import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
} from "@fluentui/react-components";
import {
  DEFAULT_GROUP_SIZE,
  GROUP_SIZE_MAX,
  GROUP_SIZE_MIN,
  type MatchFormat,
  type MatchingRules,
} from "../../../../core/wave";
import { useTexts } from "../../texts/texts-context";
import type { FieldErrors } from "../feedback/field-errors";
import { useFormSectionStyles } from "../feedback/form-section-styles";

const CAPACITIES = [1, 2, 3] as const;
const GROUP_SIZES = Array.from({ length: GROUP_SIZE_MAX - GROUP_SIZE_MIN + 1 }, (_, i) => GROUP_SIZE_MIN + i);

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
  const format: MatchFormat = rules.format ?? "one-to-one";
  const chooseFormat = (next: MatchFormat): void =>
    onChange(
      next === "group"
        ? { ...rules, format: next, groupSize: rules.groupSize ?? DEFAULT_GROUP_SIZE }
        : { ...rules, format: next, groupSize: undefined },
    );
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
      <Field label={texts.format} hint={texts.formatHint} {...error("format")}>
        <RadioGroup
          layout="horizontal"
          value={format}
          disabled={!editable}
          onChange={(_, data) => chooseFormat(data.value as MatchFormat)}
          data-testid="rules-format"
        >
          <Radio value="one-to-one" label={texts.formatPairs} />
          <Radio value="group" label={texts.formatGroups} />
        </RadioGroup>
      </Field>
      {format === "group" ? (
        <Field label={texts.groupSize} hint={texts.groupSizeHint} {...error("groupSize")}>
          <RadioGroup
            layout="horizontal"
            value={String(rules.groupSize ?? DEFAULT_GROUP_SIZE)}
            disabled={!editable}
            onChange={(_, data) => onChange({ ...rules, groupSize: Number(data.value) })}
            data-testid="rules-group-size"
          >
            {GROUP_SIZES.map((size) => (
              <Radio key={size} value={String(size)} label={String(size)} />
            ))}
          </RadioGroup>
        </Field>
      ) : (
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
      )}
      <Caption1 className={styles.hint}>{texts.hint}</Caption1>
    </fieldset>
  );
}
