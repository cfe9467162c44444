import { Badge, Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { ChatRegular, ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import type { EnrolmentView } from "../../../core/my-mentoring";
import type { DateFormats } from "./date-formats";
import { MenteeAnswers } from "./mentee-answers";
import { MentorAnswers } from "./mentor-answers";
import { useTexts } from "../texts/texts-context";
import { questionnaireWindow } from "./questionnaire-window";
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

/** Whether the needs/skills questionnaire is answered, the answers, and until when they can change. */
export function QuestionnaireCard({
  enrolment,
  formats,
}: {
  readonly enrolment: EnrolmentView;
  readonly formats: DateFormats;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const words = texts.questionnaire;
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
      {questionnaireWindow(wave, questionnaire.status, formats, texts)}
    </Body1>
  );
  return (
    <SectionCard title={words.title[role]} icon={<ClipboardTaskListLtrRegular />} className={styles.wide}>
      <div className={styles.status} data-testid="questionnaire-status" data-status={questionnaire.status}>
        <p className={styles.badgeLine}>
          <Badge appearance="filled" color={submitted ? "success" : "warning"}>
            {submitted ? words.submitted : words.notStarted}
          </Badge>
          <Body1>
            {submitted && lastChange !== undefined ? (
              <>
                {words.lastUpdated} <time dateTime={lastChange}>{formats.date(lastChange)}</time>
              </>
            ) : (
              words.notAnswered
            )}
          </Body1>
        </p>
        {!submitted && wave.questionnaireOpen ? (
          <div className={styles.ask}>
            <ChatRegular className={styles.askIcon} aria-hidden />
            <div className={styles.askText}>
              <Body1Strong as="p">{words.askTheBot}</Body1Strong>
              <Body1 as="p">{words.whatItAsks[role]}</Body1>
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
