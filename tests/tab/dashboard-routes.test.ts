/**
 * HR's dashboard routes over HTTP against the real server (embedded Cosmos, fixed clock): the hand-computed
 * fixture wave stored next to the demo wave; HR gets its figures, a comparison and the CSV report as Excel
 * wants it; participants and anonymous callers are refused; nothing private ever leaves.
 */
import { parse } from "csv-parse/sync";
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import type { WaveComparison, WaveDashboard } from "../../tab/api/dashboard-api-contract";
import { apiCall, devTokenFrom } from "../support/api-client";
import {
  aDashboardWave,
  DASHBOARD_NOW,
  PRIVATE_COMMENT,
  saveDashboardWave,
} from "../support/dashboard-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const WAVE_ID = "wave-dash-http";
const ODD_NAME = 'Dupont; "Jo", Ltd';
let tandem: TestTandem;
let hrToken: string;
let participantToken: string;

const call = <T = Record<string, unknown>>(path: string, token?: string) =>
  apiCall<T>(tandem.url, "GET", path, token);

async function download(path: string, token: string) {
  const response = await fetch(`${tandem.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  tandem = await startTestTandem({}, undefined, { clock: { now: () => DASHBOARD_NOW } });
  [hrToken, participantToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, "demo-sophie.laurent"),
  ]);
  const demo = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (demo === undefined) throw new Error("no demo wave");
  const f = aDashboardWave(WAVE_ID, demo.tenantId);
  const renamed = (p: Participant): Participant =>
    p.id === `${WAVE_ID}-mentor-4` ? { ...p, displayName: ODD_NAME } : p;
  await saveDashboardWave(tandem.repos, f, renamed);
}, 60_000);

afterAll(async () => {
  await tandem.stop();
});

describe("GET /api/hr/waves/:waveId/dashboard", () => {
  it("hr_getsTheHandComputedFigures_withSmallGroupsSuppressed", async () => {
    const { status, body } = await call<WaveDashboard>(`/api/hr/waves/${WAVE_ID}/dashboard`, hrToken);
    expect(status).toBe(200);
    expect(body.funnel.map((s) => (s.people.suppressed ? "<5" : s.people.value))).toEqual([
      17, 16, 14, 10, 6, 5,
    ]);
    expect(body.sessionsPerMonth.map((m) => m.held)).toEqual([6, 5, 4, 3, 0, 0]);
    expect(body.pairsAtRisk.map((r) => r.daysWithoutSession)).toEqual([105, 105, 97, 68]);
    expect(body.pairsAtRisk[3]?.mentor.displayName).toBe(ODD_NAME);
    expect(body.satisfaction.mentors).toEqual({ suppressed: true });
    expect(body.uplift.find((u) => u.themeId === "social-networks")?.uplift).toEqual({
      suppressed: false,
      value: 1.4,
    });
    expect(body.uplift.find((u) => u.themeId === "cloud")?.uplift).toEqual({ suppressed: true });
  });

  it("theResponse_neverCarriesCommentsEmailsOrAnswers", async () => {
    const { raw } = await call(`/api/hr/waves/${WAVE_ID}/dashboard`, hrToken);
    expect(raw).not.toContain(PRIVATE_COMMENT);
    expect(raw).not.toContain("@contoso");
    expect(raw).not.toContain("Understand my teams");
  });

  it("aParticipant_isRefused403_andNoToken401_andAnUnknownWave404", async () => {
    expect((await call(`/api/hr/waves/${WAVE_ID}/dashboard`, participantToken)).status).toBe(403);
    expect((await call(`/api/hr/waves/${WAVE_ID}/dashboard`)).status).toBe(401);
    expect((await call(`/api/hr/waves/no-such-wave/dashboard`, hrToken)).status).toBe(404);
  });
});

describe("GET /api/hr/dashboard/compare", () => {
  it("hr_comparesTwoWavesAsRates", async () => {
    const { status, body } = await call<WaveComparison>(
      `/api/hr/dashboard/compare?a=${WAVE_ID}&b=${DEMO_WAVE_ID}`,
      hrToken,
    );
    expect(status).toBe(200);
    expect(body.a.waveId).toBe(WAVE_ID);
    expect(body.b.waveId).toBe(DEMO_WAVE_ID);
    expect(body.rows.find((r) => r.metric === "funnel" && r.key === "matched")?.a).toEqual({
      suppressed: false,
      value: 0.8235,
    });
  });

  it("withoutTwoWaves_isA400_andForAParticipantA403_andWithoutTokenA401", async () => {
    expect((await call(`/api/hr/dashboard/compare?a=${WAVE_ID}`, hrToken)).status).toBe(400);
    expect((await call(`/api/hr/dashboard/compare?a=${WAVE_ID}&b=${WAVE_ID}`, participantToken)).status).toBe(
      403,
    );
    expect((await call(`/api/hr/dashboard/compare?a=${WAVE_ID}&b=${WAVE_ID}`)).status).toBe(401);
  });
});

describe("GET /api/hr/waves/:waveId/report.csv", () => {
  it("semicolon_isUtf8WithBomCrlfAndDecimalCommas_withTheOddNameQuoted", async () => {
    const { response, bytes } = await download(
      `/api/hr/waves/${WAVE_ID}/report.csv?separator=semicolon`,
      hrToken,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="report-${WAVE_ID}.csv"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith("Section;Item;Measure;Value\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    expect(text).toContain(`Pairs at risk;"Dupont; ""Jo"", Ltd";days without a session;68\r\n`);
    expect(text).toContain("Funnel;answered the questionnaire;share of enrolled;0,9412\r\n");
    expect(text).toContain("Uplift per theme;Cloud;mean uplift;fewer than 5\r\n");
    const rows = parse(text, { delimiter: ";" }) as string[][];
    expect(rows.every((r) => r.length === 4)).toBe(true);
    expect(rows).toContainEqual(["Pairs at risk", ODD_NAME, "mentees", "Mentee 4"]);
  });

  it("comma_usesDecimalPoints_andNeverContainsCommentsOrEmails", async () => {
    const { response, bytes } = await download(
      `/api/hr/waves/${WAVE_ID}/report.csv?separator=comma`,
      hrToken,
    );
    expect(response.status).toBe(200);
    const text = bytes.toString("utf8");
    expect(text).toContain("Funnel,enrolled,people,17\r\n");
    expect(text).toContain("Satisfaction,all,mean (1-5),3.71\r\n");
    expect(text).toContain(`Pairs at risk,"Dupont; ""Jo"", Ltd",days without a session,68\r\n`);
    expect(text).not.toContain(PRIVATE_COMMENT);
    expect(text).not.toContain("@contoso");
  });

  it("anotherSeparator_is400_aParticipant403_noToken401_andADownloadIsAudited", async () => {
    expect(
      (await download(`/api/hr/waves/${WAVE_ID}/report.csv?separator=tab`, hrToken)).response.status,
    ).toBe(400);
    expect((await download(`/api/hr/waves/${WAVE_ID}/report.csv`, participantToken)).response.status).toBe(
      403,
    );
    expect((await fetch(`${tandem.url}/api/hr/waves/${WAVE_ID}/report.csv`)).status).toBe(401);
    const log = await tandem.repos.audit.listByWave(WAVE_ID);
    expect(log.some((e) => e.action === "export.downloaded" && e.target === "report.csv")).toBe(true);
  });
});
