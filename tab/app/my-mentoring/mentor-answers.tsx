import { Body1, Body1Strong, Subtitle2 } from "@fluentui/react-components";
import type { QuestionnaireView } from "../../../core/my-mentoring";
import { useId } from "react";
import { useAnswerStyles } from "./answer-styles";
import { FactsList } from "./facts-list";
import { ScaleRating } from "./scale-rating";
import { useLanguage, useTexts } from "../texts/texts-context";
import { languageList, levelText } from "./wording";

/** A mentor's answers: skills with their level, motivation, languages, capacity. */
export function MentorAnswers({ answers }: { readonly answers: NonNullable<QuestionnaireView["mentor"]> }) {
  const styles = useAnswerStyles();
  const headingId = useId();
  const texts = useTexts();
  const language = useLanguage();
  return (
    <section className={styles.answers} data-testid="questionnaire-answers" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {texts.answers.whatYouCanShare}
      </Subtitle2>
      <ul className={styles.list}>
        {answers.skills.map((skill) => (
          <li key={skill.themeId} className={styles.item} data-testid={`skill-${skill.themeId}`}>
            <span className={styles.itemText}>
              <Body1Strong>{skill.themeLabel}</Body1Strong>
              <ScaleRating
                label={texts.answers.yourLevel}
                value={skill.level}
                text={levelText(skill.level, language, texts)}
              />
            </span>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3" className={styles.heading}>
        {texts.answers.whyYouMentor}
      </Subtitle2>
      <Body1 as="p" className={styles.quote}>
        {answers.motivation}
      </Body1>
      <FactsList
        facts={[
          { term: texts.answers.languages, value: languageList(answers.languages, texts) },
          { term: texts.answers.capacity, value: texts.answers.capacityText(answers.capacity) },
        ]}
      />
    </section>
  );
}
