/**
 * The wave report as lines (section, item, measure, value): the same figures as the dashboard, flattened for
 * a spreadsheet. Words are left to the edge that writes the file (its language); suppressed figures stay
 * `{ suppressed: true }` so the file says "fewer than 5" and never a number.
 */
import type { Figure } from "./dashboard-figures";
import type { RatingAggregate } from "../sessions/wave-progress";
import type { WaveDashboard } from "./wave-dashboard";

export type ReportSection =
  "wave" | "funnel" | "sessionsPerMonth" | "satisfaction" | "uplift" | "demandSupply" | "pairsAtRisk";

export type ReportMeasure =
  | "name"
  | "state"
  | "asOf"
  | "pairs"
  | "plannedSessions"
  | "heldSessions"
  | "people"
  | "shareOfEnrolled"
  | "held"
  | "respondents"
  | "mean"
  | "rating1"
  | "rating2"
  | "rating3"
  | "rating4"
  | "rating5"
  | "wouldRecommendShare"
  | "baseline"
  | "final"
  | "uplift"
  | "demand"
  | "demandShare"
  | "supply"
  | "supplyShare"
  | "mentees"
  | "daysWithoutSession"
  | "lastHeldAt"
  | "lastActivityAt";

/** An item is a theme id, a funnel step, a month, a group ("all", "mentors"…) or a pair's mentor name. */
export interface ReportLine {
  readonly section: ReportSection;
  readonly item: string;
  readonly measure: ReportMeasure;
  readonly value: string | number | Figure;
}

/** The dashboard as report lines, in the order the dashboard shows it. */
export function waveReportLines(d: WaveDashboard): ReportLine[] {
  const lines: ReportLine[] = [];
  const add = (section: ReportSection, item: string, measure: ReportMeasure, value: ReportLine["value"]) =>
    lines.push({ section, item, measure, value });
  add("wave", "", "name", d.waveName);
  add("wave", "", "state", d.state);
  add("wave", "", "asOf", d.asOf);
  add("wave", "", "pairs", d.pairCount);
  add("wave", "", "plannedSessions", d.plannedSessions);
  add("wave", "", "heldSessions", d.heldSessions);
  for (const stage of d.funnel) {
    add("funnel", stage.stage, "people", stage.people);
    add("funnel", stage.stage, "shareOfEnrolled", stage.shareOfEnrolled);
  }
  for (const month of d.sessionsPerMonth) add("sessionsPerMonth", month.month, "held", month.held);
  const ratings = (item: string, r: RatingAggregate) => {
    if (r.suppressed) {
      add("satisfaction", item, "respondents", { suppressed: true });
      return;
    }
    add("satisfaction", item, "respondents", r.count);
    add("satisfaction", item, "mean", r.mean);
    r.distribution.forEach((n, i) => add("satisfaction", item, `rating${i + 1}` as ReportMeasure, n));
  };
  ratings("all", d.satisfaction.all);
  ratings("mentors", d.satisfaction.mentors);
  ratings("mentees", d.satisfaction.mentees);
  add("satisfaction", "all", "wouldRecommendShare", d.satisfaction.wouldRecommend);
  for (const u of [d.overallUplift, ...d.uplift]) {
    add("uplift", u.themeId, "people", u.people);
    add("uplift", u.themeId, "baseline", u.baseline);
    add("uplift", u.themeId, "final", u.final);
    add("uplift", u.themeId, "uplift", u.uplift);
  }
  for (const t of d.demandSupply) {
    add("demandSupply", t.themeId, "demand", t.demand);
    add("demandSupply", t.themeId, "demandShare", t.demandShare);
    add("demandSupply", t.themeId, "supply", t.supply);
    add("demandSupply", t.themeId, "supplyShare", t.supplyShare);
  }
  for (const r of d.pairsAtRisk) {
    add("pairsAtRisk", r.mentor.displayName, "mentees", r.mentees.map((m) => m.displayName).join(" / "));
    add("pairsAtRisk", r.mentor.displayName, "daysWithoutSession", r.daysWithoutSession);
    if (r.lastHeldAt !== undefined) add("pairsAtRisk", r.mentor.displayName, "lastHeldAt", r.lastHeldAt);
    if (r.lastActivityAt !== undefined)
      add("pairsAtRisk", r.mentor.displayName, "lastActivityAt", r.lastActivityAt);
  }
  return lines;
}
