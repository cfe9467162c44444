import type { AssignmentProblem } from "./assignment-problem";
import { buildReportingTree, type ReportingTree } from "./hard-rules";
import { checkMatchingInput } from "./matching-input-check";
import type { MatchingInput, MatchLock, MatchMentee, MatchMentor } from "./matching-types";
import { maxPairScore } from "./pair-score";
import { buildRowExceptions } from "./row-exceptions";
import {
  fillLanguageScores,
  fillPlaceScores,
  LANGUAGE_MASKS,
  languageMask,
  LEVELS,
  NEED_SLOTS,
  placeClasses,
  TopicTables,
} from "./row-score-tables";

/**
 * The engine's input compiled for the solver: every per-person fact turned into typed arrays once, so a
 * whole row of costs (one mentee against every mentor) is a tight loop with no allocation. Computes the
 * same integers as pair-score.ts and hard-rules.ts (the tests hold them to each other).
 */
export interface CompiledMatchingProblem {
  readonly problem: AssignmentProblem;
  /** The mentee of each row: the mentees neither locked nor removed, sorted by id. */
  readonly menteeOrder: readonly MatchMentee[];
  /** The mentor of each column: every mentor, sorted by id (capacity minus their locked pairs). */
  readonly mentorOrder: readonly MatchMentor[];
  /** The largest finite cost of a pair: Σ weights. */
  readonly maxCost: number;
  /** The manager tree of all the input's reporting lines (whether or not the rule is on). */
  readonly tree: ReportingTree;
}

/** Compiles a wave's matching input (checked with checkMatchingInput) into an assignment problem. */
export function compileMatchingProblem(input: MatchingInput): CompiledMatchingProblem {
  checkMatchingInput(input);
  const locks = keptLocks(input);
  const locked = new Set(locks.map((l) => l.menteeId));
  const removed = new Set(input.removedMenteeIds ?? []);
  const mentees = byId(input.mentees.filter((m) => !locked.has(m.id) && !removed.has(m.id)));
  const mentors = byId(input.mentors);
  const rows = mentees.length;
  const columns = mentors.length;
  const { weights } = input;
  const maxCost = maxPairScore(weights);

  const lockedPerMentor = new Map<string, number>();
  for (const l of locks) lockedPerMentor.set(l.mentorId, (lockedPerMentor.get(l.mentorId) ?? 0) + 1);
  const capacity = Int32Array.from(mentors, (m) =>
    Math.max(0, m.capacity - (lockedPerMentor.get(m.id) ?? 0)),
  );

  // Mentor levels, theme-major so a row reads three sequential streams; the last block (all 0) serves
  // empty need slots. Only themes some mentee needs are kept; a theme offered twice keeps its first level.
  const themeIndex = new Map<string, number>();
  for (const m of mentees)
    for (const n of m.needs) if (!themeIndex.has(n.themeId)) themeIndex.set(n.themeId, themeIndex.size);
  const emptyBlock = themeIndex.size * columns;
  const levels = new Uint8Array(emptyBlock + columns);
  mentors.forEach((mentor, c) => {
    for (const skill of mentor.skills) {
      const t = themeIndex.get(skill.themeId);
      if (t !== undefined && levels[t * columns + c] === 0) levels[t * columns + c] = skill.level;
    }
  });

  const places = placeClasses(mentors);
  const place = places.classOf;
  // A mentor's profile for the soft criteria other than topics: language mask × place class.
  const mentorProfile = Int32Array.from(
    mentors,
    (m, c) => languageMask(m.languages) * places.classes.length + place[c]!,
  );
  // Built once for the rows (only when the rule is on) and for the explanations.
  const tree = buildReportingTree(input.reportingLines);
  const exceptions = buildRowExceptions(input, mentees, mentors, tree);

  // A mentee's language and site points for every mentor profile depend only on their languages, site
  // and offset: a few dozen distinct tables in a wave, each computed once instead of once per row, and
  // kept in one growing array (a typed array per table costs a backing store each).
  const placeCount = places.classes.length;
  const profileSize = LANGUAGE_MASKS * placeCount;
  const profileOffsets = new Map<string, number>();
  let profileValues = new Float64Array(profileSize * 16);
  const placeScore = new Float64Array(placeCount);
  const languageScore = new Float64Array(LANGUAGE_MASKS);
  const profileOffsetOf = (mentee: MatchMentee): number => {
    const key = `${mentee.preferredLanguage ?? ""}|${mentee.languages.join(",")}|${mentee.site ?? ""}|${mentee.utcOffsetMinutes ?? ""}`;
    let at = profileOffsets.get(key);
    if (at === undefined) {
      at = profileOffsets.size * profileSize;
      if (at + profileSize > profileValues.length) {
        const grown = new Float64Array(2 * profileValues.length);
        grown.set(profileValues);
        profileValues = grown;
      }
      fillLanguageScores(mentee, weights, languageScore);
      fillPlaceScores(mentee, places.classes, weights, placeScore);
      for (let mask = 0; mask < LANGUAGE_MASKS; mask++)
        for (let p = 0; p < placeCount; p++)
          profileValues[at + mask * placeCount + p] = languageScore[mask]! + placeScore[p]!;
      profileOffsets.set(key, at);
    }
    return at;
  };
  // A mentee's topic table depends only on how many needs they ranked and their comfort in each: a few
  // hundred distinct tables at most, each computed once instead of once per row (and per rescan).
  const topicTables = new TopicTables(weights);
  const starts = new Int32Array(NEED_SLOTS);

  function fillRow(row: number, out: Float64Array): void {
    const mentee = mentees[row]!;
    const topicAt = topicTables.offsetOf(mentee);
    const profileAt = profileOffsetOf(mentee);
    for (let k = 0; k < NEED_SLOTS; k++) {
      const need = mentee.needs[k];
      starts[k] = need === undefined ? emptyBlock : themeIndex.get(need.themeId)! * columns;
    }
    rowLoop(out, topicTables.values, topicAt, profileValues, profileAt, starts[0]!, starts[1]!, starts[2]!);
    exceptions.apply(row, mentee, out);
  }

  // The hot loop (10⁸ pairs at 10,000 × 10,000): every table a local, no module or closure look-ups inside.
  function rowLoop(
    out: Float64Array,
    topic: Int32Array,
    topicAt: number,
    profileTable: Float64Array,
    profileAt: number,
    s0: number,
    s1: number,
    s2: number,
  ): void {
    const lv = levels;
    const profile = mentorProfile;
    const base = maxCost;
    const n = columns;
    const l = LEVELS;
    for (let c = 0; c < n; c++) {
      const topics = (lv[s0 + c]! * l + lv[s1 + c]!) * l + lv[s2 + c]!;
      out[c] = base - profileTable[profileAt + profile[c]!]! - topic[topicAt + topics]!;
    }
  }

  return {
    problem: { rows, columns, capacity, fillRow, unassignedCost: (rows + 1) * maxCost + 1 },
    menteeOrder: mentees,
    mentorOrder: mentors,
    maxCost,
    tree,
  };
}

/** The locks the engine keeps: all but those of mentees HR removed (removing a mentee undoes their lock). */
export function keptLocks(input: MatchingInput): MatchLock[] {
  const removed = new Set(input.removedMenteeIds ?? []);
  return input.locks.filter((l) => !removed.has(l.menteeId));
}

function byId<T extends { readonly id: string }>(people: readonly T[]): T[] {
  return [...people].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
