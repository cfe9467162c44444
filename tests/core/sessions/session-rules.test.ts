import fc from "fast-check";
import type { MentoringSession } from "../../../core/sessions/session";
import {
  acceptSession,
  cancelSession,
  proposeSession,
  rescheduleSession,
  sessionFromFirstProposal,
  setMeetingLink,
} from "../../../core/sessions/session-rules";
import { aPairOfPeople, aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

const NOW = new Date("2026-10-01T10:00:00.000Z");
const wave = aRunningWave({ timeZone: "Europe/Paris" });
const { mentor, mentee } = aPairOfPeople(wave, { mentor: "Asia/Kolkata", mentee: "America/New_York" });
const pair = aPublishedPair(wave, mentor, [mentee]);
const base = { wave, pair, now: NOW };

function changedSession(decision: ReturnType<typeof proposeSession>): MentoringSession {
  if (decision.status !== "changed") throw new Error(`expected a change, got ${JSON.stringify(decision)}`);
  return decision.session;
}

describe("proposeSession", () => {
  it("theMentorInKolkata_typesTenThirty_storedAsTheUtcInstant_proposedWithSequenceOne", () => {
    const session = changedSession(
      proposeSession({ ...base, member: mentor, existing: [], when: { date: "2026-10-20", time: "10:30" } }),
    );
    expect(session).toMatchObject({
      start: "2026-10-20T05:00:00.000Z",
      timeZone: "Asia/Kolkata",
      status: "proposed",
      proposedBy: mentor.id,
      sequence: 1,
      durationMinutes: 90,
    });
    expect(session.history).toEqual([
      { at: NOW.toISOString(), by: mentor.id, action: "proposed", start: "2026-10-20T05:00:00.000Z" },
    ]);
  });

  it("theMenteeInNewYork_beforeAndAfterTheUsDstChange_keepsTheWallClockTime", () => {
    const before = changedSession(
      proposeSession({ ...base, member: mentee, existing: [], when: { date: "2026-10-30", time: "09:00" } }),
    );
    const after = changedSession(
      proposeSession({ ...base, member: mentee, existing: [], when: { date: "2026-11-02", time: "09:00" } }),
    );
    expect(before.start).toBe("2026-10-30T13:00:00.000Z");
    expect(after.start).toBe("2026-11-02T14:00:00.000Z");
  });

  it("aClientTimeZone_overridesTheStoredOne_andAnInvalidOneFallsBackToTheParticipants", () => {
    const inParis = changedSession(
      proposeSession({
        ...base,
        member: mentee,
        existing: [],
        when: { date: "2026-10-20", time: "10:00" },
        timeZone: "Europe/Paris",
      }),
    );
    const bogus = changedSession(
      proposeSession({
        ...base,
        member: mentee,
        existing: [],
        when: { date: "2026-10-20", time: "10:00" },
        timeZone: "UTC+2",
      }),
    );
    expect(inParis.start).toBe("2026-10-20T08:00:00.000Z");
    expect(bogus.timeZone).toBe("America/New_York");
  });

  it("followsEveryEarlierSequence_cancelledIncluded", () => {
    const existing = [
      aSession(pair, "2026-09-10T08:00:00.000Z", { sequence: 1, status: "held" }),
      aSession(pair, "2026-09-20T08:00:00.000Z", { sequence: 2, status: "cancelled" }),
    ];
    const session = changedSession(
      proposeSession({ ...base, member: mentor, existing, when: { date: "2026-10-20", time: "10:30" } }),
    );
    expect(session.sequence).toBe(3);
    expect(session.id).toBe(`session:${pair.id}:3`);
  });

  it("theSameProposalTwice_isUnchanged", () => {
    const first = changedSession(
      proposeSession({ ...base, member: mentor, existing: [], when: { date: "2026-10-20", time: "10:30" } }),
    );
    const again = proposeSession({
      ...base,
      member: mentor,
      existing: [first],
      when: { date: "2026-10-20", time: "10:30" },
    });
    expect(again).toEqual({ status: "unchanged", session: first });
  });

  it.each([
    [
      { date: "", time: "" },
      [
        { field: "date", reason: "missing" },
        { field: "time", reason: "missing" },
      ],
    ],
    [{ date: "2026-02-30", time: "10:00" }, [{ field: "date", reason: "not-a-date" }]],
    [{ date: "2026-10-20", time: "25:00" }, [{ field: "time", reason: "not-a-time" }]],
    [{ date: "2026-10-20", time: 1030 }, [{ field: "time", reason: "missing" }]],
    [{ date: "2027-03-01", time: "10:00" }, [{ field: "date", reason: "outside-wave" }]],
    [{ date: "2026-08-31", time: "23:00" }, [{ field: "date", reason: "outside-wave" }]],
    [{ date: "2026-10-01", time: "09:00" }, [{ field: "date", reason: "in-the-past" }]],
  ])("refuses %j", (when, problems) => {
    expect(proposeSession({ ...base, member: mentor, existing: [], when })).toEqual({
      status: "refused",
      problems,
    });
  });

  it("aWaveNotRunning_refusesWithoutLookingAtTheDate", () => {
    expect(
      proposeSession({
        ...base,
        wave: { ...wave, state: "closing" },
        member: mentor,
        existing: [],
        when: { date: "x", time: "y" },
      }),
    ).toEqual({ status: "refused", problems: [{ field: "wave", reason: "not-running" }] });
  });

  it("aPlanAlreadyFullWithTwoExtras_refusesPlanFull", () => {
    const existing = Array.from({ length: 8 }, (_, i) =>
      aSession(pair, "2026-09-10T08:00:00.000Z", { sequence: i + 1 }),
    );
    expect(
      proposeSession({ ...base, member: mentor, existing, when: { date: "2026-10-20", time: "10:30" } }),
    ).toEqual({ status: "refused", problems: [{ field: "session", reason: "plan-full" }] });
  });

  it("property_anyValidFutureLocalTime_roundTripsToTheSameWallClockInTheProposersZone", () => {
    const zones = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Sydney"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 140 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, day, hour, minute) => {
          const date = new Date(Date.UTC(2026, 9, 2) + day * 86_400_000).toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const decision = proposeSession({
            ...base,
            member: { ...mentor, timeZone: zone },
            existing: [],
            when: { date, time },
          });
          const session = changedSession(decision);
          const local = new Intl.DateTimeFormat("sv-SE", {
            timeZone: zone,
            dateStyle: "short",
            timeStyle: "short",
          }).format(new Date(session.start));
          // A time skipped by a DST change moves forward by the gap; every other one is kept exactly.
          return local === `${date} ${time}` || (hour === 2 && local.startsWith(date));
        },
      ),
    );
  });
});

describe("acceptSession", () => {
  const proposed = aSession(pair, "2026-10-20T05:00:00.000Z", {
    status: "proposed",
    proposedBy: mentor.id,
    acceptedBy: undefined,
  });

  it("theOtherMember_accepts_scheduledWithAnAcceptedEntry", () => {
    const decision = acceptSession({ ...base, member: mentee, session: proposed });
    expect(decision.status).toBe("changed");
    if (decision.status !== "changed") return;
    expect(decision.session).toMatchObject({ status: "scheduled", acceptedBy: mentee.id });
    expect(decision.session.history.at(-1)).toEqual({
      at: NOW.toISOString(),
      by: mentee.id,
      action: "accepted",
    });
  });

  it("theProposerThemself_isRefused", () => {
    expect(acceptSession({ ...base, member: mentor, session: proposed })).toEqual({
      status: "refused",
      problems: [{ field: "session", reason: "own-proposal" }],
    });
  });

  it("aProposalWhoseTimeHasPassed_isRefused_andAScheduledOneIsUnchanged", () => {
    expect(
      acceptSession({ ...base, member: mentee, session: { ...proposed, start: "2026-09-30T10:00:00.000Z" } }),
    ).toMatchObject({ status: "refused", problems: [{ field: "date", reason: "in-the-past" }] });
    const scheduled = { ...proposed, status: "scheduled" as const };
    expect(acceptSession({ ...base, member: mentee, session: scheduled })).toEqual({
      status: "unchanged",
      session: scheduled,
    });
  });

  it("aCancelledSession_cannotBeAccepted", () => {
    expect(
      acceptSession({ ...base, member: mentee, session: { ...proposed, status: "cancelled" } }),
    ).toMatchObject({
      status: "refused",
      problems: [{ field: "session", reason: "cancelled" }],
    });
  });
});

describe("rescheduleSession", () => {
  const scheduled = aSession(pair, "2026-10-20T05:00:00.000Z");

  it("aScheduledSession_movedWithAReason_staysScheduled_withPreviousStartInHistory", () => {
    const decision = rescheduleSession({
      ...base,
      member: mentee,
      session: scheduled,
      when: { date: "2026-10-22", time: "08:00" },
      reason: "  Board meeting  ",
    });
    expect(decision.status).toBe("changed");
    if (decision.status !== "changed") return;
    expect(decision.session).toMatchObject({
      start: "2026-10-22T12:00:00.000Z",
      status: "scheduled",
      timeZone: "America/New_York",
    });
    expect(decision.session.history.at(-1)).toEqual({
      at: NOW.toISOString(),
      by: mentee.id,
      action: "rescheduled",
      start: "2026-10-22T12:00:00.000Z",
      previousStart: "2026-10-20T05:00:00.000Z",
      reason: "Board meeting",
    });
  });

  it("aProposedSession_movedByTheOtherMember_becomesTheirProposal", () => {
    const proposed = { ...scheduled, status: "proposed" as const, acceptedBy: undefined };
    const decision = rescheduleSession({
      ...base,
      member: mentee,
      session: proposed,
      when: { date: "2026-10-22", time: "08:00" },
      reason: "Later suits me",
    });
    expect(decision).toMatchObject({
      status: "changed",
      session: { status: "proposed", proposedBy: mentee.id },
    });
  });

  it("withoutAReasonOrToThePast_refusedWithEveryProblem", () => {
    expect(
      rescheduleSession({
        ...base,
        member: mentee,
        session: scheduled,
        when: { date: "2026-09-02", time: "08:00" },
        reason: " ",
      }),
    ).toEqual({
      status: "refused",
      problems: [
        { field: "date", reason: "in-the-past" },
        { field: "reason", reason: "missing" },
      ],
    });
    expect(
      rescheduleSession({
        ...base,
        member: mentee,
        session: scheduled,
        when: { date: "2026-10-22", time: "08:00" },
        reason: "x".repeat(501),
      }),
    ).toMatchObject({ status: "refused", problems: [{ field: "reason", reason: "too-long" }] });
  });

  it("aHeldOrCancelledSession_cannotMove", () => {
    for (const status of ["held", "cancelled"] as const) {
      expect(
        rescheduleSession({
          ...base,
          member: mentee,
          session: { ...scheduled, status },
          when: { date: "2026-10-22", time: "08:00" },
          reason: "r",
        }),
      ).toEqual({ status: "refused", problems: [{ field: "session", reason: status }] });
    }
  });
});

describe("cancelSession", () => {
  const scheduled = aSession(pair, "2026-10-20T05:00:00.000Z");

  it("withAReason_cancelled_andTwiceIsUnchanged", () => {
    const decision = cancelSession({ ...base, member: mentor, session: scheduled, reason: "Travelling" });
    expect(decision).toMatchObject({ status: "changed", session: { status: "cancelled" } });
    if (decision.status !== "changed") return;
    expect(decision.session.history.at(-1)).toMatchObject({
      action: "cancelled",
      reason: "Travelling",
      by: mentor.id,
    });
    expect(
      cancelSession({ ...base, member: mentor, session: decision.session, reason: "again" }).status,
    ).toBe("unchanged");
  });

  it("withoutAReason_orAHeldSession_refused", () => {
    expect(cancelSession({ ...base, member: mentor, session: scheduled, reason: undefined })).toMatchObject({
      status: "refused",
      problems: [{ field: "reason", reason: "missing" }],
    });
    expect(
      cancelSession({ ...base, member: mentor, session: { ...scheduled, status: "held" }, reason: "r" }),
    ).toMatchObject({
      status: "refused",
      problems: [{ field: "session", reason: "held" }],
    });
  });
});

describe("setMeetingLink", () => {
  const scheduled = aSession(pair, "2026-10-20T05:00:00.000Z");
  const link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";

  it("aTeamsLink_isStored_andTheSameAgainIsUnchanged_andEmptyRemovesIt", () => {
    const set = setMeetingLink({ ...base, member: mentee, session: scheduled, url: ` ${link} ` });
    expect(set).toMatchObject({ status: "changed", session: { meetingUrl: link } });
    if (set.status !== "changed") return;
    expect(set.session.history.at(-1)).toMatchObject({ action: "link-set", by: mentee.id });
    expect(setMeetingLink({ ...base, member: mentee, session: set.session, url: link }).status).toBe(
      "unchanged",
    );
    const cleared = setMeetingLink({ ...base, member: mentee, session: set.session, url: "" });
    expect(cleared.status).toBe("changed");
    if (cleared.status === "changed") expect("meetingUrl" in cleared.session).toBe(false);
  });

  it.each(
    [
      ["http://teams.microsoft.com/l/meetup-join/x", "not-https"],
      ["https://teams.microsoft.com.evil.example/l/x", "not-teams"],
      ["https://evil.example/?teams.microsoft.com", "not-teams"],
      ["https://user:pw@teams.microsoft.com/l/x", "not-teams"],
      ["https://teams.microsoft.com:8443/l/x", "not-teams"],
      ["javascript:alert(1)", "not-https"],
      ["not a url", "not-a-url"],
      [42, "not-a-url"],
      [`https://teams.microsoft.com/${"a".repeat(2100)}`, "too-long"],
    ].map(([url, reason]) => [String(url).slice(0, 50), reason, url] as const),
  )("refuses %s (%s)", (_label, reason, url) => {
    expect(setMeetingLink({ ...base, member: mentee, session: scheduled, url })).toEqual({
      status: "refused",
      problems: [{ field: "meetingUrl", reason }],
    });
  });

  it.each([
    "https://teams.live.com/meet/9876",
    "https://gov.teams.microsoft.com/l/meetup-join/x",
    "https://TEAMS.microsoft.com/l/x",
  ])("accepts %s", (url) => {
    expect(setMeetingLink({ ...base, member: mentee, session: scheduled, url }).status).toBe("changed");
  });

  it("aCancelledSession_takesNoLink", () => {
    expect(
      setMeetingLink({ ...base, member: mentee, session: { ...scheduled, status: "cancelled" }, url: link }),
    ).toMatchObject({
      status: "refused",
      problems: [{ field: "session", reason: "cancelled" }],
    });
  });
});

describe("sessionFromFirstProposal", () => {
  const proposal = {
    proposedBy: mentee.id,
    start: "2026-10-15T13:00:00.000Z",
    proposedAt: "2026-09-20T08:00:00.000Z",
  };
  const withProposal = { ...pair, firstSessionProposal: proposal };

  it("theOtherMemberAccepts_sessionOneScheduled_inTheProposersZone_withBothHistoryEntries", () => {
    const decision = sessionFromFirstProposal({
      ...base,
      pair: withProposal,
      member: mentor,
      existing: [],
      proposer: mentee,
    });
    expect(decision).toMatchObject({
      status: "changed",
      session: {
        id: `session:${pair.id}:1`,
        sequence: 1,
        status: "scheduled",
        start: proposal.start,
        proposedBy: mentee.id,
        acceptedBy: mentor.id,
        timeZone: "America/New_York",
      },
    });
    if (decision.status !== "changed") return;
    expect(decision.session.history.map((h) => [h.action, h.by, h.at])).toEqual([
      ["proposed", mentee.id, proposal.proposedAt],
      ["accepted", mentor.id, NOW.toISOString()],
    ]);
  });

  it("acceptedAgain_onceSessionOneExists_isUnchanged", () => {
    const decision = sessionFromFirstProposal({
      ...base,
      pair: withProposal,
      member: mentor,
      existing: [],
      proposer: mentee,
    });
    if (decision.status !== "changed") throw new Error("not created");
    const again = sessionFromFirstProposal({
      ...base,
      pair: withProposal,
      member: mentor,
      existing: [decision.session],
      proposer: mentee,
    });
    expect(again.status).toBe("unchanged");
  });

  it.each([
    ["the proposer accepts their own", { member: mentee }, "own-proposal"],
    ["there is no proposal", { pair }, "no-first-proposal"],
    [
      "the pair already has sessions",
      { existing: [aSession(pair, "2026-10-10T08:00:00.000Z")] },
      "no-first-proposal",
    ],
    ["the date has passed", { now: new Date("2026-10-16T00:00:00.000Z") }, "in-the-past"],
  ])("refused when %s", (_situation, overrides, reason) => {
    const decision = sessionFromFirstProposal({
      ...base,
      pair: withProposal,
      member: mentor,
      existing: [],
      proposer: mentee,
      ...overrides,
    });
    expect(decision).toMatchObject({ status: "refused", problems: [{ reason }] });
  });
});
