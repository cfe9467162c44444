/**
 * Mass assignment and data exposure. Every write route, called by someone allowed to use it with a body
 * of fields no caller may set (ids, wave, tenant, owner, role, pair, etag, erased, vetting…), refuses it
 * or ignores those fields: the protected fields of every stored document of the wave stay as they were.
 * Every JSON read has the set of its key paths snapshotted (not its values), and every download its
 * header line, so a new field in an answer shows up as a visible diff to review.
 */
import { loadConfig } from "../../server/config";
import { openHrChannelDirectory } from "../../store/hr-channel-store";
import { TENANT } from "../support/domain-factories";
import type { Caller, RoleSeed } from "./role-seed";
import { seedRoles, WAVE } from "./role-seed";
import { concretePath, rawCall, routeKey, startSecurityTandem, type SecurityTandem } from "./security-tandem";

/** Fields a caller may never set, with values an attacker would like to see stored. */
const FORBIDDEN = {
  id: "evil-id",
  waveId: "evil-wave",
  tenantId: "evil-tenant",
  participantId: "evil-participant",
  pairId: "evil-pair",
  sessionId: "evil-session",
  role: "mentor",
  owner: "evil-owner",
  ownerId: "evil-owner",
  mentorId: "evil-mentor",
  menteeIds: ["evil-mentee"],
  aadObjectId: "evil-oid",
  email: "evil@attacker.test",
  etag: "evil-etag",
  _etag: "evil-etag",
  erased: true,
  erasedAt: "2020-01-01T00:00:00.000Z",
  vetting: { status: "approved", by: "evil" },
  state: "closed",
  withdrawn: true,
  updatedBy: "evil",
  proposedBy: "evil",
  acceptedBy: "evil",
};

/** The stored fields that say whose, where and what a document is: no write from the tab may move them. */
const PROTECTED = [
  "id",
  "waveId",
  "tenantId",
  "participantId",
  "pairId",
  "sessionId",
  "role",
  "aadObjectId",
  "email",
  "mentorId",
  "menteeIds",
  "erased",
  "erasedAt",
  "vetting",
  "state",
  "withdrawnAt",
  "proposedBy",
  "acceptedBy",
] as const;

let sec: SecurityTandem;
let seed: RoleSeed;
beforeAll(async () => {
  sec = await startSecurityTandem();
  seed = await seedRoles(sec);
  // A candidate HR channel (the bot added to a team), so the shape of its listing shows a candidate's keys.
  const databaseId = loadConfig({ PORT: "0", TANDEM_DATA_DIR: sec.tandem.dataDir }).cosmos.databaseId;
  await (
    await openHrChannelDirectory(sec.tandem.cosmos.client, databaseId)
  ).addCandidate({
    tenantId: TENANT,
    teamId: "19:hr-team@thread.tacv2",
    teamName: "HR",
    conversationReference: {
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversation: { id: "19:hr-team@thread.tacv2", conversationType: "channel" },
    },
    addedAt: "2027-02-01T09:00:00.000Z",
  });
});
afterAll(async () => sec?.stop());

/** The protected fields of every document of the test wave, in a stable order. */
async function protectedState(): Promise<unknown[]> {
  const repos = sec.tandem.repos;
  const pick = (doc: object | undefined) =>
    doc === undefined
      ? undefined
      : Object.fromEntries(
          PROTECTED.filter((f) => f in doc).map((f) => [f, (doc as Record<string, unknown>)[f]]),
        );
  const byId = <T extends { id: string }>(docs: T[]) =>
    [...docs].sort((a, b) => a.id.localeCompare(b.id)).map(pick);
  const notes = await repos.notes.get(WAVE, seed.pair.session.id);
  return [
    pick(await repos.waves.get(WAVE)),
    byId(await repos.participants.listByWave(WAVE)),
    byId(await repos.pairs.listByWave(WAVE)),
    byId(await repos.sessions.listByWave(WAVE)),
    byId(await repos.checkIns.listByWave(WAVE)),
    pick(notes?.value),
    (await repos.waves.list()).map((w) => w.id).sort(),
  ];
}

const writeRoutes = () =>
  sec.tandem.routes.filter((r) => r.access !== "public" && r.method !== "GET" && r.path !== "/api/dev/token");
const callerFor = (access: string): Caller => (access === "hr" ? "hr" : "mentee");

describe("mass assignment: every write route", () => {
  it("aBodyOfForbiddenFieldsOnly_isRefusedOrChangesNoProtectedField", async () => {
    const before = await protectedState();
    const moved: string[] = [];
    for (const route of writeRoutes()) {
      const caller = callerFor(route.access);
      const path = concretePath(route.path, seed.params);
      const result = await rawCall(sec.tandem.url, route.method, path, seed.tokens[caller], FORBIDDEN);
      if (result.status >= 500) moved.push(`${routeKey(route)} → ${result.status}`);
      const after = await protectedState();
      if (JSON.stringify(after) !== JSON.stringify(before))
        moved.push(`${routeKey(route)} moved a protected field`);
    }
    expect(writeRoutes().length).toBeGreaterThan(25);
    expect(moved).toEqual([]);
  });
});

describe("mass assignment: valid writes carrying forbidden fields", () => {
  const call = (method: string, path: string, caller: Caller, body: unknown) =>
    rawCall(sec.tandem.url, method, path, seed.tokens[caller], body);

  it("notesSaved_withForbiddenFields_keepTheirSessionPairAndAuthor", async () => {
    const path = `/api/me/waves/${WAVE}/sessions/${encodeURIComponent(seed.pair.session.id)}/notes`;
    const current = (await call("GET", path, "mentor", undefined)).json as { revision: number };
    const before = await protectedState();
    const saved = await call("PUT", path, "mentor", {
      ...FORBIDDEN,
      revision: current.revision,
      text: "Agreed: try Copilot in Teams.",
      actionItems: [],
    });
    expect(saved.status).toBe(200);
    const stored = await sec.tandem.repos.notes.get(WAVE, seed.pair.session.id);
    expect(stored?.value).toMatchObject({
      text: "Agreed: try Copilot in Teams.",
      updatedBy: seed.pair.mentor.id,
    });
    expect(await protectedState()).toEqual(before);
  });

  it("aParticipantEditedByHr_withForbiddenFields_changesOnlyTheEditableField", async () => {
    const id = seed.params["participantId"] ?? "";
    const before = await protectedState();
    const edited = await call("PATCH", `/api/hr/waves/${WAVE}/participants/${id}`, "hr", {
      ...FORBIDDEN,
      department: "Security review",
    });
    expect([200, 400]).toContain(edited.status);
    if (edited.status === 200)
      expect((await sec.tandem.repos.participants.get(WAVE, id))?.department).toBe("Security review");
    expect(await protectedState()).toEqual(before);
  });

  it("theWaveRenamedByHr_withForbiddenFields_keepsItsIdTenantAndState", async () => {
    const before = await protectedState();
    const renamed = await call("PATCH", `/api/hr/waves/${WAVE}`, "hr", {
      ...FORBIDDEN,
      name: "Renamed wave",
    });
    expect([200, 400]).toContain(renamed.status);
    if (renamed.status === 200) expect((await sec.tandem.repos.waves.get(WAVE))?.name).toBe("Renamed wave");
    expect(await protectedState()).toEqual(before);
  });
});

/** The sorted key paths of a JSON value: arrays as [], keys that are ids (they contain a digit) as <id>. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => keyPaths(v, `${prefix}[]`)))];
  if (value !== null && typeof value === "object") {
    const paths = Object.entries(value).flatMap(([k, v]) => {
      const path = `${prefix}.${/\d/.test(k) ? "<id>" : k}`;
      return [path, ...keyPaths(v, path)];
    });
    return [...new Set(paths)];
  }
  return [];
}

describe("data exposure: the shape of every read", () => {
  it("everyGetAnswer_hasTheSnapshottedKeyPaths_orDownloadHeader", async () => {
    const shapes: Record<string, string[]> = {};
    const reads = sec.tandem.routes.filter((r) => r.access !== "public" && r.method === "GET");
    for (const route of reads) {
      const caller = callerFor(route.access);
      const query = route.path === "/api/hr/dashboard/compare" ? `?a=${WAVE}&b=${WAVE}` : "";
      const result = await rawCall(
        sec.tandem.url,
        "GET",
        concretePath(route.path, seed.params) + query,
        seed.tokens[caller],
      );
      shapes[`${routeKey(route)} as ${caller} → ${result.status}`] =
        result.json === undefined
          ? [`${result.contentType.split(";")[0]}: ${result.raw.split(/\r?\n/)[0]?.slice(0, 300) ?? ""}`]
          : keyPaths(result.json).sort();
    }
    expect(Object.keys(shapes)).toHaveLength(reads.length);
    expect(shapes).toMatchSnapshot();
  });
});
