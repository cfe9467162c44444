import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { SessionsTexts } from "../../texts/sessions-texts";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

/** The browser's IANA time zone: the date and time typed are read in it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** A date and a time (native pickers: keyboard-usable and localised by the browser). */
export function WhenFields({
  date,
  time,
  onDate,
  onTime,
  words,
  min,
  max,
  testId,
}: {
  readonly date: string;
  readonly time: string;
  readonly onDate: (value: string) => void;
  readonly onTime: (value: string) => void;
  readonly words: SessionsTexts;
  readonly min?: string;
  readonly max?: string;
  readonly testId: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={words.dateLabel} required>
        <Input
          type="date"
          value={date}
          min={min}
          max={max}
          data-testid={`${testId}-date`}
          onChange={(_, d) => onDate(d.value)}
        />
      </Field>
      <Field label={words.timeLabel} required hint={words.timeZoneHint(browserTimeZone())}>
        <Input type="time" value={time} data-testid={`${testId}-time`} onChange={(_, d) => onTime(d.value)} />
      </Field>
    </div>
  );
}
