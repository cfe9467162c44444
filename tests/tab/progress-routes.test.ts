/**
 * HR's progress route over HTTP against the real server (embedded Cosmos, demo wave set running, fixed
 * clock): HR sees the pairs with the stalled one flagged and the ratings as aggregates only; no check-in
 * comment or notes text ever reaches the response; fewer than 5 ratings are suppressed; participants are
 * refused.
 */
import type { Participant } from "../../core/participant";
import { checkInId, type CheckIn, type MentoringSession } from "../../core/sessions/session";
import type { PublishedPair } from "../../core/matching/published-pair";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { progressRoutes, type WaveProgress } from "../../tab/api/progress-routes";
import { aPublishedPair, aScheduledSession } from "../support/notes-factories";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const NOW = new Date("2027-03-20T12:00:00.000Z");
const PATH = `/api/hr/waves/${DEMO_WAVE_ID}/progress`;
const COMMENT = "Lucas keeps checking his phone; I am thinking of stopping.";
const NOTES_TEXT = "Board deck: rehearse the Copilot demo before the 14th.";

let tandem: TestTandem;
let hrToken: string;
let sophieToken: string;
let activePair: PublishedPair;
let stalledPair: PublishedPair;
let sessions: MentoringSession[];

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

function heldSession(pair: PublishedPair, sequence: number, start: string): MentoringSession {
  const scheduled = aScheduledSession(pair, sequence);
  return { ...scheduled, start, status: "held" };
}

function aRatedCheckIn(session: MentoringSession, participantId: string, rating: number): CheckIn {
  return {
    id: checkInId(session.id, participantId),
    waveId: session.waveId,
    pairId: session.pairId,
    sessionId: session.id,
    participantId,
    outcome: "held",
    rating,
    comment: COMMENT,
    at: "2027-03-12T08:00:00.000Z",
  };
}

const call = <T = Record<string, unknown>>(path: string, token?: string) =>
  apiCall<T>(tandem.url, "GET", path, token);

beforeAll(async () => {
  tandem = await startTestTandem({}, undefined, { clock: { now: () => NOW } });
  [hrToken, sophieToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, "demo-sophie.laurent"),
  ]);
  const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("no demo wave");
  await tandem.repos.waves.save({ ...wave, state: "running" });
  activePair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-lucas.martin"), [
    await demo("demo-sophie.laurent"),
  ]);
  stalledPair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-noah.de.smet"), [
    await demo("demo-jan.peeters"),
  ]);
  for (const pair of [activePair, stalledPair]) await tandem.repos.pairs.createIfAbsent(pair);
  sessions = [
    heldSession(activePair, 1, "2027-02-15T10:00:00.000Z"),
    heldSession(activePair, 2, "2027-03-10T10:00:00.000Z"),
    aScheduledSession(activePair, 3),
  ];
  for (const s of sessions) await tandem.repos.sessions.create(s);
  const [first, second] = sessions as [MentoringSession, MentoringSession];
  await tandem.repos.notes.create({
    id: `notes:${first.id}`,
    waveId: DEMO_WAVE_ID,
    pairId: activePair.id,
    sessionId: first.id,
    text: NOTES_TEXT,
    actionItems: [{ id: "a1", text: NOTES_TEXT, done: false }],
    revision: 1,
    updatedAt: "2027-02-15T12:00:00.000Z",
    updatedBy: activePair.mentorId,
  });
  for (const c of [
    aRatedCheckIn(first, activePair.mentorId, 4),
    aRatedCheckIn(first, "demo-sophie.laurent", 5),
    aRatedCheckIn(second, activePair.mentorId, 3),
    aRatedCheckIn(second, "demo-sophie.laurent", 5),
  ])
    await tandem.repos.checkIns.save(c);
});
afterAll(async () => tandem?.stop());

describe("progress route: the contract and who may call it", () => {
  it("theRoute_isForHrOnly_atTheContractsPath", () => {
    const table = progressRoutes({ repos: {} as never, clock: { now: () => NOW } });
    expect(table.map((r) => `${r.access} ${r.method} ${r.path}`)).toEqual([
      "hr GET /api/hr/waves/:waveId/progress",
    ]);
  });

  it("withoutAToken_is401_andForAParticipant_is403", async () => {
    expect((await call(PATH)).status).toBe(401);
    expect((await call(PATH, sophieToken)).status).toBe(403);
  });

  it("anUnknownWave_is404", async () => {
    expect((await call("/api/hr/waves/no-such-wave/progress", hrToken)).status).toBe(404);
  });
});

describe("progress route: what HR sees", () => {
  it("hr_seesThePairs_withTheStalledPairFlaggedAtRisk_andTheActivePairNot", async () => {
    const { status, body } = await call<WaveProgress>(PATH, hrToken);
    expect(status).toBe(200);
    expect(body.running).toBe(true);
    expect(body.atRiskCount).toBe(1);
    const [first, second] = body.pairs;
    expect(first).toMatchObject({ pairId: stalledPair.id, held: 0, atRisk: { daysWithoutSession: 47 } });
    expect(first?.mentor.displayName).toBe((await demo("demo-noah.de.smet")).displayName);
    expect(second).toMatchObject({
      pairId: activePair.id,
      held: 2,
      booked: 1,
      planned: 6,
      lastHeldAt: "2027-03-10T10:00:00.000Z",
    });
    expect(second?.atRisk).toBeUndefined();
  });

  it("fourRatings_areSuppressed_withoutCountOrMean", async () => {
    const { body, raw } = await call<WaveProgress>(PATH, hrToken);
    expect(body.ratings).toEqual({ suppressed: true });
    expect(body.bySession.every((s) => s.ratings.suppressed)).toBe(true);
    expect(raw).not.toMatch(/"mean"|"count"|"distribution"/);
  });

  it("theRawResponse_neverContainsACheckInCommentOrNotesText", async () => {
    const { raw } = await call(PATH, hrToken);
    expect(raw).not.toContain(COMMENT);
    expect(raw).not.toContain(NOTES_TEXT);
    expect(raw).not.toContain("comment");
  });

  it("aFifthRating_showsTheWavesCountMeanAndDistribution_stillWithoutComments", async () => {
    const third = heldSession(stalledPair, 1, "2027-01-10T10:00:00.000Z");
    await tandem.repos.checkIns.save(aRatedCheckIn(third, stalledPair.mentorId, 2));
    const { body, raw } = await call<WaveProgress>(PATH, hrToken);
    expect(body.ratings).toEqual({ suppressed: false, count: 5, mean: 3.8, distribution: [0, 1, 1, 1, 2] });
    expect(raw).not.toContain(COMMENT);
  });
});
