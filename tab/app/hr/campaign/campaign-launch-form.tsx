import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  SpinButton,
  tokens,
} from "@fluentui/react-components";
import { SendRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CampaignInput } from "../../../api/hr-api-contract";
import { ApiError, type FieldError } from "../../backend/api-error";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { fieldErrors } from "../feedback/field-errors";
import { useFormSectionStyles } from "../feedback/form-section-styles";

const useStyles = makeStyles({
  form: { maxWidth: "720px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 160px), 1fr))",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
  },
  launch: { alignSelf: "flex-start" },
  blocked: { color: tokens.colorNeutralForeground3 },
});

const DAY_MS = 86_400_000;
const localDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** Deadline and reminder interval, then "Launch" behind a confirmation naming how many people get it. */
export function CampaignLaunchForm({
  enrolled,
  blockedBecause,
  onLaunch,
}: {
  readonly enrolled: number;
  /** Why the questionnaire cannot be launched now; undefined when it can. */
  readonly blockedBecause?: string;
  readonly onLaunch: (input: CampaignInput) => Promise<void>;
}) {
  const styles = useStyles();
  const section = useFormSectionStyles();
  const { formats } = useHr();
  const texts = useTexts().hr.campaign;
  const [date, setDate] = useState(() => localDate(new Date(Date.now() + 14 * DAY_MS)));
  const [time, setTime] = useState("18:00");
  const [reminderDays, setReminderDays] = useState(3);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const found = fieldErrors(errors);
  const deadline = new Date(`${date}T${time || "00:00"}`);

  const check = (): void => {
    const problems: FieldError[] = [];
    if (Number.isNaN(deadline.getTime())) problems.push({ field: "deadline", message: texts.chooseDateTime });
    else if (deadline.getTime() <= Date.now())
      problems.push({ field: "deadline", message: texts.futureDeadline });
    if (!(reminderDays >= 1 && reminderDays <= 14))
      problems.push({ field: "reminderIntervalDays", message: texts.intervalRange });
    setErrors(problems);
    if (problems.length === 0) setConfirming(true);
  };
  const error = (field: string) => {
    const message = found.of(field);
    return { validationMessage: message, validationState: message === undefined ? "none" : "error" } as const;
  };

  return (
    <fieldset className={mergeClasses(section.section, styles.form)}>
      <legend className={section.legend}>{texts.legend}</legend>
      <Body1 as="p">{texts.intro}</Body1>
      <div className={styles.grid}>
        <Field label={texts.deadlineDate} required {...error("deadline")}>
          <Input
            type="date"
            value={date}
            onChange={(_, data) => setDate(data.value)}
            data-testid="campaign-deadline-date"
          />
        </Field>
        <Field label={texts.deadlineTime} required>
          <Input
            type="time"
            value={time}
            onChange={(_, data) => setTime(data.value)}
            data-testid="campaign-deadline-time"
          />
        </Field>
        <Field label={texts.remindEvery} hint={texts.remindHint} {...error("reminderIntervalDays")}>
          <SpinButton
            value={Number.isNaN(reminderDays) ? null : reminderDays}
            min={1}
            max={14}
            onChange={(_, data) =>
              setReminderDays(data.value ?? Number.parseInt(data.displayValue ?? "", 10))
            }
            data-testid="campaign-interval"
          />
        </Field>
      </div>
      {blockedBecause !== undefined && (
        <Body1 className={styles.blocked} id="campaign-blocked" data-testid="campaign-blocked">
          {blockedBecause}
        </Body1>
      )}
      <Button
        appearance="primary"
        icon={<SendRegular />}
        className={styles.launch}
        disabledFocusable={blockedBecause !== undefined}
        aria-describedby={blockedBecause === undefined ? undefined : "campaign-blocked"}
        onClick={check}
        data-testid="campaign-launch"
      >
        {texts.launch}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={texts.confirmTitle}
        confirmLabel={texts.launch}
        onConfirm={async () => {
          try {
            await onLaunch({ deadline: deadline.toISOString(), reminderIntervalDays: reminderDays });
          } catch (failure) {
            if (failure instanceof ApiError) setErrors(failure.fieldErrors);
            throw failure;
          }
        }}
        onClose={() => setConfirming(false)}
        testId="campaign-confirm"
      >
        <Body1 as="p" data-testid="campaign-confirm-text">
          {texts.confirmRecipients(enrolled)}
        </Body1>
        <Body1 as="p">{texts.confirmSchedule(formats.dateTime(deadline.toISOString()), reminderDays)}</Body1>
      </ConfirmDialog>
    </fieldset>
  );
}
