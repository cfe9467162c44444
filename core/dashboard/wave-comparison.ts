/**
 * Two waves side by side, metric by metric, as rates and means (never raw counts alone) so a pilot of 20
 * people compares with a wave of 500. A figure suppressed in a wave's dashboard stays suppressed here.
 */
import type { Figure } from "./dashboard-figures";
import { round } from "./dashboard-figures";
import type { RatingAggregate } from "../sessions/wave-progress";
import type { WaveDashboard } from "./wave-dashboard";

export type ComparedMetric =
  | "funnel"
  | "heldPerPair"
  | "heldPerPairInMonth"
  | "pairsAtRiskShare"
  | "satisfactionMean"
  | "wouldRecommendShare"
  | "uplift"
  | "themeDemandShare";

/** One line of the comparison: a metric (for a funnel step, a theme or the n-th month of the wave) in each wave. */
export interface ComparisonRow {
  readonly metric: ComparedMetric;
  /** The funnel step, the theme id or the month's position (1 = the wave's first month), when the metric has one. */
  readonly key?: string;
  readonly a: Figure;
  readonly b: Figure;
}

export interface WaveComparison {
  readonly a: { readonly waveId: string; readonly waveName: string; readonly state: string };
  readonly b: { readonly waveId: string; readonly waveName: string; readonly state: string };
  readonly rows: readonly ComparisonRow[];
}

/** The comparison of two dashboards (themes: those of either wave, in wave a's order first). */
export function compareWaves(a: WaveDashboard, b: WaveDashboard): WaveComparison {
  const rows: ComparisonRow[] = [];
  const side = (d: WaveDashboard) => ({ waveId: d.waveId, waveName: d.waveName, state: d.state });
  for (const [i, stage] of a.funnel.entries()) {
    rows.push({ metric: "funnel", key: stage.stage, a: stage.shareOfEnrolled, b: shareOf(b.funnel[i]) });
  }
  rows.push({ metric: "heldPerPair", a: plain(a.heldPerPair), b: plain(b.heldPerPair) });
  const months = Math.max(a.sessionsPerMonth.length, b.sessionsPerMonth.length);
  for (let m = 0; m < months; m++) {
    rows.push({ metric: "heldPerPairInMonth", key: String(m + 1), a: monthRate(a, m), b: monthRate(b, m) });
  }
  rows.push({ metric: "pairsAtRiskShare", a: atRiskShare(a), b: atRiskShare(b) });
  rows.push({ metric: "satisfactionMean", a: meanOf(a.satisfaction.all), b: meanOf(b.satisfaction.all) });
  rows.push({
    metric: "wouldRecommendShare",
    a: a.satisfaction.wouldRecommend,
    b: b.satisfaction.wouldRecommend,
  });
  rows.push({ metric: "uplift", key: "all", a: a.overallUplift.uplift, b: b.overallUplift.uplift });
  const themeIds = [...new Set([...a.themes.map((t) => t.id), ...b.themes.map((t) => t.id)])];
  const uplift = (d: WaveDashboard, id: string) => d.uplift.find((u) => u.themeId === id)?.uplift;
  const demand = (d: WaveDashboard, id: string) => d.demandSupply.find((t) => t.themeId === id)?.demandShare;
  for (const id of themeIds) {
    rows.push({ metric: "uplift", key: id, a: uplift(a, id) ?? NONE, b: uplift(b, id) ?? NONE });
  }
  for (const id of themeIds) {
    rows.push({ metric: "themeDemandShare", key: id, a: demand(a, id) ?? NONE, b: demand(b, id) ?? NONE });
  }
  return { a: side(a), b: side(b), rows };
}

const NONE: Figure = { suppressed: true };

function plain(value: number): Figure {
  return { suppressed: false, value };
}

function shareOf(stage: WaveDashboard["funnel"][number] | undefined): Figure {
  return stage?.shareOfEnrolled ?? NONE;
}

/** Pairs are not people: their share is shown, as the at-risk list itself is. */
function atRiskShare(d: WaveDashboard): Figure {
  return d.pairCount === 0 ? NONE : plain(round(d.pairsAtRisk.length / d.pairCount, 4));
}

function monthRate(d: WaveDashboard, index: number): Figure {
  const month = d.sessionsPerMonth[index];
  return month === undefined || d.pairCount === 0 ? NONE : plain(round(month.held / d.pairCount));
}

function meanOf(ratings: RatingAggregate): Figure {
  return ratings.suppressed ? NONE : plain(ratings.mean);
}
