/**
 * The matching routes over HTTP against the real server (embedded Cosmos, demo wave): HR proposes,
 * swaps, locks and publishes; participants shortlist; every HR route refuses participants and anonymous callers.
 */
import { matchWave } from "../../core/matching/matching-engine";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { matchingRoutes } from "../../tab/api/matching-routes";
import type { MatchingView, ShortlistView } from "../../tab/api/matching-api-contract";
import type { WaveDetail } from "../../tab/api/hr-api-contract";
import { aParticipant, aWave, TENANT } from "../support/domain-factories";
import { inMemoryRepositories } from "../support/in-memory-repositories";
import { enrolWithAnswers, menteeAnswers, mentorAnswers, VETTED } from "../support/matching-factories";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
let hrToken: string;
let sophieToken: string;
let noahToken: string;

const devToken = (userId: string) => devTokenFrom(tandem.url, userId);

beforeAll(async () => {
  tandem = await startTestTandem();
  [hrToken, sophieToken, noahToken] = await Promise.all([
    devToken("demo-hr-lead"),
    devToken("demo-sophie.laurent"),
    devToken("demo-noah.de.smet"),
  ]);
});
afterAll(async () => tandem?.stop());

const call = <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) =>
  apiCall<T>(tandem.url, method, path, token, body);

const MATCHING = `/api/hr/waves/${DEMO_WAVE_ID}/matching`;
const SHORTLIST = `/api/me/waves/${DEMO_WAVE_ID}/shortlist`;
const hr = <T = MatchingView>(method: string, path: string, body?: unknown) =>
  call<T>(method, path, hrToken, body);

describe("matching routes: access", () => {
  const table = matchingRoutes({
    repos: {} as never,
    clock: { now: () => new Date() },
    engine: matchWave,
    introductions: { published: () => undefined },
  });

  it("everyMatchingRoute_isMarkedHr_andFollowsTheContractsPaths", () => {
    expect(table.filter((r) => r.access !== "hr")).toEqual([]);
    expect(table.map((r) => `${r.method} ${r.path.replace("/api/hr/waves/:waveId/matching", "")}`)).toEqual([
      "GET ",
      "PUT /weights",
      "POST /propose",
      "POST /swap",
      "POST /assign",
      "POST /remove",
      "POST /lock",
      "POST /unlock",
      "POST /publish",
    ]);
  });

  it.each(table.map((r) => [r.method, r.path] as const))(
    "%s %s_refusesAParticipantWith403_andNoTokenWith401",
    async (method, path) => {
      const concrete = path.replace(":waveId", DEMO_WAVE_ID);
      const body = method === "GET" ? undefined : {};
      expect((await call(method, concrete, sophieToken, body)).status).toBe(403);
      expect((await call(method, concrete, undefined, body)).status).toBe(401);
    },
  );

  it("shortlist_withoutAToken_is401", async () => {
    expect((await call("GET", SHORTLIST)).status).toBe(401);
    expect((await call("PUT", SHORTLIST, undefined, { choices: [] })).status).toBe(401);
  });
});

describe("shortlist routes while the questionnaire is open", () => {
  it("get_showsTheSeededChoices_andCandidatesWithoutGoals", async () => {
    const { status, body } = await call<ShortlistView>("GET", SHORTLIST, sophieToken);
    expect(status).toBe(200);
    expect(body).toMatchObject({ waveId: DEMO_WAVE_ID, open: true, max: 3, choices: ["demo-lucas.martin"] });
    expect(body.candidates.every((c) => c.role === "mentor")).toBe(true);
    expect(body.candidates.map((c) => c.id)).not.toContain("demo-megan.bowen");
    expect(body.candidates.map((c) => c.id)).not.toContain("demo-tom.verbeke");
  });

  it.each([
    [
      "four choices",
      { choices: ["demo-lucas.martin", "demo-hugo.bernard", "demo-celia.vagaggini", "demo-lea.moreau"] },
    ],
    ["an id that is not offered", { choices: ["demo-megan.bowen"] }],
    ["a duplicate", { choices: ["demo-lucas.martin", "demo-lucas.martin"] }],
    ["no list", { choices: "demo-lucas.martin" }],
    ["nothing", {}],
  ])("put_with_%s_is400_andKeepsTheStoredChoices", async (_situation, body) => {
    const response = await call<{ code: string; fieldErrors: Array<{ field: string }> }>(
      "PUT",
      SHORTLIST,
      sophieToken,
      body,
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("VALIDATION");
    expect(response.body.fieldErrors.map((e) => e.field)).toEqual(["choices"]);
    expect((await call<ShortlistView>("GET", SHORTLIST, sophieToken)).body.choices).toEqual([
      "demo-lucas.martin",
    ]);
  });

  it("put_validChoices_savesThem_andIgnoresOtherFields", async () => {
    const { status, body } = await call<ShortlistView>("PUT", SHORTLIST, sophieToken, {
      choices: ["demo-hugo.bernard", "demo-lucas.martin"],
      participantId: "demo-jan.peeters",
    });
    expect(status).toBe(200);
    expect(body.choices).toEqual(["demo-hugo.bernard", "demo-lucas.martin"]);
    expect((await tandem.repos.shortlists.get(DEMO_WAVE_ID, "demo-jan.peeters"))?.choices).toEqual([
      "demo-noah.de.smet",
      "demo-lucas.martin",
    ]);
  });

  it("get_forAnotherWave_is404NotEnrolled", async () => {
    const response = await call("GET", "/api/me/waves/another-wave/shortlist", sophieToken);
    expect(response).toMatchObject({ status: 404, body: { code: "NOT_ENROLLED" } });
  });
});

describe("matching routes: propose, review, publish", () => {
  it("get_whileTheQuestionnaireIsOpen_showsThePoolButNoProposal", async () => {
    const { status, body } = await hr("GET", MATCHING);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      waveState: "questionnaire",
      format: "one-to-one",
      canPropose: false,
      proposeBlockedReason: expect.stringContaining("matching state"),
      canPublish: false,
      proposal: null,
      published: null,
    });
    expect(body.pool.mentees).toBeGreaterThan(5);
    expect(body.pool.mutualChoices).toBe(2);
    expect((await hr("POST", `${MATCHING}/propose`, {})).status).toBe(409);
  });

  it("weights_badValues_are400_andGoodOnesAreSaved", async () => {
    const bad = await hr<{ fieldErrors: Array<{ field: string }> }>("PUT", `${MATCHING}/weights`, {
      weights: { topics: -1, level: 20, language: 10, site: 10, mutualChoice: "40" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fieldErrors.map((e) => e.field).sort()).toEqual([
      "weights.mutualChoice",
      "weights.topics",
    ]);
    const weights = { topics: 60, level: 20, language: 10, site: 10, mutualChoice: 40 };
    const saved = await hr("PUT", `${MATCHING}/weights`, { weights });
    expect(saved.body.weights).toEqual(weights);
  });

  it("fullFlow_proposeSwapLockPublish_endsWithTheWavePublishedAndRunning", async () => {
    expect((await hr("POST", `/api/hr/waves/${DEMO_WAVE_ID}/transition`, { to: "matching" })).status).toBe(
      200,
    );
    const proposed = await hr("POST", `${MATCHING}/propose`, { pairs: [] });
    expect(proposed.status).toBe(200);
    const proposal = proposed.body.proposal;
    expect(proposal?.pairs.length).toBeGreaterThan(5);
    expect(proposal?.pairs.every((p) => p.score > 0 && p.maxScore === 140 && p.reasons.length > 0)).toBe(
      true,
    );
    expect(proposal?.unmatchedMentees.map((u) => u.mentee.displayName)).toEqual(
      expect.arrayContaining(["Alex Wilber", "Isabelle Marchand"]),
    );
    expect(proposal?.idleMentors).toContainEqual(
      expect.objectContaining({
        mentor: expect.objectContaining({ id: "demo-tom.verbeke" }),
        reason: "not-eligible",
      }),
    );
    const mutual = proposal?.pairs.find((p) => p.mutual);
    expect(mutual).toBeDefined();

    const menteeIds = (proposal?.pairs ?? []).map((p) => p.mentee.id);
    let swapped: MatchingView | undefined;
    for (const [i, a] of menteeIds.entries()) {
      for (const b of menteeIds.slice(i + 1)) {
        if (swapped !== undefined) break;
        const attempt = await hr("POST", `${MATCHING}/swap`, { menteeIds: [a, b] });
        if (attempt.status === 200) swapped = attempt.body;
        else
          expect(attempt.body).toMatchObject({
            code: "INVALID_TRANSITION",
            message: expect.stringContaining("cannot be paired"),
          });
      }
    }
    expect(swapped?.proposal?.edited).toBe(true);
    expect(swapped?.proposal?.totalScore).toBeLessThanOrEqual(swapped?.proposal?.optimalScore ?? 0);

    const badSwap = await hr("POST", `${MATCHING}/swap`, { menteeIds: ["demo-cedric.perrin"] });
    expect(badSwap.status).toBe(400);
    const stranger = await hr("POST", `${MATCHING}/lock`, { menteeId: "demo-not-in-the-wave" });
    expect(stranger.status).toBe(400);

    const mutualMentee = swapped?.proposal?.pairs.find((p) => p.mutual)?.mentee.id ?? menteeIds[0];
    const locked = await hr("POST", `${MATCHING}/lock`, { menteeId: mutualMentee });
    expect(locked.body.proposal?.pairs.find((p) => p.mentee.id === mutualMentee)?.locked).toBeDefined();

    const published = await hr("POST", `${MATCHING}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ waveState: "running", canPublish: false, canPropose: false });
    expect(published.body.published?.pairs).toBe(published.body.proposal?.pairs.length);

    const again = await hr("POST", `${MATCHING}/publish`, {});
    expect(again.status).toBe(200);
    expect((await tandem.repos.pairs.listByWave(DEMO_WAVE_ID)).length).toBe(published.body.published?.pairs);
    const shown = await hr("GET", MATCHING);
    expect(shown.body.published).toEqual(published.body.published);
    const wave = await hr<WaveDetail>("GET", `/api/hr/waves/${DEMO_WAVE_ID}`);
    expect(wave.body.state).toBe("running");
    expect((await hr("POST", `${MATCHING}/unlock`, { menteeId: mutualMentee })).status).toBe(409);
  });

  it("shortlist_afterPublishing_isClosed", async () => {
    expect((await call<ShortlistView>("GET", SHORTLIST, noahToken)).body.open).toBe(false);
    const refused = await call("PUT", SHORTLIST, noahToken, { choices: [] });
    expect(refused.status).toBe(409);
  });
});

describe("matching routes: introductions", () => {
  it("publish_tellsTheIntroductionsPortAfterTheWaveRuns_andARefusalTellsNothing", async () => {
    const repos = inMemoryRepositories();
    const now = new Date("2027-02-01T09:00:00Z");
    await repos.waves.save(aWave({ state: "matching" }));
    await enrolWithAnswers(repos, aParticipant({ role: "mentee" }), menteeAnswers([["cloud", 1]]), now);
    await enrolWithAnswers(
      repos,
      aParticipant({ role: "mentor", vetting: VETTED }),
      mentorAnswers([["cloud", 5]]),
      now,
    );
    const published: string[] = [];
    const stateWhenTold: Array<Promise<string | undefined>> = [];
    const table = matchingRoutes({
      repos,
      clock: { now: () => now },
      engine: matchWave,
      introductions: {
        published: (waveId) => {
          published.push(waveId);
          stateWhenTold.push(repos.waves.get(waveId).then((w) => w?.state));
        },
      },
    });
    const handle = (path: string) => {
      const route = table.find((r) => r.path.endsWith(path));
      if (route === undefined) throw new Error(`no route ${path}`);
      return route.handle({
        identity: { tenantId: TENANT, aadObjectId: "hr" },
        params: { waveId: "wave-1" },
        body: {},
      });
    };
    await expect(handle("/publish")).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect(published).toEqual([]);
    await handle("/propose");
    expect((await handle("/publish")).status).toBe(200);
    expect(published).toEqual(["wave-1"]);
    expect(await Promise.all(stateWhenTold)).toEqual(["running"]);
  });
});
