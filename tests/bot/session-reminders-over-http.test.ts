/**
 * Session reminders end to end over HTTP with a fake clock: a published pair of the demo wave with a held
 * first session (notes with action items) and an accepted second one; the scheduler sends the mentor's
 * prepare card at 09:00 Paris three days before, the same-day reminder to both at 08:00, the check-in card
 * to both after the session, each once; a check-in through the card is saved and its private comment
 * reaches nobody else; "Done" on an action item ticks it; a second runner instance sharing the store and
 * the lease never sends a reminder twice.
 */
import { randomUUID } from "node:crypto";
import { publishedPairId, type PublishedPair } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import type { MentoringSession } from "../../core/sessions/session";
import { sessionId } from "../../core/sessions/session";
import { sessionNotesId } from "../../core/sessions/session-notes";
import { ProactiveSender } from "../../bot/proactive/proactive-sender";
import { timerSleep } from "../../bot/proactive/rate-limiter";
import { SessionReminderRunner } from "../../bot/sessions/session-reminder-runner";
import { DEMO_TENANT_ID, loadConfig } from "../../server/config";
import { demoParticipants, DEMO_WAVE_ID } from "../../server/demo-wave";
import { openDeliveryLog } from "../../store/cosmos-store";
import { openSchedulerLease } from "../../store/scheduler-lease";
import { validateAdaptiveCard } from "../support/adaptive-card-validation";
import { cardText, executeActions } from "../support/card-queries";
import { CaptureConnector, conversationOf } from "../support/capture-connector";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { until } from "../support/until";
import { runDemoWave } from "../support/running-demo-wave";

jest.setTimeout(90_000);

let current = Date.parse("2027-03-01T06:00:00Z");
const clock = { now: () => new Date(current) };
const setClock = (iso: string) => {
  current = Date.parse(iso);
};
/** The second session: Friday 5 March 2027, 14:00 in Paris (CET), 90 minutes. */
const START = "2027-03-05T13:00:00.000Z";
const SECRET = "my private thought about this session";

let tandem: TestTandem;
let connector: CaptureConnector;
/** What the second runner instance delivered (its own transport), by key. */
const secondSent: Array<{ conversation: string; text: string; card: unknown }> = [];
let second: SessionReminderRunner;
/** A third instance that has not run yet (another holder of the same lease). */
let third: SessionReminderRunner;

const people = demoParticipants(DEMO_TENANT_ID);
const mentor = people.find((p) => p.role === "mentor")!;
const mentee = people.find((p) => p.role === "mentee")!;
const outsider = people.find((p) => p.role === "mentee" && p.id !== mentee.id)!;
const pairId = publishedPairId("one-to-one", mentor.id, mentee.id);
const firstId = sessionId(pairId, 1);
const secondId = sessionId(pairId, 2);

const chat = (p: Participant) =>
  teamsActivities(connector.url, { aadObjectId: p.aadObjectId!, name: p.displayName });

/** Every card message either instance delivered to `p` whose notification text matches. */
function delivered(p: Participant, text: RegExp): unknown[] {
  const conversation = `a:personal-${p.aadObjectId}`;
  return [
    ...connector.sent
      .filter((c) => conversationOf(c) === conversation && text.test(c.activity.text ?? ""))
      .map((c) => c.activity.attachments![0]!.content),
    ...secondSent.filter((s) => s.conversation === conversation && text.test(s.text)).map((s) => s.card),
  ];
}
const PREPARE = /Your next session with/;
const SAME_DAY = /Mentoring session today at/;
const CHECK_IN = /How did your mentoring session go/;
const ANY_REMINDER =
  /Your next session with|Mentoring session today|How did your mentoring session go|a while since/;

const severalTicks = () => new Promise((resolve) => setTimeout(resolve, 1_200));

async function execute(p: Participant, verb: string, data: unknown) {
  const { status, body } = await postActivity(tandem.url, chat(p).execute(verb, data));
  expect(status).toBe(200);
  return body!["value"] as Record<string, unknown>;
}

function session(sequence: number, start: string, status: MentoringSession["status"]): MentoringSession {
  const at = "2027-02-01T10:00:00.000Z";
  return {
    id: sessionId(pairId, sequence),
    waveId: DEMO_WAVE_ID,
    tenantId: DEMO_TENANT_ID,
    pairId,
    sequence,
    start,
    durationMinutes: 90,
    timeZone: "Europe/Paris",
    status,
    proposedBy: mentee.id,
    acceptedBy: mentor.id,
    history: [
      { at, by: mentee.id, action: "proposed", start },
      { at, by: mentor.id, action: "accepted" },
    ],
    createdAt: at,
    updatedAt: at,
  };
}

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { clock, campaignIntervalMs: 300 }),
    CaptureConnector.start(),
  ]);
  const repos = tandem.repos;
  const wave = await runDemoWave(repos);
  const pair: PublishedPair = {
    id: pairId,
    waveId: DEMO_WAVE_ID,
    tenantId: DEMO_TENANT_ID,
    format: "one-to-one",
    mentorId: mentor.id,
    menteeIds: [mentee.id],
    scores: { [mentee.id]: 1 },
    reasons: { [mentee.id]: [] },
    sharedThemeIds: wave.themes.slice(0, 2).map((t) => t.id),
    publishedAt: "2027-01-20T10:00:00.000Z",
  };
  await repos.pairs.createIfAbsent(pair);
  await repos.sessions.create(session(1, "2027-02-10T13:00:00.000Z", "held"));
  await repos.sessions.create(session(2, START, "scheduled"));
  await repos.notes.create({
    id: sessionNotesId(firstId),
    waveId: DEMO_WAVE_ID,
    pairId,
    sessionId: firstId,
    text: "We talked.",
    actionItems: [
      { id: "read-paper", text: "Read the *AI* paper", done: false },
      { id: "old-one", text: "Already finished", done: true },
    ],
    revision: 1,
    updatedAt: "2027-02-10T15:00:00.000Z",
    updatedBy: mentor.id,
  });
  for (const p of [mentor, mentee, outsider])
    expect((await postActivity(tandem.url, chat(p).message("hi"))).status).toBe(200);

  // A second instance: its own sender (to a recording transport) and lease holder, the same store.
  const databaseId = loadConfig({ PORT: "0", TANDEM_DATA_DIR: tandem.dataDir }).cosmos.databaseId;
  const sender = new ProactiveSender(
    {
      transport: {
        send: async (reference, activity) => {
          const conversation = (reference["conversation"] as { id: string }).id;
          const attachments = activity["attachments"] as Array<{ content: unknown }>;
          secondSent.push({
            conversation,
            text: String(activity["text"]),
            card: attachments[0]!.content,
          });
          return { activityId: randomUUID() };
        },
      },
      log: await openDeliveryLog(tandem.cosmos.client, databaseId),
      clock,
      sleep: timerSleep,
      random: Math.random,
    },
    { allowedServiceUrlHosts: ["127.0.0.1", "localhost"] },
  );
  const lease = await openSchedulerLease(tandem.cosmos.client, databaseId);
  second = new SessionReminderRunner({
    repos,
    sender,
    clock,
    lease: { lease, holder: "second", ttlMs: 30_000 },
  });
  third = new SessionReminderRunner({
    repos,
    sender,
    clock,
    lease: { lease, holder: "third", ttlMs: 30_000 },
  });
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

describe("session reminders over HTTP", () => {
  it("beforeTheLeadDaysMorning_nothingIsSent", async () => {
    setClock("2027-03-02T07:59:00Z");
    await severalTicks();
    expect([...delivered(mentor, ANY_REMINDER), ...delivered(mentee, ANY_REMINDER)]).toEqual([]);
  });

  it("threeDaysBeforeAt09Paris_theMentorGetsThePrepareCard_withGoalTopicsAndOpenItems_menteeNothing", async () => {
    setClock("2027-03-02T08:00:00Z");
    await until(() => delivered(mentor, PREPARE).length > 0, "the prepare card");
    await severalTicks();
    expect(delivered(mentor, PREPARE)).toHaveLength(1);
    expect(delivered(mentee, ANY_REMINDER)).toEqual([]);
    const card = delivered(mentor, PREPARE)[0]!;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain(mentee.displayName);
    expect(text).toContain("Read the \\*AI\\* paper");
    expect(text).not.toContain("Already finished");
    expect(text).toContain("14:00");
    expect(executeActions(card)).toEqual([
      expect.objectContaining({
        verb: "actionItem.done",
        data: { waveId: DEMO_WAVE_ID, sessionId: firstId, itemId: "read-paper" },
      }),
    ]);
  });

  it("doneOnAnActionItem_ticksItInTheNotes", async () => {
    const [done] = executeActions(delivered(mentor, PREPARE)[0]);
    const card = await execute(mentor, done!.verb, done!.data);
    expect(cardText(card)).toContain("Done: Read the \\*AI\\* paper");
    const notes = await tandem.repos.notes.get(DEMO_WAVE_ID, firstId);
    expect(notes?.value.actionItems.find((i) => i.id === "read-paper")).toMatchObject({
      done: true,
      doneBy: mentor.id,
    });
  });

  it("sessionDayAt08Paris_twoInstancesRunning_bothMembersGetTheSameDayReminderOnce", async () => {
    setClock("2027-03-05T07:00:00Z");
    await Promise.all([second.runAll(), second.runAll()]);
    await until(
      () => delivered(mentor, SAME_DAY).length > 0 && delivered(mentee, SAME_DAY).length > 0,
      "the same-day reminders",
    );
    await second.runAll();
    await severalTicks();
    expect([delivered(mentor, SAME_DAY).length, delivered(mentee, SAME_DAY).length]).toEqual([1, 1]);
    expect(cardText(delivered(mentee, SAME_DAY)[0])).toContain("Today at 14:00");
  });

  it("whileAnotherInstanceHoldsTheLease_aThirdRunnerHandsNothingToTheSender", async () => {
    // Whoever won the lease at this (fake) time holds it for 30 s: a newcomer's run does nothing.
    const before = connector.sent.length + secondSent.length;
    const results = await Promise.all([third.runWave(DEMO_WAVE_ID), severalTicks()]);
    expect(results[0]).toBe(0);
    expect(connector.sent.length + secondSent.length).toBe(before);
  });

  it("afterTheSession_bothGetTheCheckInCard_once_refreshingForBothMembers", async () => {
    setClock("2027-03-05T14:45:00Z");
    await Promise.all([second.runAll(), second.runAll()]);
    await until(
      () => delivered(mentor, CHECK_IN).length > 0 && delivered(mentee, CHECK_IN).length > 0,
      "the check-in cards",
    );
    await second.runAll();
    await severalTicks();
    expect([delivered(mentor, CHECK_IN).length, delivered(mentee, CHECK_IN).length]).toEqual([1, 1]);
    const card = delivered(mentee, CHECK_IN)[0] as { refresh?: { userIds: string[] } };
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(card.refresh?.userIds.sort()).toEqual(
      [`29:${mentor.aadObjectId}`, `29:${mentee.aadObjectId}`].sort(),
    );
  });

  it("checkInThroughTheCard_isSaved_andTheCommentIsShownToItsAuthorOnly", async () => {
    const data = { waveId: DEMO_WAVE_ID, sessionId: secondId };
    const mine = await execute(mentee, "checkIn.submit", {
      ...data,
      outcome: "held",
      rating: "4",
      comment: SECRET,
    });
    expect(cardText(mine)).toContain(SECRET);
    expect(cardText(mine)).toContain("4/5");
    const stored = await tandem.repos.checkIns.listBySession(DEMO_WAVE_ID, secondId);
    expect(stored).toEqual([
      expect.objectContaining({ participantId: mentee.id, outcome: "held", rating: 4, comment: SECRET }),
    ]);
    expect((await tandem.repos.sessions.get(DEMO_WAVE_ID, secondId))?.value.status).toBe("held");

    const theirs = await execute(mentor, "checkIn.refresh", data);
    expect(JSON.stringify(theirs)).not.toContain(SECRET);
    expect(executeActions(theirs).map((a) => a.verb)).toContain("checkIn.submit");
    const again = await execute(mentee, "checkIn.refresh", data);
    expect(cardText(again)).toContain(SECRET);
    const strangers = await execute(outsider, "checkIn.refresh", data);
    expect(JSON.stringify(strangers)).not.toContain(SECRET);
    expect(await execute(outsider, "checkIn.submit", { ...data, outcome: "cancelled" })).not.toHaveProperty(
      "refresh",
    );
    expect(await tandem.repos.checkIns.listBySession(DEMO_WAVE_ID, secondId)).toHaveLength(1);
    const everythingSent = JSON.stringify([connector.sent, secondSent]);
    expect(everythingSent).not.toContain(SECRET);
  });

  it("runningAgainLater_sendsNothingNew", async () => {
    setClock("2027-03-06T10:00:00Z");
    const before = connector.sent.length + secondSent.length;
    await second.runAll();
    await severalTicks();
    expect(connector.sent.length + secondSent.length).toBe(before);
  });
});
