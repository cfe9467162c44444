import type { FieldError } from "../errors";
import { SCALE_MAX, SCALE_MIN } from "../questionnaire";
import type { Validation } from "../questionnaire-validation";
import type { ThemeRating } from "./assessment";

/** The longest private comment accepted at closing (the same bound as a mentor's motivation). */
export const ASSESSMENT_COMMENT_MAX_LENGTH = 1000;

/**
 * A final assessment as it arrives from a card or the tab: untrusted and loosely typed. Card inputs are
 * strings ("4", "yes"); the tab sends numbers and booleans. Both are accepted.
 */
export interface FinalAssessmentDraft {
  readonly themes?: unknown;
  readonly satisfaction?: unknown;
  readonly wouldRecommend?: unknown;
  readonly comment?: unknown;
}

/** The answers of a valid final assessment, before the service stamps who and when. */
export interface FinalAssessmentAnswers {
  readonly themes: readonly ThemeRating[];
  readonly satisfaction: number;
  readonly wouldRecommend: boolean;
  readonly comment?: string;
}

/**
 * Checks a final assessment against the participant's baseline themes: exactly those themes, each rated
 * once from 1 to 5 (returned in the baseline's order), a satisfaction from 1 to 5, a yes/no recommendation
 * and an optional comment of at most ASSESSMENT_COMMENT_MAX_LENGTH characters (blank means none).
 */
export function validateFinalAssessment(
  draft: FinalAssessmentDraft,
  baselineThemeIds: readonly string[],
): Validation<FinalAssessmentAnswers> {
  const errors: FieldError[] = [];
  const themes = themeRatings(draft.themes, baselineThemeIds, errors);
  const satisfaction = scale(draft.satisfaction);
  if (satisfaction === undefined) {
    errors.push({
      field: "satisfaction",
      message: `Rate your satisfaction from ${SCALE_MIN} to ${SCALE_MAX}.`,
    });
  }
  const wouldRecommend = yesNo(draft.wouldRecommend);
  if (wouldRecommend === undefined) {
    errors.push({ field: "wouldRecommend", message: "Say whether you would recommend the programme." });
  }
  const comment = optionalComment(draft.comment, errors);
  if (errors.length > 0 || satisfaction === undefined || wouldRecommend === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: { themes, satisfaction, wouldRecommend, ...(comment !== undefined ? { comment } : {}) },
  };
}

/** True when two sets of answers say the same thing (a double click, a retry): nothing needs writing. */
export function sameAssessmentAnswers(a: FinalAssessmentAnswers, b: FinalAssessmentAnswers): boolean {
  const key = (x: FinalAssessmentAnswers) =>
    JSON.stringify([
      x.themes.map((t) => [t.themeId, t.rating]),
      x.satisfaction,
      x.wouldRecommend,
      x.comment ?? "",
    ]);
  return key(a) === key(b);
}

/** The rating field of a theme in a card (`theme:<themeId>`), shared by the card and its parser. */
export function themeRatingField(themeId: string): string {
  return `theme:${themeId}`;
}

function themeRatings(value: unknown, baseline: readonly string[], errors: FieldError[]): ThemeRating[] {
  const given = Array.isArray(value) ? value : value === undefined || value === null ? [] : undefined;
  if (given === undefined) {
    errors.push({ field: "themes", message: "Rate each theme of your wave from 1 to 5." });
    return [];
  }
  const ratings = new Map<string, unknown>();
  for (const item of given) {
    const themeId =
      typeof item === "object" && item !== null ? (item as { themeId?: unknown }).themeId : undefined;
    if (typeof themeId !== "string" || !baseline.includes(themeId)) {
      errors.push({ field: "themes", message: "Rate only the themes you chose at the start of the wave." });
      return [];
    }
    if (ratings.has(themeId)) {
      errors.push({ field: themeRatingField(themeId), message: "Rate each theme once." });
      return [];
    }
    ratings.set(themeId, (item as { rating?: unknown }).rating);
  }
  const valid: ThemeRating[] = [];
  for (const themeId of baseline) {
    const rating = scale(ratings.get(themeId));
    if (rating === undefined) {
      errors.push({
        field: themeRatingField(themeId),
        message: `Rate this theme from ${SCALE_MIN} to ${SCALE_MAX}.`,
      });
    } else valid.push({ themeId, rating });
  }
  return valid;
}

function optionalComment(value: unknown, errors: FieldError[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    errors.push({ field: "comment", message: "Write your comment as text." });
    return undefined;
  }
  const text = value.trim();
  if (text.length > ASSESSMENT_COMMENT_MAX_LENGTH) {
    errors.push({
      field: "comment",
      message: `Shorten your comment to ${ASSESSMENT_COMMENT_MAX_LENGTH} characters or fewer (it has ${text.length}).`,
    });
    return undefined;
  }
  return text === "" ? undefined : text;
}

/** An integer from 1 to 5, as a number or a numeric string (card inputs are strings). */
function scale(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\s*\d\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= SCALE_MIN && n <= SCALE_MAX ? n : undefined;
}

function yesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "yes" || value === "true") return true;
  if (value === "no" || value === "false") return false;
  return undefined;
}
