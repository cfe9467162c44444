import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../../../core/language";
import type { Role } from "../../../../core/participant";
import type { ParticipantInput } from "../../../api/hr-api-contract";
import { languageName } from "../../my-mentoring/wording";
import { useLanguage, useTexts } from "../../texts/texts-context";
import { TIME_ZONE_TEXTS } from "../../texts/time-zone-texts";
import type { FieldErrors } from "../feedback/field-errors";
import type { ParticipantDraft } from "./participant-draft";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 220px), 1fr))",
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    alignItems: "start",
  },
  wide: { gridColumn: "1 / -1" },
  languages: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

export type { ParticipantDraft };

/** The fields of one person: identity, role, organisation, time zone, languages and motivation. */
export function ParticipantFields({
  draft,
  onChange,
  errors,
}: {
  readonly draft: ParticipantDraft;
  readonly onChange: (change: Partial<ParticipantDraft>) => void;
  readonly errors: FieldErrors;
}) {
  const styles = useStyles();
  const allTexts = useTexts();
  const texts = allTexts.hr.participantDialog;
  const error = (field: keyof ParticipantInput) => {
    const message = errors.of(field);
    return { validationMessage: message, validationState: message === undefined ? "none" : "error" } as const;
  };
  const zoneTexts = TIME_ZONE_TEXTS[useLanguage()];
  const text = (
    field: "displayName" | "email" | "department" | "site" | "managerEmail" | "aadObjectId" | "timeZone",
  ) => ({
    value: draft[field],
    onChange: (_: unknown, data: { value: string }) => onChange({ [field]: data.value }),
  });
  const toggleLanguage = (language: Language, on: boolean): void =>
    onChange({
      languages: LANGUAGES.filter((l) => (l === language ? on : draft.languages.includes(l))),
    });

  return (
    <div className={styles.grid}>
      <Field label={texts.name} required {...error("displayName")}>
        <Input {...text("displayName")} autoComplete="off" data-testid="participant-name" />
      </Field>
      <Field label={texts.workEmail} required {...error("email")}>
        <Input type="email" {...text("email")} autoComplete="off" data-testid="participant-email" />
      </Field>
      <Field label={texts.role} required className={styles.wide} {...error("role")}>
        <RadioGroup
          layout="horizontal"
          value={draft.role}
          onChange={(_, data) => onChange({ role: data.value as Role })}
        >
          <Radio value="mentee" label={`${allTexts.role.names.mentee} (${texts.menteeWho})`} />
          <Radio value="mentor" label={`${allTexts.role.names.mentor} (${texts.mentorWho})`} />
        </RadioGroup>
      </Field>
      <Field label={allTexts.role.department} {...error("department")}>
        <Input {...text("department")} />
      </Field>
      <Field label={allTexts.role.site} {...error("site")}>
        <Input {...text("site")} />
      </Field>
      <Field label={texts.managerEmail} hint={texts.managerHint} {...error("managerEmail")}>
        <Input type="email" {...text("managerEmail")} autoComplete="off" />
      </Field>
      <Field label={texts.objectId} hint={texts.objectIdHint} {...error("aadObjectId")}>
        <Input {...text("aadObjectId")} autoComplete="off" />
      </Field>
      <Field label={zoneTexts.label} hint={zoneTexts.hint} {...error("timeZone")}>
        <Input
          {...text("timeZone")}
          autoComplete="off"
          placeholder="Europe/Paris"
          data-testid="participant-time-zone"
        />
      </Field>
      <Field label={texts.languages} className={styles.wide} {...error("languages")}>
        <div className={styles.languages} role="group" aria-label={allTexts.answers.languages}>
          {LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              label={languageName(language, allTexts)}
              checked={draft.languages.includes(language)}
              onChange={(_, data) => toggleLanguage(language, data.checked === true)}
            />
          ))}
        </div>
      </Field>
      <Field label={texts.motivation} className={styles.wide} {...error("motivation")}>
        <Textarea
          value={draft.motivation}
          resize="vertical"
          onChange={(_, data) => onChange({ motivation: data.value })}
        />
      </Field>
    </div>
  );
}
