/**
 * Cross-tenant isolation of the HR programme routes. Two allowed tenants share one server and one Cosmos
 * account: tenant A runs a wave with pairs, sessions, shared notes, a check-in comment and a final assessment
 * (the role matrix's seed, under a wave name planted as a marker); tenant B runs its own wave and has its own
 * HR lead. Every HR route of the running server's table (none hand-listed: a new /api/hr route without a row
 * fails the suite) is called by B's HR lead with A's ids and a body that would be valid for A: each is refused
 * with 404, its answer names nothing of A's (wave name, people's names and emails, the planted markers), and
 * the store is the same document for document, ETag for ETag, before and after. The same requests from A's HR
 * lead are then accepted, so the 404s are the tenant check's and not a bad id or body's.
 *
 * Why 404 and never 403: the host's HR check (core/hr-access.ts) is by Entra object id or group only, with
 * no tenant in it, so B's HR lead passes it on every /api/hr route; the handler then loads the wave and
 * compares its tenant with the caller's, answering NOT_FOUND ("There is no such wave.") when they differ. A
 * 403 there would tell B that the id names a wave somewhere, so 404 is also the answer the code means to give.
 *
 * The participant side: a participant of B whose Entra object id is the same string as one of A's mentees
 * (object ids are per tenant, so nothing stops two tenants from holding the same one) reaches none of A's
 * wave, pair or session routes, and their own routes (data export, final assessment, erasure) neither show
 * nor change anything of A's.
 *
 * Wave ids: a wave's id is its name's slug and the creation millisecond, and creating one used to be an
 * upsert, so another tenant's HR lead creating a same-named wave in the same millisecond took over the first
 * wave (and so its participants). Creation is now create-if-absent (core/wave-admin.ts); the case is below.
 */
import type { CosmosClient } from "@azure/cosmos";
import { enrolParticipant } from "../../core/enrolment";
import type { Participant } from "../../core/participant";
import { WaveAdminService } from "../../core/wave-admin";
import type { HrChannelCandidate, HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import { loadConfig } from "../../server/config";
import { openHrChannelDirectory } from "../../store/hr-channel-store";
import { DEFAULT_THEMES } from "../../core/theme";
import { DEFAULT_RULES, type Wave } from "../../core/wave";
import { aParticipant, aWave, TENANT } from "../support/domain-factories";
import { VETTED } from "../support/matching-factories";
import { aPublishedPair, aScheduledSession } from "../support/notes-factories";
import { storeFingerprint } from "../support/store-fingerprint";
import { ASSESSMENT_MARKER, COMMENT_MARKER, NOTE_MARKER, seedRoles, WAVE, type RoleSeed } from "./role-seed";
import {
  concretePath,
  HR_LEAD_OID,
  OTHER_TENANT,
  rawCall,
  routeKey,
  startSecurityTandem,
  type RawResult,
  type SecurityTandem,
} from "./security-tandem";

const TENANT_A = TENANT;
const TENANT_B = OTHER_TENANT;
/** A's HR lead is the role seed's HR_LEAD_OID (signed in tenant A); B's has an object id of its own. */
const HR_B_OID = "hr-lead-oid-b-0002";
const WAVE_A_NAME = "ALPHA-WAVE-MARKER-5e2d Contoso confidential programme";
const WAVE_B = "wave-bravo";
const WAVE_B_NAME = "Bravo Fabrikam programme";
/** A team tenant A's bot was added to (a candidate HR channel), named with a marker; and one of B's. */
const TEAM_A = "19:alpha-hr-team@thread.tacv2";
const TEAM_A_NAME = "ALPHA-TEAM-MARKER-7c1f Contoso HR";
const TEAM_B = "19:bravo-hr-team@thread.tacv2";
const candidate = (tenantId: string, teamId: string, teamName: string): HrChannelCandidate => ({
  tenantId,
  teamId,
  teamName,
  conversationReference: {
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    conversation: { id: teamId, conversationType: "channel", tenantId },
    bot: { id: "28:tandem-bot" },
  },
  addedAt: "2027-02-01T09:00:00.000Z",
});

type Body = Readonly<Record<string, unknown>>;
type Query = Readonly<Record<string, string>>;

/** Tenant A's ids a request from B names (besides the path parameters). */
interface AIds {
  readonly menteeIds: readonly [string, string];
  readonly mentorId: string;
}

/** What one HR route does when B's HR lead calls it with A's ids. */
type HrRow =
  /** Refused with 404 (see the header for why never 403), nothing written. */
  | { readonly answer: 404; readonly body?: Body; readonly query?: Query }
  /** The route names no wave: it answers about B's own tenant, writes nothing. */
  | { readonly answer: "own-read" }
  /** Creates a wave in B's tenant, whatever ids of A's the body smuggles in. */
  | { readonly answer: "own-create"; readonly body: Body };

const refused = (body?: Body, query?: Query): HrRow => ({
  answer: 404,
  ...(body !== undefined ? { body } : {}),
  ...(query !== undefined ? { query } : {}),
});
const settings = (name: string): Body => ({
  name,
  startDate: "2027-09-01",
  endDate: "2028-03-31",
  cadence: "monthly",
  sessionMinutes: 60,
  reminderLeadDays: 3,
  defaultLanguage: "en",
  themes: DEFAULT_THEMES,
  rules: DEFAULT_RULES,
});

/** The expectation table: one row per /api/hr route of the running server (checked both ways below). */
const HR_ROWS: Readonly<Record<string, (a: AIds) => HrRow>> = {
  "GET /api/hr/access": () => ({ answer: "own-read" }),
  "GET /api/hr/waves": () => ({ answer: "own-read" }),
  "POST /api/hr/waves": () => ({
    answer: "own-create",
    body: { ...settings("Bravo second wave"), id: WAVE, waveId: WAVE, tenantId: TENANT_A },
  }),
  "GET /api/hr/waves/:waveId": () => refused(),
  "PATCH /api/hr/waves/:waveId": () => refused({ name: "Taken over by B" }),
  "POST /api/hr/waves/:waveId/transition": () => refused({ to: "closing" }),
  "GET /api/hr/waves/:waveId/participants": () => refused(),
  "POST /api/hr/waves/:waveId/participants": () =>
    refused({
      email: "intruder@fabrikam.example",
      displayName: "Intruder From B",
      role: "mentee",
      department: "Sales",
      site: "Lyon",
      languages: ["en"],
    }),
  "PATCH /api/hr/waves/:waveId/participants/:participantId": () => refused({ displayName: "Renamed by B" }),
  "POST /api/hr/waves/:waveId/participants/:participantId/withdraw": () => refused({}),
  "POST /api/hr/waves/:waveId/participants/:participantId/vetting": () => refused({ approval: "declined" }),
  "POST /api/hr/waves/:waveId/import/preview": () =>
    refused({ csv: "email,displayName,role\nintruder@fabrikam.example,Intruder From B,mentee\n" }),
  "POST /api/hr/waves/:waveId/import/commit": () =>
    refused({ csv: "email,displayName,role\nintruder@fabrikam.example,Intruder From B,mentee\n" }),
  "POST /api/hr/waves/:waveId/campaign": () =>
    refused({ deadline: "2027-12-31T23:59:59.000Z", reminderIntervalDays: 3 }),
  "GET /api/hr/waves/:waveId/campaign": () => refused(),
  "GET /api/hr/waves/:waveId/analytics/needs": () => refused(),
  "GET /api/hr/waves/:waveId/matching": () => refused(),
  "PUT /api/hr/waves/:waveId/matching/weights": () =>
    refused({ weights: { topics: 40, level: 20, language: 20, site: 10, mutualChoice: 10 } }),
  "POST /api/hr/waves/:waveId/matching/propose": () => refused({}),
  "POST /api/hr/waves/:waveId/matching/swap": (a) => refused({ menteeIds: [...a.menteeIds] }),
  "POST /api/hr/waves/:waveId/matching/assign": (a) =>
    refused({ menteeId: a.menteeIds[0], mentorId: a.mentorId }),
  "POST /api/hr/waves/:waveId/matching/remove": (a) => refused({ menteeId: a.menteeIds[0] }),
  "POST /api/hr/waves/:waveId/matching/lock": (a) => refused({ menteeId: a.menteeIds[0] }),
  "POST /api/hr/waves/:waveId/matching/unlock": (a) => refused({ menteeId: a.menteeIds[0] }),
  "POST /api/hr/waves/:waveId/matching/publish": () => refused({}),
  "GET /api/hr/waves/:waveId/progress": () => refused(),
  "GET /api/hr/waves/:waveId/dashboard": () => refused(undefined, { refresh: "1" }),
  "GET /api/hr/dashboard/compare": () => refused(undefined, { a: WAVE, b: WAVE }),
  "GET /api/hr/waves/:waveId/report.csv": () => refused(undefined, { separator: "semicolon" }),
  "GET /api/hr/waves/:waveId/audit": () => refused(),
  "GET /api/hr/waves/:waveId/pairs.csv": () => refused(),
  "GET /api/hr/waves/:waveId/assessments/summary": () => refused(),
  "GET /api/hr/hr-channel": () => ({ answer: "own-read" }),
  "PUT /api/hr/hr-channel": () => refused({ teamId: TEAM_A }),
};

/** What one participant route does for B's participant (same object id as A's mentee) given A's ids. */
type MeRow =
  /** Names A's wave: refused with 404 (not enrolled there), nothing written. */
  | { readonly answer: 404; readonly body?: Body }
  /** The caller's own data, no id in the path: answers with B's data only. */
  | { readonly answer: "own-read" }
  /** Writes the caller's own data (in B): A's documents stay as they were. */
  | { readonly answer: "own-write"; readonly body: Body };

const ME_ROWS: Readonly<Record<string, (a: AIds) => MeRow>> = {
  "GET /api/me": () => ({ answer: "own-read" }),
  "GET /api/me/data": () => ({ answer: "own-read" }),
  "GET /api/me/final-assessment": () => ({ answer: "own-read" }),
  "PUT /api/me/final-assessment": () => ({
    answer: "own-write",
    body: { themes: [], satisfaction: 5, wouldRecommend: true, comment: "fine" },
  }),
  "POST /api/me/erasure": () => ({ answer: "own-write", body: { confirm: "erase-my-data" } }),
  "GET /api/me/waves/:waveId/shortlist": () => ({ answer: 404 }),
  "PUT /api/me/waves/:waveId/shortlist": (a) => ({ answer: 404, body: { choices: [a.mentorId] } }),
  "GET /api/me/waves/:waveId/pairs": () => ({ answer: 404 }),
  "GET /api/me/waves/:waveId/sessions/:sessionId/notes": () => ({ answer: 404 }),
  "PUT /api/me/waves/:waveId/sessions/:sessionId/notes": (a) => ({
    answer: 404,
    body: {
      revision: 1,
      text: "overwritten from tenant B",
      actionItems: [{ id: "a1", text: "kept", owner: a.mentorId }],
    },
  }),
  "POST /api/me/waves/:waveId/sessions/:sessionId/notes/action-items/:itemId": () => ({
    answer: 404,
    body: { done: true },
  }),
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions": () => ({
    answer: 404,
    body: { start: "2027-04-01T10:00:00.000Z", durationMinutes: 60, timeZone: "Europe/Paris" },
  }),
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/accept": () => ({ answer: 404, body: {} }),
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/reschedule": () => ({
    answer: 404,
    body: { start: "2027-04-02T10:00:00.000Z", reason: "moved from tenant B" },
  }),
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/cancel": () => ({
    answer: 404,
    body: { reason: "cancelled from tenant B" },
  }),
  "PUT /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/link": () => ({
    answer: 404,
    body: { url: "https://teams.microsoft.com/l/meetup-join/from-tenant-b" },
  }),
  "GET /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/invitation.ics": () => ({ answer: 404 }),
};

let sec: SecurityTandem;
let seed: RoleSeed;
let aIds: AIds;
/** Path parameters naming A's wave, pair, session, participant and action item. */
let aParams: Readonly<Record<string, string>>;
/** Strings that identify tenant A's programme: none may appear in an answer to tenant B. */
let aStrings: readonly string[];
let bParticipant: Participant;
let channels: HrChannelDirectory;
let tokens: {
  readonly hrA: string;
  readonly hrB: string;
  readonly menteeA: string;
  readonly participantB: string;
};

beforeAll(async () => {
  sec = await startSecurityTandem({
    AAD_ALLOWED_TENANTS: `${TENANT_A},${TENANT_B}`,
    HR_ADMIN_OBJECT_IDS: `${HR_LEAD_OID},${HR_B_OID}`,
    // No background run (reminders, dashboard snapshots) during the suite: the store changes only by requests.
    TANDEM_PROACTIVE_INTERVAL_MS: "3600000",
  });
  const repos = sec.tandem.repos;
  // Tenant A: the role matrix's running wave, named with a marker (seedRoles keeps a wave already there).
  await repos.waves.save(aWave({ id: WAVE, tenantId: TENANT_A, state: "running", name: WAVE_A_NAME }));
  seed = await seedRoles(sec);
  const menteeA = seed.mentee;
  const otherMentee = seed.otherPair.mentees[0];
  if (menteeA.aadObjectId === undefined || otherMentee === undefined) throw new Error("seed incomplete");
  aIds = { menteeIds: [menteeA.id, otherMentee.id], mentorId: seed.pair.mentor.id };
  aParams = seed.params;
  const peopleOfA = await repos.participants.listByWave(WAVE);
  aStrings = [
    WAVE_A_NAME,
    NOTE_MARKER.slice(0, 18),
    COMMENT_MARKER.slice(0, 18),
    ASSESSMENT_MARKER.slice(0, 18),
    ...peopleOfA.flatMap((p) => [p.displayName, p.email]),
    TEAM_A_NAME,
  ];
  // Each tenant's bot was added to a team by someone not listed as HR: a candidate HR channel each.
  const databaseId = loadConfig({ PORT: "0", TANDEM_DATA_DIR: sec.tandem.dataDir }).cosmos.databaseId;
  channels = await openHrChannelDirectory(sec.tandem.cosmos.client, databaseId);
  await channels.addCandidate(candidate(TENANT_A, TEAM_A, TEAM_A_NAME));
  await channels.addCandidate(candidate(TENANT_B, TEAM_B, "Bravo HR"));

  // Tenant B: its own running wave, a pair and a session; its mentee has A's mentee's object id.
  await repos.waves.save(aWave({ id: WAVE_B, tenantId: TENANT_B, state: "running", name: WAVE_B_NAME }));
  const bMentor = aParticipant({
    waveId: WAVE_B,
    tenantId: TENANT_B,
    role: "mentor",
    vetting: VETTED,
    displayName: "Bruno Fabrikam",
    email: "bruno@fabrikam.example",
  });
  bParticipant = aParticipant({
    waveId: WAVE_B,
    tenantId: TENANT_B,
    role: "mentee",
    displayName: "Bea Fabrikam",
    email: "bea@fabrikam.example",
    aadObjectId: menteeA.aadObjectId,
  });
  const now = new Date("2027-02-01T09:00:00.000Z");
  for (const p of [bMentor, bParticipant]) await enrolParticipant(repos, p, now);
  const bPair = aPublishedPair(WAVE_B, bMentor, [bParticipant]);
  await repos.pairs.createIfAbsent(bPair);
  await repos.sessions.create(aScheduledSession(bPair));

  tokens = {
    hrA: seed.tokens.hr,
    hrB: await sec.sign({ tid: TENANT_B, oid: HR_B_OID }),
    menteeA: seed.tokens.mentee,
    participantB: await sec.sign({ tid: TENANT_B, oid: menteeA.aadObjectId }),
  };
}, 60_000);
afterAll(async () => sec?.stop());

const hrRoutes = () => sec.tandem.routes.filter((r) => r.path.startsWith("/api/hr"));
const meRoutes = () => sec.tandem.routes.filter((r) => r.path === "/api/me" || r.path.startsWith("/api/me/"));

function withQuery(path: string, query?: Query): string {
  return query === undefined ? path : `${path}?${new URLSearchParams(query).toString()}`;
}

/** The identifying strings of A's that an answer contains. */
const aStringsIn = (result: RawResult): string[] => aStrings.filter((s) => result.raw.includes(s));

/** The fingerprint entries of the documents whose JSON names tenant A or its wave: A's part of the store. */
function tenantAFingerprint(client: CosmosClient): Promise<string[]> {
  return storeFingerprint(client, (json) => json.includes(TENANT_A) || json.includes(`"${WAVE}"`));
}

/** Entries in one fingerprint and not the other, both ways (empty when the store did not change). */
function storeDiff(before: readonly string[], after: readonly string[]): string[] {
  const a = new Set(after);
  const b = new Set(before);
  return [
    ...before.filter((e) => !a.has(e)).map((e) => `- ${e}`),
    ...after.filter((e) => !b.has(e)).map((e) => `+ ${e}`),
  ];
}

describe("HR cross-tenant: the tables", () => {
  it("everyHrRouteOfTheServer_hasARow_andEveryRowIsAnHrRoute", () => {
    const routes = hrRoutes().map(routeKey).sort();
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(HR_ROWS).sort()).toEqual(routes);
  });

  it("everyHrRoute_isMountedAndGuardedByTheHost_andNoOtherMountedRouteIsUnderApiHr", () => {
    expect(hrRoutes().filter((r) => r.access !== "hr")).toEqual([]);
    const mounted = sec.tandem.mountedRoutes
      .filter((r) => r.path.startsWith("/api/hr"))
      .map(routeKey)
      .sort();
    expect(mounted).toEqual(hrRoutes().map(routeKey).sort());
  });

  it("everyParticipantRouteOfTheServer_hasARow_andEveryRowIsOne", () => {
    expect(Object.keys(ME_ROWS).sort()).toEqual(meRoutes().map(routeKey).sort());
  });

  it("theSeedIsWhatTheChecksNeed_twoTenantsTwoHrLeadsAndOneObjectIdInBoth", async () => {
    expect((await sec.tandem.repos.waves.get(WAVE))?.tenantId).toBe(TENANT_A);
    expect((await sec.tandem.repos.waves.get(WAVE_B))?.tenantId).toBe(TENANT_B);
    expect(bParticipant.aadObjectId).toBe(seed.mentee.aadObjectId);
    // Three pairs of two (the role seed) with a name and an email each, the wave name and four markers.
    expect(aStrings.length).toBe(5 + 3 * 2 * 2);
    expect((await channels.listCandidates(TENANT_A)).map((c) => c.teamId)).toEqual([TEAM_A]);
    for (const token of [tokens.hrA, tokens.hrB]) {
      const access = await rawCall(sec.tandem.url, "GET", "/api/hr/access", token);
      expect(access.status).toBe(200);
    }
  });
});

describe("HR cross-tenant: B's HR lead with A's ids", () => {
  it("everyHrRouteNamingAsWave_answers404_showsNothingOfA_andWritesNothing", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const route of hrRoutes()) {
      const key = routeKey(route);
      const row = HR_ROWS[key]?.(aIds);
      if (row?.answer !== 404) continue; // no row: reported by the table test; other rows: below
      const path = withQuery(concretePath(route.path, aParams), row.query);
      const before = await storeFingerprint(sec.tandem.cosmos.client);
      const result = await rawCall(sec.tandem.url, route.method, path, tokens.hrB, row.body);
      const after = await storeFingerprint(sec.tandem.cosmos.client);
      checked++;
      if (result.status !== 404) problems.push(`${key}: expected 404, got ${result.status} ${result.raw}`);
      const shown = aStringsIn(result);
      if (shown.length > 0) problems.push(`${key}: the answer shows ${shown.join(", ")}`);
      const written = storeDiff(before, after);
      if (written.length > 0) problems.push(`${key}: the store changed ${written.join(" ")}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(Object.values(HR_ROWS).filter((row) => row(aIds).answer === 404).length);
  });

  it("theRoutesNamingNoWave_answerAboutBsOwnTenant_andShowNothingOfA", async () => {
    const before = await storeFingerprint(sec.tandem.cosmos.client);
    const access = await rawCall(sec.tandem.url, "GET", "/api/hr/access", tokens.hrB);
    const list = await rawCall(sec.tandem.url, "GET", "/api/hr/waves", tokens.hrB);
    expect(storeDiff(before, await storeFingerprint(sec.tandem.cosmos.client))).toEqual([]);
    expect(access.status).toBe(200);
    expect(aStringsIn(access)).toEqual([]);
    expect(list.status).toBe(200);
    expect(aStringsIn(list)).toEqual([]);
    const ids = (list.json as { waves: Array<{ id: string; name: string }> }).waves.map((w) => w.id);
    expect(ids).toContain(WAVE_B);
    expect(ids).not.toContain(WAVE);
  });

  it("theHrChannelCandidatesOfA_areNeitherListedNorRegistrableByB_andAsOwnAreListedForA", async () => {
    const before = await storeFingerprint(sec.tandem.cosmos.client);
    const listedToB = await rawCall(sec.tandem.url, "GET", "/api/hr/hr-channel", tokens.hrB);
    const registeredByB = await rawCall(sec.tandem.url, "PUT", "/api/hr/hr-channel", tokens.hrB, {
      teamId: TEAM_A,
    });
    expect(storeDiff(before, await storeFingerprint(sec.tandem.cosmos.client))).toEqual([]);
    expect(listedToB.status).toBe(200);
    expect(listedToB.json).toEqual({
      channel: null,
      candidates: [{ teamId: TEAM_B, teamName: "Bravo HR", addedAt: "2027-02-01T09:00:00.000Z" }],
    });
    expect(aStringsIn(listedToB)).toEqual([]);
    expect(listedToB.raw).not.toContain(TEAM_A);
    expect(registeredByB.status).toBe(404);
    expect(registeredByB.raw).not.toContain(TEAM_A);
    expect(await channels.get(TENANT_A)).toBeUndefined();
    expect(await channels.get(TENANT_B)).toBeUndefined();
    // The control: A's HR lead is shown A's candidate (so the list above was filtered, not empty).
    const listedToA = await rawCall(sec.tandem.url, "GET", "/api/hr/hr-channel", tokens.hrA);
    expect(listedToA.raw).toContain(TEAM_A_NAME);
    expect(listedToA.raw).not.toContain(TEAM_B);
  });

  it("aListingByAsHrLead_showsAsWave_andNotBs_soTheListingIsFilteredByTenantBothWays", async () => {
    const list = await rawCall(sec.tandem.url, "GET", "/api/hr/waves", tokens.hrA);
    expect(list.status).toBe(200);
    const waves = (list.json as { waves: Array<{ id: string; name: string }> }).waves;
    expect(waves.map((w) => w.id)).toContain(WAVE);
    expect(waves.map((w) => w.id)).not.toContain(WAVE_B);
    expect(list.raw).toContain(WAVE_A_NAME);
    expect(list.raw).not.toContain(WAVE_B_NAME);
  });

  it("exportsDashboardsAndAudit_ofAsWave_areRefusedToB_alsoWhenComparedWithBsOwnWave", async () => {
    const calls: Array<[string, Query | undefined]> = [
      [`/api/hr/waves/${WAVE}/report.csv`, undefined],
      [`/api/hr/waves/${WAVE}/report.csv`, { separator: "comma" }],
      [`/api/hr/waves/${WAVE}/pairs.csv`, { separator: "semicolon" }],
      [`/api/hr/waves/${WAVE}/dashboard`, undefined],
      [`/api/hr/waves/${WAVE}/audit`, undefined],
      ["/api/hr/dashboard/compare", { a: WAVE_B, b: WAVE }],
      ["/api/hr/dashboard/compare", { a: WAVE, b: WAVE_B }],
    ];
    for (const [path, query] of calls) {
      const result = await rawCall(sec.tandem.url, "GET", withQuery(path, query), tokens.hrB);
      expect({ path, query, status: result.status, shown: aStringsIn(result) }).toEqual({
        path,
        query,
        status: 404,
        shown: [],
      });
      expect(result.contentType).not.toContain("csv");
    }
  });

  it("bsOwnWaveWithAsParticipantIds_answers404_showsNothingOfA_andWritesNothing", async () => {
    const personRoutes = hrRoutes().filter((r) => r.path.includes(":participantId"));
    expect(personRoutes.length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    for (const route of personRoutes) {
      const row = HR_ROWS[routeKey(route)]?.(aIds);
      const path = concretePath(route.path, { ...aParams, waveId: WAVE_B });
      const before = await storeFingerprint(sec.tandem.cosmos.client);
      const result = await rawCall(
        sec.tandem.url,
        route.method,
        path,
        tokens.hrB,
        row?.answer === 404 ? row.body : {},
      );
      const written = storeDiff(before, await storeFingerprint(sec.tandem.cosmos.client));
      if (result.status !== 404) problems.push(`${routeKey(route)}: expected 404, got ${result.status}`);
      if (aStringsIn(result).length > 0)
        problems.push(`${routeKey(route)}: shows ${aStringsIn(result).join(", ")}`);
      if (written.length > 0) problems.push(`${routeKey(route)}: the store changed ${written.join(" ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("creatingAWave_withAsIdsInTheBody_createsItInBsTenant_andLeavesAsDocumentsAsTheyWere", async () => {
    const row = HR_ROWS["POST /api/hr/waves"]?.(aIds);
    if (row?.answer !== "own-create") throw new Error("POST /api/hr/waves creates in the caller's tenant");
    const waveA: Wave | undefined = await sec.tandem.repos.waves.get(WAVE);
    const sliceBefore = await tenantAFingerprint(sec.tandem.cosmos.client);
    const created = await rawCall(sec.tandem.url, "POST", "/api/hr/waves", tokens.hrB, row.body);
    expect(created.status).toBe(201);
    expect(aStringsIn(created)).toEqual([]);
    const id = (created.json as { id: string }).id;
    expect(id).not.toBe(WAVE);
    expect((await sec.tandem.repos.waves.get(id))?.tenantId).toBe(TENANT_B);
    expect(await sec.tandem.repos.waves.get(WAVE)).toEqual(waveA);
    expect(storeDiff(sliceBefore, await tenantAFingerprint(sec.tandem.cosmos.client))).toEqual([]);
  });
});

describe("HR cross-tenant: wave ids", () => {
  it("twoTenantsCreatingSameNamedWavesInTheSameMillisecond_neitherOverwritesTheOthersWave", async () => {
    // A wave's id is its name's slug and the creation instant: two HR leads of different tenants creating
    // "the same" wave within one millisecond (the clock fixed here makes that certain) got one id.
    const instant = { now: () => new Date("2027-09-01T08:00:00.000Z") };
    const admin = new WaveAdminService(sec.tandem.repos, instant);
    const ofA = await admin.create(TENANT_A, settings("Autumn programme"));
    const ofB = await admin.create(TENANT_B, settings("Autumn programme"));
    expect(ofB.wave.id).not.toBe(ofA.wave.id);
    expect((await sec.tandem.repos.waves.get(ofA.wave.id))?.tenantId).toBe(TENANT_A);
    expect((await sec.tandem.repos.waves.get(ofB.wave.id))?.tenantId).toBe(TENANT_B);
  });
});

describe("HR cross-tenant: B's participant with A's mentee's object id", () => {
  it("everyParticipantRouteNamingAsWave_answers404_showsNothingOfA_andWritesNothing", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const route of meRoutes()) {
      const key = routeKey(route);
      const row = ME_ROWS[key]?.(aIds);
      if (row?.answer !== 404) continue;
      const path = concretePath(route.path, aParams);
      const before = await storeFingerprint(sec.tandem.cosmos.client);
      const result = await rawCall(sec.tandem.url, route.method, path, tokens.participantB, row.body);
      const written = storeDiff(before, await storeFingerprint(sec.tandem.cosmos.client));
      checked++;
      if (result.status !== 404) problems.push(`${key}: expected 404, got ${result.status} ${result.raw}`);
      if (aStringsIn(result).length > 0) problems.push(`${key}: shows ${aStringsIn(result).join(", ")}`);
      if (written.length > 0) problems.push(`${key}: the store changed ${written.join(" ")}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("theSameObjectIdSignedInTenantA_reachesAsPairs_soOnlyTheTenantClaimMadeTheDifference", async () => {
    const pairs = await rawCall(sec.tandem.url, "GET", `/api/me/waves/${WAVE}/pairs`, tokens.menteeA);
    expect(pairs.status).toBe(200);
    expect(pairs.raw).toContain(seed.pair.mentor.displayName);
  });

  it("theirOwnRoutes_showBsDataOnly_andTheirWritesAndErasureLeaveAsDocumentsAsTheyWere", async () => {
    const order = { "own-read": 0, "own-write": 1, 404: 2 } as const;
    const own = meRoutes()
      .map((route) => ({ route, row: ME_ROWS[routeKey(route)]?.(aIds) }))
      .filter((c) => c.row !== undefined && c.row.answer !== 404)
      // Reads first, then writes, the erasure (which removes B's participant) last.
      .sort(
        (x, y) =>
          order[x.row?.answer ?? 404] - order[y.row?.answer ?? 404] ||
          Number(x.route.path.endsWith("/erasure")) - Number(y.route.path.endsWith("/erasure")),
      );
    expect(own.length).toBeGreaterThanOrEqual(4);
    const sliceBefore = await tenantAFingerprint(sec.tandem.cosmos.client);
    const problems: string[] = [];
    let erased = false;
    for (const { route, row } of own) {
      const body = row?.answer === "own-write" ? row.body : undefined;
      const result = await rawCall(sec.tandem.url, route.method, route.path, tokens.participantB, body);
      if (result.status >= 500) problems.push(`${routeKey(route)}: ${result.status}`);
      if (aStringsIn(result).length > 0)
        problems.push(`${routeKey(route)}: shows ${aStringsIn(result).join(", ")}`);
      if (route.path === "/api/me/data") {
        // The export is the caller's own: B's wave and name, so the object id was resolved in tenant B.
        expect(result.status).toBe(200);
        expect(result.raw).toContain(WAVE_B);
        expect(result.raw).toContain(bParticipant.email);
      }
      if (route.path === "/api/me/erasure") erased = result.status >= 200 && result.status < 300;
    }
    expect(problems).toEqual([]);
    expect(erased).toBe(true);
    expect(storeDiff(sliceBefore, await tenantAFingerprint(sec.tandem.cosmos.client))).toEqual([]);
    // B's participant was erased, A's mentee with the same object id still reads their own notes.
    expect((await sec.tandem.repos.participants.get(WAVE_B, bParticipant.id))?.email).not.toBe(
      bParticipant.email,
    );
    const notes = `/api/me/waves/${WAVE}/sessions/${encodeURIComponent(seed.pair.session.id)}/notes`;
    expect((await rawCall(sec.tandem.url, "GET", notes, tokens.menteeA)).raw).toContain(NOTE_MARKER);
  });
});

// Last: these calls change A's wave (they are A's HR lead's to make).
describe("HR cross-tenant: the controls, A's HR lead and A's mentee with the same requests", () => {
  it("theLeakCheckCanFail_AsOwnAnswersCarryAsIdentifyingStrings", async () => {
    const people = await rawCall(sec.tandem.url, "GET", `/api/hr/waves/${WAVE}/participants`, tokens.hrA);
    expect(people.status).toBe(200);
    const namesAndEmails = aStrings.filter((s) => s !== WAVE_A_NAME && !s.includes("MARKER"));
    expect(aStringsIn(people)).toEqual(namesAndEmails);
    const detail = await rawCall(sec.tandem.url, "GET", `/api/hr/waves/${WAVE}`, tokens.hrA);
    expect(aStringsIn(detail)).toEqual([WAVE_A_NAME]);
    const pairs = await rawCall(sec.tandem.url, "GET", `/api/hr/waves/${WAVE}/pairs.csv`, tokens.hrA);
    expect(pairs.contentType).toContain("csv");
    expect(pairs.raw).toContain(seed.pair.mentor.displayName);
  });

  it("everyRequestRefusedToB_reachesTheHandlerForA_soThe404sWereTheTenantChecks", async () => {
    const refusedToA: string[] = [];
    for (const route of hrRoutes()) {
      const row = HR_ROWS[routeKey(route)]?.(aIds);
      if (row?.answer !== 404) continue;
      const path = withQuery(concretePath(route.path, aParams), row.query);
      const result = await rawCall(sec.tandem.url, route.method, path, tokens.hrA, row.body);
      if (result.status === 403 || result.status === 404 || result.status >= 500)
        refusedToA.push(`${routeKey(route)}: ${result.status} ${result.raw}`);
    }
    expect(refusedToA).toEqual([]);
  });

  it("everyParticipantRequestRefusedToB_reachesTheHandlerForAsMentee_withTheSameObjectId", async () => {
    const refusedToA: string[] = [];
    for (const route of meRoutes()) {
      const row = ME_ROWS[routeKey(route)]?.(aIds);
      if (row?.answer !== 404) continue;
      const path = concretePath(route.path, aParams);
      const result = await rawCall(sec.tandem.url, route.method, path, tokens.menteeA, row.body);
      if (result.status === 403 || result.status === 404 || result.status >= 500)
        refusedToA.push(`${routeKey(route)}: ${result.status} ${result.raw}`);
    }
    expect(refusedToA).toEqual([]);
  });
});
