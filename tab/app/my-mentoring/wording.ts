import type { BadgeProps } from "@fluentui/react-components";
import type { EnrolmentView } from "../../../core/my-mentoring";
import {
  COMFORT_WORDS_BY_LANGUAGE,
  LEVEL_WORDS_BY_LANGUAGE,
  type ScaleWords,
} from "../../../core/questionnaire";
import type { Language } from "../../../core/language";
import type { TabTexts } from "../texts/tab-texts";

type WaveState = EnrolmentView["wave"]["state"];

/** Told apart by colour as well as by word, the same in every language. */
const WAVE_STATE_BADGES: Readonly<Record<WaveState, BadgeProps["color"]>> = {
  draft: "subtle",
  enrolling: "informative",
  questionnaire: "warning",
  matching: "informative",
  running: "success",
  closing: "informative",
  closed: "subtle",
};

export const waveStateBadgeColor = (state: WaveState): BadgeProps["color"] => WAVE_STATE_BADGES[state];

/** The questionnaire comes before matching: in these states it has not opened yet. */
export const questionnaireNotYetOpen = (state: WaveState): boolean =>
  state === "draft" || state === "enrolling";

/** A language's name in the tab's language. */
export const languageName = (language: Language, texts: TabTexts): string =>
  texts.languageNames[language] ?? language;
export const languageList = (languages: readonly Language[], texts: TabTexts): string =>
  languages.map((language) => languageName(language, texts)).join(", ");

export const SCALE_MAX = 5;

/** A mentee's comfort with a need (1–5) in words, e.g. "I get by (3 of 5)". */
export const comfortText = (comfort: number, language: Language, texts: TabTexts): string =>
  scaleText(COMFORT_WORDS_BY_LANGUAGE[language], comfort, texts);

/** A mentor's level in a skill (1–5) in words, e.g. "Advanced (4 of 5)". */
export const levelText = (level: number, language: Language, texts: TabTexts): string =>
  scaleText(LEVEL_WORDS_BY_LANGUAGE[language], level, texts);

function scaleText(words: ScaleWords, value: number, texts: TabTexts): string {
  const word = words[value - 1];
  const score = texts.answers.score(value, SCALE_MAX);
  return word === undefined ? score : `${word} (${score})`;
}
