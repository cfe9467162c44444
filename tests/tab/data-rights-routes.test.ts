/**
 * Data rights and the audit log over HTTP against the real server (embedded Cosmos, demo wave, fixed clock):
 * a participant downloads their own data and erases it; ids come only from the token, so nobody reaches
 * anyone else's data; HR reads the audit log (imports, publishing, erasures recorded) and nobody else can.
 */
import type { AuditLogView } from "../../tab/api/audit-routes";
import type { PersonalDataExport } from "../../core/data-rights/personal-data-export";
import { participantIdFor } from "../../core/participant-identity";
import { DEMO_TENANT_ID } from "../../server/config";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { openDeliveryLog } from "../../store/cosmos-store";
import { aParticipant, aWave } from "../support/domain-factories";
import {
  AT,
  OTHERS_TEXT,
  PERSON_TEXT,
  seedErasureScenario,
  type ErasureScenario,
} from "../support/erasure-scenario";
import { VETTED } from "../support/matching-factories";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const WAVE = "wave-rights";
const guid = (n: number) => `7c9e6679-7425-40de-944b-e07fc1f90a${String(n).padStart(2, "0")}`;

let tandem: TestTandem;
let scenario: ErasureScenario;
let hrToken: string;
let personToken: string;
let mentorToken: string;
let auditWave: string;

const person = aParticipant({
  id: "p-rights-person",
  waveId: WAVE,
  tenantId: DEMO_TENANT_ID,
  aadObjectId: guid(1),
  email: "ingrid.vandermeulen@contoso.example",
  displayName: "Ingrid Vandermeulen",
  managerEmail: "boss.of.ingrid@contoso.example",
});

async function download(
  token?: string,
  query = "",
): Promise<{ status: number; disposition: string | null; raw: string }> {
  const response = await fetch(`${tandem.url}/api/me/data${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    disposition: response.headers.get("content-disposition"),
    raw: await response.text(),
  };
}

beforeAll(async () => {
  tandem = await startTestTandem({}, undefined, { clock: { now: () => AT } });
  await tandem.repos.waves.save(aWave({ id: WAVE, tenantId: DEMO_TENANT_ID, state: "running" }));
  const inWave = { waveId: WAVE, tenantId: DEMO_TENANT_ID };
  scenario = await seedErasureScenario(tandem.repos, await openDeliveryLog(tandem.cosmos.client, "tandem"), {
    person,
    mentor: aParticipant({
      ...inWave,
      id: "p-rights-mentor",
      aadObjectId: guid(2),
      role: "mentor",
      vetting: VETTED,
      displayName: "Mads Mentor",
    }),
    otherMentee: aParticipant({
      ...inWave,
      id: "p-rights-other",
      aadObjectId: guid(3),
      displayName: "Odile Other",
    }),
    otherMentor: aParticipant({
      ...inWave,
      id: "p-rights-other-mentor",
      aadObjectId: guid(4),
      role: "mentor",
      vetting: VETTED,
    }),
  });
  [hrToken, personToken, mentorToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, person.id),
    devTokenFrom(tandem.url, scenario.mentor.id),
  ]);
});
afterAll(async () => tandem.stop());

describe("downloading my data", () => {
  it("refuses a caller without a token", async () => {
    expect((await download()).status).toBe(401);
  });

  it("gives the caller a JSON attachment of their own data and nothing of the other pair", async () => {
    const { status, disposition, raw } = await download(personToken);
    expect(status).toBe(200);
    expect(disposition).toMatch(/^attachment; filename="tandem-my-data-2027-03-20\.json"$/);
    const data = JSON.parse(raw) as PersonalDataExport;
    expect(data.identity.aadObjectId).toBe(person.aadObjectId);
    expect(raw).toContain(PERSON_TEXT.goal);
    expect(raw).toContain(PERSON_TEXT.notes);
    expect(raw).not.toContain(OTHERS_TEXT.otherNotes);
    expect(raw).not.toContain(OTHERS_TEXT.mentorComment);
  });

  it("follows the token, not the query: the partner asking for the person's id gets only their own data", async () => {
    const { status, raw } = await download(
      mentorToken,
      `?participantId=${person.id}&aadObjectId=${person.aadObjectId}`,
    );
    expect(status).toBe(200);
    expect((JSON.parse(raw) as PersonalDataExport).identity.aadObjectId).toBe(scenario.mentor.aadObjectId);
    expect(raw).toContain(OTHERS_TEXT.mentorComment);
    for (const privateText of [PERSON_TEXT.goal, PERSON_TEXT.checkInComment, PERSON_TEXT.assessmentComment])
      expect(raw).not.toContain(privateText);
    expect(raw).not.toContain(person.email);
  });
});

describe("HR's audit log", () => {
  const AUDIT = `/api/hr/waves/${DEMO_WAVE_ID}/audit`;

  it("refuses callers without a token (401) and participants (403)", async () => {
    expect((await apiCall(tandem.url, "GET", AUDIT)).status).toBe(401);
    expect((await apiCall(tandem.url, "GET", AUDIT, personToken)).status).toBe(403);
  });

  it("records the wave's creation and an import, with counts only", async () => {
    const created = await apiCall<{ id: string }>(tandem.url, "POST", "/api/hr/waves", hrToken, {
      name: "Audit wave",
      startDate: "2027-09-01",
      endDate: "2028-02-28",
      cadence: "monthly",
      sessionMinutes: 90,
      reminderLeadDays: 3,
      defaultLanguage: "fr",
      themes: [{ id: "cloud", labels: { fr: "Cloud", en: "Cloud", nl: "Cloud" } }],
      rules: { forbidReportingLine: true, forbidSameDepartment: false, maxMenteesPerMentor: 1 },
    });
    expect(created.status).toBe(201);
    auditWave = created.body.id;
    const csv = [
      "email,name,role,department,site,languages",
      "quentin.auditable@contoso.example,Quentin Auditable,mentee,Finance,Paris,fr",
      "rita.reviewer@contoso.example,Rita Reviewer,mentor,Data,Lyon,fr",
    ].join("\n");
    const commit = await apiCall(
      tandem.url,
      "POST",
      `/api/hr/waves/${created.body.id}/import/commit`,
      hrToken,
      { csv },
    );
    expect(commit.status).toBe(200);
    const log = await apiCall<AuditLogView>(
      tandem.url,
      "GET",
      `/api/hr/waves/${created.body.id}/audit`,
      hrToken,
    );
    // The test clock stands still, so both entries share their time: their order is not asserted.
    expect(log.body.entries.map((e) => e.action).sort()).toEqual(["participants.imported", "wave.created"]);
    expect(log.body.entries.find((e) => e.action === "participants.imported")).toMatchObject({
      details: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(log.raw).not.toMatch(/quentin|auditable|rita/i);
  });

  it("records edits, withdrawals and mentor decisions by id and field names, never the values", async () => {
    const wave = `/api/hr/waves/${auditWave}`;
    const quentin = participantIdFor(auditWave, "quentin.auditable@contoso.example");
    const rita = participantIdFor(auditWave, "rita.reviewer@contoso.example");
    const hr = (method: string, path: string, body: unknown) =>
      apiCall(tandem.url, method, path, hrToken, body);
    const edited = await hr("PATCH", `${wave}/participants/${quentin}`, { department: "Secret Dept Xyz" });
    expect(edited.raw).toContain("Secret Dept Xyz");
    expect(edited.status).toBe(200);
    expect((await hr("POST", `${wave}/participants/${rita}/vetting`, { approval: "approved" })).status).toBe(
      200,
    );
    expect((await hr("POST", `${wave}/participants/${rita}/vetting`, { trained: true })).status).toBe(200);
    expect((await hr("POST", `${wave}/participants/${rita}/vetting`, { approval: "declined" })).status).toBe(
      200,
    );
    expect((await hr("POST", `${wave}/participants/${quentin}/withdraw`, {})).status).toBe(200);

    const log = await apiCall<AuditLogView>(tandem.url, "GET", `${wave}/audit`, hrToken);
    const about = (id: string) =>
      log.body.entries
        .filter((e) => e.target === id)
        .map((e) => `${e.action} ${JSON.stringify(e.details)}`)
        .sort();
    expect(about(quentin)).toEqual([
      'participant.updated {"change":"edited","fields":"department"}',
      'participant.updated {"change":"withdrawn"}',
    ]);
    expect(about(rita)).toEqual([
      'mentor.approved {"change":"vetting","approval":"approved","trained":false}',
      'mentor.declined {"change":"vetting","approval":"declined","trained":true}',
      'participant.updated {"change":"vetting","approval":"approved","trained":true}',
    ]);
    expect(log.raw).not.toMatch(/secret dept|quentin|rita/i);
  });

  it("records the wave moving to matching and the publication", async () => {
    const hr = (method: string, path: string) => apiCall(tandem.url, method, path, hrToken, {});
    expect(
      (
        await apiCall(tandem.url, "POST", `/api/hr/waves/${DEMO_WAVE_ID}/transition`, hrToken, {
          to: "matching",
        })
      ).status,
    ).toBe(200);
    expect((await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/matching/propose`)).status).toBe(200);
    expect((await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/matching/publish`)).status).toBe(200);
    const log = await apiCall<AuditLogView>(tandem.url, "GET", AUDIT, hrToken);
    const actions = log.body.entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["wave.transitioned", "matching.published"]));
    const published = log.body.entries.find((e) => e.action === "matching.published");
    expect(published?.actor).toEqual({ aadObjectId: expect.any(String), name: "Patti Fernandez" });
    expect(published?.details?.["pairs"]).toBeGreaterThan(0);
  });
});

describe("erasing my data", () => {
  it("refuses a caller without a token, and a request without the exact confirmation or with someone's id", async () => {
    expect(
      (await apiCall(tandem.url, "POST", "/api/me/erasure", undefined, { confirm: "erase-my-data" })).status,
    ).toBe(401);
    expect((await apiCall(tandem.url, "POST", "/api/me/erasure", personToken, {})).status).toBe(400);
    const withId = await apiCall(tandem.url, "POST", "/api/me/erasure", mentorToken, {
      confirm: "erase-my-data",
      participantId: person.id,
    });
    expect(withId.status).toBe(400);
    expect((await tandem.repos.participants.get(WAVE, person.id))?.email).toBe(person.email);
  });

  it("erases the caller at once: none of their identifiers remain anywhere, HR sees the erasure by id only", async () => {
    const erased = await apiCall(tandem.url, "POST", "/api/me/erasure", personToken, {
      confirm: "erase-my-data",
    });
    expect(erased).toMatchObject({
      status: 200,
      body: { erased: true, report: { participants: 1, userRecordDeleted: true } },
    });

    const db = tandem.cosmos.client.database("tandem");
    const needles = [
      person.aadObjectId!,
      person.email,
      person.displayName,
      person.managerEmail!,
      ...Object.values(PERSON_TEXT),
    ];
    for (const id of ["waves", "users", "deliveries"]) {
      const { resources } = await db.container(id).items.query("SELECT * FROM c").fetchAll();
      const leftovers = resources
        .map((d) => JSON.stringify(d))
        .filter((doc) => needles.some((n) => doc.includes(n)));
      expect(leftovers).toEqual([]);
    }
    expect((await tandem.repos.checkIns.listByWave(WAVE)).map((c) => c.rating).sort()).toEqual([3, 4, 5]);

    const log = await apiCall<AuditLogView>(tandem.url, "GET", `/api/hr/waves/${WAVE}/audit`, hrToken);
    expect(log.body.entries.find((e) => e.action === "participant.erased")).toMatchObject({
      action: "participant.erased",
      target: person.id,
      actor: { aadObjectId: "participant" },
    });
    expect(log.body.entries.map((e) => e.action)).toContain("participant.data-exported");

    const after = await download(personToken);
    expect((JSON.parse(after.raw) as PersonalDataExport).waves).toEqual([]);
    expect(after.raw).not.toContain(PERSON_TEXT.goal);
  });
});

describe("re-enrolling an erased person", () => {
  it("gives them a new record, never the tombstone's id, and a second import changes nothing", async () => {
    const created = await apiCall<{ id: string }>(tandem.url, "POST", "/api/hr/waves", hrToken, {
      name: "Re-enrolment wave",
      startDate: "2027-09-01",
      endDate: "2028-02-28",
      cadence: "monthly",
      sessionMinutes: 90,
      reminderLeadDays: 3,
      defaultLanguage: "fr",
      themes: [{ id: "cloud", labels: { fr: "Cloud", en: "Cloud", nl: "Cloud" } }],
      rules: { forbidReportingLine: true, forbidSameDepartment: false, maxMenteesPerMentor: 1 },
    });
    const wave = created.body.id;
    const email = "zoe.return@contoso.example";
    const csv = `email,name,role,department,site,languages,aadObjectId\n${email},Zoe Return,mentee,Finance,Paris,fr,${guid(9)}`;
    const importCsv = () =>
      apiCall(tandem.url, "POST", `/api/hr/waves/${wave}/import/commit`, hrToken, { csv });
    expect((await importCsv()).body).toMatchObject({ created: 1 });
    const firstId = participantIdFor(wave, email);
    const zoe = await devTokenFrom(tandem.url, firstId);
    expect(
      (await apiCall(tandem.url, "POST", "/api/me/erasure", zoe, { confirm: "erase-my-data" })).status,
    ).toBe(200);

    expect((await importCsv()).body).toMatchObject({ created: 1 });
    const people = await tandem.repos.participants.listByWave(wave);
    expect(people.find((p) => p.id === firstId)).toMatchObject({ erased: true, email: "" });
    const again = people.find((p) => p.email === email);
    expect(again?.id).toBeDefined();
    expect(again?.id).not.toBe(firstId);
    expect((await importCsv()).body).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});
