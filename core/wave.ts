import type { Theme } from "./theme";

/** The lifecycle of a wave, in order (DESIGN.md). */
export const WAVE_STATES = [
  "draft",
  "enrolling",
  "questionnaire",
  "matching",
  "running",
  "closing",
  "closed",
] as const;
export type WaveState = (typeof WAVE_STATES)[number];

/** One run of the programme: a cohort of mentors and mentees over a few months. */
export interface Wave {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly state: WaveState;
  /** ISO dates (yyyy-mm-dd). */
  readonly startDate: string;
  readonly endDate: string;
  readonly cadence: "monthly";
  readonly sessionMinutes: number;
  readonly themes: readonly Theme[];
  /** ISO instant after which questionnaire answers are no longer accepted. */
  readonly questionnaireDeadline?: string;
}

/** Answers are accepted only while the wave is in its questionnaire phase and before the deadline. */
export function isQuestionnaireOpen(wave: Wave, now: Date): boolean {
  if (wave.state !== "questionnaire") return false;
  return wave.questionnaireDeadline === undefined || now.getTime() <= Date.parse(wave.questionnaireDeadline);
}

/** A wave still in progress, from the participant's point of view. */
export function isActiveWave(wave: Wave): boolean {
  return wave.state !== "closed" && wave.state !== "draft";
}

/** Finds a theme of the wave's catalogue by id. */
export function findTheme(wave: Wave, themeId: string): Theme | undefined {
  return wave.themes.find((t) => t.id === themeId);
}
