import fc from "fast-check";
import { hasErrorCode } from "../../../core/errors";
import { brokenHardRules, buildHardRuleIndex, HARD_RULES } from "../../../core/matching/hard-rules";
import { matchWave } from "../../../core/matching/matching-engine";
import { compileMatchingProblem } from "../../../core/matching/matching-problem";
import type { HardRule, MatchingInput, UnmatchedReason } from "../../../core/matching/matching-types";
import { maxPairScore, MATCH_WEIGHT_KEYS, scorePairCriteria } from "../../../core/matching/pair-score";
import { DEFAULT_RULES, mentorCapacity } from "../../../core/wave";
import { waveArb } from "../../support/match-arbitraries";
import { aMatchingInput, aMentee, aMentor, needs, skills } from "../../support/match-input-factories";

const RUNS = { numRuns: 150 };

/** The mentees the solver places: neither locked nor removed. */
function freeMentees(input: MatchingInput) {
  const locked = new Set(input.locks.map((l) => l.menteeId));
  const removed = new Set(input.removedMenteeIds ?? []);
  return input.mentees.filter((m) => !locked.has(m.id) && !removed.has(m.id));
}

/** Every assignment tried: the most mentees matched first, then the least total cost. */
function bruteForceOptimum(input: MatchingInput): { matched: number; cost: number } {
  const index = buildHardRuleIndex(input);
  const removed = new Set(input.removedMenteeIds ?? []);
  const left = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  for (const lock of input.locks)
    if (!removed.has(lock.menteeId)) left.set(lock.mentorId, (left.get(lock.mentorId) ?? 0) - 1);
  const mentees = freeMentees(input);
  let best = { matched: -1, cost: Infinity };
  const visit = (i: number, matched: number, cost: number) => {
    if (i === mentees.length) {
      if (matched > best.matched || (matched === best.matched && cost < best.cost)) best = { matched, cost };
      return;
    }
    visit(i + 1, matched, cost);
    for (const mentor of input.mentors) {
      const mentee = mentees[i]!;
      if ((left.get(mentor.id) ?? 0) <= 0 || brokenHardRules(index, mentee, mentor).length > 0) continue;
      left.set(mentor.id, left.get(mentor.id)! - 1);
      visit(i + 1, matched + 1, cost + scorePairCriteria(mentee, mentor, input.weights).cost);
      left.set(mentor.id, left.get(mentor.id)! + 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

function lockedIds(input: MatchingInput): Set<string> {
  const removed = new Set(input.removedMenteeIds ?? []);
  return new Set(input.locks.filter((l) => !removed.has(l.menteeId)).map((l) => l.menteeId));
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  return [...list]
    .map((x, i) => ({ x, k: (i * 7919 + seed * 104729) % 1009 }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.x);
}

describe("matchWave on random small waves", () => {
  it("neverBreaksAHardRuleExceptLockedPairsWhichAreKeptAsTheyAre", () => {
    fc.assert(
      fc.property(waveArb, (input) => {
        const result = matchWave(input);
        const index = buildHardRuleIndex(input);
        const mentee = (id: string) => input.mentees.find((m) => m.id === id)!;
        const mentor = (id: string) => input.mentors.find((m) => m.id === id)!;
        const removed = new Set(input.removedMenteeIds ?? []);
        for (const lock of input.locks.filter((l) => !removed.has(l.menteeId)))
          expect(result.pairs).toContainEqual(
            expect.objectContaining({
              menteeId: lock.menteeId,
              mentorId: lock.mentorId,
              locked: lock.origin,
            }),
          );
        for (const pair of result.pairs.filter((p) => p.locked === undefined))
          expect(brokenHardRules(index, mentee(pair.menteeId), mentor(pair.mentorId))).toEqual([]);
        for (const mentor of input.mentors) {
          const taken = result.pairs.filter((p) => p.mentorId === mentor.id && p.locked === undefined).length;
          const locks = result.pairs.filter((p) => p.mentorId === mentor.id && p.locked !== undefined).length;
          expect(taken).toBeLessThanOrEqual(Math.max(0, mentor.capacity - locks));
        }
        const placed = [
          ...result.pairs.map((p) => p.menteeId),
          ...result.unmatchedMentees.map((u) => u.menteeId),
        ];
        expect(placed.sort()).toEqual(input.mentees.map((m) => m.id).sort());
      }),
      RUNS,
    );
  });

  it("matchesAsManyAsPossibleThenAtTheLeastCost_sameAsBruteForce", () => {
    fc.assert(
      fc.property(waveArb, (input) => {
        const result = matchWave(input);
        const locked = lockedIds(input);
        const free = result.pairs.filter((p) => !locked.has(p.menteeId));
        const best = bruteForceOptimum(input);
        expect({ matched: free.length, cost: free.reduce((s, p) => s + p.cost, 0) }).toEqual(best);
        expect(result.totalCost).toBe(result.pairs.reduce((s, p) => s + p.cost, 0));
        expect(result.totalScore).toBe(result.pairs.reduce((s, p) => s + p.score, 0));
        expect(result.certified).toBe(true);
      }),
      RUNS,
    );
  });

  it("sameInputInAnyOrder_sameResult", () => {
    fc.assert(
      fc.property(waveArb, fc.nat(1000), (input, seed) => {
        const reordered: MatchingInput = {
          ...input,
          mentees: shuffled(input.mentees, seed),
          mentors: shuffled(input.mentors, seed + 1),
          reportingLines: shuffled(input.reportingLines, seed + 2),
          locks: shuffled(input.locks, seed + 3),
        };
        const first = matchWave(input);
        expect(matchWave(input)).toEqual(first);
        expect(matchWave(reordered)).toEqual(first);
      }),
      RUNS,
    );
  });

  it("reasonsAgreeWithScores", () => {
    fc.assert(
      fc.property(waveArb, (input) => {
        const result = matchWave(input);
        for (const pair of result.pairs) {
          const mentee = input.mentees.find((m) => m.id === pair.menteeId)!;
          const mentor = input.mentors.find((m) => m.id === pair.mentorId)!;
          expect(MATCH_WEIGHT_KEYS.reduce((s, k) => s + pair.breakdown[k], 0)).toBe(pair.score);
          expect(pair.cost).toBe(maxPairScore(input.weights) - pair.score);
          const offered = new Set(mentor.skills.map((s) => s.themeId));
          const covered = pair.reasons.flatMap((r) => (r.kind === "topic-covered" ? [r.themeId] : []));
          expect(covered).toEqual(mentee.needs.map((n) => n.themeId).filter((t) => offered.has(t)));
          const mutual =
            (mentee.shortlist ?? []).includes(mentor.id) && (mentor.shortlist ?? []).includes(mentee.id);
          expect(pair.reasons.some((r) => r.kind === "mutual-choice")).toBe(mutual);
          expect(pair.reasons.some((r) => r.kind === "locked")).toBe(pair.locked !== undefined);
        }
      }),
      RUNS,
    );
  });

  it("unmatchedAndIdlePeople_haveTheRightReasons", () => {
    fc.assert(
      fc.property(waveArb, (input) => {
        const result = matchWave(input);
        const index = buildHardRuleIndex(input);
        const removed = new Set(input.removedMenteeIds ?? []);
        for (const { menteeId, reasons } of result.unmatchedMentees) {
          const mentee = input.mentees.find((m) => m.id === menteeId)!;
          const rules = input.mentors.map((mentor) => brokenHardRules(index, mentee, mentor));
          const allowedMentors = rules.filter((r) => r.length === 0).length;
          const excludedBy = Object.fromEntries(
            HARD_RULES.map((rule) => [rule, rules.filter((r) => r.includes(rule)).length]),
          ) as Record<HardRule, number>;
          const expected: UnmatchedReason = removed.has(menteeId)
            ? { kind: "removed-by-hr" }
            : allowedMentors > 0
              ? { kind: "not-enough-capacity", allowedMentors }
              : { kind: "no-allowed-mentor", excludedBy };
          expect(reasons).toEqual([expected]);
        }
        const pool = input.mentees.filter((m) => !removed.has(m.id));
        const busy = new Set(result.pairs.map((p) => p.mentorId));
        expect(result.idleMentors).toEqual(
          input.mentors
            .filter((m) => !busy.has(m.id))
            .sort((a, b) => (a.id < b.id ? -1 : 1))
            .map((mentor) => ({
              mentorId: mentor.id,
              reason: pool.some((mentee) => brokenHardRules(index, mentee, mentor).length === 0)
                ? "not-needed"
                : "no-allowed-mentee",
            })),
        );
      }),
      RUNS,
    );
  });

  it("compiledRowCosts_equalThePairScoreOrInfinityWhenForbidden", () => {
    fc.assert(
      fc.property(waveArb, (input) => {
        const { problem, menteeOrder, mentorOrder, maxCost } = compileMatchingProblem(input);
        const index = buildHardRuleIndex(input);
        const out = new Float64Array(problem.columns);
        menteeOrder.forEach((mentee, row) => {
          problem.fillRow(row, out);
          expect([...out]).toEqual(
            mentorOrder.map((mentor) =>
              brokenHardRules(index, mentee, mentor).length > 0
                ? Infinity
                : scorePairCriteria(mentee, mentor, input.weights).cost,
            ),
          );
        });
        expect(problem.unassignedCost).toBe((problem.rows + 1) * maxCost + 1);
      }),
      RUNS,
    );
  });
});

describe("matchWave on hand-made waves", () => {
  it("onlyCommonLanguageMentorIsTheBosssBoss_noAllowedMentorCountedByRule", () => {
    const input = aMatchingInput({
      mentees: [aMentee("ceo-assistant", { languages: ["nl"] })],
      mentors: [
        aMentor("grand-boss", { languages: ["nl", "fr"] }),
        aMentor("paul", { languages: ["fr"] }),
        aMentor("eva", { languages: ["en"] }),
      ],
      reportingLines: [
        { personKey: "ceo-assistant@corp.example", managerKey: "boss@corp.example" },
        { personKey: "boss@corp.example", managerKey: "grand-boss@corp.example" },
      ],
    });
    expect(matchWave(input).unmatchedMentees).toEqual([
      {
        menteeId: "ceo-assistant",
        reasons: [
          {
            kind: "no-allowed-mentor",
            excludedBy: {
              "no-common-language": 2,
              "reporting-line": 1,
              "same-department": 0,
              "met-before": 0,
            },
          },
        ],
      },
    ]);
  });

  it("moreMenteesThanPlaces_theBestPlacedGetThemAndTheOthersAreToldWhy", () => {
    const input = aMatchingInput({
      mentees: [
        aMentee("a", { needs: needs(["cloud", 1]) }),
        aMentee("b", { needs: needs(["ai", 1]) }),
        aMentee("c", { needs: needs(["data", 1]) }),
      ],
      mentors: [
        aMentor("m1", { skills: skills(["cloud", 5]) }),
        aMentor("m2", { skills: skills(["ai", 5]) }),
      ],
    });
    const result = matchWave(input);
    expect(result.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([
      ["a", "m1"],
      ["b", "m2"],
    ]);
    expect(result.unmatchedMentees).toEqual([
      { menteeId: "c", reasons: [{ kind: "not-enough-capacity", allowedMentors: 2 }] },
    ]);
    expect(result.idleMentors).toEqual([]);
  });

  it("mutualChoiceOutweighsASlightlyBetterTopicFit", () => {
    const input = aMatchingInput({
      mentees: [aMentee("a", { needs: needs(["cloud", 3]), shortlist: ["m2"] }), aMentee("b")],
      mentors: [
        aMentor("m1", { skills: skills(["cloud", 5]) }),
        aMentor("m2", { skills: skills(["cloud", 3]), shortlist: ["a"] }),
      ],
    });
    const pair = matchWave(input).pairs.find((p) => p.menteeId === "a");
    expect(pair).toMatchObject({ mentorId: "m2", breakdown: { mutualChoice: 40 } });
    expect(pair?.reasons).toContainEqual({ kind: "mutual-choice" });
  });

  it("lockedForbiddenPair_keptWithItsScoreAndUsesTheMentorsPlace", () => {
    const input = aMatchingInput({
      mentees: [aMentee("a", { languages: ["nl"] }), aMentee("b")],
      mentors: [aMentor("m1"), aMentor("m2", { capacity: 0 })],
      locks: [{ menteeId: "a", mentorId: "m1", origin: "hr" }],
    });
    const result = matchWave(input);
    expect(result.pairs).toEqual([
      expect.objectContaining({
        menteeId: "a",
        mentorId: "m1",
        locked: "hr",
        reasons: [{ kind: "locked", origin: "hr" }],
      }),
    ]);
    expect(result.unmatchedMentees).toEqual([
      { menteeId: "b", reasons: [{ kind: "not-enough-capacity", allowedMentors: 2 }] },
    ]);
    expect(result.idleMentors).toEqual([{ mentorId: "m2", reason: "not-needed" }]);
  });

  it("removedMentee_leftUnmatchedAndTheirLockDropped", () => {
    const input = aMatchingInput({
      mentees: [aMentee("a"), aMentee("b")],
      mentors: [aMentor("m1")],
      locks: [{ menteeId: "a", mentorId: "m1", origin: "mutual" }],
      removedMenteeIds: ["a"],
    });
    const result = matchWave(input);
    expect(result.pairs.map((p) => [p.menteeId, p.mentorId, p.locked])).toEqual([["b", "m1", undefined]]);
    expect(result.unmatchedMentees).toEqual([{ menteeId: "a", reasons: [{ kind: "removed-by-hr" }] }]);
  });

  it("mentorNobodyMayHave_idleWithNoAllowedMentee", () => {
    const input = aMatchingInput({
      mentees: [aMentee("a")],
      mentors: [aMentor("m1"), aMentor("m2", { languages: ["nl"] }), aMentor("m3")],
    });
    expect(matchWave(input).idleMentors).toEqual([
      { mentorId: "m2", reason: "no-allowed-mentee" },
      { mentorId: "m3", reason: "not-needed" },
    ]);
  });

  it("groupFormat_aMentorTakesAWholeGroup", () => {
    const rules = { ...DEFAULT_RULES, format: "group" as const, groupSize: 4 };
    const input = aMatchingInput({
      rules,
      mentees: [
        ...["a", "b", "c", "d"].map((id) => aMentee(id, { needs: needs(["cloud", 2]) })),
        aMentee("e", { needs: needs(["ai", 2]) }),
      ],
      mentors: [aMentor("m1", { capacity: mentorCapacity(rules, 1), skills: skills(["cloud", 4]) })],
    });
    const result = matchWave(input);
    expect(result.pairs.map((p) => p.menteeId)).toEqual(["a", "b", "c", "d"]);
    expect(result.unmatchedMentees).toEqual([
      { menteeId: "e", reasons: [{ kind: "not-enough-capacity", allowedMentors: 1 }] },
    ]);
  });

  it("metBeforeOrSameDepartment_neverPaired", () => {
    const input = aMatchingInput({
      rules: { ...DEFAULT_RULES, forbidSameDepartment: true },
      mentees: [aMentee("a", { department: "Sales" }), aMentee("b")],
      mentors: [aMentor("m1", { department: "sales" }), aMentor("m2")],
      pastPairs: [{ a: "m2@corp.example", b: "b@corp.example" }],
    });
    const result = matchWave(input);
    expect(result.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([
      ["a", "m2"],
      ["b", "m1"],
    ]);
  });

  it("emptyWave_emptyResult", () => {
    expect(matchWave(aMatchingInput())).toEqual({
      pairs: [],
      unmatchedMentees: [],
      idleMentors: [],
      totalCost: 0,
      totalScore: 0,
      certified: true,
    });
  });

  it.each([
    [{ mentees: [aMentee("a"), aMentee("a")] }, "mentees.1.id"],
    [
      {
        mentees: [aMentee("a")],
        mentors: [aMentor("m")],
        locks: [{ menteeId: "a", mentorId: "x", origin: "hr" as const }],
      },
      "locks.0",
    ],
    [
      { mentees: [aMentee("a", { needs: needs(["a", 1], ["b", 1], ["c", 1], ["d", 1]) })] },
      "mentees.0.needs",
    ],
    [{ mentors: [aMentor("m", { skills: skills(["cloud", 6]) })] }, "mentors.0.skills.0.level"],
  ])("inconsistentInput_refusedWithTheField %#", (overrides, field) => {
    let error: unknown;
    try {
      matchWave(aMatchingInput(overrides));
    } catch (caught) {
      error = caught;
    }
    expect(hasErrorCode(error, "VALIDATION") && error.fieldErrors.map((e) => e.field)).toEqual([field]);
  });
});
