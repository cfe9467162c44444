import { hasCheckedIn, recordCheckIn } from "../../../core/sessions/check-in-rules";
import type { CheckIn } from "../../../core/sessions/session";
import { aPairOfPeople, aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

const wave = aRunningWave();
const { mentor, mentee } = aPairOfPeople(wave);
const pair = aPublishedPair(wave, mentor, [mentee]);
const session = aSession(pair, "2026-10-20T08:00:00.000Z");
const AFTER = new Date("2026-10-20T10:00:00.000Z");
const base = { wave, session, member: mentee, now: AFTER };

describe("recordCheckIn", () => {
  it("heldWithARating_recordsIt_andMarksTheSessionHeld", () => {
    const decision = recordCheckIn({
      ...base,
      answer: { outcome: "held", rating: "4", comment: "  Useful  " },
    });
    expect(decision).toMatchObject({
      status: "recorded",
      checkIn: {
        id: `checkin:${session.id}:${mentee.id}`,
        outcome: "held",
        rating: 4,
        comment: "Useful",
        at: AFTER.toISOString(),
      },
      session: { status: "held" },
    });
    if (decision.status !== "recorded") return;
    expect(decision.session?.history.at(-1)).toEqual({
      at: AFTER.toISOString(),
      by: mentee.id,
      action: "held",
    });
  });

  it("notHeld_recordsIt_leavesTheSessionScheduled_withANotHeldTrace_andDropsTheRating", () => {
    const decision = recordCheckIn({ ...base, answer: { outcome: "rescheduled", rating: 5 } });
    expect(decision.status).toBe("recorded");
    if (decision.status !== "recorded") return;
    expect(decision.checkIn.rating).toBeUndefined();
    expect(decision.checkIn.comment).toBeUndefined();
    expect(decision.session?.status).toBe("scheduled");
    expect(decision.session?.history.at(-1)).toMatchObject({ action: "not-held", reason: "rescheduled" });
  });

  it("onAnAlreadyHeldSession_recordsTheCheckIn_withoutChangingTheSession", () => {
    const decision = recordCheckIn({
      ...base,
      session: { ...session, status: "held" },
      answer: { outcome: "held", rating: 2 },
    });
    expect(decision).toMatchObject({ status: "recorded", checkIn: { rating: 2 } });
    if (decision.status === "recorded") expect(decision.session).toBeUndefined();
  });

  it("theSameAnswerAgain_isUnchanged", () => {
    const first = recordCheckIn({ ...base, answer: { outcome: "held", rating: 3 } });
    if (first.status !== "recorded") throw new Error("not recorded");
    const later = new Date(AFTER.getTime() + 60_000);
    const again = recordCheckIn({
      ...base,
      now: later,
      answer: { outcome: "held", rating: 3 },
      previous: first.checkIn,
    });
    expect(again).toEqual({ status: "unchanged", checkIn: first.checkIn });
    const changedMind = recordCheckIn({
      ...base,
      now: later,
      answer: { outcome: "held", rating: 5 },
      previous: first.checkIn,
    });
    expect(changedMind.status).toBe("recorded");
  });

  it.each([
    [{ outcome: "held" }, [{ field: "rating", reason: "missing" }]],
    [{ outcome: "held", rating: 6 }, [{ field: "rating", reason: "out-of-range" }]],
    [{ outcome: "held", rating: "2.5" }, [{ field: "rating", reason: "out-of-range" }]],
    [{ outcome: "maybe" }, [{ field: "outcome", reason: "missing" }]],
    [
      { outcome: "held", rating: 0, comment: "x".repeat(1001) },
      [
        { field: "rating", reason: "out-of-range" },
        { field: "comment", reason: "too-long" },
      ],
    ],
  ])("refuses %j", (answer, problems) => {
    expect(recordCheckIn({ ...base, answer })).toEqual({ status: "refused", problems });
  });

  it.each([
    ["before the session starts", { now: new Date("2026-10-20T07:59:00.000Z") }, "not-yet-started"],
    ["on a cancelled session", { session: { ...session, status: "cancelled" as const } }, "cancelled"],
    ["on a session never accepted", { session: { ...session, status: "proposed" as const } }, "not-accepted"],
  ])("refused %s", (_situation, overrides, reason) => {
    expect(recordCheckIn({ ...base, ...overrides, answer: { outcome: "held", rating: 4 } })).toEqual({
      status: "refused",
      problems: [{ field: "session", reason }],
    });
  });
});

describe("hasCheckedIn", () => {
  const checkIn: CheckIn = {
    id: "c",
    waveId: wave.id,
    pairId: pair.id,
    sessionId: session.id,
    participantId: mentee.id,
    outcome: "rescheduled",
    at: "2026-10-20T09:45:00.000Z",
  };

  it("aCheckInAfterTheCurrentStart_counts_oneFromBeforeAMoveDoesNot", () => {
    expect(hasCheckedIn(session, checkIn)).toBe(true);
    expect(hasCheckedIn({ ...session, start: "2026-10-27T08:00:00.000Z" }, checkIn)).toBe(false);
    expect(hasCheckedIn(session, undefined)).toBe(false);
  });
});
