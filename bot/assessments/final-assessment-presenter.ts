/** Turns a participant's assessment context into their card, in their language. */
import type { AssessmentContext, BaselineTheme } from "../../core/assessments/assessment-service";
import type { FinalAssessmentDraft } from "../../core/assessments/assessment-validation";
import type { Language } from "../../core/language";
import { finalAssessmentCard, type FinalAssessmentCardData } from "../cards/final-assessment-card";
import type { AdaptiveCard } from "../cards/adaptive-card";

/** The reader's card: the form until they answer (or ask to change), then the summary of their answers. */
export function assessmentCardFor(
  context: AssessmentContext,
  language: Language,
  extras: Pick<FinalAssessmentCardData, "editing" | "status" | "retry"> = {},
): AdaptiveCard {
  return finalAssessmentCard({
    waveName: context.wave.name,
    themes: context.baseline.map((b) => themeOf(b, language)),
    ...(context.assessment !== undefined ? { answers: context.assessment } : {}),
    open: context.open,
    language,
    ...extras,
  });
}

function themeOf(theme: BaselineTheme, language: Language) {
  return { themeId: theme.themeId, label: theme.labels[language], baseline: theme.baseline };
}

/**
 * Reads a card's Action.Execute data (the card's inputs, as strings) into a draft. The data is
 * attacker-controlled: only own string properties are read, and only the inputs the card has (theme
 * ratings, satisfaction, recommendation, comment). Anything else — a participant id above all — is ignored.
 */
export function parseAssessmentCard(data: unknown): FinalAssessmentDraft {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { themes: [] };
  const fields = data as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) return undefined;
    const value = fields[key];
    return typeof value === "string" ? value : undefined;
  };
  const themes = Object.keys(fields)
    .filter((key) => key.startsWith("theme:") && text(key) !== undefined)
    .map((key) => ({ themeId: key.slice("theme:".length), rating: text(key) }));
  return {
    themes,
    satisfaction: text("satisfaction"),
    wouldRecommend: text("wouldRecommend"),
    comment: text("comment"),
  };
}

/** The string values a card sent, to fill the form again after a refusal. */
export function cardInputValues(data: unknown): Record<string, string> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === "string" && (key.startsWith("theme:") || INPUTS.includes(key))) values[key] = value;
  }
  return values;
}

const INPUTS = ["satisfaction", "wouldRecommend", "comment"];
