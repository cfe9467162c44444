/**
 * The end-of-wave assessment card: each baseline theme rated again (1–5, with the reader's starting point
 * shown), satisfaction, "would you recommend it" and an optional private comment. Once answered it shows a
 * thank-you summary of the reader's OWN answers, with a button to change them while the wave is closing.
 * The card carries no participant id: the bot finds the clicker from the activity.
 */
import type { FieldError } from "../../core/errors";
import type { Language } from "../../core/language";
import { COMFORT_WORDS_BY_LANGUAGE, SCALE_MAX } from "../../core/questionnaire";
import type { FinalAssessmentAnswers } from "../../core/assessments/assessment-validation";
import {
  ASSESSMENT_COMMENT_MAX_LENGTH,
  themeRatingField,
} from "../../core/assessments/assessment-validation";
import { assessmentTextsFor } from "../texts/assessment-texts";
import {
  adaptiveCard,
  cardTitle,
  CARD_VERBS,
  executeAction,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type ChoiceSetInput,
  type Fact,
} from "./adaptive-card";

export interface AssessedTheme {
  readonly themeId: string;
  /** The theme's name in the reader's language. */
  readonly label: string;
  /** The reader's comfort at the start of the wave (1–5). */
  readonly baseline: number;
}

export interface FinalAssessmentCardData {
  readonly waveName: string;
  readonly themes: readonly AssessedTheme[];
  /** The reader's saved answers, when they gave some. */
  readonly answers?: FinalAssessmentAnswers;
  /** True while the wave is closing: the form can be sent, the summary offers "change". */
  readonly open: boolean;
  /** Show the form even though answers are saved (the reader asked to change them). */
  readonly editing?: boolean;
  /** "unchanged" after a resubmission of the same answers. */
  readonly status?: "saved" | "unchanged";
  /** The form again, with what was sent and what to correct, after refused answers. */
  readonly retry?: {
    readonly values: Readonly<Record<string, string>>;
    readonly errors: readonly FieldError[];
  };
  readonly language: Language;
}

/** The form, or — once the reader answered — the summary of their own answers. */
export function finalAssessmentCard(data: FinalAssessmentCardData): AdaptiveCard {
  if (data.answers !== undefined && (data.editing !== true || !data.open) && data.retry === undefined) {
    return summary(data, data.answers);
  }
  return form(data);
}

function form(data: FinalAssessmentCardData): AdaptiveCard {
  const texts = assessmentTextsFor(data.language);
  const values = data.retry?.values ?? valuesOf(data.answers);
  const comfort = COMFORT_WORDS_BY_LANGUAGE[data.language];
  const body: CardElement[] = [
    cardTitle(texts.title(plainText(data.waveName))),
    textBlock(texts.intro),
    ...problems(data),
    ...data.themes.map((theme) =>
      scale(
        themeRatingField(theme.themeId),
        texts.themeLabel(plainText(theme.label), comfort[theme.baseline - 1] ?? String(theme.baseline)),
        comfort,
        values,
        texts.choose,
      ),
    ),
    scale("satisfaction", texts.satisfactionLabel, texts.satisfactionWords, values, texts.choose),
    {
      type: "Input.ChoiceSet",
      id: "wouldRecommend",
      label: texts.recommendLabel,
      style: "expanded",
      isRequired: true,
      errorMessage: texts.fieldProblem.wouldRecommend,
      choices: [
        { title: texts.yes, value: "yes" },
        { title: texts.no, value: "no" },
      ],
      ...(values["wouldRecommend"] !== undefined ? { value: values["wouldRecommend"] } : {}),
    },
    {
      type: "Input.Text",
      id: "comment",
      label: texts.commentLabel,
      placeholder: texts.commentHint,
      isMultiline: true,
      maxLength: ASSESSMENT_COMMENT_MAX_LENGTH,
      ...(values["comment"] !== undefined ? { value: values["comment"] } : {}),
    },
  ];
  return adaptiveCard(body, [executeAction(texts.send, CARD_VERBS.submitAssessment, {}, "positive")]);
}

function scale(
  id: string,
  label: string,
  words: readonly string[],
  values: Readonly<Record<string, string>>,
  placeholder: string,
): ChoiceSetInput {
  return {
    type: "Input.ChoiceSet",
    id,
    label,
    style: "compact",
    isRequired: true,
    errorMessage: label,
    placeholder,
    choices: words.map((word, i) => ({ title: `${i + 1} — ${word}`, value: String(i + 1) })),
    ...(values[id] !== undefined ? { value: values[id] } : {}),
  };
}

function problems(data: FinalAssessmentCardData): CardElement[] {
  if (data.retry === undefined) return [];
  const texts = assessmentTextsFor(data.language);
  const kinds = new Set(data.retry.errors.map((e) => (e.field.startsWith("theme:") ? "theme" : e.field)));
  const lines = [...kinds]
    .filter((k): k is keyof typeof texts.fieldProblem => k in texts.fieldProblem)
    .map((k) => texts.fieldProblem[k]);
  return [textBlock(`${texts.problem} ${lines.join("; ")}.`, { color: "attention" })];
}

function summary(data: FinalAssessmentCardData, answers: FinalAssessmentAnswers): AdaptiveCard {
  const texts = assessmentTextsFor(data.language);
  const facts: Fact[] = data.themes.map((theme) => {
    const now = answers.themes.find((t) => t.themeId === theme.themeId)?.rating;
    return {
      title: plainText(theme.label),
      value: texts.beforeNow(
        `${theme.baseline}/${SCALE_MAX}`,
        now === undefined ? "—" : `${now}/${SCALE_MAX}`,
      ),
    };
  });
  facts.push({ title: texts.yourSatisfaction, value: `${answers.satisfaction}/${SCALE_MAX}` });
  facts.push({ title: texts.yourRecommendation, value: answers.wouldRecommend ? texts.yes : texts.no });
  if (answers.comment !== undefined)
    facts.push({ title: texts.yourComment, value: plainText(answers.comment) });
  const body: CardElement[] = [
    cardTitle(texts.thanksTitle, "good"),
    textBlock(texts.title(plainText(data.waveName)), { isSubtle: true }),
    ...(data.status === "unchanged" ? [textBlock(texts.unchanged, { isSubtle: true })] : []),
    { type: "FactSet", facts },
    textBlock(texts.privateNote, { isSubtle: true, size: "small" }),
    ...(data.open ? [textBlock(texts.editUntil, { isSubtle: true, size: "small" })] : []),
  ];
  return adaptiveCard(body, data.open ? [executeAction(texts.edit, CARD_VERBS.editAssessment, {})] : []);
}

/** The form's input values for saved answers (to change them). */
function valuesOf(answers: FinalAssessmentAnswers | undefined): Record<string, string> {
  if (answers === undefined) return {};
  const values: Record<string, string> = {
    satisfaction: String(answers.satisfaction),
    wouldRecommend: answers.wouldRecommend ? "yes" : "no",
  };
  for (const t of answers.themes) values[themeRatingField(t.themeId)] = String(t.rating);
  if (answers.comment !== undefined) values["comment"] = answers.comment;
  return values;
}
