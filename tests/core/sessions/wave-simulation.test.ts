import type { Participant } from "../../../core/participant";
import type { DueReminder, ReminderData } from "../../../core/sessions/reminder-kinds";
import { dueReminders } from "../../../core/sessions/reminder-schedule";
import { SessionService } from "../../../core/sessions/session-service";
import { participantTimeZone } from "../../../core/sessions/session-time";
import { aParticipant } from "../../support/domain-factories";
import { expectedReminders, type ExpectedReminder } from "../../support/expected-reminders";
import { inMemoryRepositories } from "../../support/in-memory-repositories";
import { aPublishedPair, aRunningWave } from "../../support/session-factories";
import { DAY_MS, MIN, waveScript, type ScriptAction, type ScriptPair } from "../../support/wave-script";

const STEP = 15 * MIN;
const ORIGIN = Date.parse("2026-09-01T00:00:00Z");
const END = Date.parse("2027-03-08T00:00:00Z");
const PUBLISHED = "2026-09-01T08:00:00.000Z";
const ZONES = ["Europe/Paris", "America/New_York", "Asia/Kolkata", undefined];

interface Sent {
  readonly reminder: DueReminder;
  readonly identity: string;
  readonly sentAt: number;
}

/** 50 pairs in a running wave (Sep 2026–Feb 2027, both autumn DST changes inside), people in four zones. */
function aWaveOfFiftyPairs() {
  const wave = aRunningWave({ id: "wave-sim", timeZone: "Europe/Paris", reminderLeadDays: 3, stallDays: 40 });
  const pairs = Array.from({ length: 50 }, (_, i) => {
    const mentor = aParticipant({ waveId: wave.id, role: "mentor", timeZone: ZONES[i % 4] });
    const mentee = aParticipant({ waveId: wave.id, role: "mentee", timeZone: ZONES[(i + 1 + (i % 3)) % 4] });
    return { mentor, mentee, pair: aPublishedPair(wave, mentor, [mentee], { publishedAt: PUBLISHED }) };
  });
  return { wave, pairs, participants: pairs.flatMap((p) => [p.mentor, p.mentee]) };
}

/**
 * Runs the script through the session service with a fake clock, and a scheduler every 15 minutes that
 * asks dueReminders and sends each key it has not sent yet (as the delivery log will).
 */
async function simulate(seed: number) {
  const { wave, pairs, participants } = aWaveOfFiftyPairs();
  const repos = inMemoryRepositories();
  await repos.waves.save(wave);
  for (const p of participants) await repos.participants.save(p);
  for (const { pair } of pairs) await repos.pairs.createIfAbsent(pair);
  const people = new Map(participants.map((p) => [p.id, p]));
  const zoneOf = (id: string): string => participantTimeZone(people.get(id), wave);
  const scriptPairs: ScriptPair[] = pairs.map(({ pair, mentor, mentee }) => ({
    id: pair.id,
    mentor,
    mentee,
    publishedAt: Date.parse(PUBLISHED),
  }));
  const actions = waveScript(scriptPairs, (p: Participant) => zoneOf(p.id), seed);

  let now = ORIGIN;
  const service = new SessionService(repos, { now: () => new Date(now) });
  const sessionOfHandle = new Map<string, string>();
  const handleOfSession = new Map<string, string>();
  const refusals: string[] = [];
  const perform = async (action: ScriptAction): Promise<void> => {
    const caller = people.get(action.by);
    if (caller === undefined) throw new Error(`unknown ${action.by}`);
    const id = sessionOfHandle.get(action.handle) ?? "";
    const outcome =
      action.kind === "propose"
        ? await service.propose(caller, action.pairId, action)
        : action.kind === "accept"
          ? await service.accept(caller, id)
          : action.kind === "reschedule"
            ? await service.reschedule(caller, id, { ...action, reason: "A clash with a board meeting" })
            : action.kind === "cancel"
              ? await service.cancel(caller, id, "Travelling that week")
              : await service.checkIn(caller, id, { outcome: action.outcome, rating: action.rating });
    if (outcome.status === "refused") refusals.push(`${JSON.stringify(action)} → ${JSON.stringify(outcome)}`);
    else if (action.kind === "propose") {
      sessionOfHandle.set(action.handle, outcome.session.id);
      handleOfSession.set(outcome.session.id, action.handle);
    }
  };

  const stallMs = (wave.stallDays ?? 40) * DAY_MS;
  const sent = new Map<string, Sent>();
  let data: ReminderData | undefined;
  let next = 0;
  for (let t = ORIGIN; t <= END; t += STEP) {
    for (; next < actions.length && (actions[next]?.at ?? Infinity) <= t; next++) {
      const action = actions[next] as ScriptAction;
      now = action.at;
      await perform(action);
      data = undefined;
    }
    now = t;
    data ??= {
      wave,
      pairs: pairs.map((p) => p.pair),
      sessions: await repos.sessions.listByWave(wave.id),
      checkIns: await repos.checkIns.listByWave(wave.id),
      participants,
    };
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    for (const reminder of dueReminders(data, new Date(t))) {
      if (sent.has(reminder.key)) continue;
      const identity =
        reminder.sessionId === undefined
          ? `${reminder.kind}|${reminder.pairId}|${new Date(Date.parse(reminder.dueAt) - (reminder.stallPeriod ?? 0) * stallMs).toISOString()}|${reminder.stallPeriod}|${reminder.participantId ?? "hr"}`
          : `${reminder.kind}|${handleOfSession.get(reminder.sessionId)}|${sessions.get(reminder.sessionId)?.start}|${reminder.participantId}`;
      sent.set(reminder.key, { reminder, identity, sentAt: t });
    }
  }

  const expected = expectedReminders(scriptPairs, actions, {
    step: STEP,
    end: END,
    waveEnd: Date.parse("2027-02-28T23:00:00Z"),
    leadDays: 3,
    stallDays: 40,
    sessionMinutes: wave.sessionMinutes,
    zoneOf,
  });
  return { actions, refusals, sent: [...sent.values()], expected };
}

function byIdentity<T extends { identity: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.identity, [...(map.get(item.identity) ?? []), item]);
  return map;
}

describe("a wave of 50 pairs over six months, with a scheduler every 15 minutes", () => {
  let run: Awaited<ReturnType<typeof simulate>>;
  beforeAll(async () => {
    run = await simulate(20261025);
  });

  it("theScriptPlaysThroughTheService_withoutARefusal", () => {
    expect(run.actions.length).toBeGreaterThan(500);
    expect(run.refusals).toEqual([]);
  });

  it("everyExpectedReminderIsSent_noneMissing_noneUnexpected", () => {
    const sent = byIdentity(run.sent);
    const expected = byIdentity(run.expected);
    const missing = [...expected.keys()].filter((identity) => !sent.has(identity));
    const unexpected = [...sent.keys()].filter((identity) => !expected.has(identity));
    expect(missing).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(run.sent.length).toBe(run.expected.length);
  });

  it("noReminderIsSentTwice_underAnotherKey", () => {
    const twice = [...byIdentity(run.sent).entries()].filter(([, items]) => items.length > 1);
    expect(
      twice.map(([identity, items]) => `${identity}: ${items.map((i) => i.reminder.key).join(", ")}`),
    ).toEqual([]);
  });

  it("eachIsSentAtTheFirstTickAtOrAfterItsDueTime", () => {
    const expected = new Map(run.expected.map((e: ExpectedReminder) => [e.identity, e]));
    const late = run.sent.filter((s) => {
      const due = Date.parse(s.reminder.dueAt);
      return s.sentAt < due || s.sentAt - due >= STEP || expected.get(s.identity)?.sentAt !== s.sentAt;
    });
    expect(
      late.map((s) => `${s.identity} due ${s.reminder.dueAt} sent ${new Date(s.sentAt).toISOString()}`),
    ).toEqual([]);
    for (const s of run.sent) expect(expected.get(s.identity)?.dueAt).toBe(Date.parse(s.reminder.dueAt));
  });

  it("theRunCoversEveryKind_lateBookings_movesAndStalls", () => {
    const count = (kind: string) => run.sent.filter((s) => s.reminder.kind === kind).length;
    expect(count("prepare")).toBeGreaterThan(200);
    expect(count("same-day")).toBeGreaterThan(400);
    expect(count("check-in")).toBeGreaterThan(100);
    expect(count("stall")).toBeGreaterThanOrEqual(2 * count("stall-hr"));
    expect(count("stall-hr")).toBeGreaterThanOrEqual(5 * 4);
    const offTheHour = run.sent.filter(
      (s) => s.reminder.kind === "prepare" && !s.reminder.dueAt.endsWith(":00:00.000Z"),
    );
    expect(offTheHour.length).toBeGreaterThan(0);
    const moved = run.actions.filter((a) => a.kind === "reschedule").map((a) => a.handle);
    const startsOfMoved = new Set(
      run.sent
        .filter((s) => moved.some((h) => s.identity.includes(`|${h}|`)))
        .map((s) => s.identity.split("|")[2]),
    );
    expect(startsOfMoved.size).toBeGreaterThan(moved.length);
    expect(run.sent.some((s) => s.reminder.stallPeriod === 4)).toBe(true);
  });
});
