import { Badge, Body1, Caption1, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { CampaignStatus } from "../../../api/hr-api-contract";
import { useHr } from "../backend/hr-context";
import { CAMPAIGN_STATE, percent } from "./campaign-wording";
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
  const state = CAMPAIGN_STATE[status.state] ?? { label: status.state, color: "subtle" as const };
  const stats = [
    { term: "Enrolled", value: status.enrolled, testId: "campaign-enrolled" },
    { term: "Questionnaires sent", value: status.sent, testId: "campaign-sent" },
    { term: "Reminders sent", value: status.remindersSent, testId: "campaign-reminders" },
    { term: "Unreachable", value: status.unreachable.length, testId: "campaign-unreachable" },
  ];
  return (
    <div className={styles.status} data-testid="campaign-status" data-state={status.state}>
      <div className={styles.head}>
        <Badge appearance="tint" color={state.color}>
          {state.label}
        </Badge>
        <Caption1 className={styles.muted}>
          {status.launchedAt !== undefined && `Launched ${formats.dateTime(status.launchedAt)}. `}
          {status.deadline !== undefined && `Answers accepted until ${formats.dateTime(status.deadline)}. `}
          {status.reminderIntervalDays !== undefined &&
            `Reminders every ${status.reminderIntervalDays} day${status.reminderIntervalDays === 1 ? "" : "s"}, at most two.`}
        </Caption1>
      </div>
      <Field
        label="Response rate"
        className={styles.rate}
        validationState="none"
        hint={`${percent(status.responseRate)} of the enrolled people`}
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
        {status.answered} of {status.enrolled} answered
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
          Updated at {updatedAt.toLocaleTimeString()}; refreshes every 10 seconds.
        </Caption1>
      )}
    </div>
  );
}
