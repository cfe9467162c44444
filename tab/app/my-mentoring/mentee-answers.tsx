import { Body1, Body1Strong, Subtitle2 } from "@fluentui/react-components";
import type { QuestionnaireView } from "../../../core/my-mentoring";
import { useId } from "react";
import { useAnswerStyles } from "./answer-styles";
import { FactsList } from "./facts-list";
import { ScaleRating } from "./scale-rating";
import { useLanguage, useTexts } from "../texts/texts-context";
import { comfortText, languageName } from "./wording";

/** A mentee's answers: ranked needs with their comfort, goal, preferred language. */
export function MenteeAnswers({ answers }: { readonly answers: NonNullable<QuestionnaireView["mentee"]> }) {
  const styles = useAnswerStyles();
  const headingId = useId();
  const texts = useTexts();
  const language = useLanguage();
  return (
    <section className={styles.answers} data-testid="questionnaire-answers" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {texts.answers.whatYouWantToLearn}
      </Subtitle2>
      <ol className={styles.list}>
        {[...answers.needs]
          .sort((a, b) => a.rank - b.rank)
          .map((need) => (
            <li key={need.themeId} className={styles.item} data-testid={`need-${need.rank}`}>
              <span className={styles.rank} aria-hidden>
                {need.rank}
              </span>
              <span className={styles.itemText}>
                <Body1Strong>{need.themeLabel}</Body1Strong>
                <ScaleRating
                  label={texts.answers.comfortToday}
                  value={need.comfort}
                  text={comfortText(need.comfort, language, texts)}
                />
              </span>
            </li>
          ))}
      </ol>
      <Subtitle2 as="h3" className={styles.heading}>
        {texts.answers.yourGoal}
      </Subtitle2>
      <Body1 as="p" className={styles.quote}>
        {answers.goal}
      </Body1>
      <FactsList
        facts={[
          { term: texts.answers.preferredLanguage, value: languageName(answers.preferredLanguage, texts) },
        ]}
      />
    </section>
  );
}
