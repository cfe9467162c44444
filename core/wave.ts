import type { Language } from "./language";
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
  /** The language cards and texts fall back to when a person's own is unknown. */
  readonly defaultLanguage?: Language;
  /** How many days before a session the mentor is nudged (default 3). */
  readonly reminderLeadDays?: number;
  readonly rules?: MatchingRules;
  readonly campaign?: QuestionnaireCampaign;
}

/** The programme's pairing rules, fixed once pairs are published. */
export interface MatchingRules {
  /** Never pair a mentor and a mentee in the same reporting line (on by default, as at AXA). */
  readonly forbidReportingLine: boolean;
  readonly forbidSameDepartment: boolean;
  /** Most mentees a mentor may take on (1–3); 1 is the classic 1:1 format. */
  readonly maxMenteesPerMentor: number;
}

export const DEFAULT_RULES: MatchingRules = {
  forbidReportingLine: true,
  forbidSameDepartment: false,
  maxMenteesPerMentor: 1,
};

/** HR's questionnaire campaign: sent proactively by the bot, with at most `maxReminders` reminders. */
export interface QuestionnaireCampaign {
  readonly launchedAt: string;
  readonly deadline: string;
  readonly reminderIntervalDays: number;
  readonly maxReminders: number;
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
