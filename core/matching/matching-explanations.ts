import { brokenHardRules, HARD_RULES, type HardRuleIndex } from "./hard-rules";
import type { CompiledMatchingProblem } from "./matching-problem";
import type { HardRule, IdleMentor, MatchMentee, UnmatchedReason } from "./matching-types";

/**
 * Why the engine left someone out, computed from the compiled rows so that even a wave of 10,000 × 10,000
 * explains itself in about one pass over the costs at worst.
 */

/**
 * Why the solver left a row unassigned: no mentor the hard rules allow (with how many mentors each rule
 * excludes), or allowed mentors whose places the best assignment of the wave gives to others.
 */
export function unmatchedReason(
  compiled: CompiledMatchingProblem,
  index: HardRuleIndex,
  row: number,
): UnmatchedReason {
  const costs = new Float64Array(compiled.problem.columns);
  compiled.problem.fillRow(row, costs);
  const allowedMentors = costs.reduce((n, cost) => (cost === Infinity ? n : n + 1), 0);
  if (allowedMentors > 0) return { kind: "not-enough-capacity", allowedMentors };
  const mentee = compiled.menteeOrder[row]!;
  const excludedBy = Object.fromEntries(HARD_RULES.map((rule) => [rule, 0])) as Record<HardRule, number>;
  for (const mentor of compiled.mentorOrder)
    for (const rule of brokenHardRules(index, mentee, mentor)) excludedBy[rule] += 1;
  return { kind: "no-allowed-mentor", excludedBy };
}

/**
 * Why each mentor without a mentee has none: every mentee of the pool (rows and locked mentees) is
 * forbidden to them, or some is allowed but better placed elsewhere. Sorted by mentor id.
 *
 * The rows are read through the compiled costs (a forbidden pair costs Infinity), a row at a time, and
 * only until every idle mentor has met an allowed mentee: usually a handful of rows. The locked mentees,
 * not rows, are checked pair by pair for the mentors still unresolved after that.
 */
export function idleMentorReasons(
  compiled: CompiledMatchingProblem,
  index: HardRuleIndex,
  busyMentorIds: ReadonlySet<string>,
  lockedMentees: readonly MatchMentee[],
): IdleMentor[] {
  const idle = compiled.mentorOrder.flatMap((mentor, column) =>
    busyMentorIds.has(mentor.id) ? [] : [column],
  );
  const unresolved = Int32Array.from(idle);
  let left = unresolved.length;
  const costs = new Float64Array(compiled.problem.columns);
  for (let row = 0; row < compiled.problem.rows && left > 0; row++) {
    compiled.problem.fillRow(row, costs);
    let kept = 0;
    for (let i = 0; i < left; i++) {
      const c = unresolved[i]!;
      if (costs[c] === Infinity) unresolved[kept++] = c;
    }
    left = kept;
  }
  const forbidden = new Set<number>();
  for (let i = 0; i < left; i++) {
    const mentor = compiled.mentorOrder[unresolved[i]!]!;
    if (!lockedMentees.some((mentee) => brokenHardRules(index, mentee, mentor).length === 0))
      forbidden.add(unresolved[i]!);
  }
  return idle.map((c) => ({
    mentorId: compiled.mentorOrder[c]!.id,
    reason: forbidden.has(c) ? "no-allowed-mentee" : "not-needed",
  }));
}
