/**
 * The final assessment routes over HTTP against the real server (embedded Cosmos, demo wave): a participant
 * reads and answers their own assessment only while the wave is closing; HR sees counts only; tokens and
 * roles are enforced.
 */
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import type {
  AssessmentResponseCounts,
  FinalAssessmentSaved,
  FinalAssessmentView,
} from "../../tab/api/assessment-routes";
import type { WaveState } from "../../core/wave";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(60_000);

const ME = "/api/me/final-assessment";
const SUMMARY = `/api/hr/waves/${DEMO_WAVE_ID}/assessments/summary`;
const SECRET = "Only for me: the sessions were too short.";
let tandem: TestTandem;
let hrToken: string;
let cedricToken: string;
let thijsToken: string;

const answers = (overrides: Record<string, unknown> = {}) => ({
  themes: [
    { themeId: "connected-devices", rating: 3 },
    { themeId: "cloud", rating: 4 },
    { themeId: "big-data", rating: 2 },
  ],
  satisfaction: 4,
  wouldRecommend: true,
  comment: SECRET,
  ...overrides,
});

async function setState(state: WaveState): Promise<void> {
  const wave = await tandem.repos.waves.getVersioned(DEMO_WAVE_ID);
  await tandem.repos.waves.replace({ ...wave!.value, state }, wave!.etag);
}

beforeAll(async () => {
  tandem = await startTestTandem();
  [hrToken, cedricToken, thijsToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, "demo-cedric.perrin"),
    devTokenFrom(tandem.url, "demo-thijs.broes"),
  ]);
  await setState("running");
});
afterAll(async () => tandem?.stop());

describe("final assessment routes", () => {
  it("withoutAToken_everyRouteAnswers401", async () => {
    expect((await apiCall(tandem.url, "GET", ME)).status).toBe(401);
    expect((await apiCall(tandem.url, "PUT", ME, undefined, answers())).status).toBe(401);
    expect((await apiCall(tandem.url, "GET", SUMMARY)).status).toBe(401);
  });

  it("summary_forAParticipant_is403", async () => {
    expect((await apiCall(tandem.url, "GET", SUMMARY, cedricToken)).status).toBe(403);
  });

  it("whileTheWaveRuns_theAssessmentIsNotOpen_andAnswersAreRefusedWith409", async () => {
    expect((await apiCall<FinalAssessmentView>(tandem.url, "GET", ME, cedricToken)).body).toEqual({
      status: "not-open",
      themes: [],
      answers: null,
    });
    const refused = await apiCall(tandem.url, "PUT", ME, cedricToken, answers());
    expect(refused).toMatchObject({ status: 409, body: { code: "ASSESSMENT_CLOSED" } });
  });

  it("whileClosing_aMenteeSeesTheirBaselineThemes_andSavesTheirOwnAnswersOnly", async () => {
    await setState("closing");
    const view = (await apiCall<FinalAssessmentView>(tandem.url, "GET", ME, cedricToken)).body;
    expect(view).toMatchObject({ status: "open", role: "mentee", answers: null });
    expect(view.themes.map((t) => [t.themeId, t.baseline])).toEqual([
      ["connected-devices", 1],
      ["cloud", 2],
      ["big-data", 2],
    ]);
    expect(view.themes[0]!.labels.fr).toBe("Objets connectés");

    const invalid = await apiCall<{ code: string; fieldErrors: Array<{ field: string }> }>(
      tandem.url,
      "PUT",
      ME,
      cedricToken,
      answers({ satisfaction: 7, themes: [{ themeId: "cloud", rating: 4 }] }),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.fieldErrors.map((e) => e.field).sort()).toEqual([
      "satisfaction",
      "theme:big-data",
      "theme:connected-devices",
    ]);

    const forged = { ...answers(), participantId: "demo-thijs.broes" };
    const saved = await apiCall<FinalAssessmentSaved>(tandem.url, "PUT", ME, cedricToken, forged);
    expect(saved.status).toBe(200);
    expect(saved.body.status).toBe("saved");
    expect(saved.body.view.answers).toMatchObject({ satisfaction: 4, wouldRecommend: true, comment: SECRET });
    expect((await tandem.repos.assessments.listByWave(DEMO_WAVE_ID)).map((a) => a.participantId)).toEqual([
      "demo-cedric.perrin",
    ]);
    const again = await apiCall<FinalAssessmentSaved>(tandem.url, "PUT", ME, cedricToken, answers());
    expect(again.body.status).toBe("unchanged");

    const thijs = await apiCall<FinalAssessmentView>(tandem.url, "GET", ME, thijsToken);
    expect(thijs.body.answers).toBeNull();
    expect(thijs.raw).not.toContain(SECRET);
  });

  it("hrSummary_givesCountsOnly_neverAnAnswerOrAName", async () => {
    const summary = await apiCall<AssessmentResponseCounts>(tandem.url, "GET", SUMMARY, hrToken);
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      waveId: DEMO_WAVE_ID,
      state: "closing",
      open: true,
      enrolled: 24,
      answered: 1,
      notAnswered: 23,
    });
    expect(summary.raw).not.toContain(SECRET);
    expect(summary.raw).not.toContain("cedric");
    const unknown = await apiCall(
      tandem.url,
      "GET",
      "/api/hr/waves/no-such-wave/assessments/summary",
      hrToken,
    );
    expect(unknown.status).toBe(404);
  });

  it("afterHrClosesTheWave_answersAreReadOnly_andAChangeIsRefusedWithAClearMessage", async () => {
    const closed = await apiCall(tandem.url, "POST", `/api/hr/waves/${DEMO_WAVE_ID}/transition`, hrToken, {
      to: "closed",
    });
    expect(closed.status).toBe(200);
    const view = (await apiCall<FinalAssessmentView>(tandem.url, "GET", ME, cedricToken)).body;
    expect(view.status).toBe("closed");
    expect(view.answers?.satisfaction).toBe(4);
    const refused = await apiCall<{ code: string; message: string }>(
      tandem.url,
      "PUT",
      ME,
      cedricToken,
      answers({ satisfaction: 1 }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "ASSESSMENT_CLOSED" });
    expect(refused.body.message).toMatch(/is closed: its final assessment no longer takes answers/);
  });
});
