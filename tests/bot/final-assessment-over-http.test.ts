/**
 * The end-of-wave assessment over HTTP: HR moves the demo wave from running to closing; the bot sends the
 * assessment card once to every participant it can reach; a card submission is saved for the clicker only
 * (a participant id forged into the card data is ignored); three days later only non-respondents get a
 * reminder, once however often the scheduler runs, and a second one after seven days; once HR closes the
 * wave the card refuses new answers.
 */
import { CARD_VERBS } from "../../bot/cards/adaptive-card";
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import type { AssessmentResponseCounts } from "../../tab/api/assessment-routes";
import { validateAdaptiveCard } from "../support/adaptive-card-validation";
import { apiCall, devTokenFrom } from "../support/api-client";
import { cardText, executeActions, inputIds } from "../support/card-queries";
import { CaptureConnector, conversationOf } from "../support/capture-connector";
import { demoPerson } from "../support/demo-people";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { until } from "../support/until";

jest.setTimeout(90_000);

const DAY = 24 * 60 * 60 * 1000;
let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
let tandem: TestTandem;
let connector: CaptureConnector;
let hrToken: string;

const answering = demoPerson("Cédric Perrin"); // mentee: connected devices, cloud, big data
const silentMentee = demoPerson("Thijs Broes");
const silentMentor = demoPerson("Lucas Martin");
const notInstalled = demoPerson("Jan Peeters");
const installed = [answering, silentMentee, silentMentor];

const INVITATION = /is coming to an end/;
const REMINDER = /a reminder: your end-of-wave assessment/;
const chat = (p: Participant) =>
  teamsActivities(connector.url, { aadObjectId: p.aadObjectId!, name: p.displayName });
const conversation = (p: Participant) => `a:personal-${p.aadObjectId}`;

/** Messages delivered to each conversation whose notification text matches. */
function deliveredCounts(text: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of connector.sent)
    if (text.test(c.activity.text ?? ""))
      counts.set(conversationOf(c), (counts.get(conversationOf(c)) ?? 0) + 1);
  return counts;
}
function cardSentTo(p: Participant, text: RegExp): Record<string, unknown> {
  const found = connector.sent.find(
    (c) => conversationOf(c) === conversation(p) && text.test(c.activity.text ?? ""),
  );
  if (found === undefined) throw new Error(`no message for ${p.displayName}`);
  return found.activity.attachments![0]!.content;
}

const severalTicks = () => new Promise((resolve) => setTimeout(resolve, 1_500));

async function execute(p: Participant, verb: string, data: unknown): Promise<Record<string, unknown>> {
  const { status, body } = await postActivity(tandem.url, chat(p).execute(verb, data));
  expect(status).toBe(200);
  return body!["value"] as Record<string, unknown>;
}
const transition = (to: string) =>
  apiCall(tandem.url, "POST", `/api/hr/waves/${DEMO_WAVE_ID}/transition`, hrToken, { to });
const counts = async () =>
  (
    await apiCall<AssessmentResponseCounts>(
      tandem.url,
      "GET",
      `/api/hr/waves/${DEMO_WAVE_ID}/assessments/summary`,
      hrToken,
    )
  ).body;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { clock, campaignIntervalMs: 300 }),
    CaptureConnector.start(),
  ]);
  hrToken = await devTokenFrom(tandem.url, "demo-hr-lead");
  const wave = await tandem.repos.waves.getVersioned(DEMO_WAVE_ID);
  await tandem.repos.waves.replace({ ...wave!.value, state: "running" }, wave!.etag);
  for (const p of installed) expect((await postActivity(tandem.url, chat(p).installed())).status).toBe(200);
  await until(() => connector.sent.length >= installed.length, "the greetings");
  connector.take();
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

describe("final assessment over HTTP", () => {
  it("closing_sendsTheCardOnceToEachReachableParticipant_withTheirBaselineThemes", async () => {
    expect((await transition("closing")).status).toBe(200);
    await until(() => deliveredCounts(INVITATION).size === installed.length, "the assessment cards");
    await severalTicks();
    const invitations = deliveredCounts(INVITATION);
    expect([...invitations.keys()].sort()).toEqual(installed.map(conversation).sort());
    expect([...invitations.values()]).toEqual([1, 1, 1]);
    expect(invitations.has(conversation(notInstalled))).toBe(false);

    const card = cardSentTo(answering, INVITATION);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(inputIds(card)).toEqual([
      "theme:connected-devices",
      "theme:cloud",
      "theme:big-data",
      "satisfaction",
      "wouldRecommend",
      "comment",
    ]);
    expect(inputIds(cardSentTo(silentMentor, INVITATION))).toEqual([
      "satisfaction",
      "wouldRecommend",
      "comment",
    ]);
    expect(await counts()).toMatchObject({ state: "closing", open: true, answered: 0 });
  });

  it("submit_savesForTheClickerOnly_ignoringAForgedParticipantId_andShowsTheThankYouSummary", async () => {
    const invalid = await execute(answering, CARD_VERBS.submitAssessment, { "theme:cloud": "4" });
    expect(cardText(invalid)).toMatch(/Please check your answers/);
    expect(await tandem.repos.assessments.listByWave(DEMO_WAVE_ID)).toEqual([]);

    const summary = await execute(answering, CARD_VERBS.submitAssessment, {
      participantId: silentMentee.id,
      "theme:connected-devices": "3",
      "theme:cloud": "4",
      "theme:big-data": "2",
      satisfaction: "5",
      wouldRecommend: "yes",
      comment: "A private thought",
    });
    expect(validateAdaptiveCard(summary)).toEqual([]);
    expect(cardText(summary)).toMatch(/Thank you, your assessment is saved/);
    expect(cardText(summary)).toContain("1/5 → 3/5");
    expect(executeActions(summary).map((a) => a.verb)).toEqual([CARD_VERBS.editAssessment]);
    const stored = await tandem.repos.assessments.listByWave(DEMO_WAVE_ID);
    expect(stored).toEqual([
      expect.objectContaining({ participantId: answering.id, satisfaction: 5, wouldRecommend: true }),
    ]);
    const edit = await execute(answering, CARD_VERBS.editAssessment, {});
    expect(inputIds(edit)).toContain("theme:cloud");

    const summaryCounts = await counts();
    expect(summaryCounts).toEqual({
      waveId: DEMO_WAVE_ID,
      state: "closing",
      open: true,
      enrolled: expect.any(Number),
      answered: 1,
      notAnswered: summaryCounts.enrolled - 1,
    });
    expect(JSON.stringify(summaryCounts)).not.toContain("private thought");
  });

  it("threeDaysLater_remindsOnlyNonRespondents_onceHoweverOftenItRuns", async () => {
    offset = 3 * DAY + 60_000;
    await until(() => deliveredCounts(REMINDER).size === 2, "the reminders");
    await severalTicks();
    const reminders = deliveredCounts(REMINDER);
    expect([...reminders.keys()].sort()).toEqual(
      [conversation(silentMentee), conversation(silentMentor)].sort(),
    );
    expect([...reminders.values()]).toEqual([1, 1]);
    expect(deliveredCounts(INVITATION).get(conversation(answering))).toBe(1);
  });

  it("sevenDaysLater_theSecondReminderGoesOnce_toNonRespondentsOnly", async () => {
    offset = 7 * DAY + 60_000;
    const twice = () => [...deliveredCounts(REMINDER).values()].filter((n) => n === 2).length;
    await until(() => twice() === 2, "the second reminders");
    await severalTicks();
    const reminders = deliveredCounts(REMINDER);
    expect([...reminders.keys()].sort()).toEqual(
      [conversation(silentMentee), conversation(silentMentor)].sort(),
    );
    expect([...reminders.values()]).toEqual([2, 2]);
  });

  it("afterHrClosesTheWave_theCardRefusesNewAnswersWithAClearMessage", async () => {
    expect((await transition("closed")).status).toBe(200);
    const refused = await execute(silentMentee, CARD_VERBS.submitAssessment, {
      "theme:connected-devices": "3",
      satisfaction: "4",
      wouldRecommend: "no",
    });
    expect(cardText(refused)).toMatch(/The assessment is closed/);
    expect(cardText(refused)).toMatch(/no longer takes answers/);
    expect(cardText(await execute(answering, CARD_VERBS.editAssessment, {}))).toMatch(
      /no longer takes answers/,
    );
    expect((await tandem.repos.assessments.listByWave(DEMO_WAVE_ID)).map((a) => a.participantId)).toEqual([
      answering.id,
    ]);
    expect(await counts()).toMatchObject({ state: "closed", open: false, answered: 1 });
  });
});
