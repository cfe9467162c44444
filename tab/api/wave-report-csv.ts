/**
 * The wave report as CSV: the dashboard's figures one per line (section, item, measure, value), written by
 * csv-response.ts (BOM, CRLF, comma or semicolon). Words in English, as in the pair-list export; themes by
 * their English label. With the semicolon separator (French Excel) decimals get a comma, as Excel there
 * expects; a suppressed figure reads "fewer than 5", never a number.
 */
import type { Figure } from "../../core/dashboard/dashboard-figures";
import type { ReportLine, ReportMeasure, ReportSection } from "../../core/dashboard/wave-report";
import type { CsvColumn, CsvSeparator } from "./csv-response";

export const SUPPRESSED_TEXT = "fewer than 5";

const SECTIONS: Readonly<Record<ReportSection, string>> = {
  wave: "Wave",
  funnel: "Funnel",
  sessionsPerMonth: "Sessions held per month",
  satisfaction: "Satisfaction",
  uplift: "Uplift per theme",
  demandSupply: "Theme demand vs supply",
  pairsAtRisk: "Pairs at risk",
};

const MEASURES: Readonly<Record<ReportMeasure, string>> = {
  name: "name",
  state: "state",
  asOf: "as of",
  pairs: "pairs",
  plannedSessions: "planned sessions per pair",
  heldSessions: "sessions held",
  people: "people",
  shareOfEnrolled: "share of enrolled",
  held: "sessions held",
  respondents: "respondents",
  mean: "mean (1-5)",
  rating1: "rated 1",
  rating2: "rated 2",
  rating3: "rated 3",
  rating4: "rated 4",
  rating5: "rated 5",
  wouldRecommendShare: "would recommend (share)",
  baseline: "baseline mean",
  final: "final mean",
  uplift: "mean uplift",
  demand: "mentees asking",
  demandShare: "share of mentees who answered",
  supply: "mentors offering",
  supplyShare: "share of mentors who answered",
  mentees: "mentees",
  daysWithoutSession: "days without a session",
  lastHeldAt: "last session held",
  lastActivityAt: "last activity",
};

const ITEMS: Readonly<Record<string, string>> = {
  enrolled: "enrolled",
  answered: "answered the questionnaire",
  matched: "matched",
  firstSessionHeld: "first session held",
  fourSessionsHeld: "4 or more sessions held",
  completed: "completed",
  all: "all",
  mentors: "mentors",
  mentees: "mentees",
};

/** The report's columns for `separator`, theme ids shown by `themeLabel`. */
export function waveReportColumns(
  separator: CsvSeparator,
  themeLabel: (themeId: string) => string | undefined,
): CsvColumn<ReportLine>[] {
  const number = (n: number) => (separator === "semicolon" ? String(n).replace(".", ",") : n);
  const value = (v: ReportLine["value"]): string | number =>
    typeof v === "string" ? v : typeof v === "number" ? number(v) : figureText(v, number);
  const item = (line: ReportLine) =>
    line.section === "uplift" || line.section === "demandSupply"
      ? (themeLabel(line.item) ?? ITEMS[line.item] ?? line.item)
      : line.section === "funnel" || line.section === "satisfaction"
        ? (ITEMS[line.item] ?? line.item)
        : line.item;
  return [
    { header: "Section", value: (l) => SECTIONS[l.section] },
    { header: "Item", value: item },
    { header: "Measure", value: (l) => MEASURES[l.measure] },
    { header: "Value", value: (l) => value(l.value) },
  ];
}

function figureText(figure: Figure, number: (n: number) => string | number): string | number {
  return figure.suppressed ? SUPPRESSED_TEXT : number(figure.value);
}
