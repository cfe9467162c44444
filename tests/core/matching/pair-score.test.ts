import fc from "fast-check";
import type { PairReason } from "../../../core/matching/matching-types";
import {
  MATCH_WEIGHT_DESCRIPTIONS,
  MATCH_WEIGHT_KEYS,
  maxPairScore,
  scorePairCriteria,
  validateMatchWeights,
} from "../../../core/matching/pair-score";
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from "../../../core/wave";
import { aMentee, aMentor, needs, skills } from "../../support/match-input-factories";
import { menteeArb, mentorArb, weightsArb } from "../../support/match-arbitraries";

const THREE_NEEDS = needs(["cloud", 2], ["ai", 2], ["data", 2]);

function kinds(reasons: readonly PairReason[]): string[] {
  return reasons.map((r) => r.kind);
}

describe("scorePairCriteria topics", () => {
  it.each([
    [["cloud", "ai", "data"], 50],
    [["cloud", "ai"], 42],
    [["cloud"], 25],
    [["ai", "data"], 25],
    [["data"], 8],
    [[], 0],
  ])("mentorOffers%j_topicPointsWeighFirstNeedMost (%i of 50)", (offered, points) => {
    const mentor = aMentor("m", { skills: skills(...offered.map((t) => [t, 3] as const)) });
    expect(
      scorePairCriteria(aMentee("e", { needs: THREE_NEEDS }), mentor, DEFAULT_MATCH_WEIGHTS).breakdown.topics,
    ).toBe(points);
  });

  it("partlyCovered_reasonsSayWhichNeedsAreCoveredWithLevelAndComfort", () => {
    const mentor = aMentor("m", { skills: skills(["ai", 4], ["blockchain", 5]) });
    const { reasons } = scorePairCriteria(
      aMentee("e", { needs: THREE_NEEDS }),
      mentor,
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(reasons.filter((r) => r.kind.startsWith("topic"))).toEqual([
      { kind: "topic-not-covered", themeId: "cloud", rank: 1 },
      { kind: "topic-covered", themeId: "ai", rank: 2, mentorLevel: 4, menteeComfort: 2 },
      { kind: "topic-not-covered", themeId: "data", rank: 3 },
    ]);
  });

  it("menteeWithoutNeeds_noTopicOrLevelPoints", () => {
    const result = scorePairCriteria(
      aMentee("e"),
      aMentor("m", { skills: skills(["ai", 5]) }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect([result.breakdown.topics, result.breakdown.level]).toEqual([0, 0]);
  });
});

describe("scorePairCriteria level", () => {
  it.each([
    [1, 5, 20], // four steps above: full
    [2, 4, 20], // two above: full
    [3, 4, 15], // one above
    [3, 3, 10], // level equal to comfort: half
    [4, 3, 5],
    [5, 1, 0], // well below comfort: nothing
  ])("comfort %i and mentor level %i_levelPoints %i of 20", (comfort, level, points) => {
    const mentee = aMentee("e", { needs: needs(["cloud", comfort]) });
    const mentor = aMentor("m", { skills: skills(["cloud", level]) });
    expect(scorePairCriteria(mentee, mentor, DEFAULT_MATCH_WEIGHTS).breakdown.level).toBe(points);
  });

  it("uncoveredNeed_countsAsNoLevelInTheAverage", () => {
    const mentee = aMentee("e", { needs: needs(["cloud", 1], ["ai", 1]) });
    const mentor = aMentor("m", { skills: skills(["cloud", 5]) });
    // cloud: rank weight 3 × 4 steps out of (3 + 2) × 4 = 12 / 20 of 20 points.
    expect(scorePairCriteria(mentee, mentor, DEFAULT_MATCH_WEIGHTS).breakdown.level).toBe(12);
  });
});

describe("scorePairCriteria language", () => {
  it("mentorSpeaksPreferredLanguage_fullPointsWithPreferredLanguageReason", () => {
    const mentee = aMentee("e", { languages: ["fr", "en"], preferredLanguage: "en" });
    const result = scorePairCriteria(mentee, aMentor("m", { languages: ["en"] }), DEFAULT_MATCH_WEIGHTS);
    expect(result.breakdown.language).toBe(10);
    expect(result.reasons).toContainEqual({ kind: "preferred-language", language: "en" });
  });

  it("onlyAnotherCommonLanguage_noPointsAndSaysWhichLanguageTheyShare", () => {
    const mentee = aMentee("e", { languages: ["fr", "en"], preferredLanguage: "en" });
    const result = scorePairCriteria(
      mentee,
      aMentor("m", { languages: ["nl", "fr"] }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(result.breakdown.language).toBe(0);
    expect(result.reasons).toContainEqual({ kind: "common-language", language: "fr" });
  });

  it("noStatedPreference_theMenteesFirstLanguageIsPreferred", () => {
    const mentee = aMentee("e", { languages: ["nl", "fr"] });
    const nl = scorePairCriteria(mentee, aMentor("m", { languages: ["nl"] }), DEFAULT_MATCH_WEIGHTS);
    const fr = scorePairCriteria(mentee, aMentor("m", { languages: ["fr"] }), DEFAULT_MATCH_WEIGHTS);
    expect([nl.breakdown.language, fr.breakdown.language]).toEqual([10, 0]);
  });
});

describe("scorePairCriteria site", () => {
  it("sameSiteIgnoringCaseAndSpaces_fullPoints", () => {
    const result = scorePairCriteria(
      aMentee("e", { site: " Paris La Défense " }),
      aMentor("m", { site: "paris la défense" }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(result.breakdown.site).toBe(10);
    expect(result.reasons).toContainEqual({ kind: "same-site", site: "Paris La Défense" });
  });

  it.each([
    [60, 5, 1],
    [180, 3, 3],
    [300, 0, 5],
    [-30, 5, 0.5],
  ])("otherSiteAt %i minutes_sitePoints %i with the gap in hours", (offset, points, hours) => {
    const result = scorePairCriteria(
      aMentee("e", { site: "Paris", utcOffsetMinutes: 0 }),
      aMentor("m", { site: "Lyon", utcOffsetMinutes: offset }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(result.breakdown.site).toBe(points);
    expect(result.reasons).toContainEqual({ kind: "time-zone-gap", hours });
  });

  it("otherSiteAndUnknownTimeZone_noSitePointsNorSiteReason", () => {
    const result = scorePairCriteria(
      aMentee("e", { site: "Paris", utcOffsetMinutes: 60 }),
      aMentor("m", { site: "Brussels" }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(result.breakdown.site).toBe(0);
    expect(kinds(result.reasons)).not.toContain("time-zone-gap");
  });
});

describe("scorePairCriteria mutual choice", () => {
  it.each([
    [true, true, 40, ["mutual-choice"]],
    [true, false, 10, ["chosen-by-mentee"]],
    [false, true, 10, ["chosen-by-mentor"]],
    [false, false, 0, []],
  ])(
    "menteeChose %s mentorChose %s_points %i and reasons %j",
    (menteeChose, mentorChose, points, reasons) => {
      const mentee = aMentee("e", { shortlist: menteeChose ? ["x", "m"] : ["x"] });
      const mentor = aMentor("m", { shortlist: mentorChose ? ["e"] : [] });
      const result = scorePairCriteria(mentee, mentor, DEFAULT_MATCH_WEIGHTS);
      expect(result.breakdown.mutualChoice).toBe(points);
      expect(kinds(result.reasons).filter((k) => k.includes("choice") || k.startsWith("chosen"))).toEqual(
        reasons,
      );
    },
  );
});

describe("scorePairCriteria totals", () => {
  it("anyPair_breakdownWithinWeightsSumsToScoreAndCostIsTheRest", () => {
    fc.assert(
      fc.property(menteeArb("e"), mentorArb("m"), weightsArb, (mentee, mentor, weights) => {
        const result = scorePairCriteria(mentee, mentor, weights);
        for (const key of MATCH_WEIGHT_KEYS) {
          expect(Number.isInteger(result.breakdown[key])).toBe(true);
          expect(result.breakdown[key]).toBeGreaterThanOrEqual(0);
          expect(result.breakdown[key]).toBeLessThanOrEqual(weights[key]);
        }
        expect(MATCH_WEIGHT_KEYS.reduce((s, k) => s + result.breakdown[k], 0)).toBe(result.score);
        expect(result.cost).toBe(maxPairScore(weights) - result.score);
        const covered = result.reasons.flatMap((r) => (r.kind === "topic-covered" ? [r.themeId] : []));
        const offered = new Set(mentor.skills.map((s) => s.themeId));
        expect(covered).toEqual(mentee.needs.map((n) => n.themeId).filter((t) => offered.has(t)));
      }),
    );
  });

  it("perfectPair_scoresEveryWeight", () => {
    const mentee = aMentee("e", { needs: needs(["cloud", 1]), site: "Lyon", shortlist: ["m"] });
    const mentor = aMentor("m", { skills: skills(["cloud", 5]), site: "Lyon", shortlist: ["e"] });
    expect(scorePairCriteria(mentee, mentor, DEFAULT_MATCH_WEIGHTS)).toMatchObject({ score: 130, cost: 0 });
  });
});

describe("validateMatchWeights", () => {
  it("wholeNumbersFrom0To100_accepted", () => {
    const weights: MatchWeights = { topics: 100, level: 0, language: 5, site: 0, mutualChoice: 40 };
    expect(validateMatchWeights({ ...weights, extra: 3 })).toEqual({ ok: true, value: weights });
  });

  it.each([
    [{ ...DEFAULT_MATCH_WEIGHTS, level: 2.5 }, ["weights.level"]],
    [{ ...DEFAULT_MATCH_WEIGHTS, site: 101, language: -1 }, ["weights.language", "weights.site"]],
    [{ topics: 10 }, ["weights.level", "weights.language", "weights.site", "weights.mutualChoice"]],
    [{ ...DEFAULT_MATCH_WEIGHTS, topics: "50" }, ["weights.topics"]],
    [{ topics: 0, level: 0, language: 0, site: 0, mutualChoice: 0 }, ["weights"]],
    [null, MATCH_WEIGHT_KEYS.map((k) => `weights.${k}`)],
  ])("%j_refusedOnFields %j", (input, fields) => {
    const result = validateMatchWeights(input);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(fields);
  });

  it("everyWeight_hasAPlainWordsDescriptionForHr", () => {
    expect(Object.keys(MATCH_WEIGHT_DESCRIPTIONS).sort()).toEqual([...MATCH_WEIGHT_KEYS].sort());
    for (const key of MATCH_WEIGHT_KEYS) expect(MATCH_WEIGHT_DESCRIPTIONS[key].length).toBeGreaterThan(20);
  });
});
