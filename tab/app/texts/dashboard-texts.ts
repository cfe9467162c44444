/** The HR "Dashboard" section's texts: a wave's figures, the comparison of two waves and the report download. */
export interface DashboardTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly failed: string;
  readonly empty: string;
  /** Any figure about fewer than 5 people. */
  readonly fewerThanFive: string;
  readonly privacy: string;
  readonly asOf: (date: string) => string;
  readonly summary: (pairs: number, held: number, planned: number) => string;
  readonly funnelTitle: string;
  readonly stages: {
    readonly enrolled: string;
    readonly answered: string;
    readonly matched: string;
    readonly firstSessionHeld: string;
    readonly fourSessionsHeld: string;
    readonly completed: string;
  };
  readonly completedMeans: string;
  readonly people: string;
  readonly shareOfEnrolled: string;
  readonly sessionsTitle: string;
  readonly month: string;
  readonly held: string;
  readonly atRiskTitle: string;
  readonly noneAtRisk: string;
  /** Shown when the dashboard lists only the pairs longest without a session. */
  readonly atRiskListed: (listed: number, total: number) => string;
  readonly mentor: string;
  readonly mentees: string;
  readonly daysWithoutSession: string;
  readonly lastActivity: string;
  readonly never: string;
  readonly satisfactionTitle: string;
  readonly group: { readonly all: string; readonly mentors: string; readonly mentees: string };
  readonly rating: (stars: number) => string;
  readonly respondents: string;
  readonly mean: string;
  readonly wouldRecommend: string;
  readonly upliftTitle: string;
  readonly upliftExplained: string;
  readonly theme: string;
  readonly allThemes: string;
  readonly baseline: string;
  readonly final: string;
  readonly uplift: string;
  readonly demandTitle: string;
  readonly demand: string;
  readonly supply: string;
  readonly compareTitle: string;
  readonly compareWith: string;
  readonly chooseWave: string;
  readonly compareLoading: string;
  readonly compareFailed: string;
  readonly metric: string;
  readonly metrics: {
    readonly funnel: (stage: string) => string;
    readonly heldPerPair: string;
    readonly heldPerPairInMonth: (month: string) => string;
    readonly pairsAtRiskShare: string;
    readonly satisfactionMean: string;
    readonly wouldRecommendShare: string;
    readonly uplift: (theme: string) => string;
    readonly themeDemandShare: (theme: string) => string;
  };
  readonly reportDownload: string;
  readonly chartTable: string;
}
