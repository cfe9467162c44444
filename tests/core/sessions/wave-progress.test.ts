import fc from "fast-check";
import { checkInId, type CheckIn } from "../../../core/sessions/session";
import type { PublishedPair } from "../../../core/matching/published-pair";
import { aggregateRatings, waveProgress } from "../../../core/sessions/wave-progress";
import { aPairOfPeople, aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

const wave = aRunningWave();
const active = aPairOfPeople(wave);
const stalled = aPairOfPeople(wave);
const activePair = aPublishedPair(wave, active.mentor, [active.mentee]);
const stalledPair = aPublishedPair(wave, stalled.mentor, [stalled.mentee]);
const participants = [active.mentor, active.mentee, stalled.mentor, stalled.mentee];
const NOW = new Date("2026-11-20T12:00:00.000Z");
const COMMENT = "Private: my mentor was late again.";

function heldSession(pair: PublishedPair, sequence: number, start: string) {
  return aSession(pair, start, { sequence, status: "held" });
}

function aCheckIn(pair: PublishedPair, sessionId: string, participantId: string, rating: number): CheckIn {
  return {
    id: checkInId(sessionId, participantId),
    waveId: pair.waveId,
    pairId: pair.id,
    sessionId,
    participantId,
    outcome: "held",
    rating,
    comment: COMMENT,
    at: "2026-11-01T09:00:00.000Z",
  };
}

describe("waveProgress", () => {
  const s1 = heldSession(activePair, 1, "2026-10-05T08:00:00.000Z");
  const s2 = heldSession(activePair, 2, "2026-11-03T09:00:00.000Z");
  const s3 = aSession(activePair, "2026-12-03T09:00:00.000Z", { sequence: 3 });
  const checkIns = [
    aCheckIn(activePair, s1.id, active.mentor.id, 4),
    aCheckIn(activePair, s1.id, active.mentee.id, 5),
    aCheckIn(activePair, s2.id, active.mentor.id, 3),
    aCheckIn(activePair, s2.id, active.mentee.id, 5),
    aCheckIn(activePair, s2.id, "p-unknown", 2),
  ];
  const progress = waveProgress(
    { wave, pairs: [activePair, stalledPair], sessions: [s1, s2, s3], checkIns, participants },
    NOW,
  );

  it("aPairWithoutAHeldSessionForTheStallPeriod_isFlaggedAtRiskAndListedFirst", () => {
    expect(progress.atRiskCount).toBe(1);
    expect(progress.pairs[0]?.pairId).toBe(stalledPair.id);
    expect(progress.pairs[0]?.atRisk?.daysWithoutSession).toBeGreaterThanOrEqual(40);
    expect(progress.pairs[1]?.atRisk).toBeUndefined();
  });

  it("eachPair_countsHeldBookedAndPlanned_withItsLastHeldDateAndNames", () => {
    const row = progress.pairs.find((p) => p.pairId === activePair.id);
    expect(row).toMatchObject({
      held: 2,
      booked: 1,
      planned: 6,
      lastHeldAt: "2026-11-03T09:00:00.000Z",
      lastActivityAt: "2026-11-01T09:00:00.000Z",
      mentor: { id: active.mentor.id, displayName: active.mentor.displayName },
    });
  });

  it("fiveRatings_giveCountMeanAndDistribution_butNeverTheComments", () => {
    expect(progress.ratings).toEqual({
      suppressed: false,
      count: 5,
      mean: 3.8,
      distribution: [0, 1, 1, 1, 2],
    });
    expect(JSON.stringify(progress)).not.toContain(COMMENT);
  });

  it("aSessionPositionWithFewerThanFiveRatings_isSuppressedWithoutNumbers", () => {
    expect(progress.bySession).toEqual([
      { sequence: 1, ratings: { suppressed: true } },
      { sequence: 2, ratings: { suppressed: true } },
    ]);
  });

  it("aWaveThatIsNotRunning_flagsNoPair", () => {
    const closed = waveProgress(
      { wave: { ...wave, state: "closed" }, pairs: [stalledPair], sessions: [], checkIns: [], participants },
      NOW,
    );
    expect(closed.running).toBe(false);
    expect(closed.atRiskCount).toBe(0);
  });
});

describe("aggregateRatings", () => {
  it("anyFewerThanFiveRatings_areSuppressed_andFiveOrMoreAreCountedExactly", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 }), (ratings) => {
        const aggregate = aggregateRatings(ratings);
        if (ratings.length < 5) return expect(aggregate).toEqual({ suppressed: true });
        if (aggregate.suppressed) throw new Error("five or more ratings were suppressed");
        expect(aggregate.count).toBe(ratings.length);
        expect(aggregate.distribution.reduce((a, b) => a + b, 0)).toBe(ratings.length);
        expect(aggregate.mean).toBeCloseTo(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2);
      }),
    );
  });
});
