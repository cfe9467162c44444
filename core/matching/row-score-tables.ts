import { LANGUAGES, type Language } from "../language";
import type { MatchWeights } from "../wave";
import type { MatchMentee, MatchMentor } from "./matching-types";
import {
  LEVEL_STEPS,
  levelSteps,
  menteeLanguages,
  needRankWeight,
  preferredLanguageOf,
  shareOf,
  siteGapPoints,
  siteKey,
} from "./pair-score";

/**
 * Lookup tables for one mentee's row of costs: the soft criteria of pair-score.ts, computed once per
 * distinct mentor profile (place and languages; level in each needed theme) instead of once per mentor.
 */

/** Language masks: one bit per supported language. */
export const LANGUAGE_MASKS = 1 << LANGUAGES.length;

export function languageMask(languages: readonly Language[]): number {
  let mask = 0;
  for (const l of languages) mask |= 1 << LANGUAGES.indexOf(l);
  return mask;
}

/** Where a mentor is: mentors sharing site and UTC offset share one entry of the row's place table. */
export interface Place {
  readonly site: string | undefined;
  readonly offset: number | undefined;
}

/** The distinct places of the mentors and each mentor's place number. */
export function placeClasses(mentors: readonly MatchMentor[]): { classes: Place[]; classOf: Int32Array } {
  const ids = new Map<string, number>();
  const classes: Place[] = [];
  const classOf = Int32Array.from(mentors, (m) => {
    const place: Place = { site: siteKey(m.site), offset: m.utcOffsetMinutes };
    const name = JSON.stringify([place.site ?? null, place.offset ?? null]);
    let id = ids.get(name);
    if (id === undefined) {
      id = classes.push(place) - 1;
      ids.set(name, id);
    }
    return id;
  });
  return { classes, classOf };
}

/** Language points of `mentee` for each mentor language mask; -Infinity where they share none (a hard rule). */
export function fillLanguageScores(mentee: MatchMentee, weights: MatchWeights, out: Float64Array): void {
  const spoken = languageMask(menteeLanguages(mentee));
  const preferred = preferredLanguageOf(mentee);
  const preferredBit = preferred === undefined ? 0 : languageMask([preferred]);
  for (let mask = 0; mask < LANGUAGE_MASKS; mask++)
    out[mask] = (mask & spoken) === 0 ? -Infinity : (mask & preferredBit) !== 0 ? weights.language : 0;
}

/** Site points of `mentee` for each mentor place. */
export function fillPlaceScores(
  mentee: MatchMentee,
  classes: readonly Place[],
  weights: MatchWeights,
  out: Float64Array,
): void {
  const site = siteKey(mentee.site);
  const offset = mentee.utcOffsetMinutes;
  for (let p = 0; p < classes.length; p++) {
    const place = classes[p]!;
    out[p] =
      site !== undefined && site === place.site
        ? weights.site
        : offset !== undefined && place.offset !== undefined
          ? siteGapPoints(weights.site, Math.abs(offset - place.offset))
          : 0;
  }
}

/** Mentor levels: 0 = does not offer the theme, else 1–5. */
export const LEVELS = 6;
/** Need slots in a row (MAX_NEEDS): the row loop reads exactly three level streams. */
export const NEED_SLOTS = 3;
/** Size of a row's topic table: one entry per (level in need 1, level in need 2, level in need 3). */
export const TOPIC_TABLE_SIZE = LEVELS * LEVELS * LEVELS;

/** The most rank weight a mentee's needs add up to (3 + 2 + 1). */
const MAX_RANK_WEIGHTS = 6;

/** Scratch space for fillTopicScores, reused from table to table. */
export class TopicScratch {
  readonly covered = new Int32Array(NEED_SLOTS * LEVELS);
  readonly steps = new Int32Array(NEED_SLOTS * LEVELS);
  // Integers throughout (points are whole numbers): before V8 optimises this code, every float it reads
  // or adds is a new heap object, a small integer is not.
  readonly topicPoints = new Int32Array(MAX_RANK_WEIGHTS + 1);
  readonly levelPoints = new Int32Array(LEVEL_STEPS * MAX_RANK_WEIGHTS + 1);
}

/**
 * Topics and level points of `mentee` for every combination of the mentor's levels in the mentee's
 * three need slots, at out[at + l1 × 36 + l2 × 6 + l3] (an empty slot always reads level 0).
 */
export function fillTopicScores(
  mentee: MatchMentee,
  weights: MatchWeights,
  out: Int32Array,
  at = 0,
  scratch = new TopicScratch(),
): void {
  // Per slot and level: the rank weight covered and the weighted level steps. Indexed loops only: a
  // wave's first call runs this in the interpreter, where iterators and calls cost most.
  const { covered, steps, topicPoints, levelPoints } = scratch;
  covered.fill(0);
  steps.fill(0);
  let rankWeights = 0;
  for (let k = 0; k < NEED_SLOTS; k++) {
    const need = mentee.needs[k];
    if (need === undefined) continue;
    const rank = needRankWeight(k);
    rankWeights += rank;
    for (let level = 1; level < LEVELS; level++) {
      covered[k * LEVELS + level] = rank;
      steps[k * LEVELS + level] = rank * levelSteps(level, need.comfort);
    }
  }
  // Each criterion's points depend on one sum only: computed once per possible sum, not per entry.
  for (let sum = 0; sum <= rankWeights; sum++) topicPoints[sum] = shareOf(weights.topics, sum, rankWeights);
  const maxSteps = LEVEL_STEPS * rankWeights;
  for (let sum = 0; sum <= maxSteps; sum++) levelPoints[sum] = shareOf(weights.level, sum, maxSteps);
  let index = at;
  for (let a = 0; a < LEVELS; a++)
    for (let b = LEVELS; b < 2 * LEVELS; b++) {
      const coveredAB = covered[a]! + covered[b]!;
      const stepsAB = steps[a]! + steps[b]!;
      for (let c = 2 * LEVELS; c < 3 * LEVELS; c++)
        out[index++] = topicPoints[coveredAB + covered[c]!]! + levelPoints[stepsAB + steps[c]!]!;
    }
}

/** How many topic tables there can be: one per comfort (0 for an empty slot, else 1–5) in each need slot. */
export const TOPIC_TABLE_KEYS = LEVELS ** NEED_SLOTS;

/**
 * The topic tables of a wave's mentees, all in one array (table `key` at key × TOPIC_TABLE_SIZE), each
 * filled the first time a mentee needs it. One array, not one per table: a first call that allocated a
 * hundred-odd small typed arrays (each with its own backing store) spent most of its fill doing so.
 */
export class TopicTables {
  readonly values = new Int32Array(TOPIC_TABLE_KEYS * TOPIC_TABLE_SIZE);
  private readonly filled = new Uint8Array(TOPIC_TABLE_KEYS);
  private readonly scratch = new TopicScratch();

  constructor(private readonly weights: MatchWeights) {}

  /** Where `mentee`'s table starts in `values`. */
  offsetOf(mentee: MatchMentee): number {
    const key = topicTableKey(mentee);
    const at = key * TOPIC_TABLE_SIZE;
    if (this.filled[key] === 0) {
      fillTopicScores(mentee, this.weights, this.values, at, this.scratch);
      this.filled[key] = 1;
    }
    return at;
  }
}

/** A number naming a mentee's topic table: the comfort of each need slot (0 when empty), base LEVELS. */
export function topicTableKey(mentee: MatchMentee): number {
  let key = 0;
  for (let k = 0; k < NEED_SLOTS; k++) key = key * LEVELS + (mentee.needs[k]?.comfort ?? 0);
  return key;
}
