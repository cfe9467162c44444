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
  classes.forEach((place, p) => {
    out[p] =
      site !== undefined && site === place.site
        ? weights.site
        : offset !== undefined && place.offset !== undefined
          ? siteGapPoints(weights.site, Math.abs(offset - place.offset))
          : 0;
  });
}

/** Mentor levels: 0 = does not offer the theme, else 1–5. */
export const LEVELS = 6;
/** Need slots in a row (MAX_NEEDS): the row loop reads exactly three level streams. */
export const NEED_SLOTS = 3;
/** Size of a row's topic table: one entry per (level in need 1, level in need 2, level in need 3). */
export const TOPIC_TABLE_SIZE = LEVELS * LEVELS * LEVELS;

/**
 * Topics and level points of `mentee` for every combination of the mentor's levels in the mentee's
 * three need slots, at index l1 × 36 + l2 × 6 + l3 (an empty slot always reads level 0).
 */
export function fillTopicScores(mentee: MatchMentee, weights: MatchWeights, out: Float64Array): void {
  // Per slot and level: the rank weight covered (packed high) and the weighted level steps (packed low).
  const slot = [0, 1, 2].map((k) => {
    const need = mentee.needs[k];
    return Array.from({ length: LEVELS }, (_, level) =>
      need === undefined || level === 0
        ? 0
        : needRankWeight(k) * STEP_RANGE + needRankWeight(k) * levelSteps(level, need.comfort),
    );
  }) as [number[], number[], number[]];
  let rankWeights = 0;
  for (let k = 0; k < Math.min(NEED_SLOTS, mentee.needs.length); k++) rankWeights += needRankWeight(k);
  let index = 0;
  for (const a of slot[0])
    for (const b of slot[1])
      for (const c of slot[2]) {
        const packed = a + b + c;
        out[index++] =
          shareOf(weights.topics, Math.floor(packed / STEP_RANGE), rankWeights) +
          shareOf(weights.level, packed % STEP_RANGE, LEVEL_STEPS * rankWeights);
      }
}

/** Σ rank weight × level steps ≤ 6 × 4 < STEP_RANGE, so both sums pack into one number. */
const STEP_RANGE = 32;
