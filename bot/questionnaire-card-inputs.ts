/**
 * Reads a questionnaire card's Action.Execute data (the card's data plus every input, as strings) into a
 * submission for core, and turns answers back into input values. The data is attacker-controlled
 * (SECURITY-NOTES §3): only own string properties with known input ids are read, nothing here throws,
 * and deciding what is acceptable is left to core's validation and the service's checks.
 */
import { MAX_NEEDS, MAX_SKILLS, type QuestionnaireAnswers } from "../core/questionnaire";
import type { QuestionnaireSubmission } from "../core/questionnaire-service";
import {
  CAPACITY_INPUT,
  comfortInput,
  GOAL_INPUT,
  inputMaxLength,
  LANGUAGES_INPUT,
  levelInput,
  lineNumbers,
  MENTEE_INPUTS,
  MENTOR_INPUTS,
  MOTIVATION_INPUT,
  NO_THEME,
  needInput,
  PREFERRED_LANGUAGE_INPUT,
  skillInput,
} from "./cards/questionnaire-fields";

type Fields = Readonly<Record<string, unknown>>;

/**
 * The submission a card's data stands for. `participantId` is kept as given: the service compares it with
 * the clicker's own participant. Values that are not strings count as unanswered. Data that is not an
 * object, or whose `kind` is neither "mentee" nor "mentor", yields an empty mentee draft, which the service
 * always refuses: FORBIDDEN for a mentor, VALIDATION ("Choose at least one need", …) for a mentee.
 */
export function parseQuestionnaireSubmission(data: unknown): QuestionnaireSubmission {
  if (!isFields(data)) return { participantId: undefined, draft: { kind: "mentee", needs: [] } };
  const participantId = own(data, "participantId");
  const kind = own(data, "kind");
  if (kind === "mentor") {
    return {
      participantId,
      draft: {
        kind: "mentor",
        skills: lineNumbers(MAX_SKILLS).map((n) => {
          const line = themeLine(data, skillInput(n), levelInput(n));
          return { themeId: line.themeId, level: line.score };
        }),
        motivation: text(data, MOTIVATION_INPUT),
        languages: text(data, LANGUAGES_INPUT),
        capacity: text(data, CAPACITY_INPUT),
      },
    };
  }
  if (kind !== "mentee") return { participantId, draft: { kind: "mentee", needs: [] } };
  return {
    participantId,
    draft: {
      kind: "mentee",
      needs: lineNumbers(MAX_NEEDS).map((n) => {
        const line = themeLine(data, needInput(n), comfortInput(n));
        return { themeId: line.themeId, comfort: line.score };
      }),
      goal: text(data, GOAL_INPUT),
      preferredLanguage: text(data, PREFERRED_LANGUAGE_INPUT),
    },
  };
}

/**
 * The input values of a refused submission, to put back into the card: known input ids with string values
 * only, each cut to the longest value its input can hold (so hostile data cannot bloat the next card).
 */
export function cardValues(data: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!isFields(data)) return values;
  for (const id of [...MENTEE_INPUTS, ...MENTOR_INPUTS]) {
    const value = text(data, id);
    if (value !== undefined) values[id] = value.slice(0, inputMaxLength(id));
  }
  return values;
}

/** Saved answers as the input values of their questionnaire card, to pre-fill it for editing. */
export function answersAsCardValues(answers: QuestionnaireAnswers): Record<string, string> {
  const values: Record<string, string> = {};
  if (answers.kind === "mentee") {
    answers.needs.forEach((need, index) => {
      values[needInput(index + 1)] = need.themeId;
      values[comfortInput(index + 1)] = String(need.comfort);
    });
    values[GOAL_INPUT] = answers.goal;
    values[PREFERRED_LANGUAGE_INPUT] = answers.preferredLanguage;
    return values;
  }
  answers.skills.forEach((skill, index) => {
    values[skillInput(index + 1)] = skill.themeId;
    values[levelInput(index + 1)] = String(skill.level);
  });
  values[MOTIVATION_INPUT] = answers.motivation;
  values[LANGUAGES_INPUT] = answers.languages.join(",");
  values[CAPACITY_INPUT] = String(answers.capacity);
  return values;
}

/** A theme and its score; the "None" choice empties the whole line, whatever score was left on it. */
function themeLine(data: Fields, themeId: string, scoreId: string): { themeId?: string; score?: string } {
  const theme = text(data, themeId);
  if (theme === NO_THEME) return {};
  return { themeId: theme, score: text(data, scoreId) };
}

function isFields(data: unknown): data is Fields {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}

/** An own property only: nothing inherited, so `__proto__` tricks read nothing. */
function own(data: Fields, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

function text(data: Fields, key: string): string | undefined {
  const value = own(data, key);
  return typeof value === "string" ? value : undefined;
}
