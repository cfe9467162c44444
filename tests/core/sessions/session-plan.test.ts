import fc from "fast-check";
import { pairPlanProgress, sessionPlan } from "../../../core/sessions/session-plan";
import { aPairOfPeople, aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

describe("sessionPlan", () => {
  it.each([
    ["2026-06-01", "2026-12-01", 6],
    ["2026-06-15", "2026-12-15", 6],
    ["2026-12-01", "2027-05-31", 6],
    ["2026-06-01", "2026-12-31", 7],
    ["2026-06-01", "2026-06-01", 1],
    ["2026-06-01", "2026-06-20", 1],
    ["2026-06-20", "2026-06-01", 0],
  ])("monthlyFrom %s to %s_gives %i sessions", (startDate, endDate, count) => {
    expect(sessionPlan({ startDate, endDate, cadence: "monthly" })).toHaveLength(count);
  });

  it("periods_followEachOther_fromTheStartDate_andTheLastEndsOnTheWavesEnd", () => {
    const plan = sessionPlan({ startDate: "2027-01-31", endDate: "2027-06-30", cadence: "monthly" });
    expect(plan.map((p) => [p.from, p.to])).toEqual([
      ["2027-01-31", "2027-02-27"],
      ["2027-02-28", "2027-03-30"],
      ["2027-03-31", "2027-04-29"],
      ["2027-04-30", "2027-05-30"],
      ["2027-05-31", "2027-06-30"],
    ]);
    expect(plan.map((p) => p.position)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("sessionPlan properties", () => {
  it("periodsFollowEachOtherWithoutGaps_fromTheStartDateToTheEndDate_eachAboutAMonth", () => {
    const day = (n: number): string =>
      new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 400 }), (from, length) => {
        const plan = sessionPlan({ startDate: day(from), endDate: day(from + length), cadence: "monthly" });
        expect(plan[0]?.from).toBe(day(from));
        expect(plan.at(-1)?.to).toBe(day(from + length));
        plan.forEach((period, i) => {
          expect(period.position).toBe(i + 1);
          expect(period.from <= period.to).toBe(true);
          expect((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000).toBeLessThanOrEqual(31);
          const next = plan[i + 1];
          if (next !== undefined) expect(Date.parse(next.from) - Date.parse(period.to)).toBe(86_400_000);
        });
        expect(plan.length).toBeGreaterThanOrEqual(Math.floor(length / 31));
        expect(plan.length).toBeLessThanOrEqual(Math.floor(length / 28) + 1);
      }),
    );
  });
});

describe("pairPlanProgress", () => {
  const wave = aRunningWave();
  const { mentor, mentee } = aPairOfPeople(wave);
  const pair = aPublishedPair(wave, mentor, [mentee]);

  it("noSessionInNovember_septemberAndOctoberOverdue_novemberOpenAndNext", () => {
    const progress = pairPlanProgress(wave, [], new Date("2026-11-10T12:00:00Z"));
    expect(progress.entries.map((e) => e.state)).toEqual([
      "overdue",
      "overdue",
      "open",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
    expect(progress.next?.position).toBe(3);
    expect(progress.overdue.map((e) => e.position)).toEqual([1, 2]);
  });

  it("cancelledSessionsLeaveThePlan_heldScheduledAndAwaitingFillItInTimeOrder", () => {
    const sessions = [
      aSession(pair, "2026-10-05T08:00:00.000Z", { sequence: 3, status: "scheduled" }),
      aSession(pair, "2026-09-10T08:00:00.000Z", { sequence: 1, status: "held" }),
      aSession(pair, "2026-09-20T08:00:00.000Z", { sequence: 2, status: "cancelled" }),
      aSession(pair, "2026-11-20T08:00:00.000Z", { sequence: 4, status: "proposed" }),
      aSession(pair, "2026-12-20T08:00:00.000Z", { sequence: 5, status: "scheduled" }),
    ];
    const progress = pairPlanProgress(wave, sessions, new Date("2026-10-10T12:00:00Z"));
    expect(progress.entries.map((e) => [e.state, e.session?.sequence])).toEqual([
      ["held", 1],
      ["awaiting-check-in", 3],
      ["proposed", 4],
      ["scheduled", 5],
      ["upcoming", undefined],
      ["upcoming", undefined],
    ]);
    expect(progress.next?.position).toBe(3);
    expect(progress.overdue).toEqual([]);
    expect(progress.extra).toEqual([]);
  });

  it("moreSessionsThanPlanned_theRestAreExtra", () => {
    const sessions = Array.from({ length: 8 }, (_, i) =>
      aSession(pair, `2026-09-${String(i + 10)}T08:00:00.000Z`, { sequence: i + 1, status: "held" }),
    );
    const progress = pairPlanProgress(wave, sessions, new Date("2027-03-10T12:00:00Z"));
    expect(progress.entries.every((e) => e.state === "held")).toBe(true);
    expect(progress.next).toBeUndefined();
    expect(progress.extra.map((s) => s.sequence)).toEqual([7, 8]);
  });
});
