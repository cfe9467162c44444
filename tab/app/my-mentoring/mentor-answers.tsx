import { Body1, Body1Strong, Subtitle2 } from "@fluentui/react-components";
import type { QuestionnaireView } from "../../../core/my-mentoring";
import { useId } from "react";
import { useAnswerStyles } from "./answer-styles";
import { FactsList } from "./facts-list";
import { ScaleRating } from "./scale-rating";
import { capacityText, languageList, levelText } from "./wording";

/** A mentor's answers: skills with their level, motivation, languages, capacity. */
export function MentorAnswers({ answers }: { readonly answers: NonNullable<QuestionnaireView["mentor"]> }) {
  const styles = useAnswerStyles();
  const headingId = useId();
  return (
    <section className={styles.answers} data-testid="questionnaire-answers" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        What you can share
      </Subtitle2>
      <ul className={styles.list}>
        {answers.skills.map((skill) => (
          <li key={skill.themeId} className={styles.item} data-testid={`skill-${skill.themeId}`}>
            <span className={styles.itemText}>
              <Body1Strong>{skill.themeLabel}</Body1Strong>
              <ScaleRating label="Your level" value={skill.level} text={levelText(skill.level)} />
            </span>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3" className={styles.heading}>
        Why you mentor
      </Subtitle2>
      <Body1 as="p" className={styles.quote}>
        {answers.motivation}
      </Body1>
      <FactsList
        facts={[
          { term: "Languages", value: languageList(answers.languages) },
          { term: "Capacity", value: capacityText(answers.capacity) },
        ]}
      />
    </section>
  );
}
