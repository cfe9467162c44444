import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  makeStyles,
  Subtitle2,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { CheckmarkStarburstRegular, EditRegular, SendRegular } from "@fluentui/react-icons";
import type { MatchingView, ProposalView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useHr } from "../backend/hr-context";
import { ProposeButton, ProposingProgress } from "./pool-panel";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  reason: { color: tokens.colorNeutralForeground3, maxWidth: "60ch" },
});

/** The proposal's totals and badges, "Propose again (keeps locked pairs)" and "Publish" (hidden once published). */
export function ProposalSummary({
  view,
  proposal,
  proposing,
  onPropose,
  onPublish,
}: {
  readonly view: MatchingView;
  readonly proposal: ProposalView;
  readonly proposing: boolean;
  readonly onPropose: () => void;
  readonly onPublish: () => void;
}) {
  const styles = useStyles();
  const { formats } = useHr();
  const texts = useMatchingTexts();
  const published = view.published !== null;
  const count =
    view.format === "group"
      ? texts.totals.groups(groupCount(proposal))
      : texts.totals.pairs(proposal.pairs.length);
  const blocked = !view.canPublish ? view.publishBlockedReason : undefined;
  return (
    <Card className={styles.card} data-testid="proposal-summary">
      <div className={styles.head}>
        <Subtitle2 as="h3">{texts.totals.title}</Subtitle2>
        <Body1 data-testid="proposal-count">{count}</Body1>
        <div className={styles.badges}>
          {proposal.certified ? (
            <Tooltip content={texts.totals.provenHint} relationship="description">
              <Badge
                appearance="filled"
                color="success"
                icon={<CheckmarkStarburstRegular />}
                tabIndex={0}
                data-testid="proposal-certified"
              >
                {texts.totals.proven}
              </Badge>
            </Tooltip>
          ) : (
            <Badge appearance="tint" color="informative">
              {texts.totals.notProven}
            </Badge>
          )}
          {proposal.edited && (
            <Tooltip content={texts.totals.editedHint} relationship="description">
              <Badge
                appearance="tint"
                color="warning"
                icon={<EditRegular />}
                tabIndex={0}
                data-testid="proposal-edited"
              >
                {texts.totals.edited}
              </Badge>
            </Tooltip>
          )}
        </div>
      </div>
      <Body1
        as="p"
        data-testid="proposal-total"
        data-total={proposal.totalScore}
        data-optimal={proposal.optimalScore}
      >
        {texts.totals.totalScore}: {texts.totals.scoreOf(proposal.totalScore, proposal.optimalScore)}
      </Body1>
      <Caption1 className={styles.muted}>
        {texts.totals.proposedAt(formats.dateTime(proposal.updatedAt))}
      </Caption1>
      {!published && (
        <div className={styles.actions}>
          <ProposeButton
            view={view}
            proposing={proposing}
            onPropose={onPropose}
            label={texts.pool.proposeAgain}
            appearance="secondary"
          />
          <Button
            appearance="primary"
            icon={<SendRegular />}
            disabledFocusable={!view.canPublish || proposing}
            aria-describedby={blocked === undefined ? undefined : "publish-blocked"}
            onClick={onPublish}
            data-testid="publish-pairs"
          >
            {texts.publish.publish}
          </Button>
          {blocked !== undefined && (
            <Caption1 id="publish-blocked" className={styles.reason} data-testid="publish-blocked">
              {blocked}
            </Caption1>
          )}
        </div>
      )}
      {proposing && <ProposingProgress />}
    </Card>
  );
}

/** Groups in the proposal: one per mentor with at least one mentee. */
export const groupCount = (proposal: ProposalView): number =>
  new Set(proposal.pairs.map((pair) => pair.mentor.id)).size;
