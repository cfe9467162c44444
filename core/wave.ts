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

/** The wave states in which members see their pairs: while it runs, then to read once it is over. */
export const PAIRS_SHOWN: ReadonlySet<string> = new Set<WaveState>(["running", "closing", "closed"]);

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
  /** IANA time zone for people whose own is unknown (default "Europe/Paris", as in the seeds). */
  readonly timeZone?: string;
  /** How many days without a held session before a pair is nudged and flagged to HR (default 40). */
  readonly stallDays?: number;
  /** How many days before a session the mentor is nudged (default 3). */
  readonly reminderLeadDays?: number;
  readonly rules?: MatchingRules;
  /** How much each criterion counts when pairs are proposed (DEFAULT_MATCH_WEIGHTS when absent). */
  readonly matchWeights?: MatchWeights;
  readonly campaign?: QuestionnaireCampaign;
}

/** The programme's pairing rules, fixed once pairs are published. */
export interface MatchingRules {
  /** Never pair a mentor and a mentee in the same reporting line (on by default, as at AXA). */
  readonly forbidReportingLine: boolean;
  readonly forbidSameDepartment: boolean;
  /** Most mentees a mentor may take on (1–3) in separate 1:1 pairs; 1 is the classic format. */
  readonly maxMenteesPerMentor: number;
  /**
   * "one-to-one" (default): each mentee has their own pair. "group" (as at Cofely): a mentor meets up to
   * `groupSize` mentees together, as one group.
   */
  readonly format?: MatchFormat;
  /** Group format only: the most mentees in one mentor's group (GROUP_SIZE_MIN–GROUP_SIZE_MAX, default 3). */
  readonly groupSize?: number;
}

export type MatchFormat = "one-to-one" | "group";
export const GROUP_SIZE_MIN = 2;
export const GROUP_SIZE_MAX = 5;
export const DEFAULT_GROUP_SIZE = 3;

export const DEFAULT_RULES: MatchingRules = {
  forbidReportingLine: true,
  forbidSameDepartment: false,
  maxMenteesPerMentor: 1,
  format: "one-to-one",
};

/**
 * How much each criterion counts in a pair's score, 0–100 each (wave setting, shown to HR in plain words).
 * A pair's score is the weighted share of each criterion it meets; see core/matching/pair-score.ts.
 */
export interface MatchWeights {
  /** The mentor offers the topics the mentee ranked, the top need counting most. */
  readonly topics: number;
  /** The mentor's level on those topics is well above the mentee's comfort. */
  readonly level: number;
  /** The mentor speaks the mentee's preferred language (a common language is required anyway). */
  readonly language: number;
  /** Same site, or close time zones. */
  readonly site: number;
  /** They shortlisted each other (strong), or one chose the other. */
  readonly mutualChoice: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  topics: 50,
  level: 20,
  language: 10,
  site: 10,
  mutualChoice: 40,
};

/** A mentor's room in a wave: separate pairs up to the wave's maximum, or one group of `groupSize`. */
export function mentorCapacity(rules: MatchingRules, declaredCapacity: number): number {
  if ((rules.format ?? "one-to-one") === "group") return rules.groupSize ?? DEFAULT_GROUP_SIZE;
  return Math.max(0, Math.min(declaredCapacity, rules.maxMenteesPerMentor));
}

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
