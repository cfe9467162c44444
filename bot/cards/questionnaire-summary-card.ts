/** A participant's saved answers, after a submission or on request, with an Edit button while it is open. */
import { LANGUAGE_NAMES, type Language } from "../../core/language";
import { preferredLanguage, type Participant } from "../../core/participant";
import { SCALE_MAX, type QuestionnaireAnswers, type QuestionnaireResponse } from "../../core/questionnaire";
import { themeLabel } from "../../core/theme";
import { findTheme, type Wave } from "../../core/wave";
import {
  adaptiveCard,
  CARD_VERBS,
  cardTitle,
  executeAction,
  localDateTime,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type Fact,
} from "./adaptive-card";
import { capacityText } from "./questionnaire-fields";

export interface QuestionnaireSummaryCardData {
  readonly wave: Wave;
  readonly participant: Participant;
  readonly response: QuestionnaireResponse;
  /** Whether answers can still be changed: the Edit button is offered only then. */
  readonly open: boolean;
  /** The outcome of a submission just made; absent when the participant only asked to see their answers. */
  readonly status?: "saved" | "unchanged";
}

const TITLES = {
  saved: "Thanks, your answers are saved",
  unchanged: "Nothing changed: your answers were already saved",
} as const;

/** The answers as facts, theme labels in the participant's language, and what they can do next. */
export function questionnaireSummaryCard(data: QuestionnaireSummaryCardData): AdaptiveCard {
  const { wave, participant, response, open, status } = data;
  const answers = response.answers;
  const updated = localDateTime(response.updatedAt);
  const body: CardElement[] = [
    cardTitle(
      status === undefined ? "Your answers" : TITLES[status],
      status === "saved" ? "good" : "default",
    ),
    textBlock(`${answers.kind === "mentee" ? "Needs" : "Skills"} questionnaire · ${wave.name}`, {
      isSubtle: true,
      spacing: "none",
    }),
    { type: "FactSet", facts: answerFacts(answers, wave, preferredLanguage(participant)) },
    ...(updated === undefined
      ? []
      : [textBlock(`Last updated ${updated}`, { isSubtle: true, size: "small" })]),
    open
      ? whileOpen(wave)
      : textBlock("The questionnaire is closed, so your answers can no longer be changed."),
  ];
  const actions = open
    ? [executeAction("Edit my answers", CARD_VERBS.editQuestionnaire, { participantId: participant.id })]
    : [];
  return adaptiveCard(body, actions);
}

function whileOpen(wave: Wave): CardElement {
  const deadline =
    wave.questionnaireDeadline === undefined ? undefined : localDateTime(wave.questionnaireDeadline);
  return textBlock(
    deadline === undefined
      ? "You can change them while the questionnaire is open."
      : `You can change them until ${deadline}.`,
  );
}

function answerFacts(answers: QuestionnaireAnswers, wave: Wave, language: Language): Fact[] {
  const label = (themeId: string): string => {
    const theme = findTheme(wave, themeId);
    return theme === undefined ? themeId : themeLabel(theme, language);
  };
  if (answers.kind === "mentee") {
    return [
      ...answers.needs.map((need, index) => ({
        title: `Need #${index + 1}`,
        value: `${label(need.themeId)} · comfort ${need.comfort}/${SCALE_MAX}`,
      })),
      { title: "Goal", value: answers.goal },
      { title: "Mentoring language", value: LANGUAGE_NAMES[answers.preferredLanguage] },
    ];
  }
  return [
    ...answers.skills.map((skill, index) => ({
      title: `Skill #${index + 1}`,
      value: `${label(skill.themeId)} · level ${skill.level}/${SCALE_MAX}`,
    })),
    { title: "Motivation", value: answers.motivation },
    { title: "Languages", value: answers.languages.map((l) => LANGUAGE_NAMES[l]).join(", ") },
    { title: "Capacity", value: capacityText(answers.capacity) },
  ];
}
