import type { MatchingInput, MatchMentee, MatchMentor } from "../../core/matching/matching-types";
import { DEFAULT_MATCH_WEIGHTS, DEFAULT_RULES } from "../../core/wave";

/** A mentee of the engine's input: French speaker, person key `<id>@corp.example`, no needs unless given. */
export function aMentee(id: string, overrides: Partial<MatchMentee> = {}): MatchMentee {
  return {
    id,
    displayName: `Mentee ${id}`,
    personKey: `${id}@corp.example`,
    languages: ["fr"],
    needs: [],
    ...overrides,
  };
}

/** A mentor of the engine's input: French speaker, one place, no skills unless given. */
export function aMentor(id: string, overrides: Partial<MatchMentor> = {}): MatchMentor {
  return {
    id,
    displayName: `Mentor ${id}`,
    personKey: `${id}@corp.example`,
    languages: ["fr"],
    skills: [],
    capacity: 1,
    ...overrides,
  };
}

/** Needs as [themeId, comfort] in rank order. */
export function needs(...list: ReadonlyArray<readonly [string, number]>): MatchMentee["needs"] {
  return list.map(([themeId, comfort]) => ({ themeId, comfort }));
}

/** Skills as [themeId, level]. */
export function skills(...list: ReadonlyArray<readonly [string, number]>): MatchMentor["skills"] {
  return list.map(([themeId, level]) => ({ themeId, level }));
}

/** A wave's engine input with the default rules and weights, no reporting lines, past pairs or locks. */
export function aMatchingInput(overrides: Partial<MatchingInput> = {}): MatchingInput {
  return {
    mentees: [],
    mentors: [],
    rules: DEFAULT_RULES,
    weights: DEFAULT_MATCH_WEIGHTS,
    reportingLines: [],
    pastPairs: [],
    locks: [],
    ...overrides,
  };
}
