import fc from "fast-check";
import { DateTime } from "luxon";
import type { PublishedPair } from "../../../core/matching/published-pair";
import type { Participant } from "../../../core/participant";
import { pairsAtRisk } from "../../../core/sessions/pair-stall";
import type { DueReminder, ReminderData } from "../../../core/sessions/reminder-kinds";
import { dueReminders } from "../../../core/sessions/reminder-schedule";
import type { CheckIn, MentoringSession } from "../../../core/sessions/session";
import type { Wave } from "../../../core/wave";
import { aPairOfPeople, aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

interface World {
  wave: Wave;
  mentor: Participant;
  mentee: Participant;
  pair: PublishedPair;
}

function world(zones: { mentor?: string; mentee?: string }, wave: Wave = aRunningWave()): World {
  const { mentor, mentee } = aPairOfPeople(wave, zones);
  return { wave, mentor, mentee, pair: aPublishedPair(wave, mentor, [mentee]) };
}

function dataOf(w: World, sessions: MentoringSession[], checkIns: CheckIn[] = []): ReminderData {
  return { wave: w.wave, pairs: [w.pair], sessions, checkIns, participants: [w.mentor, w.mentee] };
}

/** The session reminders due at `now`, as "kind participant dueAt" (stall nudges left out). */
function dueAt(data: ReminderData, now: string): string[] {
  return dueReminders(data, new Date(now))
    .filter((r) => !r.kind.startsWith("stall"))
    .map((r) => `${r.kind} ${r.participantId === data.pairs[0]?.mentorId ? "mentor" : "mentee"} ${r.dueAt}`)
    .sort();
}

const ISO = (local: string, zone: string): string =>
  DateTime.fromISO(local, { zone }).toUTC().toISO({ suppressMilliseconds: false }) ?? "";

describe("dueReminders: due times in the recipient's zone", () => {
  it("parisPair_prepareAtNineThreeDaysBefore_sameDayAtEight_checkInAQuarterAfterTheEnd", () => {
    const w = world({ mentor: "Europe/Paris", mentee: "Europe/Paris" });
    const data = dataOf(w, [aSession(w.pair, "2026-10-20T08:00:00.000Z")]);
    expect(dueAt(data, "2026-10-17T06:59:00Z")).toEqual([]);
    expect(dueAt(data, "2026-10-17T07:00:00Z")).toEqual(["prepare mentor 2026-10-17T07:00:00.000Z"]);
    expect(dueAt(data, "2026-10-20T07:59:00Z")).toEqual(
      [
        "same-day mentor 2026-10-20T06:00:00.000Z",
        "same-day mentee 2026-10-20T06:00:00.000Z",
        "prepare mentor 2026-10-17T07:00:00.000Z",
      ].sort(),
    );
    expect(dueAt(data, "2026-10-20T08:00:00Z")).toEqual([]);
    expect(dueAt(data, "2026-10-20T09:44:00Z")).toEqual([]);
    expect(dueAt(data, "2026-10-20T09:45:00Z")).toEqual(
      ["check-in mentee 2026-10-20T09:45:00.000Z", "check-in mentor 2026-10-20T09:45:00.000Z"].sort(),
    );
  });

  it("autumnDstChange_prepareBeforeTheChange_sessionAfter_bothAtTheirLocalHour", () => {
    const w = world({ mentor: "Europe/Paris", mentee: "Europe/Paris" });
    const start = ISO("2026-10-27T10:00", "Europe/Paris");
    expect(start).toBe("2026-10-27T09:00:00.000Z");
    const data = dataOf(w, [aSession(w.pair, start)]);
    const due = dueReminders(data, new Date("2026-10-27T08:59:00Z"));
    const prepare = due.find((r) => r.kind === "prepare");
    const sameDay = due.find((r) => r.kind === "same-day");
    expect(prepare?.dueAt).toBe("2026-10-24T07:00:00.000Z");
    expect(sameDay?.dueAt).toBe("2026-10-27T07:00:00.000Z");
    expect(
      DateTime.fromISO(prepare?.dueAt ?? "", { zone: "Europe/Paris" }).toFormat("yyyy-MM-dd HH:mm"),
    ).toBe("2026-10-24 09:00");
  });

  it("springDstChange_onTheNightOfTheChange_sameDayStaysAtEightLocal", () => {
    const wave = aRunningWave({ startDate: "2026-03-01", endDate: "2026-08-31" });
    const w = world({ mentor: "Europe/Paris", mentee: "Europe/Paris" }, wave);
    const onTheDay = aSession(w.pair, ISO("2026-03-29T10:00", "Europe/Paris"), {
      bookedAt: "2026-03-01T08:00:00.000Z",
    });
    const twoDaysLater = aSession(w.pair, ISO("2026-03-31T10:00", "Europe/Paris"), {
      sequence: 2,
      bookedAt: "2026-03-01T08:00:00.000Z",
    });
    const data = dataOf(w, [onTheDay, twoDaysLater]);
    const at = (now: string, kind: string, session: MentoringSession) =>
      dueReminders(data, new Date(now)).find((r) => r.kind === kind && r.sessionId === session.id)?.dueAt;
    expect(at("2026-03-29T07:59:00Z", "same-day", onTheDay)).toBe("2026-03-29T06:00:00.000Z");
    expect(at("2026-03-29T07:59:00Z", "prepare", onTheDay)).toBe("2026-03-26T08:00:00.000Z");
    expect(at("2026-03-31T07:59:00Z", "prepare", twoDaysLater)).toBe("2026-03-28T08:00:00.000Z");
    expect(at("2026-03-31T07:59:00Z", "same-day", twoDaysLater)).toBe("2026-03-31T06:00:00.000Z");
  });

  it("kolkataMentorAndNewYorkMentee_eachAtTheirOwnHour_afterTheUsChange", () => {
    const w = world({ mentor: "Asia/Kolkata", mentee: "America/New_York" });
    const data = dataOf(w, [aSession(w.pair, "2026-11-03T14:00:00.000Z")]);
    expect(dueAt(data, "2026-11-03T13:59:00Z")).toEqual(
      [
        "prepare mentor 2026-10-31T03:30:00.000Z",
        "same-day mentor 2026-11-03T02:30:00.000Z",
        "same-day mentee 2026-11-03T13:00:00.000Z",
      ].sort(),
    );
  });

  it("theLocalDayIsTheRecipients_aSessionAlreadyTomorrowInKolkata", () => {
    const w = world({ mentor: "Asia/Kolkata", mentee: "America/New_York" });
    // 22:00 UTC: 18:00 the same day in New York, 03:30 the next day in Kolkata.
    const data = dataOf(w, [aSession(w.pair, "2026-10-20T22:00:00.000Z")]);
    expect(dueAt(data, "2026-10-20T21:59:00Z")).toEqual(
      ["prepare mentor 2026-10-18T03:30:00.000Z", "same-day mentee 2026-10-20T12:00:00.000Z"].sort(),
    );
  });

  it("noZoneOfTheirOwn_theWavesZone_thenParis", () => {
    const tokyo = world({}, aRunningWave({ timeZone: "Asia/Tokyo" }));
    const paris = world({ mentor: "Not/AZone" });
    const session = (w: World) => aSession(w.pair, "2026-10-20T08:00:00.000Z");
    const prepareOf = (w: World) =>
      dueReminders(dataOf(w, [session(w)]), new Date("2026-10-20T07:00:00Z")).find(
        (r) => r.kind === "prepare",
      )?.dueAt;
    expect(prepareOf(tokyo)).toBe("2026-10-17T00:00:00.000Z");
    expect(prepareOf(paris)).toBe("2026-10-17T07:00:00.000Z");
  });

  it("property_prepareIsNineAndSameDayEightLocal_onTheRightDays_alwaysBeforeTheStart", () => {
    const zones = [
      "Europe/Paris",
      "America/New_York",
      "Asia/Kolkata",
      "Australia/Sydney",
      "Pacific/Auckland",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.integer({ min: 5 * 24 * 60, max: 170 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 }),
        (mentorZone, menteeZone, minutes, lead) => {
          const w = world(
            { mentor: mentorZone, mentee: menteeZone },
            aRunningWave({ reminderLeadDays: lead }),
          );
          const start = Date.parse("2026-09-01T00:00:00Z") + minutes * 60_000;
          const session = aSession(w.pair, new Date(start).toISOString(), {
            bookedAt: "2026-08-01T00:00:00.000Z",
          });
          const due = dueReminders(dataOf(w, [session]), new Date(start - 1)).filter(
            (r) => r.sessionId !== undefined,
          );
          for (const r of due) {
            const zone = r.participantId === w.mentor.id ? mentorZone : menteeZone;
            const local = DateTime.fromISO(r.dueAt, { zone });
            const sessionDay = DateTime.fromMillis(start, { zone }).startOf("day");
            expect(Date.parse(r.dueAt)).toBeLessThan(start);
            if (r.kind === "prepare") {
              expect(local.toFormat("HH:mm")).toBe("09:00");
              expect(local.toISODate()).toBe(sessionDay.minus({ days: lead }).toISODate());
            } else {
              expect(local.toFormat("HH:mm")).toBe("08:00");
              expect(local.toISODate()).toBe(sessionDay.toISODate());
            }
          }
          const prepareNine = DateTime.fromMillis(start, { zone: mentorZone })
            .startOf("day")
            .minus({ days: lead })
            .set({ hour: 9 });
          expect(due.some((r) => r.kind === "prepare")).toBe(prepareNine.toMillis() < start);
          expect(new Set(due.map((r) => r.key)).size).toBe(due.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("dueReminders: late bookings, changes and what gets nothing", () => {
  const w = world({ mentor: "Europe/Paris", mentee: "Europe/Paris" });
  const start = "2026-10-20T08:00:00.000Z"; // 10:00 in Paris

  it("bookedAfterThePrepareHour_butTwoHoursAhead_prepareGoesAtOnce", () => {
    const data = dataOf(w, [aSession(w.pair, start, { bookedAt: "2026-10-19T12:00:00.000Z" })]);
    expect(dueAt(data, "2026-10-19T12:00:00Z")).toEqual(["prepare mentor 2026-10-19T12:00:00.000Z"]);
  });

  it("bookedTheSameMorningAnHourAhead_sameDayAtOnce_butNoPrepare", () => {
    const data = dataOf(w, [aSession(w.pair, start, { bookedAt: "2026-10-20T07:00:00.000Z" })]);
    expect(dueAt(data, "2026-10-20T07:00:00Z")).toEqual(
      ["same-day mentor 2026-10-20T07:00:00.000Z", "same-day mentee 2026-10-20T07:00:00.000Z"].sort(),
    );
  });

  it("bookedHalfAnHourAhead_nothingBeforeTheSession_butTheCheckInAfter", () => {
    const data = dataOf(w, [aSession(w.pair, start, { bookedAt: "2026-10-20T07:30:00.000Z" })]);
    expect(dueAt(data, "2026-10-20T07:59:00Z")).toEqual([]);
    expect(dueAt(data, "2026-10-20T09:45:00Z")).toHaveLength(2);
  });

  it("cancelledOrProposedSessions_andWavesNotRunning_getNothing", () => {
    const late = "2026-10-20T09:50:00Z";
    for (const status of ["cancelled", "proposed"] as const)
      expect(dueReminders(dataOf(w, [aSession(w.pair, start, { status })]), new Date(late))).toEqual([]);
    const closing = { ...w, wave: { ...w.wave, state: "closing" as const } };
    expect(dueReminders(dataOf(closing, [aSession(w.pair, start)]), new Date(late))).toEqual([]);
  });

  it("checkIn_onlyForWhoHasNotCheckedIn_alsoOnAHeldSession_andNotAfterAWeek", () => {
    const held = aSession(w.pair, start, { status: "held" });
    const checkIn: CheckIn = {
      id: "c1",
      waveId: w.wave.id,
      pairId: w.pair.id,
      sessionId: held.id,
      participantId: w.mentee.id,
      outcome: "held",
      rating: 5,
      at: "2026-10-20T09:40:00.000Z",
    };
    const data = dataOf(w, [held], [checkIn]);
    expect(dueAt(data, "2026-10-21T09:00:00Z")).toEqual(["check-in mentor 2026-10-20T09:45:00.000Z"]);
    expect(dueAt(data, "2026-10-27T09:44:00Z")).toHaveLength(1);
    expect(dueAt(data, "2026-10-27T09:45:00Z")).toEqual([]);
  });

  it("aRescheduledSession_isANewOccurrence_withNewKeys", () => {
    const first = aSession(w.pair, start);
    const moved: MentoringSession = {
      ...first,
      start: "2026-10-22T08:00:00.000Z",
      history: [
        ...first.history,
        {
          at: "2026-10-18T10:00:00.000Z",
          by: w.mentee.id,
          action: "rescheduled",
          start: "2026-10-22T08:00:00.000Z",
          previousStart: start,
          reason: "r",
        },
      ],
    };
    const before = dueReminders(dataOf(w, [first]), new Date("2026-10-18T09:00:00Z"));
    const after = dueReminders(dataOf(w, [moved]), new Date("2026-10-19T07:00:00Z"));
    expect(before.map((r) => r.kind)).toEqual(["prepare"]);
    expect(after.map((r) => r.kind)).toEqual(["prepare"]);
    expect(after[0]?.dueAt).toBe("2026-10-19T07:00:00.000Z");
    expect(after[0]?.key).not.toBe(before[0]?.key);
    expect(after[0]?.key).toBe(`reminder:${w.wave.id}:${first.id}:20261022T080000Z:prepare:${w.mentor.id}`);
  });

  it("aWithdrawnMember_getsNothing", () => {
    const data = {
      ...dataOf(w, [aSession(w.pair, start)]),
      participants: [w.mentor, { ...w.mentee, status: "withdrawn" as const }],
    };
    expect(dueReminders(data, new Date("2026-10-20T09:45:00Z")).map((r) => r.participantId)).toEqual([
      w.mentor.id,
    ]);
  });
});

describe("stall nudges and pairs at risk", () => {
  const w = world({ mentor: "Europe/Paris", mentee: "America/New_York" });
  const stalls = (data: ReminderData, now: string): DueReminder[] =>
    dueReminders(data, new Date(now)).filter((r) => r.kind.startsWith("stall"));

  it("fortyDaysAfterPublication_withoutAHeldSession_eachMemberAndHr_oncePerPeriod", () => {
    const data = dataOf(w, []);
    expect(stalls(data, "2026-10-11T07:59:00Z")).toEqual([]);
    const first = stalls(data, "2026-10-11T08:00:00Z");
    expect(first.every((r) => r.stallPeriod === 1 && r.dueAt === "2026-10-11T08:00:00.000Z")).toBe(true);
    expect(first.map((r) => `${r.kind} ${r.participantId ?? "hr"}`).sort()).toEqual(
      ["stall-hr hr", `stall ${w.mentor.id}`, `stall ${w.mentee.id}`].sort(),
    );
    expect(stalls(data, "2026-10-18T08:00:00Z")).toEqual([]);
    const second = stalls(data, "2026-11-20T08:00:00Z");
    expect(second.every((r) => r.stallPeriod === 2)).toBe(true);
    expect(new Set([...first, ...second].map((r) => r.key)).size).toBe(6);
  });

  it("aHeldSession_restartsTheCount_fromItsStart", () => {
    const held = aSession(w.pair, "2026-10-05T08:00:00.000Z", { status: "held" });
    const data = dataOf(w, [held]);
    expect(stalls(data, "2026-11-14T07:59:00Z")).toEqual([]);
    expect(stalls(data, "2026-11-14T08:00:00Z")).toHaveLength(3);
    expect(stalls(data, "2026-11-14T08:00:00Z")[0]?.key).toContain(":20261005T080000Z:1:");
  });

  it("theWavesOwnStallDays_andNothingDueAfterTheWaveEnds", () => {
    const short = { ...w, wave: { ...w.wave, stallDays: 10 } };
    expect(stalls(dataOf(short, []), "2026-09-11T08:00:00Z")).toHaveLength(3);
    expect(stalls(dataOf(w, []), "2027-03-05T08:00:00Z")).toEqual([]);
  });

  it("pairsAtRisk_listsStalledPairs_withTheirLastActivityAndNextSession", () => {
    const proposed = aSession(w.pair, "2026-11-30T08:00:00.000Z", {
      status: "proposed",
      bookedAt: "2026-11-02T10:00:00.000Z",
      sequence: 2,
    });
    const held = aSession(w.pair, "2026-09-15T08:00:00.000Z", { status: "held" });
    const risks = pairsAtRisk(dataOf(w, [held, proposed]), new Date("2026-11-10T08:00:00Z"));
    expect(risks).toEqual([
      {
        pairId: w.pair.id,
        mentorId: w.mentor.id,
        menteeIds: [w.mentee.id],
        since: "2026-09-15T08:00:00.000Z",
        lastHeldAt: "2026-09-15T08:00:00.000Z",
        daysWithoutSession: 56,
        lastActivityAt: "2026-11-02T10:00:00.000Z",
        nextSession: { id: proposed.id, start: proposed.start, status: "proposed" },
      },
    ]);
    expect(pairsAtRisk(dataOf(w, [held]), new Date("2026-10-20T08:00:00Z"))).toEqual([]);
  });
});
