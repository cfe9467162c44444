/**
 * The matching engine's structured reasons as short sentences in the reader's language. Pure: the texts, theme
 * labels and language names come in, so every reason kind can be checked in node.
 */
import type { Language } from "../../../../core/language";
import type { HardRule } from "../../../../core/matching/matching-types";
import type {
  MatchPairView,
  PairReason,
  ProposalView,
  UnmatchedReason,
} from "../../../api/matching-api-contract";
import type { MatchingTexts } from "../../texts/matching-texts";

/** How ids are named for the reader: a theme by its label in the wave's catalogue, a language by its name. */
export interface ReasonNames {
  theme(themeId: string): string;
  language(language: Language): string;
}

/** One reason a pair scores what it scores, e.g. "Offers Cloud, the top need (level 4 for a comfort of 2)". */
export function pairReasonText(
  reason: PairReason,
  words: MatchingTexts["reasons"],
  names: ReasonNames,
): string {
  switch (reason.kind) {
    case "topic-covered":
      return words.topicCovered(
        names.theme(reason.themeId),
        reason.rank,
        reason.mentorLevel,
        reason.menteeComfort,
      );
    case "topic-not-covered":
      return words.topicNotCovered(names.theme(reason.themeId), reason.rank);
    case "preferred-language":
      return words.preferredLanguage(names.language(reason.language));
    case "common-language":
      return words.commonLanguage(names.language(reason.language));
    case "same-site":
      return words.sameSite(reason.site);
    case "time-zone-gap":
      return words.timeZoneGap(Math.round(reason.hours));
    case "mutual-choice":
      return words.mutualChoice;
    case "chosen-by-mentee":
      return words.chosenByMentee;
    case "chosen-by-mentor":
      return words.chosenByMentor;
    case "locked":
      return reason.origin === "hr" ? words.lockedByHr : words.lockedMutual;
  }
}

/** The hard rules in the order their exclusions are listed. */
const HARD_RULES_SHOWN: readonly HardRule[] = [
  "no-common-language",
  "reporting-line",
  "same-department",
  "met-before",
];

/** Whether a reason speaks against the pair (shown muted): a need the mentor does not cover. */
export const isShortfall = (reason: PairReason): boolean => reason.kind === "topic-not-covered";

/** Why a mentee has no mentor, e.g. "Every mentor is ruled out: 3 mentors share no language, 1 mentor …". */
export function unmatchedReasonText(reason: UnmatchedReason, words: MatchingTexts["unmatched"]): string {
  switch (reason.kind) {
    case "no-allowed-mentor": {
      const details = HARD_RULES_SHOWN.filter((rule) => (reason.excludedBy[rule] ?? 0) > 0).map((rule) =>
        words.excludedBy[rule](reason.excludedBy[rule]),
      );
      return words.noAllowedMentor(details.join(", "));
    }
    case "not-enough-capacity":
      return words.notEnoughCapacity(reason.allowedMentors);
    case "removed-by-hr":
      return words.removedByHr;
    case "no-answers":
      return words.noAnswers;
  }
}

/** A pair's score as "72 / 130": numbers read the same in every language (screen readers get scoreLabel). */
export const scoreFraction = (pair: Pick<MatchPairView, "score" | "maxScore">): string =>
  `${Math.round(pair.score)} / ${Math.round(pair.maxScore)}`;

/** The pairs in the order HR reads them: by mentor for groups (a group's rows together), else as proposed. */
export function pairsInReadingOrder(proposal: ProposalView, format: "one-to-one" | "group"): MatchPairView[] {
  const pairs = [...proposal.pairs];
  if (format !== "group") return pairs;
  return pairs.sort(
    (a, b) =>
      a.mentor.displayName.localeCompare(b.mentor.displayName) ||
      a.mentor.id.localeCompare(b.mentor.id) ||
      a.mentee.displayName.localeCompare(b.mentee.displayName),
  );
}

/** How many mentees each mentor has in the proposal (group sizes, and who still has room). */
export function menteesPerMentor(proposal: ProposalView): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const pair of proposal.pairs) counts.set(pair.mentor.id, (counts.get(pair.mentor.id) ?? 0) + 1);
  return counts;
}
