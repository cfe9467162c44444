import type { MatchWeights } from "../wave";
import { brokenHardRules, buildHardRuleIndex } from "./hard-rules";
import type { HardRule, MatchingInput, MatchMentee, MatchMentor, ProposedPair } from "./matching-types";
import { proposedPair } from "./matching-engine";

/** One pair HR chose by hand: allowed with its score, or forbidden by the hard rules it breaks. */
export type PairJudgement =
  | { readonly allowed: true; readonly pair: ProposedPair }
  | { readonly allowed: false; readonly broken: readonly HardRule[] };

/**
 * Checks and scores single pairs of a wave's pool with the engine's own rules and scores, so a pair HR
 * makes by hand (swap, assign) reads exactly like one the engine proposed.
 */
export interface PairJudge {
  readonly mentee: (id: string) => MatchMentee | undefined;
  readonly mentor: (id: string) => MatchMentor | undefined;
  /** Undefined when either person is not in the pool. */
  judge(menteeId: string, mentorId: string, locked?: "hr" | "mutual"): PairJudgement | undefined;
  /** Both shortlisted each other. */
  mutual(menteeId: string, mentorId: string): boolean;
}

/** A judge over the pool of `input`, scoring with `weights` (a proposal keeps the weights it was made with). */
export function pairJudge(input: MatchingInput, weights: MatchWeights = input.weights): PairJudge {
  const mentees = new Map(input.mentees.map((m) => [m.id, m]));
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const index = buildHardRuleIndex(input);
  return {
    mentee: (id) => mentees.get(id),
    mentor: (id) => mentors.get(id),
    mutual: (menteeId, mentorId) =>
      (mentees.get(menteeId)?.shortlist?.includes(mentorId) ?? false) &&
      (mentors.get(mentorId)?.shortlist?.includes(menteeId) ?? false),
    judge(menteeId, mentorId, locked) {
      const mentee = mentees.get(menteeId);
      const mentor = mentors.get(mentorId);
      if (mentee === undefined || mentor === undefined) return undefined;
      const broken = brokenHardRules(index, mentee, mentor);
      if (broken.length > 0) return { allowed: false, broken };
      return { allowed: true, pair: proposedPair(mentee, mentor, weights, locked) };
    },
  };
}

const RULE_WORDS: Readonly<Record<HardRule, string>> = {
  "no-common-language": "they have no language in common",
  "reporting-line": "one of them is in the other's reporting line",
  "same-department": "they work in the same department, which this wave's rules forbid",
  "met-before": "they were already paired in an earlier wave",
};

/** Why two people cannot be paired, in plain words for HR (English; the tab words it from the rule too). */
export function forbiddenPairWords(
  menteeName: string,
  mentorName: string,
  broken: readonly HardRule[],
): string {
  return `${menteeName} and ${mentorName} cannot be paired: ${broken.map((r) => RULE_WORDS[r]).join("; ")}.`;
}
