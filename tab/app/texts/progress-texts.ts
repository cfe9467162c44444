/** The HR "Progress" section's texts: pairs at risk and ratings as aggregates only. */
export interface ProgressTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly failed: string;
  readonly notRunning: string;
  readonly noPairs: string;
  readonly atRiskSummary: (count: number, total: number) => string;
  readonly columns: {
    readonly mentor: string;
    readonly mentees: string;
    readonly sessions: string;
    readonly lastHeld: string;
    readonly lastActivity: string;
    readonly status: string;
  };
  readonly sessionCounts: (held: number, booked: number, planned: number) => string;
  readonly never: string;
  readonly atRisk: (days: number) => string;
  readonly onTrack: string;
  readonly ratingsTitle: string;
  readonly ratingsPrivacy: string;
  readonly fewerThanFive: string;
  readonly ratingsSummary: (count: number, mean: number) => string;
  readonly stars: (rating: number) => string;
  readonly sessionNumber: (sequence: number) => string;
}
