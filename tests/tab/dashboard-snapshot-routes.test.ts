/**
 * HR's dashboard served from its stored snapshot, over HTTP against the real server (embedded Cosmos, a clock
 * the test moves): the first request computes and stores the figures, later ones serve the stored ones until
 * HR asks for a refresh, and the stored document holds figures only.
 */
import type { PublishedPair } from "../../core/matching/published-pair";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { loadConfig } from "../../server/config";
import { openDashboardSnapshotStore } from "../../store/dashboard-snapshot-store";
import type { WaveDashboard } from "../../tab/api/dashboard-api-contract";
import { apiCall, devTokenFrom } from "../support/api-client";
import { aDashboardWave, DASHBOARD_NOW, saveDashboardWave } from "../support/dashboard-factories";
import { aSession } from "../support/session-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const WAVE_ID = "wave-dash-snapshot";
let now = DASHBOARD_NOW;
let tandem: TestTandem;
let hrToken: string;
let participantToken: string;
let unheldPair: PublishedPair;

const dashboardOf = (token: string | undefined, query = "") =>
  apiCall<WaveDashboard>(tandem.url, "GET", `/api/hr/waves/${WAVE_ID}/dashboard${query}`, token);

const minutesLater = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

beforeAll(async () => {
  tandem = await startTestTandem({}, undefined, { clock: { now: () => now } });
  [hrToken, participantToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, "demo-sophie.laurent"),
  ]);
  const demo = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (demo === undefined) throw new Error("no demo wave");
  const f = aDashboardWave(WAVE_ID, demo.tenantId);
  await saveDashboardWave(tandem.repos, f);
  unheldPair = f.pairs[f.pairs.length - 1] as PublishedPair;
}, 60_000);

afterAll(async () => {
  await tandem.stop();
});

describe("GET /api/hr/waves/:waveId/dashboard from the stored snapshot", () => {
  it("firstCall_computesAndStoresTheSnapshot_andAnswersItsComputedAt", async () => {
    const store = await openDashboardSnapshotStore(tandem.cosmos.client, loadConfig({}).cosmos.databaseId);
    expect(await store.get(WAVE_ID)).toBeUndefined();

    const { status, body } = await dashboardOf(hrToken);

    expect(status).toBe(200);
    expect(body.computedAt).toBe(now.toISOString());
    const stored = await store.get(WAVE_ID);
    expect(stored?.computedAt).toBe(body.computedAt);
    expect(stored?.dashboard.heldSessions).toBe(body.heldSessions);
    expect(body.pairsAtRisk.length).toBeGreaterThan(0);
    expect(body.pairsAtRisk[0]?.mentor.displayName).toMatch(/^Mentor /);
  });

  it("storedSnapshot_holdsNoNamesEmailsOrEntraIds", async () => {
    const store = await openDashboardSnapshotStore(tandem.cosmos.client, loadConfig({}).cosmos.databaseId);
    const raw = JSON.stringify(await store.get(WAVE_ID));
    expect(raw).toContain('"heldSessions"');
    expect(raw).toContain('"pairsAtRisk":[{"pairId"');
    expect(raw).not.toContain("Mentor ");
    expect(raw).not.toContain("Mentee ");
    expect(raw).not.toContain("@contoso");
    expect(raw).not.toContain(`${WAVE_ID}-aad-`);
  });

  it("aLaterCall_servesTheStoredFigures_evenAfterANewSessionIsHeld", async () => {
    const first = await dashboardOf(hrToken);
    minutesLater(2);
    await tandem.repos.sessions.create(
      aSession(unheldPair, "2026-12-14T08:00:00.000Z", { sequence: 7, status: "held" }),
    );

    const second = await dashboardOf(hrToken);

    expect(second.status).toBe(200);
    expect(second.body.computedAt).toBe(first.body.computedAt);
    expect(second.body.heldSessions).toBe(first.body.heldSessions);
  });

  it("refresh_recomputes_andTheNewSessionCounts", async () => {
    const before = await dashboardOf(hrToken);

    const refreshed = await dashboardOf(hrToken, "?refresh=1");

    expect(refreshed.status).toBe(200);
    expect(refreshed.body.computedAt).toBe(now.toISOString());
    expect(refreshed.body.computedAt).not.toBe(before.body.computedAt);
    expect(refreshed.body.heldSessions).toBe(before.body.heldSessions + 1);
    const after = await dashboardOf(hrToken);
    expect(after.body.computedAt).toBe(refreshed.body.computedAt);
    expect(after.body.heldSessions).toBe(refreshed.body.heldSessions);
  });

  it("comparison_usesTheStoredSnapshotsOfBothWaves", async () => {
    const { status, body } = await apiCall<{ a: { waveId: string }; b: { waveId: string } }>(
      tandem.url,
      "GET",
      `/api/hr/dashboard/compare?a=${WAVE_ID}&b=${DEMO_WAVE_ID}`,
      hrToken,
    );
    expect(status).toBe(200);
    expect(body.a.waveId).toBe(WAVE_ID);
    const store = await openDashboardSnapshotStore(tandem.cosmos.client, loadConfig({}).cosmos.databaseId);
    expect(await store.get(DEMO_WAVE_ID)).toBeDefined();
  });

  it("refresh_byAParticipantOrWithoutAToken_isRefused", async () => {
    expect((await dashboardOf(participantToken, "?refresh=1")).status).toBe(403);
    expect((await dashboardOf(undefined, "?refresh=1")).status).toBe(401);
  });
});
