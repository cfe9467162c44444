import type { Language } from "../core/language";
import type { HardRule, IdleMentor, PairReason, UnmatchedReason } from "../core/matching/matching-types";
import { COMFORT_WORDS, LEVEL_WORDS } from "../core/questionnaire";
import { DEFAULT_THEMES } from "../core/theme";

/** The engine's reasons as English sentences, for the command line's output (the tab words them itself). */

const LANGUAGE_IN_ENGLISH: Readonly<Record<Language, string>> = { fr: "French", en: "English", nl: "Dutch" };

function themeName(themeId: string): string {
  return DEFAULT_THEMES.find((t) => t.id === themeId)?.labels.en ?? themeId;
}

function scaleWord(words: readonly string[], value: number): string {
  return words[value - 1] ?? String(value);
}

/** One reason of a pair's score. */
export function pairReasonText(reason: PairReason): string {
  switch (reason.kind) {
    case "topic-covered":
      return (
        `Covers need ${reason.rank}, ${themeName(reason.themeId)}: mentor level ${reason.mentorLevel}/5 ` +
        `(${scaleWord(LEVEL_WORDS, reason.mentorLevel)}), mentee comfort ${reason.menteeComfort}/5 ` +
        `(${scaleWord(COMFORT_WORDS, reason.menteeComfort)}).`
      );
    case "topic-not-covered":
      return `Does not cover need ${reason.rank}, ${themeName(reason.themeId)}.`;
    case "preferred-language":
      return `Speaks the mentee's preferred language, ${LANGUAGE_IN_ENGLISH[reason.language]}.`;
    case "common-language":
      return `Does not speak the mentee's preferred language; they share ${LANGUAGE_IN_ENGLISH[reason.language]}.`;
    case "same-site":
      return `Same site: ${reason.site}.`;
    case "time-zone-gap":
      return reason.hours === 0
        ? "Different sites, same time zone."
        : `Different sites, ${reason.hours} hour${reason.hours === 1 ? "" : "s"} apart.`;
    case "mutual-choice":
      return "They shortlisted each other.";
    case "chosen-by-mentee":
      return "The mentee shortlisted this mentor.";
    case "chosen-by-mentor":
      return "The mentor shortlisted this mentee.";
    case "locked":
      return reason.origin === "hr"
        ? "Locked by HR: kept as it is."
        : "Locked as a mutual choice: kept as it is.";
  }
}

const EXCLUDED_BY: Readonly<Record<HardRule, (n: number) => string>> = {
  "no-common-language": (n) => `${count(n, "mentor shares", "mentors share")} no language with them`,
  "reporting-line": (n) => `${count(n, "mentor is", "mentors are")} in their reporting line`,
  "same-department": (n) => `${count(n, "mentor is", "mentors are")} in their department`,
  "met-before": (n) =>
    `${count(n, "mentor was", "mentors were")} already paired with them in an earlier wave`,
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Why a mentee has no mentor. */
export function unmatchedReasonText(reason: UnmatchedReason): string {
  switch (reason.kind) {
    case "no-allowed-mentor": {
      const counts = (Object.entries(reason.excludedBy) as Array<[HardRule, number]>)
        .filter(([, n]) => n > 0)
        .map(([rule, n]) => EXCLUDED_BY[rule](n));
      return counts.length === 0
        ? "There is no mentor in the wave."
        : `No mentor is allowed by the rules: ${counts.join("; ")}.`;
    }
    case "not-enough-capacity":
      return (
        `${count(reason.allowedMentors, "mentor was", "mentors were")} allowed, ` +
        "but the best assignment for the whole wave gives their places to other mentees."
      );
    case "removed-by-hr":
      return "Removed from the proposal by HR.";
    case "no-answers":
      return "Has not answered the questionnaire.";
  }
}

/** Why a mentor has no mentee. */
export function idleMentorText(reason: IdleMentor["reason"]): string {
  switch (reason) {
    case "not-needed":
      return "Has room, but every mentee is better placed with another mentor.";
    case "no-allowed-mentee":
      return "The hard rules exclude every mentee.";
    case "no-answers":
      return "Has not answered the questionnaire.";
    case "not-eligible":
      return "Not approved or not trained yet.";
  }
}
