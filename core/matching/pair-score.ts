import type { FieldError } from "../errors";
import type { Language } from "../language";
import type { Validation } from "../questionnaire-validation";
import type { MatchWeights } from "../wave";
import type { MatchMentee, MatchMentor, PairReason, ScoreBreakdown } from "./matching-types";

/**
 * The score of one (mentee, mentor) pair: integer points per criterion, each 0..its weight, with the
 * reasons that explain them. Pure and readable: the compiled problem (matching-problem.ts) computes the
 * same integers in a tight loop, and the tests hold the two to each other.
 */

/** The criteria in a stable order: keys for translations, columns for reports. */
export const MATCH_WEIGHT_KEYS = ["topics", "level", "language", "site", "mutualChoice"] as const;
export type MatchWeightKey = (typeof MATCH_WEIGHT_KEYS)[number];

/** What each weight rewards, in plain words for HR (English; the tab translates by key). */
export const MATCH_WEIGHT_DESCRIPTIONS: Readonly<Record<MatchWeightKey, string>> = {
  topics:
    "The mentor offers the topics the mentee asked for. The first need counts three times, the second twice, the third once.",
  level:
    "On those topics, the mentor's level is well above the mentee's comfort (two steps or more above earns it all).",
  language: "The mentor speaks the mentee's preferred language. A common language is always required.",
  site: "Same site earns it all; a different site at most one hour of time difference away earns half, up to three hours a quarter.",
  mutualChoice: "Both shortlisted each other earns it all; when only one of them chose the other, a quarter.",
};

export const MATCH_WEIGHT_MAX = 100;

/** How much the 1st, 2nd and 3rd need count in the topics and level criteria. */
export function needRankWeight(rankIndex: number): number {
  return Math.max(1, 3 - rankIndex);
}

/** Time-zone gaps (minutes) up to which a pair on different sites still earns half, then a quarter, of the site weight. */
export const SITE_HALF_GAP_MINUTES = 60;
export const SITE_QUARTER_GAP_MINUTES = 180;

/** How far above the mentee's comfort a level must be to count fully (`levelSteps`: 0 = two below … 4 = two above). */
export const LEVEL_STEPS = 4;

/** The level criterion's steps for a mentor level and a mentee comfort: clamp(level − comfort + 2, 0, 4). */
export function levelSteps(mentorLevel: number, menteeComfort: number): number {
  return Math.min(LEVEL_STEPS, Math.max(0, mentorLevel - menteeComfort + 2));
}

/** `weight × num / den`, rounded half up, in exact integer arithmetic (0 when den is 0). */
export function shareOf(weight: number, num: number, den: number): number {
  if (den <= 0) return 0;
  return Math.floor((2 * weight * num + den) / (2 * den));
}

/** The best score a pair can reach with these weights: Σ weights. */
export function maxPairScore(weights: MatchWeights): number {
  return MATCH_WEIGHT_KEYS.reduce((sum, key) => sum + weights[key], 0);
}

/** A pair's points: its breakdown, their sum, and the cost the solver minimises. */
export interface PairScore {
  readonly breakdown: ScoreBreakdown;
  readonly score: number;
  /** Σ weights − score: an integer ≥ 0, lower is better. */
  readonly cost: number;
  readonly reasons: readonly PairReason[];
}

/** The languages a mentee can hold a session in: their languages and their preferred one. */
export function menteeLanguages(mentee: MatchMentee): readonly Language[] {
  const { preferredLanguage } = mentee;
  if (preferredLanguage === undefined || mentee.languages.includes(preferredLanguage))
    return mentee.languages;
  return [preferredLanguage, ...mentee.languages];
}

/** The language the language criterion looks for: the stated preference, else the mentee's first language. */
export function preferredLanguageOf(mentee: MatchMentee): Language | undefined {
  return mentee.preferredLanguage ?? mentee.languages[0];
}

/** Sites compare trimmed and case-insensitively; an empty site is no site. */
export function siteKey(site: string | undefined): string | undefined {
  const key = site?.trim().toLowerCase();
  return key === undefined || key === "" ? undefined : key;
}

/** Scores a pair the hard rules allow (they are checked separately, in hard-rules.ts). */
export function scorePairCriteria(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights,
): PairScore {
  const reasons: PairReason[] = [];
  const breakdown: ScoreBreakdown = {
    ...topicsAndLevel(mentee, mentor, weights, reasons),
    language: language(mentee, mentor, weights, reasons),
    site: site(mentee, mentor, weights, reasons),
    mutualChoice: mutualChoice(mentee, mentor, weights, reasons),
  };
  const score = MATCH_WEIGHT_KEYS.reduce((sum, key) => sum + breakdown[key], 0);
  return { breakdown, score, cost: maxPairScore(weights) - score, reasons };
}

function topicsAndLevel(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights,
  reasons: PairReason[],
): { topics: number; level: number } {
  let all = 0;
  let covered = 0;
  let steps = 0;
  mentee.needs.forEach((need, index) => {
    const rankWeight = needRankWeight(index);
    all += rankWeight;
    const skill = mentor.skills.find((s) => s.themeId === need.themeId);
    if (skill === undefined) {
      reasons.push({ kind: "topic-not-covered", themeId: need.themeId, rank: index + 1 });
      return;
    }
    covered += rankWeight;
    steps += rankWeight * levelSteps(skill.level, need.comfort);
    reasons.push({
      kind: "topic-covered",
      themeId: need.themeId,
      rank: index + 1,
      mentorLevel: skill.level,
      menteeComfort: need.comfort,
    });
  });
  return {
    topics: shareOf(weights.topics, covered, all),
    level: shareOf(weights.level, steps, LEVEL_STEPS * all),
  };
}

function language(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights,
  reasons: PairReason[],
): number {
  const preferred = preferredLanguageOf(mentee);
  if (preferred !== undefined && mentor.languages.includes(preferred)) {
    reasons.push({ kind: "preferred-language", language: preferred });
    return weights.language;
  }
  const common = menteeLanguages(mentee).find((l) => mentor.languages.includes(l));
  if (common !== undefined) reasons.push({ kind: "common-language", language: common });
  return 0;
}

function site(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights,
  reasons: PairReason[],
): number {
  const menteeSite = siteKey(mentee.site);
  if (menteeSite !== undefined && menteeSite === siteKey(mentor.site)) {
    reasons.push({ kind: "same-site", site: (mentee.site ?? "").trim() });
    return weights.site;
  }
  if (mentee.utcOffsetMinutes === undefined || mentor.utcOffsetMinutes === undefined) return 0;
  const gap = Math.abs(mentee.utcOffsetMinutes - mentor.utcOffsetMinutes);
  reasons.push({ kind: "time-zone-gap", hours: gap / 60 });
  return siteGapPoints(weights.site, gap);
}

/** Site points for a pair on different sites, by their time-zone gap in minutes. */
export function siteGapPoints(weight: number, gapMinutes: number): number {
  if (gapMinutes <= SITE_HALF_GAP_MINUTES) return shareOf(weight, 1, 2);
  if (gapMinutes <= SITE_QUARTER_GAP_MINUTES) return shareOf(weight, 1, 4);
  return 0;
}

function mutualChoice(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights,
  reasons: PairReason[],
): number {
  const menteeChose = mentee.shortlist?.includes(mentor.id) ?? false;
  const mentorChose = mentor.shortlist?.includes(mentee.id) ?? false;
  if (menteeChose && mentorChose) {
    reasons.push({ kind: "mutual-choice" });
    return weights.mutualChoice;
  }
  if (menteeChose) reasons.push({ kind: "chosen-by-mentee" });
  if (mentorChose) reasons.push({ kind: "chosen-by-mentor" });
  return menteeChose || mentorChose ? oneSidedChoicePoints(weights.mutualChoice) : 0;
}

/** Points when only one side shortlisted the other: a quarter of the weight. */
export function oneSidedChoicePoints(weight: number): number {
  return shareOf(weight, 1, 4);
}

/** Checks weights from HR (untrusted): integers 0–100, at least one above 0. */
export function validateMatchWeights(input: unknown): Validation<MatchWeights> {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of MATCH_WEIGHT_KEYS) {
    const value = raw[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MATCH_WEIGHT_MAX)
      errors.push({
        field: `weights.${key}`,
        message: `Give the ${key} weight as a whole number from 0 to 100.`,
      });
  }
  if (errors.length > 0) return { ok: false, errors };
  const weights = Object.fromEntries(
    MATCH_WEIGHT_KEYS.map((k) => [k, raw[k] as number]),
  ) as unknown as MatchWeights;
  if (maxPairScore(weights) === 0)
    return { ok: false, errors: [{ field: "weights", message: "At least one weight must be above 0." }] };
  return { ok: true, value: weights };
}
