import fc from "fast-check";
import {
  decideFirstSession,
  firstSessionNoticeKey,
  parseFirstSessionSubmission,
  zonedInstant,
  type FirstSessionSubmission,
  type ProposerTimeZone,
} from "../../../core/matching/first-session";
import type { PublishedPair } from "../../../core/matching/published-pair";
import { aWave } from "../../support/domain-factories";

const NOW = new Date("2027-01-10T09:00:00.000Z");
const runningWave = aWave({ state: "running", startDate: "2027-01-01", endDate: "2027-06-30" });

function aPair(overrides: Partial<PublishedPair> = {}): PublishedPair {
  return {
    id: "pair:mentor-1:mentee-1",
    waveId: runningWave.id,
    tenantId: runningWave.tenantId,
    format: "one-to-one",
    mentorId: "mentor-1",
    menteeIds: ["mentee-1"],
    scores: { "mentee-1": 80 },
    reasons: { "mentee-1": [] },
    sharedThemeIds: ["cloud"],
    publishedAt: "2027-01-05T10:00:00.000Z",
    ...overrides,
  };
}

function decide(
  submission: Partial<FirstSessionSubmission>,
  options: { pair?: PublishedPair; zone?: ProposerTimeZone; wave?: typeof runningWave } = {},
) {
  return decideFirstSession({
    pair: options.pair ?? aPair(),
    wave: options.wave ?? runningWave,
    proposerId: "mentee-1",
    submission: { pairId: "pair:mentor-1:mentee-1", date: "2027-02-03", time: "18:30", ...submission },
    zone: options.zone ?? {},
    now: NOW,
  });
}

describe("parseFirstSessionSubmission", () => {
  it("card data with a pair id, date and time → the three as text", () => {
    expect(
      parseFirstSessionSubmission({
        pairId: "pair:a:b",
        firstSessionDate: " 2027-02-03 ",
        firstSessionTime: "18:30",
        extra: "ignored",
      }),
    ).toEqual({ pairId: "pair:a:b", date: "2027-02-03", time: "18:30" });
  });

  it("date or time missing or not text → empty, to be refused with a reason", () => {
    expect(parseFirstSessionSubmission({ pairId: "p", firstSessionDate: 20270203 })).toEqual({
      pairId: "p",
      date: "",
      time: "",
    });
  });

  it.each([
    ["nothing", undefined],
    ["a string", "pair:a:b"],
    ["an array", ["pair:a:b"]],
    ["no pair id", { firstSessionDate: "2027-02-03" }],
    ["a numeric pair id", { pairId: 42 }],
    ["an empty pair id", { pairId: "" }],
    ["a huge pair id", { pairId: "x".repeat(301) }],
  ])("garbage (%s) → undefined", (_, data) => {
    expect(parseFirstSessionSubmission(data)).toBeUndefined();
  });

  it("any JSON value → never throws, and a result always has a short pair id", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const parsed = parseFirstSessionSubmission(data);
        return parsed === undefined || (parsed.pairId.length > 0 && parsed.pairId.length <= 300);
      }),
    );
  });
});

/** Mostly well-formed dates around the wave, and any text. */
const someDate = fc.oneof(
  fc.string(),
  fc
    .date({ min: new Date("2026-11-01"), max: new Date("2027-08-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const someTime = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
);

describe("decideFirstSession", () => {
  it("a date in the wave and a time, no zone → saved at that UTC instant, by the proposer, now", () => {
    const decision = decide({});
    expect(decision).toEqual({
      status: "saved",
      pair: {
        ...aPair(),
        firstSessionProposal: {
          proposedBy: "mentee-1",
          start: "2027-02-03T18:30:00.000Z",
          proposedAt: NOW.toISOString(),
        },
      },
    });
  });

  it("Europe/Paris in winter → 18:30 in Paris is 17:30 UTC", () => {
    const decision = decide({}, { zone: { timeZone: "Europe/Paris" } });
    expect(decision.status === "saved" && decision.pair.firstSessionProposal?.start).toBe(
      "2027-02-03T17:30:00.000Z",
    );
  });

  it("Europe/Brussels in summer → 18:30 is 16:30 UTC (daylight saving time)", () => {
    const decision = decide({ date: "2027-06-15" }, { zone: { timeZone: "Europe/Brussels" } });
    expect(decision.status === "saved" && decision.pair.firstSessionProposal?.start).toBe(
      "2027-06-15T16:30:00.000Z",
    );
  });

  it("an unknown zone name and an offset → the offset is used", () => {
    const decision = decide({}, { zone: { timeZone: "Mars/Olympus", utcOffsetMinutes: 120 } });
    expect(decision.status === "saved" && decision.pair.firstSessionProposal?.start).toBe(
      "2027-02-03T16:30:00.000Z",
    );
  });

  it.each([
    ["the day before the wave", { date: "2026-12-31" }, { field: "date", reason: "outside-wave" }],
    ["the day after the wave", { date: "2027-07-01" }, { field: "date", reason: "outside-wave" }],
    ["no date", { date: "" }, { field: "date", reason: "missing" }],
    ["a date that does not exist", { date: "2027-02-30" }, { field: "date", reason: "not-a-date" }],
    ["a date in another format", { date: "03/02/2027" }, { field: "date", reason: "not-a-date" }],
    ["no time", { time: "" }, { field: "time", reason: "missing" }],
    ["25 o'clock", { time: "25:00" }, { field: "time", reason: "not-a-time" }],
    ["a time with text", { time: "18:30<script>" }, { field: "time", reason: "not-a-time" }],
    ["earlier today", { date: "2027-01-10", time: "08:59" }, { field: "date", reason: "in-the-past" }],
  ] as const)("%s → refused with that reason, nothing to write", (_, submission, problem) => {
    expect(decide(submission)).toEqual({ status: "refused", problems: [problem] });
  });

  it("tomorrow and the wave's last day → accepted", () => {
    expect(decide({ date: "2027-01-11" }).status).toBe("saved");
    expect(decide({ date: "2027-06-30" }).status).toBe("saved");
  });

  it("both date and time wrong → both reasons", () => {
    expect(decide({ date: "", time: "noon" })).toEqual({
      status: "refused",
      problems: [
        { field: "date", reason: "missing" },
        { field: "time", reason: "not-a-time" },
      ],
    });
  });

  it.each(["matching", "closing", "closed"] as const)("wave %s → refused: not running", (state) => {
    expect(decide({}, { wave: { ...runningWave, state } })).toEqual({
      status: "refused",
      problems: [{ field: "wave", reason: "not-running" }],
    });
  });

  it("the same proposal again by the same member → unchanged, the stored one kept", () => {
    const pair = aPair({
      firstSessionProposal: {
        proposedBy: "mentee-1",
        start: "2027-02-03T18:30:00.000Z",
        proposedAt: "2027-01-09T10:00:00.000Z",
      },
    });
    expect(decide({}, { pair })).toEqual({ status: "unchanged", pair });
  });

  it("another member's earlier proposal → replaced by the new one", () => {
    const pair = aPair({
      firstSessionProposal: {
        proposedBy: "mentor-1",
        start: "2027-02-01T10:00:00.000Z",
        proposedAt: "2027-01-09T10:00:00.000Z",
      },
    });
    const decision = decide({}, { pair });
    expect(decision.status === "saved" && decision.pair.firstSessionProposal?.proposedBy).toBe("mentee-1");
  });

  it("any submitted text → either refused, or saved inside the wave and after now", () => {
    fc.assert(
      fc.property(someDate, someTime, (date, time) => {
        const decision = decide({ date, time });
        if (decision.status === "refused") return decision.problems.length > 0;
        const start = decision.pair.firstSessionProposal?.start ?? "";
        return (
          Date.parse(start) > NOW.getTime() && date >= runningWave.startDate && date <= runningWave.endDate
        );
      }),
    );
  });
});

describe("zonedInstant", () => {
  it("any valid date and time with an offset → the wall clock minus the offset", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (day, hour, minute, offset) => {
          const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
          const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
          return (
            zonedInstant(date, hour, minute, { utcOffsetMinutes: offset }).getTime() ===
            wall - offset * 60_000
          );
        },
      ),
    );
  });

  it("an absurd offset → ignored (UTC)", () => {
    expect(
      zonedInstant({ year: 2027, month: 2, day: 3 }, 9, 0, { utcOffsetMinutes: 5000 }).toISOString(),
    ).toBe("2027-02-03T09:00:00.000Z");
  });
});

describe("firstSessionNoticeKey", () => {
  it("one key per pair, proposal and recipient: a new date or proposer → a new key", () => {
    const proposal = { proposedBy: "mentee-1", start: "2027-02-03T18:30:00.000Z", proposedAt: "x" };
    const key = firstSessionNoticeKey(aPair({ firstSessionProposal: proposal }), "mentor-1");
    expect(key).toBe(
      "first-session:wave-1:pair:mentor-1:mentee-1:mentee-1:2027-02-03T18:30:00.000Z:mentor-1",
    );
    expect(
      firstSessionNoticeKey(aPair({ firstSessionProposal: { ...proposal, proposedAt: "y" } }), "mentor-1"),
    ).toBe(key);
    expect(
      firstSessionNoticeKey(
        aPair({ firstSessionProposal: { ...proposal, start: "2027-02-04T18:30:00.000Z" } }),
        "mentor-1",
      ),
    ).not.toBe(key);
    expect(firstSessionNoticeKey(aPair({ firstSessionProposal: proposal }), "mentor-2")).not.toBe(key);
  });
});
