/** The tab's matching wording and shortlist editing: pure functions, checked in node. */
import type { Language } from "../../core/language";
import type {
  MatchPairView,
  MatchPersonView,
  PairReason,
  ProposalView,
} from "../../tab/api/matching-api-contract";
import {
  menteesPerMentor,
  pairReasonText,
  pairsInReadingOrder,
  scoreFraction,
  unmatchedReasonText,
  type ReasonNames,
} from "../../tab/app/hr/matching/pair-wording";
import { choose, move, sameChoices, unchoose } from "../../tab/app/my-mentoring/shortlist/shortlist-choices";
import { TAB_TEXTS } from "../../tab/app/texts/catalogue";
import { MATCHING_CATALOGUE } from "../../tab/app/texts/matching-catalogue";

const CLOUD: Readonly<Record<Language, string>> = {
  fr: "Informatique en nuage",
  en: "Cloud",
  nl: "Cloud-diensten",
};

const namesIn = (language: Language): ReasonNames => ({
  theme: (themeId) => (themeId === "cloud" ? CLOUD[language] : themeId),
  language: (spoken) => TAB_TEXTS[language].languageNames[spoken],
});

const EVERY_REASON: readonly PairReason[] = [
  { kind: "topic-covered", themeId: "cloud", rank: 1, mentorLevel: 5, menteeComfort: 2 },
  { kind: "topic-not-covered", themeId: "cloud", rank: 2 },
  { kind: "preferred-language", language: "nl" },
  { kind: "common-language", language: "fr" },
  { kind: "same-site", site: "Antwerp" },
  { kind: "time-zone-gap", hours: 1.4 },
  { kind: "mutual-choice" },
  { kind: "chosen-by-mentee" },
  { kind: "chosen-by-mentor" },
  { kind: "locked", origin: "hr" },
  { kind: "locked", origin: "mutual" },
];

let nextId = 0;
const person = (displayName: string): MatchPersonView => ({
  id: `p-${++nextId}`,
  displayName,
  department: "Sales",
  site: "Lyon",
  languages: ["fr"],
});

const pair = (mentee: MatchPersonView, mentor: MatchPersonView, score = 60): MatchPairView => ({
  mentee,
  mentor,
  score,
  maxScore: 130,
  breakdown: { topics: score, level: 0, language: 0, site: 0, mutualChoice: 0 },
  reasons: [],
  mutual: false,
});

const proposalOf = (pairs: readonly MatchPairView[]): ProposalView => ({
  generatedAt: "2026-11-23T16:58:00.000Z",
  updatedAt: "2026-11-23T16:58:00.000Z",
  pairs,
  unmatchedMentees: [],
  idleMentors: [],
  totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
  optimalScore: pairs.reduce((sum, p) => sum + p.score, 0),
  certified: true,
  edited: false,
});

describe("pairReasonText", () => {
  it.each(["fr", "en", "nl"] as const)("%s_everyReasonKind_isASentenceInThatLanguage", (language) => {
    const words = MATCHING_CATALOGUE[language].matching.reasons;
    const sentences = EVERY_REASON.map((reason) => pairReasonText(reason, words, namesIn(language)));
    for (const sentence of sentences) expect(sentence).toMatch(/\S/);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(sentences[0]).toContain(CLOUD[language]);
    expect(sentences[2]).toContain(TAB_TEXTS[language].languageNames.nl);
    expect(sentences[4]).toContain("Antwerp");
  });

  it("topicCovered_saysTheRankTheLevelAndTheComfort", () => {
    const words = MATCHING_CATALOGUE.en.matching.reasons;
    expect(pairReasonText(EVERY_REASON[0]!, words, namesIn("en"))).toBe(
      "Offers Cloud, the top need (level 5 for a comfort of 2)",
    );
    expect(pairReasonText(EVERY_REASON[1]!, words, namesIn("en"))).toBe("Does not offer Cloud (second need)");
  });

  it("timeZoneGap_isRoundedToWholeHours", () => {
    const words = MATCHING_CATALOGUE.en.matching.reasons;
    expect(pairReasonText({ kind: "time-zone-gap", hours: 1.4 }, words, namesIn("en"))).toBe("1 hour apart");
    expect(pairReasonText({ kind: "time-zone-gap", hours: 0.2 }, words, namesIn("en"))).toBe(
      "Same time zone",
    );
  });
});

describe("unmatchedReasonText", () => {
  it("noAllowedMentor_listsOnlyTheRulesThatExcludedSomeone", () => {
    const text = unmatchedReasonText(
      {
        kind: "no-allowed-mentor",
        excludedBy: { "no-common-language": 3, "reporting-line": 0, "same-department": 0, "met-before": 1 },
      },
      MATCHING_CATALOGUE.en.matching.unmatched,
    );
    expect(text).toBe(
      "Every mentor is ruled out: 3 mentors share no language, 1 mentor already paired in an earlier wave.",
    );
  });

  it.each(["fr", "en", "nl"] as const)("%s_everyOtherReason_isWorded", (language) => {
    const words = MATCHING_CATALOGUE[language].matching.unmatched;
    const texts = [
      unmatchedReasonText({ kind: "not-enough-capacity", allowedMentors: 2 }, words),
      unmatchedReasonText({ kind: "removed-by-hr" }, words),
      unmatchedReasonText({ kind: "no-answers" }, words),
    ];
    expect(texts[0]).toContain("2");
    expect(new Set(texts).size).toBe(3);
  });
});

describe("the proposal's reading order", () => {
  const megan = person("Megan Bowen");
  const alice = person("Alice Adams");
  const [a, b, c] = [person("Cédric Perrin"), person("Anne-Sophie Hugé"), person("Jan Peeters")];
  const pairs = [pair(a, megan), pair(b, alice), pair(c, megan)];

  it("groupFormat_gathersEachMentorsMentees_byMentorName", () => {
    const order = pairsInReadingOrder(proposalOf(pairs), "group").map((p) => p.mentee.displayName);
    expect(order).toEqual(["Anne-Sophie Hugé", "Cédric Perrin", "Jan Peeters"]);
  });

  it("oneToOne_keepsTheProposedOrder", () => {
    expect(pairsInReadingOrder(proposalOf(pairs), "one-to-one")).toEqual(pairs);
  });

  it("menteesPerMentor_countsEachMentorsMentees", () => {
    const counts = menteesPerMentor(proposalOf(pairs));
    expect(counts.get(megan.id)).toBe(2);
    expect(counts.get(alice.id)).toBe(1);
  });

  it("scoreFraction_showsWholePointsOutOfTheMaximum", () => {
    expect(scoreFraction({ score: 71.6, maxScore: 130 })).toBe("72 / 130");
  });
});

describe("shortlist choices", () => {
  it("choose_addsLast_andStopsAtTheMaximum", () => {
    const two = choose(choose([], "m1", 3), "m2", 3);
    expect(two).toEqual(["m1", "m2"]);
    expect(choose(two, "m1", 3)).toBe(two);
    const three = choose(two, "m3", 3);
    expect(choose(three, "m4", 3)).toEqual(["m1", "m2", "m3"]);
  });

  it("move_swapsWithTheNeighbour_andDoesNothingAtTheEnds", () => {
    expect(move(["m1", "m2", "m3"], "m2", -1)).toEqual(["m2", "m1", "m3"]);
    expect(move(["m1", "m2", "m3"], "m2", 1)).toEqual(["m1", "m3", "m2"]);
    expect(move(["m1", "m2"], "m1", -1)).toEqual(["m1", "m2"]);
    expect(move(["m1", "m2"], "m2", 1)).toEqual(["m1", "m2"]);
    expect(move(["m1"], "absent", 1)).toEqual(["m1"]);
  });

  it("unchoose_andSameChoices_compareInOrder", () => {
    expect(unchoose(["m1", "m2", "m3"], "m2")).toEqual(["m1", "m3"]);
    expect(sameChoices(["m1", "m2"], ["m1", "m2"])).toBe(true);
    expect(sameChoices(["m1", "m2"], ["m2", "m1"])).toBe(false);
    expect(sameChoices(["m1"], ["m1", "m2"])).toBe(false);
  });
});
