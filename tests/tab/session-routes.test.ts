/**
 * The sessions routes over HTTP against the real server (embedded Cosmos, demo wave moved to running, a pair
 * written through the store): the members propose, accept, link, reschedule, cancel and download the
 * invitation; anyone else (another pair, HR, another tenant's wave) is told the pair does not exist.
 */
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import {
  sessionRoutes,
  type MyPairView,
  type SessionChangeView,
  type SessionInvitationView,
  type SessionRefusal,
} from "../../tab/api/session-routes";
import { aPublishedPair } from "../support/notes-factories";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
let hrToken: string;
let sophieToken: string;
let lucasToken: string;
let noahToken: string;
let pairId: string;

const PAIRS = `/api/me/waves/${DEMO_WAVE_ID}/pairs`;
const sessionsPath = (pair: string) => `${PAIRS}/${encodeURIComponent(pair)}/sessions`;
const sessionPath = (session: string) => `${sessionsPath(pairId)}/${encodeURIComponent(session)}`;

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

beforeAll(async () => {
  tandem = await startTestTandem();
  [hrToken, sophieToken, lucasToken, noahToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, "demo-sophie.laurent"),
    devTokenFrom(tandem.url, "demo-lucas.martin"),
    devTokenFrom(tandem.url, "demo-noah.de.smet"),
  ]);
  const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("no demo wave");
  await tandem.repos.waves.save({ ...wave, state: "running" });
  const pair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-lucas.martin"), [
    await demo("demo-sophie.laurent"),
  ]);
  await tandem.repos.pairs.createIfAbsent(pair);
  pairId = pair.id;
  const other = aPublishedPair(DEMO_WAVE_ID, await demo("demo-noah.de.smet"), [
    await demo("demo-jan.peeters"),
  ]);
  await tandem.repos.pairs.createIfAbsent(other);
});
afterAll(async () => tandem?.stop());

const call = <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) =>
  apiCall<T>(tandem.url, method, path, token, body);

const WHEN = { date: "2027-01-14", time: "10:00", timeZone: "Europe/Paris" };

describe("session routes: the contract", () => {
  it("everySessionRoute_isSignedIn_atTheContractsPaths", () => {
    const table = sessionRoutes({ repos: {} as never, clock: { now: () => new Date() } });
    expect(table.every((r) => r.access === "signed-in")).toBe(true);
    expect(table.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/me/waves/:waveId/pairs",
      "POST /api/me/waves/:waveId/pairs/:pairId/sessions",
      "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/accept",
      "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/reschedule",
      "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/cancel",
      "PUT /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/link",
      "GET /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/invitation.ics",
    ]);
  });

  it("withoutAToken_theRoutesAre401", async () => {
    expect((await call("GET", PAIRS)).status).toBe(401);
    expect((await call("POST", sessionsPath(pairId), undefined, WHEN)).status).toBe(401);
  });
});

describe("session routes: a member's pair", () => {
  it("aMember_seesTheOtherMemberAndASixMonthPlanToBook", async () => {
    const res = await call<MyPairView[]>("GET", PAIRS, sophieToken);
    expect(res.status).toBe(200);
    const [mine] = res.body;
    expect(res.body).toHaveLength(1);
    expect(mine?.pairId).toBe(pairId);
    expect(mine?.others.map((o) => o.id)).toEqual(["demo-lucas.martin"]);
    expect(mine?.others[0]?.department).toEqual(expect.any(String));
    expect(mine?.plan).toHaveLength(6);
    expect(mine?.plan.every((e) => e.session === undefined)).toBe(true);
    expect(res.raw).not.toContain("@");
  });

  it("someoneWithoutAPair_getsNoPair_andHrHasNone", async () => {
    const theirs = await call<MyPairView[]>("GET", PAIRS, noahToken);
    expect(theirs.body.map((p) => p.pairId)).not.toContain(pairId);
    expect((await call("GET", PAIRS, hrToken)).status).toBe(404);
  });

  it("theFullFlow_proposeAcceptLinkRescheduleCancel_andTheInvitation", async () => {
    const proposed = await call<SessionChangeView>("POST", sessionsPath(pairId), sophieToken, WHEN);
    expect(proposed.status).toBe(201);
    expect(proposed.body.session).toMatchObject({ status: "proposed", start: "2027-01-14T09:00:00.000Z" });
    const id = proposed.body.session.id;

    const ownAccept = await call<SessionRefusal>("POST", `${sessionPath(id)}/accept`, sophieToken);
    expect(ownAccept.status).toBe(400);
    expect(ownAccept.body.problems).toEqual([{ field: "session", reason: "own-proposal" }]);

    const accepted = await call<SessionChangeView>("POST", `${sessionPath(id)}/accept`, lucasToken);
    expect(accepted.status).toBe(200);
    expect(accepted.body.session.status).toBe("scheduled");

    const url = "https://teams.microsoft.com/l/meetup-join/abc";
    const linked = await call<SessionChangeView>("PUT", `${sessionPath(id)}/link`, lucasToken, { url });
    expect(linked.body.session.meetingUrl).toBe(url);

    const invitation = await call<SessionInvitationView>(
      "GET",
      `${sessionPath(id)}/invitation.ics`,
      sophieToken,
    );
    expect(invitation.status).toBe(200);
    expect(invitation.body.filename).toMatch(/\.ics$/);
    expect(invitation.body.ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(invitation.body.ics).toContain("DTSTART:20270114T090000Z");
    expect(invitation.body.ics).toContain("STATUS:CONFIRMED");
    // No ?lang=: Sophie's first language (French); ?lang=nl: the tab's language wins.
    const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
    expect(unfold(invitation.body.ics)).toContain(
      `DESCRIPTION:Session de mentorat inversé n° 1. Lien Teams : ${url}`,
    );
    const dutch = await call<SessionInvitationView>(
      "GET",
      `${sessionPath(id)}/invitation.ics?lang=nl`,
      sophieToken,
    );
    expect(unfold(dutch.body.ics)).toMatch(/SUMMARY:Tandem — sessie 1 \(.+ & .+\)\r\n/);
    expect(unfold(dutch.body.ics)).toContain(`DESCRIPTION:Reverse-mentoringsessie 1. Teams-link: ${url}`);
    const unknown = await call<SessionInvitationView>(
      "GET",
      `${sessionPath(id)}/invitation.ics?lang=de`,
      sophieToken,
    );
    expect(unfold(unknown.body.ics)).toContain("DESCRIPTION:Session de mentorat inversé n° 1.");

    const moved = await call<SessionChangeView>("POST", `${sessionPath(id)}/reschedule`, sophieToken, {
      date: "2027-01-21",
      time: "14:30",
      timeZone: "Europe/Paris",
      reason: "Board meeting moved",
    });
    expect(moved.status).toBe(200);
    expect(moved.body.session).toMatchObject({
      start: "2027-01-21T13:30:00.000Z",
      lastReason: "Board meeting moved",
    });

    const noReason = await call<SessionRefusal>("POST", `${sessionPath(id)}/cancel`, lucasToken, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.problems).toEqual([{ field: "reason", reason: "missing" }]);

    const cancelled = await call<SessionChangeView>("POST", `${sessionPath(id)}/cancel`, lucasToken, {
      reason: "Sick",
    });
    expect(cancelled.body.session).toMatchObject({ status: "cancelled", lastReason: "Sick" });
    const cancelledIcs = await call<SessionInvitationView>(
      "GET",
      `${sessionPath(id)}/invitation.ics`,
      lucasToken,
    );
    expect(cancelledIcs.body.ics).toContain("STATUS:CANCELLED");

    const view = await call<MyPairView[]>("GET", PAIRS, lucasToken);
    expect(view.body[0]?.sessions.map((s) => s.status)).toEqual(["cancelled"]);
  });
});

describe("session routes: refusals", () => {
  it("aBadDate_is400WithTheProblem", async () => {
    const res = await call<SessionRefusal>("POST", sessionsPath(pairId), sophieToken, {
      ...WHEN,
      date: "14/01",
    });
    expect(res.status).toBe(400);
    expect(res.body.problems).toContainEqual({ field: "date", reason: "not-a-date" });
  });

  it("aDateOutsideTheWave_is400", async () => {
    const res = await call<SessionRefusal>("POST", sessionsPath(pairId), sophieToken, {
      ...WHEN,
      date: "2027-09-01",
    });
    expect(res.status).toBe(400);
    expect(res.body.problems).toContainEqual({ field: "date", reason: "outside-wave" });
  });

  it("aNonMemberOrHr_getsNotFound_onEveryRoute_andNothingChanges", async () => {
    const created = await call<SessionChangeView>("POST", sessionsPath(pairId), lucasToken, {
      ...WHEN,
      date: "2027-02-10",
    });
    expect(created.status).toBe(201);
    const id = created.body.session.id;
    for (const token of [noahToken, hrToken]) {
      expect((await call("POST", sessionsPath(pairId), token, WHEN)).status).toBe(404);
      expect((await call("POST", `${sessionPath(id)}/accept`, token)).status).toBe(404);
      expect((await call("POST", `${sessionPath(id)}/cancel`, token, { reason: "x" })).status).toBe(404);
      expect((await call("PUT", `${sessionPath(id)}/link`, token, { url: "https://x.example" })).status).toBe(
        404,
      );
      expect((await call("GET", `${sessionPath(id)}/invitation.ics`, token)).status).toBe(404);
    }
    const stored = await tandem.repos.sessions.get(DEMO_WAVE_ID, id);
    expect(stored?.value.status).toBe("proposed");
  });

  it("aSessionOfAnotherPair_throughTheCallersPairPath_isNotFound", async () => {
    const noahPair = (await call<MyPairView[]>("GET", PAIRS, noahToken)).body[0];
    if (noahPair === undefined) throw new Error("noah has a pair");
    const theirs = await call<SessionChangeView>("POST", sessionsPath(noahPair.pairId), noahToken, WHEN);
    expect(theirs.status).toBe(201);
    expect((await call("POST", `${sessionPath(theirs.body.session.id)}/accept`, sophieToken)).status).toBe(
      404,
    );
  });

  it("aWaveOfAnotherTenant_holdingTheCallersIds_isNotFound", async () => {
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    if (wave === undefined) throw new Error("no demo wave");
    await tandem.repos.waves.save({ ...wave, id: "wave-other-tenant", tenantId: "other-tenant" });
    const pair = {
      ...aPublishedPair("wave-other-tenant", await demo("demo-lucas.martin"), [
        await demo("demo-sophie.laurent"),
      ]),
      tenantId: "other-tenant",
    };
    await tandem.repos.pairs.createIfAbsent(pair);
    const base = `/api/me/waves/wave-other-tenant/pairs`;
    expect((await call("GET", base, sophieToken)).status).toBe(404);
    expect(
      (await call("POST", `${base}/${encodeURIComponent(pair.id)}/sessions`, sophieToken, WHEN)).status,
    ).toBe(404);
  });

  it("onceTheWaveIsOver_thePairStaysToRead_andNoSessionCanBeProposed", async () => {
    expect((await call<MyPairView[]>("GET", PAIRS, sophieToken)).body[0]?.active).toBe(true);
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    for (const state of ["closing", "closed"] as const) {
      await tandem.repos.waves.save({ ...wave!, state });
      const res = await call<MyPairView[]>("GET", PAIRS, sophieToken);
      expect(res.status).toBe(200);
      expect(res.body.map((p) => [p.pairId, p.active])).toEqual([[pairId, false]]);
      expect(res.body[0]?.sessions.length).toBeGreaterThan(0); // the history is still there
      const refused = await call<SessionRefusal>("POST", sessionsPath(pairId), sophieToken, WHEN);
      expect(refused.status).toBe(400);
      expect(refused.raw).toContain("not-running");
    }
    await tandem.repos.waves.save({ ...wave!, state: "running" });
  });
});
