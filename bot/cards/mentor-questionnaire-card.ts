/** The mentor's skills questionnaire: up to five skills with a level, a motivation, languages, a capacity. */
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../core/language";
import type { Participant } from "../../core/participant";
import { MAX_SKILLS, MIN_CAPACITY, MOTIVATION_MAX_LENGTH } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";
import { textsFor } from "../texts/catalogue";
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";
import {
  CAPACITIES,
  CAPACITY_INPUT,
  LANGUAGES_INPUT,
  LEVEL_WORDS_BY_LANGUAGE,
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
  /** The reader's language: the card's words and theme labels. */
  readonly language: Language;
}

/** The skills questionnaire, pre-filled with `values` and annotated with `errors` when given. */
export function mentorQuestionnaireCard(data: MentorQuestionnaireCardData): AdaptiveCard {
  const { wave, participant, language } = data;
  const texts = textsFor(language).mentor;
  const words = LEVEL_WORDS_BY_LANGUAGE[language];
  const errors = data.errors ?? [];
  const lines = lineNumbers(MAX_SKILLS).map((line) =>
    themeLine(data, {
      line,
      themeId: skillInput(line),
      scoreId: levelInput(line),
      name: texts.skill(line),
      scoreLabel: texts.level(line),
      words,
      themes: wave.themes,
      language,
      requiredMessage: texts.skillRequired,
    }),
  );
  return adaptiveCard(
    [
      cardTitle(texts.title),
      textBlock(wave.name, { isSubtle: true, spacing: "none" }),
      textBlock(texts.intro(MAX_SKILLS, words[0], words[4])),
      ...errorSummary(errors, language),
      ...fieldErrors(errors, "skills"),
      ...lines,
      ...field(data, {
        type: "Input.Text",
        id: MOTIVATION_INPUT,
        label: texts.motivation,
        isMultiline: true,
        maxLength: MOTIVATION_MAX_LENGTH,
        isRequired: true,
        errorMessage: texts.motivationRequired,
        separator: true,
        spacing: "medium",
      }),
      ...field(
        data,
        {
          type: "Input.ChoiceSet",
          id: LANGUAGES_INPUT,
          label: texts.languages,
          style: "expanded",
          isMultiSelect: true,
          choices: LANGUAGES.map((l) => ({ title: LANGUAGE_NAMES[l], value: l })),
          isRequired: true,
          errorMessage: texts.languagesRequired,
        },
        participant.languages.join(","),
      ),
      ...field(
        data,
        {
          type: "Input.ChoiceSet",
          id: CAPACITY_INPUT,
          label: texts.capacity,
          style: "expanded",
          choices: CAPACITIES.map((n) => ({ title: texts.capacityText(n), value: String(n) })),
          isRequired: true,
          errorMessage: texts.capacityRequired,
        },
        String(MIN_CAPACITY),
      ),
    ],
    [submitAction(participant.id, "mentor", language)],
  );
}
