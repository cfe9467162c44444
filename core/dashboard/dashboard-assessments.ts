/**
 * What the closing assessments say, as aggregates only: satisfaction, "would recommend" and the uplift per
 * theme — each mentee's final rating of a theme against their own baseline (their questionnaire comfort on
 * that need), so only people who gave both count. Comments are never read here.
 */
import type { FinalAssessment } from "../assessments/assessment";
import type { Role } from "../participant";
import type { QuestionnaireResponse } from "../questionnaire";
import { aggregateRatings, type RatingAggregate } from "../sessions/wave-progress";
import { round, shareFigure, valueFigure, peopleFigure, type Figure } from "./dashboard-figures";

/** Satisfaction (1–5) of everyone, and of each role, with "would recommend" as a share of respondents. */
export interface SatisfactionSummary {
  readonly all: RatingAggregate;
  readonly mentors: RatingAggregate;
  readonly mentees: RatingAggregate;
  readonly respondents: Figure;
  readonly wouldRecommend: Figure;
}

/** Baseline against final on one theme, over the people who rated it both times. */
export interface ThemeUplift {
  readonly themeId: string;
  readonly people: Figure;
  readonly baseline: Figure;
  readonly final: Figure;
  /** Mean of (final − baseline) per person. */
  readonly uplift: Figure;
}

/** Satisfaction and "would recommend" over the assessments of enrolled people in their current role. */
export function satisfactionSummary(
  assessments: readonly FinalAssessment[],
  roles: ReadonlyMap<string, Role>,
): SatisfactionSummary {
  const all: number[] = [];
  const byRole: Record<Role, number[]> = { mentor: [], mentee: [] };
  let recommend = 0;
  for (const a of assessments) {
    const role = roles.get(a.participantId);
    if (role === undefined || !isScale(a.satisfaction)) continue;
    all.push(a.satisfaction);
    byRole[role].push(a.satisfaction);
    if (a.wouldRecommend === true) recommend++;
  }
  return {
    all: aggregateRatings(all),
    mentors: aggregateRatings(byRole.mentor),
    mentees: aggregateRatings(byRole.mentee),
    respondents: peopleFigure(all.length),
    wouldRecommend: shareFigure(recommend, all.length),
  };
}

interface UpliftTally {
  people: number;
  baseline: number;
  final: number;
}

/**
 * Uplift per theme of the given catalogue (and overall: each person's mean uplift, averaged over people),
 * pairing each enrolled mentee's final assessment with their own questionnaire answers.
 */
export function upliftPerTheme(
  themeIds: readonly string[],
  responses: readonly QuestionnaireResponse[],
  assessments: readonly FinalAssessment[],
  roles: ReadonlyMap<string, Role>,
): { themes: ThemeUplift[]; overall: ThemeUplift } {
  const baselines = new Map<string, ReadonlyMap<string, number>>();
  for (const r of responses) {
    if (roles.get(r.participantId) !== "mentee" || r.answers.kind !== "mentee") continue;
    baselines.set(r.participantId, new Map(r.answers.needs.map((n) => [n.themeId, n.comfort])));
  }
  const tallies = new Map<string, UpliftTally>(
    themeIds.map((id) => [id, { people: 0, baseline: 0, final: 0 }]),
  );
  const overall: UpliftTally = { people: 0, baseline: 0, final: 0 };
  for (const a of assessments) {
    const baseline = baselines.get(a.participantId);
    if (baseline === undefined) continue;
    const person: UpliftTally = { people: 0, baseline: 0, final: 0 };
    const seen = new Set<string>();
    for (const { themeId, rating } of a.themes) {
      const before = baseline.get(themeId);
      const tally = tallies.get(themeId);
      if (before === undefined || tally === undefined || seen.has(themeId)) continue;
      if (!isScale(before) || !isScale(rating)) continue;
      seen.add(themeId);
      add(tally, before, rating);
      add(person, before, rating);
    }
    if (person.people > 0) add(overall, person.baseline / person.people, person.final / person.people);
  }
  return {
    themes: themeIds.map((id) => upliftOf(id, tallies.get(id) ?? { people: 0, baseline: 0, final: 0 })),
    overall: upliftOf("all", overall),
  };
}

function add(tally: UpliftTally, baseline: number, final: number): void {
  tally.people++;
  tally.baseline += baseline;
  tally.final += final;
}

/** Means over n people; the mean of differences equals the difference of means, rounded after. */
function upliftOf(themeId: string, t: UpliftTally): ThemeUplift {
  const mean = (sum: number) => (t.people === 0 ? NaN : round(sum / t.people));
  return {
    themeId,
    people: peopleFigure(t.people),
    baseline: valueFigure(mean(t.baseline), t.people),
    final: valueFigure(mean(t.final), t.people),
    uplift: valueFigure(t.people === 0 ? NaN : round((t.final - t.baseline) / t.people), t.people),
  };
}

function isScale(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}
