/** A participant's saved answers, after a submission or on request, with an Edit button while it is open. */
import { LANGUAGE_NAMES, type Language } from "../../core/language";
import type { Participant } from "../../core/participant";
import { SCALE_MAX, type QuestionnaireAnswers, type QuestionnaireResponse } from "../../core/questionnaire";
import { themeLabel } from "../../core/theme";
import { findTheme, type Wave } from "../../core/wave";
import { textsFor } from "../texts/catalogue";
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

export interface QuestionnaireSummaryCardData {
  readonly wave: Wave;
  readonly participant: Participant;
  readonly response: QuestionnaireResponse;
  /** Whether answers can still be changed: the Edit button is offered only then. */
  readonly open: boolean;
  /** The outcome of a submission just made; absent when the participant only asked to see their answers. */
  readonly status?: "saved" | "unchanged";
  /** The reader's language. */
  readonly language: Language;
}

/** The answers as facts, theme labels in the reader's language, and what they can do next. */
export function questionnaireSummaryCard(data: QuestionnaireSummaryCardData): AdaptiveCard {
  const { wave, participant, response, open, status, language } = data;
  const all = textsFor(language);
  const texts = all.summary;
  const answers = response.answers;
  const updated = localDateTime(response.updatedAt, all.dateTimeJoiner);
  const title = status === undefined ? texts.yourAnswers : status === "saved" ? texts.saved : texts.unchanged;
  const body: CardElement[] = [
    cardTitle(title, status === "saved" ? "good" : "default"),
    textBlock(texts.subtitle(answers.kind, wave.name), { isSubtle: true, spacing: "none" }),
    { type: "FactSet", facts: answerFacts(answers, wave, language) },
    ...(updated === undefined
      ? []
      : [textBlock(texts.lastUpdated(updated), { isSubtle: true, size: "small" })]),
    open ? whileOpen(wave, language) : textBlock(texts.closed),
  ];
  const actions = open
    ? [executeAction(texts.edit, CARD_VERBS.editQuestionnaire, { participantId: participant.id })]
    : [];
  return adaptiveCard(body, actions);
}

function whileOpen(wave: Wave, language: Language): CardElement {
  const all = textsFor(language);
  const deadline =
    wave.questionnaireDeadline === undefined
      ? undefined
      : localDateTime(wave.questionnaireDeadline, all.dateTimeJoiner);
  return textBlock(deadline === undefined ? all.summary.changeWhileOpen : all.summary.changeUntil(deadline));
}

function answerFacts(answers: QuestionnaireAnswers, wave: Wave, language: Language): Fact[] {
  const texts = textsFor(language);
  const label = (themeId: string): string => {
    const theme = findTheme(wave, themeId);
    return theme === undefined ? themeId : themeLabel(theme, language);
  };
  const words = texts.summary;
  if (answers.kind === "mentee") {
    return [
      ...answers.needs.map((need, index) => ({
        title: words.need(index + 1),
        value: words.needValue(label(need.themeId), need.comfort, SCALE_MAX),
      })),
      { title: words.goal, value: answers.goal },
      { title: words.mentoringLanguage, value: LANGUAGE_NAMES[answers.preferredLanguage] },
    ];
  }
  return [
    ...answers.skills.map((skill, index) => ({
      title: words.skill(index + 1),
      value: words.skillValue(label(skill.themeId), skill.level, SCALE_MAX),
    })),
    { title: words.motivation, value: answers.motivation },
    { title: words.languages, value: answers.languages.map((l) => LANGUAGE_NAMES[l]).join(", ") },
    { title: words.capacity, value: texts.mentor.capacityText(answers.capacity) },
  ];
}
