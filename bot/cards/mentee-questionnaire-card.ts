/** The mentee's needs questionnaire: up to three ranked needs with a comfort level, a goal, a language. */
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../core/language";
import { preferredLanguage, type Participant } from "../../core/participant";
import { GOAL_MAX_LENGTH, MAX_NEEDS } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";
import { textsFor } from "../texts/catalogue";
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";
import {
  COMFORT_WORDS_BY_LANGUAGE,
  comfortInput,
  GOAL_INPUT,
  lineNumbers,
  needInput,
  PREFERRED_LANGUAGE_INPUT,
} from "./questionnaire-fields";
import {
  errorSummary,
  field,
  fieldErrors,
  submitAction,
  themeLine,
  type QuestionnaireFormState,
} from "./questionnaire-form";

export interface MenteeQuestionnaireCardData extends QuestionnaireFormState {
  readonly wave: Wave;
  readonly participant: Participant;
  /** The reader's language: the card's words and theme labels (not their mentoring language). */
  readonly language: Language;
}

/** The needs questionnaire, pre-filled with `values` and annotated with `errors` when given. */
export function menteeQuestionnaireCard(data: MenteeQuestionnaireCardData): AdaptiveCard {
  const { wave, participant, language } = data;
  const texts = textsFor(language).mentee;
  const words = COMFORT_WORDS_BY_LANGUAGE[language];
  const errors = data.errors ?? [];
  const lines = lineNumbers(MAX_NEEDS).map((line) =>
    themeLine(data, {
      line,
      themeId: needInput(line),
      scoreId: comfortInput(line),
      name: line === 1 ? texts.firstNeed : texts.need(line),
      scoreLabel: texts.comfort(line),
      words,
      themes: wave.themes,
      language,
      requiredMessage: texts.needRequired,
    }),
  );
  return adaptiveCard(
    [
      cardTitle(texts.title),
      textBlock(wave.name, { isSubtle: true, spacing: "none" }),
      textBlock(texts.intro(MAX_NEEDS, words[0], words[4])),
      ...errorSummary(errors, language),
      ...fieldErrors(errors, "needs"),
      ...lines,
      ...field(data, {
        type: "Input.Text",
        id: GOAL_INPUT,
        label: texts.goal,
        isMultiline: true,
        maxLength: GOAL_MAX_LENGTH,
        placeholder: texts.goalPlaceholder,
        isRequired: true,
        errorMessage: texts.goalRequired,
        separator: true,
        spacing: "medium",
      }),
      ...field(
        data,
        {
          type: "Input.ChoiceSet",
          id: PREFERRED_LANGUAGE_INPUT,
          label: texts.language,
          style: "expanded",
          choices: LANGUAGES.map((l) => ({ title: LANGUAGE_NAMES[l], value: l })),
          isRequired: true,
          errorMessage: texts.languageRequired,
        },
        preferredLanguage(participant),
      ),
    ],
    [submitAction(participant.id, "mentee", language)],
  );
}
