import {
  Button,
  Caption1,
  Card,
  makeStyles,
  ProgressBar,
  Spinner,
  Subtitle2,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { PeopleSwapRegular } from "@fluentui/react-icons";
import type { MatchingView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 160px), 1fr))",
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  stat: { display: "flex", flexDirection: "column-reverse", gap: tokens.spacingVerticalXXS, margin: 0 },
  number: { ...typographyStyles.title2, margin: 0, fontVariantNumeric: "tabular-nums" },
  term: { color: tokens.colorNeutralForeground3 },
  propose: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  reason: { color: tokens.colorNeutralForeground3, maxWidth: "60ch" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Who the engine will consider, and "Propose pairs" (or why it is not possible yet). */
export function PoolPanel({
  view,
  proposing,
  onPropose,
}: {
  readonly view: MatchingView;
  readonly proposing: boolean;
  /** Undefined hides the button (e.g. once there is a proposal, "Propose again" sits with its totals). */
  readonly onPropose?: () => void;
}) {
  const styles = useStyles();
  const texts = useMatchingTexts().pool;
  const { pool } = view;
  const stats: ReadonlyArray<readonly [string, number, string]> = [
    [texts.mentees, pool.mentees, "mentees"],
    [texts.mentors, pool.mentors, "mentors"],
    [texts.places, pool.places, "places"],
    [texts.mutualChoices, pool.mutualChoices, "mutual"],
  ];
  return (
    <Card className={styles.card} data-testid="matching-pool">
      <Subtitle2 as="h3">{texts.title}</Subtitle2>
      <dl className={styles.stats}>
        {stats.map(([term, value, key]) => (
          <div key={key} className={styles.stat}>
            <dd className={styles.number} data-testid={`pool-${key}`}>
              {value}
            </dd>
            <dt className={styles.term}>{term}</dt>
          </div>
        ))}
      </dl>
      {onPropose !== undefined && (
        <div className={styles.propose}>
          <ProposeButton view={view} proposing={proposing} onPropose={onPropose} label={texts.propose} />
        </div>
      )}
      {proposing && <ProposingProgress />}
    </Card>
  );
}

/** "Propose pairs" / "Propose again": disabled with the server's reason while it is not possible. */
export function ProposeButton({
  view,
  proposing,
  onPropose,
  label,
  appearance = "primary",
}: {
  readonly view: MatchingView;
  readonly proposing: boolean;
  readonly onPropose: () => void;
  readonly label: string;
  readonly appearance?: "primary" | "secondary";
}) {
  const styles = useStyles();
  const blocked = !view.canPropose ? view.proposeBlockedReason : undefined;
  return (
    <>
      <Button
        appearance={appearance}
        icon={proposing ? <Spinner size="tiny" /> : <PeopleSwapRegular />}
        disabledFocusable={!view.canPropose || proposing}
        aria-describedby={blocked === undefined ? undefined : "propose-blocked"}
        onClick={onPropose}
        data-testid="propose-pairs"
        data-can-propose={view.canPropose}
      >
        {label}
      </Button>
      {blocked !== undefined && (
        <Caption1 id="propose-blocked" className={styles.reason} data-testid="propose-blocked">
          {blocked}
        </Caption1>
      )}
    </>
  );
}

/** The engine may take a few seconds on a large wave: say what is happening. */
export function ProposingProgress() {
  const styles = useStyles();
  const texts = useMatchingTexts().pool;
  return (
    <div className={styles.progress} role="status" data-testid="proposing">
      <ProgressBar thickness="large" aria-label={texts.proposing} />
      <Caption1>{texts.proposing}</Caption1>
    </div>
  );
}
