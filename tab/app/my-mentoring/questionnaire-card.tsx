import { Badge, Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { ChatRegular, ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import type { EnrolmentView } from "../../../core/my-mentoring";
import type { DateFormats } from "./date-formats";
import { MenteeAnswers } from "./mentee-answers";
import { MentorAnswers } from "./mentor-answers";
import { ASK_THE_BOT, questionnaireWindow } from "./questionnaire-window";
import { SectionCard } from "./section-card";

const useStyles = makeStyles({
  wide: { gridColumn: "1 / -1" },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  badgeLine: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  window: { color: tokens.colorNeutralForeground2 },
  ask: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  askIcon: { flexShrink: 0, fontSize: "24px", color: tokens.colorBrandForeground1 },
  askText: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const WHAT_IT_ASKS = {
  mentee:
    "It asks what you want to learn (up to 3 topics), how comfortable you feel with each, and your goal.",
  mentor:
    "It asks what you can share (up to 5 topics), your level in each, your languages and how many mentees you can take on.",
} as const;

/** Whether the needs/skills questionnaire is answered, the answers, and until when they can change. */
export function QuestionnaireCard({
  enrolment,
  formats,
}: {
  readonly enrolment: EnrolmentView;
  readonly formats: DateFormats;
}) {
  const styles = useStyles();
  const { questionnaire, wave, role } = enrolment;
  const submitted = questionnaire.status === "submitted";
  const lastChange = questionnaire.updatedAt ?? questionnaire.submittedAt;
  const windowLine = (
    <Body1
      as="p"
      className={styles.window}
      data-testid="questionnaire-window"
      data-open={wave.questionnaireOpen}
    >
      {questionnaireWindow(wave, questionnaire.status, formats)}
    </Body1>
  );
  return (
    <SectionCard
      title={role === "mentee" ? "Your needs questionnaire" : "Your skills questionnaire"}
      icon={<ClipboardTaskListLtrRegular />}
      className={styles.wide}
    >
      <div className={styles.status} data-testid="questionnaire-status" data-status={questionnaire.status}>
        <p className={styles.badgeLine}>
          <Badge appearance="filled" color={submitted ? "success" : "warning"}>
            {submitted ? "Submitted" : "Not started"}
          </Badge>
          <Body1>
            {submitted && lastChange !== undefined ? (
              <>
                Last updated <time dateTime={lastChange}>{formats.date(lastChange)}</time>
              </>
            ) : (
              "You have not answered it yet."
            )}
          </Body1>
        </p>
        {!submitted && wave.questionnaireOpen ? (
          <div className={styles.ask}>
            <ChatRegular className={styles.askIcon} aria-hidden />
            <div className={styles.askText}>
              <Body1Strong as="p">{ASK_THE_BOT}</Body1Strong>
              <Body1 as="p">{WHAT_IT_ASKS[role]}</Body1>
              {windowLine}
            </div>
          </div>
        ) : (
          windowLine
        )}
      </div>
      {questionnaire.mentee !== undefined && <MenteeAnswers answers={questionnaire.mentee} />}
      {questionnaire.mentor !== undefined && <MentorAnswers answers={questionnaire.mentor} />}
    </SectionCard>
  );
}
