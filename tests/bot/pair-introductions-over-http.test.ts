/**
 * Pair introductions end to end over HTTP: HR proposes and publishes the demo wave's pairs; the bot
 * introduces each member of each pair and tells the unmatched mentees and idle mentors, through the real
 * proactive sender to a local connector, once per person however often it runs; someone who installs
 * later is introduced by the scheduler; a member proposes the first session from the card and the other
 * member is told, while bad dates, other pairs' ids and garbage are refused on the card.
 */
import { pairMembers, type PublishedPair } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import { DEFAULT_THEMES } from "../../core/theme";
import { DEMO_TENANT_ID } from "../../server/config";
import { demoParticipants, DEMO_WAVE_ID } from "../../server/demo-wave";
import type { MatchingView } from "../../tab/api/matching-api-contract";
import { MAX_CARD_BYTES, validateAdaptiveCard } from "../support/adaptive-card-validation";
import { cardText, executeActions } from "../support/card-queries";
import { CaptureConnector, type CapturedActivity, conversationOf } from "../support/capture-connector";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { until as waitUntil } from "../support/until";

jest.setTimeout(90_000);

const DAY = 24 * 60 * 60 * 1000;
let tandem: TestTandem;
let connector: CaptureConnector;
let hrToken: string;
const people = demoParticipants(DEMO_TENANT_ID);
const byId = new Map(people.map((p) => [p.id, p]));
const person = (id: string): Participant => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no demo participant ${id}`);
  return found;
};
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const chat = (p: Participant, locale = "en-US") => {
  const activities = teamsActivities(connector.url, { aadObjectId: p.aadObjectId!, name: p.displayName });
  return {
    message: (text: string) => ({ ...activities.message(text), locale }),
    execute: (verb: string, data: unknown, extra: Record<string, unknown> = {}) => ({
      ...activities.execute(verb, data),
      locale,
      ...extra,
    }),
  };
};

/** The conversation a captured activity went to (the bot's personal chat with one person). */
const conversationFor = (p: Participant) => `a:personal-${p.aadObjectId}`;

/** What the connector received so far for one person, by the message's text. */
function received(p: Participant, text: RegExp): CapturedActivity[] {
  return connector.sent.filter(
    (c) => conversationOf(c) === conversationFor(p) && text.test(c.activity.text ?? ""),
  );
}
const INTRO = /You have been paired for|Votre binôme pour/;
const NOT_MATCHED = /News about your pairing/;
const NOTICE = /proposes a date for your first session/;

/** Publication and the introductions take longer than a single reminder. */
const until = (done: () => boolean, what: string) => waitUntil(done, what, 45_000);

async function hr<T = MatchingView>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${tandem.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${hrToken}`, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Clicks an Action.Execute button and returns the card that replaces the clicked one. */
async function execute(p: Participant, data: unknown, extra: Record<string, unknown> = {}) {
  const { status, body } = await postActivity(
    tandem.url,
    chat(p).execute("firstSession.propose", data, extra),
  );
  expect(status).toBe(200);
  expect(body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
  return body!["value"] as Record<string, unknown>;
}

const storedPair = async (pair: PublishedPair) => (await tandem.repos.pairs.get(pair.waveId, pair.id))?.value;

let pairs: PublishedPair[];
let view: MatchingView;
/** A paired mentee who installs the app only after publication. */
let lateMentee: Participant;
/** A mentor whose Teams speaks French. */
let frenchMentor: Participant;
/** Someone left out who never installs the app. */
let neverInstalled: Participant;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { campaignIntervalMs: 400 }),
    CaptureConnector.start(),
  ]);
  const token = await fetch(`${tandem.url}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: "demo-hr-lead" }),
  });
  hrToken = ((await token.json()) as { token: string }).token;

  // The demo wave, dated from today so that its sessions lie ahead whenever this runs.
  const wave = await tandem.repos.waves.getVersioned(DEMO_WAVE_ID);
  await tandem.repos.waves.replace({ ...wave!.value, startDate: day(7), endDate: day(180) }, wave!.etag);
  expect((await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/transition`, { to: "matching" })).status).toBe(200);
  view = (await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/matching/propose`, {})).body;
  const proposal = view.proposal!;
  expect(proposal.pairs.length).toBeGreaterThan(3);
  expect(proposal.unmatchedMentees.length).toBeGreaterThan(1);
  expect(proposal.idleMentors.length).toBeGreaterThan(0);
  lateMentee = person(proposal.pairs[0]!.mentee.id);
  frenchMentor = person(proposal.pairs[1]!.mentor.id);
  neverInstalled = person(proposal.unmatchedMentees[0]!.mentee.id);

  // Everyone else installs the app (the bot stores their conversation), the French mentor in French.
  for (const p of people) {
    if (p.id === lateMentee.id || p.id === neverInstalled.id) continue;
    const install = chat(p, p.id === frenchMentor.id ? "fr-FR" : "en-US").message("hi");
    expect((await postActivity(tandem.url, install)).status).toBe(200);
  }
  connector.take();

  const published = await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/matching/publish`, {});
  expect(published).toMatchObject({ status: 200, body: { waveState: "running" } });
  view = published.body;
  pairs = await tandem.repos.pairs.listByWave(DEMO_WAVE_ID);
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

describe("pair introductions over HTTP", () => {
  it("publish_introducesEveryReachableMemberOnce_withBothNamesAndTheSharedTopics", async () => {
    const reachable = pairs
      .flatMap(pairMembers)
      .filter((id) => id !== lateMentee.id)
      .map(person);
    await until(() => reachable.every((p) => received(p, INTRO).length > 0), "every introduction");
    for (const pair of pairs) {
      const names = pairMembers(pair).map((id) => person(id).displayName);
      for (const member of pairMembers(pair)
        .filter((id) => id !== lateMentee.id)
        .map(person)) {
        const intros = received(member, INTRO);
        expect([member.displayName, intros.length]).toEqual([member.displayName, 1]);
        const card = intros[0]!.activity.attachments![0]!.content;
        const text = cardText(card);
        for (const name of names) expect(text).toContain(name);
        const language = member.id === frenchMentor.id ? "fr" : "en";
        for (const themeId of pair.sharedThemeIds)
          expect(text).toContain(DEFAULT_THEMES.find((t) => t.id === themeId)!.labels[language]);
        expect(validateAdaptiveCard(card)).toEqual([]);
        expect(Buffer.byteLength(JSON.stringify(card), "utf16le")).toBeLessThan(MAX_CARD_BYTES);
        expect(executeActions(card)).toContainEqual(
          expect.objectContaining({ verb: "firstSession.propose", data: { pairId: pair.id } }),
        );
      }
    }
    expect(cardText(received(frenchMentor, INTRO)[0]!.activity.attachments![0]!.content)).toMatch(
      /Voici votre mentoré/,
    );
    expect(received(lateMentee, INTRO)).toEqual([]);
  });

  it("publish_tellsEachReachableUnmatchedMenteeAndIdleMentor_once_andSkipsWhoNeverInstalled", async () => {
    const proposal = view.proposal!;
    const leftOut = [
      ...proposal.unmatchedMentees.map((u) => u.mentee.id),
      ...proposal.idleMentors.map((i) => i.mentor.id),
    ]
      .filter((id) => id !== neverInstalled.id)
      .map(person);
    await until(() => leftOut.every((p) => received(p, NOT_MATCHED).length > 0), "the not-matched messages");
    for (const p of leftOut)
      expect([p.displayName, received(p, NOT_MATCHED).length]).toEqual([p.displayName, 1]);
    const mentee = leftOut.find((p) => p.role === "mentee")!;
    const menteeCard = cardText(received(mentee, NOT_MATCHED)[0]!.activity.attachments![0]!.content);
    expect(menteeCard).toContain("The HR programme team will get back to you.");
    expect(received(neverInstalled, NOT_MATCHED)).toEqual([]);
    const paired = new Set(pairs.flatMap(pairMembers));
    expect(leftOut.every((p) => !paired.has(p.id))).toBe(true);
  });

  it("runningAgain_publishTwiceAndSchedulerTicks_sendsNothingNew", async () => {
    const before = connector.sent.length;
    expect((await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/matching/publish`, {})).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // several scheduler runs
    expect(connector.sent.slice(before).map((c) => c.activity.text)).toEqual([]);
  });

  it("lateInstall_afterPublication_theSchedulerIntroducesThemOnce", async () => {
    const { status } = await postActivity(tandem.url, chat(lateMentee).message("hi"));
    expect(status).toBe(200);
    await until(() => received(lateMentee, INTRO).length > 0, "the late introduction");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(received(lateMentee, INTRO)).toHaveLength(1);
  });

  describe("proposing the first session from the card", () => {
    const ours = () => pairs.find((p) => p.menteeIds.includes(lateMentee.id))!;
    const theirs = () => pairs.find((p) => p !== ours())!;

    it("validDate_isSavedOnThePair_theProposerSeesItSent_andTheOtherMemberIsToldOnce", async () => {
      const pair = ours();
      const mentor = person(pair.mentorId);
      const card = await execute(
        lateMentee,
        { pairId: pair.id, firstSessionDate: day(30), firstSessionTime: "18:30" },
        { localTimestamp: "2026-11-23T17:00:00.000+01:00" },
      );
      const text = cardText(card);
      expect(text).toContain("Your proposal is sent");
      expect(text).toContain(`I told ${mentor.displayName}`);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect((await storedPair(pair))?.firstSessionProposal).toMatchObject({
        proposedBy: lateMentee.id,
        start: `${day(30)}T17:30:00.000Z`,
      });
      const notices = received(mentor, NOTICE);
      expect(notices).toHaveLength(1);
      expect(cardText(notices[0]!.activity.attachments![0]!.content)).toContain(
        `${lateMentee.displayName} proposes`,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // the scheduler sees the notice as sent
      expect(received(mentor, NOTICE)).toHaveLength(1);
      expect(received(lateMentee, NOTICE)).toEqual([]);
    });

    it.each([
      [
        "a date after the wave",
        () => ({ firstSessionDate: day(181), firstSessionTime: "10:00" }),
        /within the wave/,
      ],
      [
        "a date in the past",
        () => ({ firstSessionDate: day(-1), firstSessionTime: "10:00" }),
        /within the wave/,
      ],
      ["no time", () => ({ firstSessionDate: day(40), firstSessionTime: "" }), /Pick a start time/],
      [
        "a time that is not one",
        () => ({ firstSessionDate: day(40), firstSessionTime: "7pm" }),
        /not a time/,
      ],
    ])("%s → refused on the introduction card, nothing saved or sent", async (_, fields, why) => {
      const pair = ours();
      const before = await storedPair(pair);
      const sent = connector.sent.length;
      const card = await execute(lateMentee, { pairId: pair.id, ...fields() });
      const text = cardText(card);
      expect(text).toContain("Your proposal was not sent:");
      expect(text).toMatch(why);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(await storedPair(pair)).toEqual(before);
      expect(connector.sent.length).toBe(sent);
    });

    it.each([
      [
        "the id of another pair",
        () => ({ pairId: theirs().id, firstSessionDate: day(30), firstSessionTime: "09:00" }),
      ],
      ["garbage", () => "DROP TABLE pairs"],
      ["no pair id", () => ({ firstSessionDate: day(30), firstSessionTime: "09:00" })],
      ["a pair id of the wrong type", () => ({ pairId: { $ne: null }, firstSessionDate: day(30) })],
    ])("%s → refused as not their pair, nothing saved anywhere", async (_, data) => {
      const before = await Promise.all(pairs.map(storedPair));
      const sent = connector.sent.length;
      const card = await execute(lateMentee, data());
      expect(cardText(card)).toContain("This card is not about a pair you belong to");
      expect(await Promise.all(pairs.map(storedPair))).toEqual(before);
      expect(connector.sent.length).toBe(sent);
    });

    it("someone outside the pair with the pair's own card data → refused, nothing saved", async () => {
      const pair = ours();
      const outsider = person(theirs().mentorId);
      const before = await storedPair(pair);
      const card = await execute(outsider, {
        pairId: pair.id,
        firstSessionDate: day(50),
        firstSessionTime: "09:00",
      });
      expect(cardText(card)).toContain("This card is not about a pair you belong to");
      expect(await storedPair(pair)).toEqual(before);
    });
  });
});
