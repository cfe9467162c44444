/**
 * The questionnaire cards' input ids and wording of their scales: the contract between the card
 * builders and the submission parser. Ids equal the field names of core's FieldErrors.
 */
import {
  GOAL_MAX_LENGTH,
  MAX_CAPACITY,
  MAX_NEEDS,
  MAX_SKILLS,
  MIN_CAPACITY,
  MOTIVATION_MAX_LENGTH,
} from "../../core/questionnaire";

export const GOAL_INPUT = "goal";
export const PREFERRED_LANGUAGE_INPUT = "preferredLanguage";
export const MOTIVATION_INPUT = "motivation";
export const LANGUAGES_INPUT = "languages";
export const CAPACITY_INPUT = "capacity";

/** The value of the "None" choice, which empties an optional line (no theme id can be a single dash). */
export const NO_THEME = "-";

export const needInput = (line: number): string => `need${line}`;
export const comfortInput = (line: number): string => `comfort${line}`;
export const skillInput = (line: number): string => `skill${line}`;
export const levelInput = (line: number): string => `level${line}`;

/** Line numbers 1…count, as the cards and core's messages count them. */
export function lineNumbers(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

export const MENTEE_INPUTS: readonly string[] = [
  ...lineNumbers(MAX_NEEDS).flatMap((n) => [needInput(n), comfortInput(n)]),
  GOAL_INPUT,
  PREFERRED_LANGUAGE_INPUT,
];

export const MENTOR_INPUTS: readonly string[] = [
  ...lineNumbers(MAX_SKILLS).flatMap((n) => [skillInput(n), levelInput(n)]),
  MOTIVATION_INPUT,
  LANGUAGES_INPUT,
  CAPACITY_INPUT,
];

/** Longest value a choice input can legitimately hold (a theme id, "fr,en,nl"). */
const CHOICE_VALUE_MAX_LENGTH = 100;

/** The longest value worth putting back into an input: a text's maxLength, otherwise a choice value. */
export function inputMaxLength(inputId: string): number {
  if (inputId === GOAL_INPUT) return GOAL_MAX_LENGTH;
  if (inputId === MOTIVATION_INPUT) return MOTIVATION_MAX_LENGTH;
  return CHOICE_VALUE_MAX_LENGTH;
}

/** A 1–5 scale: the words for each score, lowest first, by language. */
export {
  COMFORT_WORDS_BY_LANGUAGE,
  LEVEL_WORDS_BY_LANGUAGE,
  type ScaleWords,
} from "../../core/questionnaire";

export const CAPACITIES: readonly number[] = lineNumbers(MAX_CAPACITY).filter((n) => n >= MIN_CAPACITY);
