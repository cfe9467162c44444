import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { MatchingView, ProposalView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { groupCount } from "./proposal-summary";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** "Publish 12 pairs?": says what happens (wave running, introductions in Teams, the unmatched told). */
export function PublishDialog({
  open,
  view,
  proposal,
  onPublish,
  onClose,
}: {
  readonly open: boolean;
  readonly view: MatchingView;
  readonly proposal: ProposalView;
  readonly onPublish: () => Promise<void>;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const texts = useMatchingTexts().publish;
  const group = view.format === "group";
  const units = group ? groupCount(proposal) : proposal.pairs.length;
  const unmatched = proposal.unmatchedMentees.length;
  return (
    <ConfirmDialog
      open={open}
      title={group ? texts.groupsTitle(units) : texts.title(units)}
      confirmLabel={texts.confirm}
      onConfirm={onPublish}
      onClose={onClose}
      testId="publish-dialog"
    >
      <ul className={styles.list}>
        <li>
          <Body1>{texts.running}</Body1>
        </li>
        <li>
          <Body1>{group ? texts.groupIntroductions(units) : texts.introductions(units)}</Body1>
        </li>
        <li>
          <Body1>{unmatched === 0 ? texts.everyoneMatched : texts.unmatchedTold(unmatched)}</Body1>
        </li>
      </ul>
    </ConfirmDialog>
  );
}
