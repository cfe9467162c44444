/** The mentee's needs questionnaire: up to three ranked needs with a comfort level, a goal, a language. */
import { LANGUAGE_NAMES, LANGUAGES } from "../../core/language";
import { preferredLanguage, type Participant } from "../../core/participant";
import { GOAL_MAX_LENGTH, MAX_NEEDS } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";
import {
  COMFORT_WORDS,
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
}

/** The needs questionnaire, pre-filled with `values` and annotated with `errors` when given. */
export function menteeQuestionnaireCard(data: MenteeQuestionnaireCardData): AdaptiveCard {
  const { wave, participant } = data;
  const errors = data.errors ?? [];
  const language = preferredLanguage(participant);
  const lines = lineNumbers(MAX_NEEDS).map((line) =>
    themeLine(data, {
      line,
      themeId: needInput(line),
      scoreId: comfortInput(line),
      name: line === 1 ? "Need #1 (most important)" : `Need #${line}`,
      scoreLabel: `Your comfort with need #${line}`,
      words: COMFORT_WORDS,
      themes: wave.themes,
      language,
      requiredMessage: "Choose your most important need.",
    }),
  );
  return adaptiveCard(
    [
      cardTitle("Your needs questionnaire"),
      textBlock(wave.name, { isSubtle: true, spacing: "none" }),
      textBlock(
        `Rank up to ${MAX_NEEDS} digital needs, the most important first. For each one, say how comfortable ` +
          `you already feel, from 1 (${COMFORT_WORDS[0]}) to 5 (${COMFORT_WORDS[4]}).`,
      ),
      ...errorSummary(errors),
      ...fieldErrors(errors, "needs"),
      ...lines,
      ...field(data, {
        type: "Input.Text",
        id: GOAL_INPUT,
        label: "What do you want to be able to do after this programme?",
        isMultiline: true,
        maxLength: GOAL_MAX_LENGTH,
        placeholder: "For example: post on LinkedIn about our projects with confidence",
        isRequired: true,
        errorMessage: "Write your goal in a sentence or two.",
        separator: true,
        spacing: "medium",
      }),
      ...field(
        data,
        {
          type: "Input.ChoiceSet",
          id: PREFERRED_LANGUAGE_INPUT,
          label: "Which language would you like to be mentored in?",
          style: "expanded",
          choices: LANGUAGES.map((l) => ({ title: LANGUAGE_NAMES[l], value: l })),
          isRequired: true,
          errorMessage: "Choose a language.",
        },
        language,
      ),
    ],
    [submitAction(participant.id, "mentee")],
  );
}
