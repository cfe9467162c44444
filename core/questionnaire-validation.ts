import type { FieldError } from "./errors";
import { isLanguage, type Language } from "./language";
import {
  GOAL_MAX_LENGTH,
  MAX_CAPACITY,
  MAX_NEEDS,
  MAX_SKILLS,
  MIN_CAPACITY,
  MOTIVATION_MAX_LENGTH,
  SCALE_MAX,
  SCALE_MIN,
  type MenteeAnswers,
  type MentorAnswers,
} from "./questionnaire";
import { findTheme, type Wave } from "./wave";

/**
 * Answers as they arrive from a card or an API body: untrusted and loosely typed.
 * Slots are numbered from 1 in field names (`need1`, `comfort1`, `skill1`, `level1`, …).
 */
export interface MenteeDraft {
  readonly needs: ReadonlyArray<{ readonly themeId?: unknown; readonly comfort?: unknown }>;
  readonly goal?: unknown;
  readonly preferredLanguage?: unknown;
}

export interface MentorDraft {
  readonly skills: ReadonlyArray<{ readonly themeId?: unknown; readonly level?: unknown }>;
  readonly motivation?: unknown;
  readonly languages?: unknown;
  readonly capacity?: unknown;
}

export type Validation<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldError[] };

/** Checks a mentee's needs questionnaire against the wave's catalogue. Empty slots are skipped. */
export function validateMenteeDraft(draft: MenteeDraft, wave: Wave): Validation<MenteeAnswers> {
  const errors: FieldError[] = [];
  if (draft.needs.length > MAX_NEEDS) {
    errors.push({
      field: "needs",
      message: `Choose at most ${MAX_NEEDS} needs.`,
      detail: { reason: "too-many", max: MAX_NEEDS },
    });
  }
  const before = errors.length;
  const ranked = rankedSlots(draft.needs, "need", "comfort", "comfort level", wave, errors);
  if (ranked.length === 0 && errors.length === before) {
    errors.push({ field: "need1", message: "Choose at least one need.", detail: { reason: "none-chosen" } });
  }
  const goal = requiredText(draft.goal, "goal", "your goal", GOAL_MAX_LENGTH, errors);
  const preferredLanguage = language(draft.preferredLanguage, "preferredLanguage", errors);
  if (errors.length > 0 || preferredLanguage === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: "mentee",
      needs: ranked.map((r) => ({ themeId: r.themeId, comfort: r.score })),
      goal,
      preferredLanguage,
    },
  };
}

/** Checks a mentor's skills questionnaire against the wave's catalogue. Empty slots are skipped. */
export function validateMentorDraft(draft: MentorDraft, wave: Wave): Validation<MentorAnswers> {
  const errors: FieldError[] = [];
  if (draft.skills.length > MAX_SKILLS) {
    errors.push({
      field: "skills",
      message: `Offer at most ${MAX_SKILLS} skills.`,
      detail: { reason: "too-many", max: MAX_SKILLS },
    });
  }
  const before = errors.length;
  const skills = rankedSlots(draft.skills, "skill", "level", "level", wave, errors);
  if (skills.length === 0 && errors.length === before) {
    errors.push({ field: "skill1", message: "Offer at least one skill.", detail: { reason: "none-chosen" } });
  }
  const motivation = requiredText(
    draft.motivation,
    "motivation",
    "your motivation",
    MOTIVATION_MAX_LENGTH,
    errors,
  );
  const languages = languageList(draft.languages, errors);
  const capacity = integerIn(draft.capacity, MIN_CAPACITY, MAX_CAPACITY);
  if (capacity === undefined) {
    errors.push({
      field: "capacity",
      message: `Say how many mentees you can take on (${MIN_CAPACITY} to ${MAX_CAPACITY}).`,
      detail: { reason: "capacity-missing", min: MIN_CAPACITY, max: MAX_CAPACITY },
    });
  }
  if (errors.length > 0 || capacity === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: "mentor",
      skills: skills.map((s) => ({ themeId: s.themeId, level: s.score })),
      motivation,
      languages,
      capacity,
    },
  };
}

interface ScoredTheme {
  readonly themeId: string;
  readonly score: number;
}

/** Reads numbered (theme, score) slots: each chosen theme must exist, appear once and have a 1–5 score. */
function rankedSlots(
  slots: ReadonlyArray<{ readonly themeId?: unknown; readonly comfort?: unknown; readonly level?: unknown }>,
  themeField: string,
  scoreField: "comfort" | "level",
  scoreName: string,
  wave: Wave,
  errors: FieldError[],
): ScoredTheme[] {
  const chosen: ScoredTheme[] = [];
  const seen = new Map<string, number>();
  slots.forEach((slot, index) => {
    const n = index + 1;
    const rawTheme = slot.themeId;
    const rawScore = scoreField === "comfort" ? slot.comfort : slot.level;
    if (isBlank(rawTheme)) {
      if (!isBlank(rawScore)) {
        errors.push({
          field: `${themeField}${n}`,
          message: `Line ${n} has a ${scoreName} but no theme: choose a theme, or "None" to leave the line out.`,
          detail: { reason: "score-without-theme", line: n },
        });
      }
      return;
    }
    if (typeof rawTheme !== "string") {
      errors.push(unknownTheme(themeField, n));
      return;
    }
    const theme = findTheme(wave, rawTheme);
    if (theme === undefined) {
      errors.push(unknownTheme(themeField, n));
      return;
    }
    const first = seen.get(theme.id);
    if (first !== undefined) {
      errors.push({
        field: `${themeField}${n}`,
        message: `You chose "${theme.labels.en}" twice (lines ${first} and ${n}). Pick a different theme for each line.`,
        detail: { reason: "duplicate-theme", themeId: theme.id, firstLine: first, line: n },
      });
      return;
    }
    seen.set(theme.id, n);
    const score = integerIn(rawScore, SCALE_MIN, SCALE_MAX);
    if (score === undefined) {
      errors.push({
        field: `${scoreField}${n}`,
        message: `Give a ${scoreName} from ${SCALE_MIN} to ${SCALE_MAX} for "${theme.labels.en}".`,
        detail: { reason: "score-missing", themeId: theme.id, min: SCALE_MIN, max: SCALE_MAX },
      });
      return;
    }
    chosen.push({ themeId: theme.id, score });
  });
  return chosen;
}

function unknownTheme(themeField: string, line: number): FieldError {
  return {
    field: `${themeField}${line}`,
    message: `Line ${line} is not a theme of this wave.`,
    detail: { reason: "unknown-theme", line },
  };
}

function requiredText(
  value: unknown,
  field: string,
  name: string,
  maxLength: number,
  errors: FieldError[],
): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (value !== undefined && value !== null && typeof value !== "string") {
    errors.push({ field, message: `Write ${name} as text.`, detail: { reason: "text-not-text" } });
  } else if (text.length === 0) {
    errors.push({
      field,
      message: `Write ${name} (a sentence or two is enough).`,
      detail: { reason: "text-missing" },
    });
  } else if (text.length > maxLength) {
    errors.push({
      field,
      message: `Shorten ${name} to ${maxLength} characters or fewer (it has ${text.length}).`,
      detail: { reason: "text-too-long", max: maxLength, length: text.length },
    });
  }
  return text;
}

function language(value: unknown, field: string, errors: FieldError[]): Language | undefined {
  if (isLanguage(value)) return value;
  errors.push({
    field,
    message: "Choose a language: Français, English or Nederlands.",
    detail: { reason: "language-missing" },
  });
  return undefined;
}

/** Languages arrive as an array or as a card's comma-separated multi-select value. */
function languageList(value: unknown, errors: FieldError[]): Language[] {
  const items = typeof value === "string" ? value.split(",").map((v) => v.trim()) : value;
  if (!Array.isArray(items) || items.length === 0 || items.every(isBlank)) {
    errors.push({
      field: "languages",
      message: "Choose at least one language you can mentor in.",
      detail: { reason: "languages-missing" },
    });
    return [];
  }
  const valid = items.filter((v) => !isBlank(v));
  if (!valid.every(isLanguage)) {
    errors.push({
      field: "languages",
      message: "Choose languages among Français, English and Nederlands.",
      detail: { reason: "languages-unknown" },
    });
    return [];
  }
  return [...new Set(valid)];
}

/** An integer in [min, max], given as a number or a numeric string (card inputs are strings). */
function integerIn(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
