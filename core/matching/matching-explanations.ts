import { brokenHardRules, HARD_RULES, type HardRuleIndex } from "./hard-rules";
import type { CompiledMatchingProblem } from "./matching-problem";
import type { HardRule, IdleMentor, MatchMentee, MatchMentor, UnmatchedReason } from "./matching-types";

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

/** Mentees each idle mentor is first tried against, before a whole pass over the rows is worth it. */
const QUICK_CHECKS = 32;
/** Below this many unresolved mentors, checking each against every mentee is cheaper than a pass over rows. */
const DIRECT_CHECKS = 256;

/**
 * Why each mentor without a mentee has none: every mentee of the pool (rows and locked mentees) is
 * forbidden to them, or some is allowed but better placed elsewhere. Sorted by mentor id.
 */
export function idleMentorReasons(
  compiled: CompiledMatchingProblem,
  index: HardRuleIndex,
  busyMentorIds: ReadonlySet<string>,
  lockedMentees: readonly MatchMentee[],
): IdleMentor[] {
  const pool = [...lockedMentees, ...compiled.menteeOrder];
  const allowed = (mentor: MatchMentor, mentee: MatchMentee) =>
    brokenHardRules(index, mentee, mentor).length === 0;
  const idle = compiled.mentorOrder.flatMap((mentor, column) =>
    busyMentorIds.has(mentor.id) ? [] : [column],
  );
  const wanted = new Set<number>();
  let unresolved = idle.filter((c) => {
    const mentor = compiled.mentorOrder[c]!;
    if (pool.slice(0, QUICK_CHECKS).some((mentee) => allowed(mentor, mentee))) wanted.add(c);
    return !wanted.has(c) && pool.length > QUICK_CHECKS;
  });
  if (unresolved.length <= DIRECT_CHECKS) {
    for (const c of unresolved)
      if (pool.some((mentee) => allowed(compiled.mentorOrder[c]!, mentee))) wanted.add(c);
  } else {
    const costs = new Float64Array(compiled.problem.columns);
    for (let row = 0; row < compiled.problem.rows && unresolved.length > 0; row++) {
      compiled.problem.fillRow(row, costs);
      for (const c of unresolved) if (costs[c] !== Infinity) wanted.add(c);
      unresolved = unresolved.filter((c) => !wanted.has(c));
    }
    for (const c of unresolved)
      if (lockedMentees.some((mentee) => allowed(compiled.mentorOrder[c]!, mentee))) wanted.add(c);
  }
  return idle.map((c) => ({
    mentorId: compiled.mentorOrder[c]!.id,
    reason: wanted.has(c) ? "not-needed" : "no-allowed-mentee",
  }));
}
