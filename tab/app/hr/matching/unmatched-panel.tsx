import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, PersonAddRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { MatchPersonView, ProposalView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { unmatchedReasonText } from "./pair-wording";

const useStyles = makeStyles({
  panels: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 380px), 1fr))",
    gap: tokens.spacingVerticalL,
  },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flex: "1 1 220px",
  },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  fine: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

/** Nobody silently skipped: each mentee without a mentor and each mentor without a mentee, with why. */
export function UnmatchedPanel({
  proposal,
  readOnly,
  disabled,
  onAssign,
}: {
  readonly proposal: ProposalView;
  readonly readOnly: boolean;
  readonly disabled: boolean;
  readonly onAssign: (mentee: MatchPersonView) => void;
}) {
  const styles = useStyles();
  const { unmatched: texts, edits } = useMatchingTexts();
  const { unmatchedMentees, idleMentors } = proposal;
  return (
    <div className={styles.panels}>
      <Card className={styles.card} data-testid="unmatched-mentees">
        <Subtitle2 as="h3">{texts.menteesTitle(unmatchedMentees.length)}</Subtitle2>
        {unmatchedMentees.length === 0 ? (
          <AllFine>{texts.everyoneMatched}</AllFine>
        ) : (
          <ul className={styles.list} aria-label={texts.listLabel}>
            {unmatchedMentees.map(({ mentee, reasons }) => (
              <li key={mentee.id} className={styles.item} data-testid={`unmatched-${mentee.id}`}>
                <div className={styles.who}>
                  <Body1Strong>{mentee.displayName}</Body1Strong>
                  <Caption1 className={styles.muted}>
                    {[mentee.department, mentee.site].filter(Boolean).join(" · ")}
                  </Caption1>
                  <ul className={styles.reasons}>
                    {reasons.map((reason, index) => (
                      <li key={index} data-kind={reason.kind}>
                        <Body1>{unmatchedReasonText(reason, texts)}</Body1>
                      </li>
                    ))}
                  </ul>
                </div>
                {!readOnly && !reasons.some((reason) => reason.kind === "no-answers") && (
                  <Button
                    size="small"
                    icon={<PersonAddRegular />}
                    disabledFocusable={disabled}
                    aria-label={texts.assign(mentee.displayName)}
                    onClick={() => onAssign(mentee)}
                    data-testid={`assign-${mentee.id}`}
                  >
                    {edits.assignConfirm}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className={styles.card} data-testid="idle-mentors">
        <Subtitle2 as="h3">{texts.mentorsTitle(idleMentors.length)}</Subtitle2>
        {idleMentors.length === 0 ? (
          <AllFine>{texts.everyMentorUsed}</AllFine>
        ) : (
          <ul className={styles.list} aria-label={texts.idleListLabel}>
            {idleMentors.map(({ mentor, reason, spare }) => (
              <li
                key={mentor.id}
                className={styles.item}
                data-testid={`idle-${mentor.id}`}
                data-reason={reason}
              >
                <div className={styles.who}>
                  <Body1Strong>{mentor.displayName}</Body1Strong>
                  <Caption1 className={styles.muted}>
                    {[mentor.department, mentor.site].filter(Boolean).join(" · ")}
                  </Caption1>
                  <Body1>{texts.idle[reason] ?? reason}</Body1>
                </div>
                {spare > 0 && (
                  <Badge appearance="tint" color="success">
                    {texts.spare(spare)}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function AllFine({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <Body1 as="p" className={styles.fine}>
      <CheckmarkCircleRegular aria-hidden />
      {children}
    </Body1>
  );
}
