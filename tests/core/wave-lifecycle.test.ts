import { TandemError } from "../../core/errors";
import {
  possibleTransitions,
  rulesEditable,
  transitionWave,
  type WaveFacts,
} from "../../core/wave-lifecycle";
import { WAVE_STATES, type WaveState } from "../../core/wave";
import { aWave } from "../support/domain-factories";

const ready: WaveFacts = { activeMentees: 3, activeMentors: 3, matchableMentors: 2, publishedPairs: 0 };
const published: WaveFacts = { ...ready, publishedPairs: 3 };

/** The allowed moves, and the facts under which each one is possible. */
const ALLOWED: ReadonlyArray<readonly [WaveState, WaveState, WaveFacts]> = [
  ["draft", "enrolling", ready],
  ["enrolling", "questionnaire", ready],
  ["enrolling", "draft", ready],
  ["questionnaire", "matching", ready],
  ["questionnaire", "enrolling", ready],
  ["matching", "running", published],
  ["matching", "questionnaire", ready],
  ["running", "closing", published],
  ["closing", "closed", published],
];

const allPairs = WAVE_STATES.flatMap((from) => WAVE_STATES.map((to) => [from, to] as const));
const isAllowed = (from: WaveState, to: WaveState) => ALLOWED.some(([f, t]) => f === from && t === to);

function refusal(from: WaveState, to: WaveState, facts: WaveFacts): TandemError {
  try {
    transitionWave(aWave({ state: from }), to, facts);
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error(`${from} → ${to} was accepted`);
}

describe("wave lifecycle", () => {
  it.each(ALLOWED.map(([from, to, facts]) => [from, to, facts]))(
    "%s → %s_isAllowed_whenItsConditionsHold",
    (from, to, facts) => {
      expect(transitionWave(aWave({ state: from }), to, facts).state).toBe(to);
    },
  );

  it.each(allPairs.filter(([from, to]) => !isAllowed(from, to)))(
    "%s → %s_isRefused_withAReason",
    (from, to) => {
      const error = refusal(from, to, published);
      expect(error.code).toBe("INVALID_TRANSITION");
      expect(error.message.length).toBeGreaterThan(10);
    },
  );

  it.each([
    ["draft", "enrolling", { ...ready }, { themes: [] }, /theme/],
    ["draft", "enrolling", ready, { endDate: "2026-01-01" }, /end after it starts/],
    ["enrolling", "questionnaire", { ...ready, activeMentors: 0 }, {}, /one mentee and one mentor/],
    ["questionnaire", "matching", { ...ready, matchableMentors: 0 }, {}, /approve mentors/],
    ["matching", "running", ready, {}, /Publish the pairs/],
    ["matching", "questionnaire", published, {}, /already published/],
  ] as const)("%s → %s_isRefused_whileItsConditionFails", (from, to, facts, overrides, reason) => {
    expect(() => transitionWave(aWave({ state: from, ...overrides }), to, facts)).toThrow(reason);
  });

  it("possibleTransitions_listsEachMoveWithWhyNot", () => {
    expect(possibleTransitions(aWave({ state: "questionnaire" }), { ...ready, matchableMentors: 0 })).toEqual(
      [
        { to: "matching", allowed: false, reason: expect.stringContaining("approve mentors") },
        { to: "enrolling", allowed: true },
      ],
    );
    expect(possibleTransitions(aWave({ state: "closed" }), published)).toEqual([]);
  });

  it.each(WAVE_STATES.map((s) => [s]))("rulesEditable in %s_isTrueOnlyBeforePairsArePublished", (state) => {
    expect(rulesEditable(aWave({ state }))).toBe(
      ["draft", "enrolling", "questionnaire", "matching"].includes(state),
    );
  });
});
