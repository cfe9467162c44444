import type { MatchWeights } from "../wave";
import { solveAssignment } from "./assignment-solver";
import { buildHardRuleIndex } from "./hard-rules";
import { idleMentorReasons, unmatchedReason } from "./matching-explanations";
import { compileMatchingProblem, keptLocks } from "./matching-problem";
import type {
  MatchingInput,
  MatchMentee,
  MatchMentor,
  MatchResult,
  ProposedPair,
  UnmatchedMentee,
} from "./matching-types";
import { scorePairCriteria } from "./pair-score";

/**
 * "Propose pairs": the optimal assignment of a whole wave. Locked pairs stay as they are (and use their
 * mentor's places), mentees HR removed stay unmatched, and the rest are matched so that as many mentees
 * as possible get a mentor and, among those assignments, the total score is the highest. Every pair,
 * unmatched mentee and idle mentor comes with why. The group format only changes capacities.
 */
export function matchWave(input: MatchingInput): MatchResult {
  const compiled = compileMatchingProblem(input);
  const solution = solveAssignment(compiled.problem);
  const index = buildHardRuleIndex(input, compiled.tree);
  const mentees = new Map(input.mentees.map((m) => [m.id, m]));
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));

  const pairs: ProposedPair[] = keptLocks(input).map((lock) =>
    proposedPair(mentees.get(lock.menteeId)!, mentors.get(lock.mentorId)!, input.weights, lock.origin),
  );
  const unmatched: UnmatchedMentee[] = [];
  compiled.menteeOrder.forEach((mentee, row) => {
    const column = solution.columnOfRow[row] ?? -1;
    if (column >= 0) {
      pairs.push(proposedPair(mentee, compiled.mentorOrder[column]!, input.weights));
      return;
    }
    unmatched.push({ menteeId: mentee.id, reasons: [unmatchedReason(compiled, index, row)] });
  });
  const removed = new Set(input.removedMenteeIds ?? []);
  for (const mentee of input.mentees)
    if (removed.has(mentee.id)) unmatched.push({ menteeId: mentee.id, reasons: [{ kind: "removed-by-hr" }] });

  const busy = new Set(pairs.map((p) => p.mentorId));
  const lockedMentees = keptLocks(input).map((l) => mentees.get(l.menteeId)!);
  const idleMentors = idleMentorReasons(compiled, index, busy, lockedMentees);

  pairs.sort((a, b) => compareIds(a.menteeId, b.menteeId));
  unmatched.sort((a, b) => compareIds(a.menteeId, b.menteeId));
  return {
    pairs,
    unmatchedMentees: unmatched,
    idleMentors,
    totalCost: pairs.reduce((sum, p) => sum + p.cost, 0),
    totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
    certified: solution.certified,
  };
}

/** A pair as the engine proposes it: its score, breakdown and reasons (plus "locked" when kept as is). */
export function proposedPair(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights,
  locked?: "hr" | "mutual",
): ProposedPair {
  const { breakdown, score, cost, reasons } = scorePairCriteria(mentee, mentor, weights);
  return {
    menteeId: mentee.id,
    mentorId: mentor.id,
    score,
    cost,
    breakdown,
    reasons: locked === undefined ? reasons : [...reasons, { kind: "locked", origin: locked }],
    ...(locked === undefined ? {} : { locked }),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
