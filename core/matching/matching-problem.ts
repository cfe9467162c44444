import type { AssignmentProblem } from "./assignment-problem";
import { buildReportingTree } from "./hard-rules";
import { checkMatchingInput } from "./matching-input-check";
import type { MatchingInput, MatchLock, MatchMentee, MatchMentor } from "./matching-types";
import { maxPairScore } from "./pair-score";
import { buildRowExceptions } from "./row-exceptions";
import {
  fillLanguageScores,
  fillPlaceScores,
  fillTopicScores,
  LANGUAGE_MASKS,
  languageMask,
  LEVELS,
  NEED_SLOTS,
  placeClasses,
  TOPIC_TABLE_SIZE,
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
  const language = Uint8Array.from(mentors, (m) => languageMask(m.languages));
  const tree = buildReportingTree(input.rules.forbidReportingLine ? input.reportingLines : []);
  const exceptions = buildRowExceptions(input, mentees, mentors, tree);

  // Scratch tables, refilled for each row.
  const placeScore = new Float64Array(places.classes.length);
  const languageScore = new Float64Array(LANGUAGE_MASKS);
  const topicScore = new Float64Array(TOPIC_TABLE_SIZE);
  const starts = new Int32Array(NEED_SLOTS);

  function fillRow(row: number, out: Float64Array): void {
    const mentee = mentees[row]!;
    fillLanguageScores(mentee, weights, languageScore);
    fillPlaceScores(mentee, places.classes, weights, placeScore);
    fillTopicScores(mentee, weights, topicScore);
    for (let k = 0; k < NEED_SLOTS; k++) {
      const need = mentee.needs[k];
      starts[k] = need === undefined ? emptyBlock : themeIndex.get(need.themeId)! * columns;
    }
    const s0 = starts[0]!;
    const s1 = starts[1]!;
    const s2 = starts[2]!;
    for (let c = 0; c < columns; c++) {
      const topics = (levels[s0 + c]! * LEVELS + levels[s1 + c]!) * LEVELS + levels[s2 + c]!;
      out[c] = maxCost - languageScore[language[c]!]! - placeScore[place[c]!]! - topicScore[topics]!;
    }
    exceptions.apply(row, mentee, out);
  }

  return {
    problem: { rows, columns, capacity, fillRow, unassignedCost: (rows + 1) * maxCost + 1 },
    menteeOrder: mentees,
    mentorOrder: mentors,
    maxCost,
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
