/** The mentor's skills questionnaire: up to five skills with a level, a motivation, languages, a capacity. */
import { LANGUAGE_NAMES, LANGUAGES } from "../../core/language";
import { preferredLanguage, type Participant } from "../../core/participant";
import { MAX_SKILLS, MIN_CAPACITY, MOTIVATION_MAX_LENGTH } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";
import {
  CAPACITIES,
  CAPACITY_INPUT,
  capacityText,
  LANGUAGES_INPUT,
  LEVEL_WORDS,
  levelInput,
  lineNumbers,
  MOTIVATION_INPUT,
  skillInput,
} from "./questionnaire-fields";
import {
  errorSummary,
  field,
  fieldErrors,
  submitAction,
  themeLine,
  type QuestionnaireFormState,
} from "./questionnaire-form";

export interface MentorQuestionnaireCardData extends QuestionnaireFormState {
  readonly wave: Wave;
  readonly participant: Participant;
}

/** The skills questionnaire, pre-filled with `values` and annotated with `errors` when given. */
export function mentorQuestionnaireCard(data: MentorQuestionnaireCardData): AdaptiveCard {
  const { wave, participant } = data;
  const errors = data.errors ?? [];
  const lines = lineNumbers(MAX_SKILLS).map((line) =>
    themeLine(data, {
      line,
      themeId: skillInput(line),
      scoreId: levelInput(line),
      name: `Skill #${line}`,
      scoreLabel: `Your level in skill #${line}`,
      words: LEVEL_WORDS,
      themes: wave.themes,
      language: preferredLanguage(participant),
      requiredMessage: "Choose at least one skill to share.",
    }),
  );
  return adaptiveCard(
    [
      cardTitle("Your skills questionnaire"),
      textBlock(wave.name, { isSubtle: true, spacing: "none" }),
      textBlock(
        `Choose up to ${MAX_SKILLS} digital skills you'd like to share with an executive. For each one, ` +
          `give your level, from 1 (${LEVEL_WORDS[0].toLowerCase()}) to 5 (${LEVEL_WORDS[4].toLowerCase()}).`,
      ),
      ...errorSummary(errors),
      ...fieldErrors(errors, "skills"),
      ...lines,
      ...field(data, {
        type: "Input.Text",
        id: MOTIVATION_INPUT,
        label: "Why would you like to mentor an executive?",
        isMultiline: true,
        maxLength: MOTIVATION_MAX_LENGTH,
        isRequired: true,
        errorMessage: "Write your motivation in a sentence or two.",
        separator: true,
        spacing: "medium",
      }),
      ...field(
        data,
        {
          type: "Input.ChoiceSet",
          id: LANGUAGES_INPUT,
          label: "Which languages can you mentor in?",
          style: "expanded",
          isMultiSelect: true,
          choices: LANGUAGES.map((l) => ({ title: LANGUAGE_NAMES[l], value: l })),
          isRequired: true,
          errorMessage: "Choose at least one language.",
        },
        participant.languages.join(","),
      ),
      ...field(
        data,
        {
          type: "Input.ChoiceSet",
          id: CAPACITY_INPUT,
          label: "How many executives can you mentor in this wave?",
          style: "expanded",
          choices: CAPACITIES.map((n) => ({ title: capacityText(n), value: String(n) })),
          isRequired: true,
          errorMessage: "Choose how many executives you can mentor.",
        },
        String(MIN_CAPACITY),
      ),
    ],
    [submitAction(participant.id, "mentor")],
  );
}
