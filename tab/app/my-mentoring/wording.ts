import { COMFORT_WORDS, LEVEL_WORDS } from "../../../core/questionnaire";
import type { BadgeProps } from "@fluentui/react-components";
import type { EnrolmentView } from "../../../core/my-mentoring";

type Role = EnrolmentView["role"];
type WaveState = EnrolmentView["wave"]["state"];
type Language = EnrolmentView["language"];

const ROLES: Readonly<Record<Role, { name: string; sentence: string }>> = {
  mentor: {
    name: "Mentor",
    sentence: "You are a mentor: you share your digital know-how with an executive who wants to learn.",
  },
  mentee: {
    name: "Mentee",
    sentence: "You are a mentee: a digital native mentor coaches you on the topics you chose.",
  },
};

export const roleName = (role: Role): string => ROLES[role].name;
export const roleSentence = (role: Role): string => ROLES[role].sentence;

const WAVE_STATES: Readonly<
  Record<WaveState, { label: string; sentence: string; badge: BadgeProps["color"] }>
> = {
  draft: { label: "In preparation", sentence: "The wave is being prepared.", badge: "subtle" },
  enrolling: { label: "Enrolment", sentence: "Participants are being enrolled.", badge: "informative" },
  questionnaire: {
    label: "Questionnaire",
    sentence: "Mentees and mentors are answering their questionnaires.",
    badge: "warning",
  },
  matching: { label: "Matching", sentence: "Tandem is pairing mentees with mentors.", badge: "informative" },
  running: { label: "Sessions under way", sentence: "Mentoring sessions are under way.", badge: "success" },
  closing: { label: "Closing", sentence: "The wave is wrapping up.", badge: "informative" },
  closed: { label: "Closed", sentence: "The wave has ended.", badge: "subtle" },
};

export const waveStateLabel = (state: WaveState): string => WAVE_STATES[state].label;
export const waveStateSentence = (state: WaveState): string => WAVE_STATES[state].sentence;
export const waveStateBadgeColor = (state: WaveState): BadgeProps["color"] => WAVE_STATES[state].badge;

/** The questionnaire comes before matching: in these states it has not opened yet. */
export const questionnaireNotYetOpen = (state: WaveState): boolean =>
  state === "draft" || state === "enrolling";

const LANGUAGES: Readonly<Record<Language, string>> = { fr: "French", en: "English", nl: "Dutch" };

export const languageName = (language: Language): string => LANGUAGES[language] ?? language;
export const languageList = (languages: readonly Language[]): string =>
  languages.map(languageName).join(", ");

export const SCALE_MAX = 5;

/** A mentee's comfort with a need (1–5) in words, e.g. "I get by (3 of 5)". */
export const comfortText = (comfort: number): string => scaleText(COMFORT_WORDS, comfort);

/** A mentor's level in a skill (1–5) in words, e.g. "Advanced (4 of 5)". */
export const levelText = (level: number): string => scaleText(LEVEL_WORDS, level);

function scaleText(words: readonly string[], value: number): string {
  const word = words[value - 1];
  const score = `${value} of ${SCALE_MAX}`;
  return word === undefined ? score : `${word} (${score})`;
}

export const capacityText = (capacity: number): string =>
  capacity === 1 ? "1 mentee" : `Up to ${capacity} mentees`;

export function sessionLengthText(minutes: number): string {
  if (minutes < 60 || minutes % 30 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? "1 hour" : `${hours} hours`;
}
