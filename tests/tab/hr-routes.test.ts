import { hrRoutes } from "../../tab/api/hr-routes";
import type { ImportPreview, ParticipantRow, WaveDetail } from "../../tab/api/hr-api-contract";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
let hrToken: string;
let menteeToken: string;

const devToken = (userId: string) => devTokenFrom(tandem.url, userId);

beforeAll(async () => {
  tandem = await startTestTandem();
  [hrToken, menteeToken] = await Promise.all([devToken("demo-hr-lead"), devToken("demo-alex.wilber")]);
});
afterAll(async () => tandem?.stop());

/** Status and body only, so whole responses can be compared. */
const call = async <T = Record<string, unknown>>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) => {
  const { status, body: json } = await apiCall<T>(tandem.url, method, path, token, body);
  return { status, body: json };
};

const hr = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
  call<T>(method, path, hrToken, body);

const newWave = {
  name: "Digital Tandem — Spring 2027",
  startDate: "2027-03-01",
  endDate: "2027-08-31",
  cadence: "monthly",
  sessionMinutes: 90,
  reminderLeadDays: 3,
  defaultLanguage: "fr",
  themes: [
    {
      id: "social-networks",
      labels: { fr: "Réseaux sociaux", en: "Social networks", nl: "Sociale netwerken" },
    },
    { id: "cloud", labels: { fr: "Cloud", en: "Cloud", nl: "Cloud" } },
  ],
  rules: { forbidReportingLine: true, forbidSameDepartment: false, maxMenteesPerMentor: 1 },
};

describe("HR routes: access", () => {
  const table = hrRoutes({ repos: {} as never, clock: { now: () => new Date() }, campaign: {} as never });
  const concrete = (path: string) =>
    path.replace(":waveId", DEMO_WAVE_ID).replace(":participantId", "demo-megan.bowen");

  it("everyHrRoute_isMarkedHr", () => {
    expect(table.length).toBeGreaterThan(10);
    expect(table.filter((r) => r.access !== "hr")).toEqual([]);
  });

  it.each(table.map((r) => [r.method, r.path] as const))(
    "%s %s_refusesAParticipantWith403_andNoTokenWith401",
    async (method, path) => {
      const body = method === "GET" ? undefined : {};
      expect((await call(method, concrete(path), menteeToken, body)).status).toBe(403);
      expect((await call(method, concrete(path), undefined, body)).status).toBe(401);
    },
  );

  it("access_forTheHrLead_is200", async () => {
    expect(await hr("GET", "/api/hr/access")).toEqual({
      status: 200,
      body: { hr: true, displayName: "Patti Fernandez" },
    });
  });
});

describe("HR routes: waves and lifecycle", () => {
  it("createWave_withBadSettings_is400WithAMessagePerField", async () => {
    const { status, body } = await hr("POST", "/api/hr/waves", {
      ...newWave,
      name: "",
      endDate: "2027-01-01",
      rules: { ...newWave.rules, maxMenteesPerMentor: 4 },
    });
    expect(status).toBe(400);
    expect((body["fieldErrors"] as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      "endDate",
      "name",
      "rules.maxMenteesPerMentor",
    ]);
  });

  it("aNewWave_walksTheLifecycle_refusingEachStepUntilItsConditionsHold", async () => {
    const created = await hr<WaveDetail>("POST", "/api/hr/waves", newWave);
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      state: "draft",
      rulesEditable: true,
      transitions: [{ to: "enrolling", allowed: true }],
    });

    const skip = await hr("POST", `/api/hr/waves/${id}/transition`, { to: "questionnaire" });
    expect(skip).toMatchObject({ status: 409, body: { code: "INVALID_TRANSITION" } });

    expect((await hr("POST", `/api/hr/waves/${id}/transition`, { to: "enrolling" })).status).toBe(200);
    const empty = await hr("POST", `/api/hr/waves/${id}/transition`, { to: "questionnaire" });
    expect(empty).toMatchObject({
      status: 409,
      body: { message: expect.stringContaining("at least one mentee and one mentor") },
    });

    const csv = [
      "email;nom;rôle;département;manager;site;langues",
      "claire.dubois@contoso.example;Claire Dubois;mentoré;Finance;;Paris;fr",
      "hugo.martin@contoso.example;Hugo Martin;mentor;Data;claire.dubois@contoso.example;Lyon;fr,en",
    ].join("\r\n");
    const preview = await hr<ImportPreview>("POST", `/api/hr/waves/${id}/import/preview`, {
      csv: `\uFEFF${csv}`,
    });
    expect(preview.body).toMatchObject({ canCommit: true, summary: { new: 2, errors: 0 } });
    expect((await hr("GET", `/api/hr/waves/${id}/participants`)).body).toEqual({ participants: [] });
    expect(await hr("POST", `/api/hr/waves/${id}/import/commit`, { csv })).toEqual({
      status: 200,
      body: { created: 2, updated: 0, unchanged: 0 },
    });
    expect((await hr("POST", `/api/hr/waves/${id}/import/commit`, { csv })).body).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });

    expect((await hr("POST", `/api/hr/waves/${id}/transition`, { to: "questionnaire" })).status).toBe(200);
    const noMentor = await hr("POST", `/api/hr/waves/${id}/transition`, { to: "matching" });
    expect(noMentor).toMatchObject({
      status: 409,
      body: { message: expect.stringContaining("approve mentors") },
    });

    const { participants } = (
      await hr<{ participants: ParticipantRow[] }>("GET", `/api/hr/waves/${id}/participants`)
    ).body;
    const hugo = participants.find((p) => p.displayName === "Hugo Martin");
    expect(hugo).toMatchObject({ role: "mentor", vetting: { approval: "pending" }, reachable: "no" });
    const vetted = await hr<ParticipantRow>("POST", `/api/hr/waves/${id}/participants/${hugo?.id}/vetting`, {
      approval: "approved",
      trained: true,
    });
    expect(vetted.body.vetting).toMatchObject({ approval: "approved", trainedAt: expect.any(String) });

    const matching = await hr<WaveDetail>("POST", `/api/hr/waves/${id}/transition`, { to: "matching" });
    expect(matching.body).toMatchObject({
      state: "matching",
      counts: { mentees: 1, mentors: 1, approvedMentors: 1, trainedMentors: 1 },
    });
    const publish = await hr("POST", `/api/hr/waves/${id}/transition`, { to: "running" });
    expect(publish).toMatchObject({
      status: 409,
      body: { message: expect.stringContaining("Publish the pairs") },
    });
  });

  it("importWithRowErrors_isRefusedWhole_andSavesNobody", async () => {
    const created = await hr<WaveDetail>("POST", "/api/hr/waves", newWave);
    const csv =
      "email,name,role\nok@contoso.example,Ok Person,mentee\nnot-an-email,Bad Email,mentee\nthird@contoso.example,Third,chief";
    const commit = await hr<{ preview: ImportPreview }>(
      "POST",
      `/api/hr/waves/${created.body.id}/import/commit`,
      { csv },
    );
    expect(commit.status).toBe(400);
    expect(commit.body.preview.rows.map((r) => r.outcome)).toEqual(["new", "error", "error"]);
    expect((await hr("GET", `/api/hr/waves/${created.body.id}/participants`)).body).toEqual({
      participants: [],
    });
  });

  it("importWithATimeZoneColumn_storesEachZone_refusesAnInvalidOneWhole_andAnEmptyCellClears", async () => {
    const created = await hr<WaveDetail>("POST", "/api/hr/waves", newWave);
    const base = `/api/hr/waves/${created.body.id}`;
    /** Each person's zone as stored (null: none), checked against what the participants list shows. */
    const zones = async () => {
      const listed = await hr<{ participants: ParticipantRow[] }>("GET", `${base}/participants`);
      const stored = await tandem.repos.participants.listByWave(created.body.id);
      const pairs = (people: ReadonlyArray<{ email: string; timeZone?: string }>) =>
        people.map((p) => [p.email, p.timeZone]).sort(([a], [b]) => String(a).localeCompare(String(b)));
      expect(pairs(listed.body.participants)).toEqual(pairs(stored));
      return Object.fromEntries(stored.map((p) => [p.email, p.timeZone ?? null]));
    };
    const french = [
      "Courriel;Nom;Rôle;Fuseau horaire",
      "ann@contoso.example;Ann Lee;mentor;America/Montreal",
      "bob@contoso.example;Bob Ray;mentoré;",
    ].join("\r\n");
    expect(await hr("POST", `${base}/import/commit`, { csv: `\uFEFF${french}` })).toEqual({
      status: 200,
      body: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(await zones()).toEqual({ "ann@contoso.example": "America/Montreal", "bob@contoso.example": null });

    const invalid = [
      "email,name,role,time zone",
      "ann@contoso.example,Ann Lee,mentor,Europe/Paris",
      "cid@contoso.example,Cid Roy,mentee,CET",
    ].join("\n");
    const preview = await hr<ImportPreview>("POST", `${base}/import/preview`, { csv: invalid });
    expect(preview.body.rows.map((r) => [r.line, r.outcome, r.errors])).toEqual([
      [2, "updated", []],
      [3, "error", ['Time zone "CET" is not an IANA time zone, e.g. Europe/Paris (or leave it empty).']],
    ]);
    const refused = await hr<{ preview: ImportPreview }>("POST", `${base}/import/commit`, { csv: invalid });
    expect(refused.status).toBe(400);
    expect(await zones()).toEqual({ "ann@contoso.example": "America/Montreal", "bob@contoso.example": null });

    const noColumn = "email,name,role\nann@contoso.example,Ann Lee,mentor\n";
    expect((await hr("POST", `${base}/import/commit`, { csv: noColumn })).body).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    const emptied = "email,name,role,timezone\nann@contoso.example,Ann Lee,mentor,\n";
    expect((await hr("POST", `${base}/import/commit`, { csv: emptied })).body).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await zones()).toEqual({ "ann@contoso.example": null, "bob@contoso.example": null });
  });

  it("addEditWithdrawOnePerson_keepsTheRecord", async () => {
    const created = await hr<WaveDetail>("POST", "/api/hr/waves", newWave);
    const base = `/api/hr/waves/${created.body.id}/participants`;
    const person = {
      email: "Lea.Moreau@Contoso.example",
      displayName: "Léa Moreau",
      role: "mentor",
      department: "Social media",
      site: "Brussels",
      languages: ["fr", "nl"],
    };
    const added = await hr<ParticipantRow>("POST", base, person);
    expect(added).toMatchObject({
      status: 201,
      body: { email: "lea.moreau@contoso.example", status: "active" },
    });
    expect((await hr("POST", base, person)).status).toBe(409);
    const edited = await hr<ParticipantRow>("PATCH", `${base}/${added.body.id}`, {
      department: "Digital marketing",
      role: "admin",
    });
    expect(edited.status).toBe(400);
    expect(
      (await hr<ParticipantRow>("PATCH", `${base}/${added.body.id}`, { department: "Digital marketing" }))
        .body.department,
    ).toBe("Digital marketing");
    expect((await hr<ParticipantRow>("POST", `${base}/${added.body.id}/withdraw`)).body.status).toBe(
      "withdrawn",
    );
    expect((await hr<{ participants: ParticipantRow[] }>("GET", base)).body.participants).toHaveLength(1);
  });

  it("rules_canNoLongerChange_whenTheWaveRuns", async () => {
    const demo = await hr<WaveDetail>("GET", `/api/hr/waves/${DEMO_WAVE_ID}`);
    expect(demo.body.rulesEditable).toBe(true);
    await tandem.repos.waves.save({ ...(await tandem.repos.waves.get(DEMO_WAVE_ID))!, state: "running" });
    const refused = await hr("PATCH", `/api/hr/waves/${DEMO_WAVE_ID}`, {
      rules: { forbidReportingLine: false, forbidSameDepartment: false, maxMenteesPerMentor: 2 },
    });
    expect(refused).toMatchObject({ status: 409, body: { code: "INVALID_TRANSITION" } });
    const renamed = await hr<WaveDetail>("PATCH", `/api/hr/waves/${DEMO_WAVE_ID}`, {
      name: "Digital Tandem — Autumn 2026 (pilot)",
    });
    expect(renamed.body.name).toBe("Digital Tandem — Autumn 2026 (pilot)");
  });

  it("concurrentEdits_ofOneWave_areBothKept", async () => {
    const created = await hr<WaveDetail>("POST", "/api/hr/waves", newWave);
    const path = `/api/hr/waves/${created.body.id}`;
    const results = await Promise.all([
      hr("PATCH", path, { name: "Renamed while opening enrolment" }),
      hr("POST", `${path}/transition`, { to: "enrolling" }),
      hr("PATCH", path, { sessionMinutes: 60 }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const after = (await hr<WaveDetail>("GET", path)).body;
    expect(after).toMatchObject({
      name: "Renamed while opening enrolment",
      state: "enrolling",
      sessionMinutes: 60,
    });
  });

  it("needsAnalytics_forTheDemoWave_listsTheCatalogue", async () => {
    const { status, body } = await hr<{ mentees: number; themes: unknown[] }>(
      "GET",
      `/api/hr/waves/${DEMO_WAVE_ID}/analytics/needs`,
    );
    expect(status).toBe(200);
    expect(body.mentees).toBe(12);
    expect(body.themes.length).toBeGreaterThanOrEqual(12);
  });
});
