/** The "Final assessment" panel's texts (My mentoring, while the wave is closing). */
export interface AssessmentTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly failureTitle: string;
  readonly themesLegend: string;
  readonly atStart: (words: string) => string;
  readonly comfortWords: readonly [string, string, string, string, string];
  readonly satisfactionLegend: string;
  readonly satisfactionWords: readonly [string, string, string, string, string];
  readonly recommendLegend: string;
  readonly yes: string;
  readonly no: string;
  readonly commentLabel: string;
  readonly commentHint: string;
  readonly send: string;
  readonly saving: string;
  readonly savedTitle: string;
  readonly savedText: string;
  readonly unchanged: string;
  readonly problemTitle: string;
  readonly fieldProblem: Readonly<
    Record<"theme" | "themes" | "satisfaction" | "wouldRecommend" | "comment", string>
  >;
  readonly closedTitle: string;
  readonly closedText: string;
  readonly privacy: string;
}
