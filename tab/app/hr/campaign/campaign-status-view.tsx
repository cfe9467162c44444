import { Badge, Body1, Caption1, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { CampaignStatus } from "../../../api/hr-api-contract";
import { useHr } from "../backend/hr-context";
import { useTexts } from "../../texts/texts-context";
import { CAMPAIGN_STATE_COLOUR, wholePercent } from "./campaign-wording";
import { UnreachableList } from "./unreachable-list";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  rate: { maxWidth: "560px" },
  answered: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  stats: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  stat: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  figure: {
    order: -1,
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The running campaign: response rate, messages sent, reminders, and who the bot cannot reach. */
export function CampaignStatusView({
  status,
  updatedAt,
}: {
  readonly status: CampaignStatus;
  readonly updatedAt?: Date;
}) {
  const styles = useStyles();
  const { formats } = useHr();
  const { hr, intlLocale } = useTexts();
  const texts = hr.campaign;
  const state = {
    label: texts.states[status.state] ?? status.state,
    color: CAMPAIGN_STATE_COLOUR[status.state] ?? "subtle",
  };
  const stats = [
    { term: texts.enrolled, value: status.enrolled, testId: "campaign-enrolled" },
    { term: texts.sent, value: status.sent, testId: "campaign-sent" },
    { term: texts.reminders, value: status.remindersSent, testId: "campaign-reminders" },
    { term: texts.unreachable, value: status.unreachable.length, testId: "campaign-unreachable" },
  ];
  return (
    <div className={styles.status} data-testid="campaign-status" data-state={status.state}>
      <div className={styles.head}>
        <Badge appearance="tint" color={state.color}>
          {state.label}
        </Badge>
        <Caption1 className={styles.muted}>
          {status.launchedAt !== undefined && `${texts.launched(formats.dateTime(status.launchedAt))} `}
          {status.deadline !== undefined && `${texts.acceptedUntil(formats.dateTime(status.deadline))} `}
          {status.reminderIntervalDays !== undefined && texts.remindersEvery(status.reminderIntervalDays)}
        </Caption1>
      </div>
      <Field
        label={texts.responseRate}
        className={styles.rate}
        validationState="none"
        hint={texts.rateHint(hr.common.percent(wholePercent(status.responseRate)))}
      >
        <ProgressBar
          value={Math.min(1, Math.max(0, status.responseRate))}
          max={1}
          thickness="large"
          color={status.responseRate >= 1 ? "success" : "brand"}
          data-testid="response-rate"
          data-value={status.responseRate}
        />
      </Field>
      <Body1 className={styles.answered} aria-live="polite" data-testid="response-count">
        {texts.answeredOf(status.answered, status.enrolled)}
      </Body1>
      <dl className={styles.stats}>
        {stats.map((stat) => (
          <div key={stat.term} className={styles.stat}>
            <dt className={styles.muted}>{stat.term}</dt>
            <dd className={styles.figure} data-testid={stat.testId}>
              {stat.value}
            </dd>
          </div>
        ))}
      </dl>
      <UnreachableList people={status.unreachable} />
      {updatedAt !== undefined && (
        <Caption1 className={styles.muted}>
          {texts.updatedAt(updatedAt.toLocaleTimeString(intlLocale))}
        </Caption1>
      )}
    </div>
  );
}
