import { AssessmentService } from "../../../core/assessments/assessment-service";
import { enrolParticipant } from "../../../core/enrolment";
import { TandemError } from "../../../core/errors";
import type { Participant } from "../../../core/participant";
import { questionnaireResponseId } from "../../../core/questionnaire";
import type { WaveState } from "../../../core/wave";
import { inMemoryRepositories } from "../../support/in-memory-repositories";
import { aParticipant, aWave, identityOf } from "../../support/domain-factories";

let now = new Date("2027-07-01T09:00:00Z");

async function setUp(state: WaveState = "closing") {
  const repos = inMemoryRepositories();
  const clock = { now: () => now };
  const wave = aWave({ state });
  await repos.waves.save(wave);
  const mentee = aParticipant({ role: "mentee" });
  const mentor = aParticipant({ role: "mentor" });
  await enrolParticipant(repos, mentee, now);
  await enrolParticipant(repos, mentor, now);
  await repos.responses.create({
    id: questionnaireResponseId(mentee.id),
    waveId: wave.id,
    participantId: mentee.id,
    role: "mentee",
    answers: {
      kind: "mentee",
      needs: [
        { themeId: "artificial-intelligence", comfort: 1 },
        { themeId: "cloud", comfort: 2 },
      ],
      goal: "Understand AI",
      preferredLanguage: "fr",
    },
    submittedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    revision: 1,
  });
  return { repos, service: new AssessmentService(repos, clock), mentee, mentor, wave };
}

const menteeDraft = (rating = 4) => ({
  themes: [
    { themeId: "artificial-intelligence", rating },
    { themeId: "cloud", rating: 3 },
  ],
  satisfaction: 5,
  wouldRecommend: true,
  comment: "Merci",
});

async function refusal(promise: Promise<unknown>): Promise<TandemError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(error)}`);
  return error;
}

describe("AssessmentService", () => {
  it("open_menteeOfClosingWave_returnsBaselineThemesWithLabelsAndComfort", async () => {
    const { service, mentee } = await setUp();
    const context = await service.open(identityOf(mentee));
    expect(context?.open).toBe(true);
    expect(context?.baseline).toEqual([
      {
        themeId: "artificial-intelligence",
        labels: expect.objectContaining({ en: "Artificial intelligence" }),
        baseline: 1,
      },
      { themeId: "cloud", labels: expect.objectContaining({ fr: "Cloud" }), baseline: 2 },
    ]);
  });

  it("open_mentor_hasNoBaselineThemes", async () => {
    const { service, mentor } = await setUp();
    expect((await service.open(identityOf(mentor)))?.baseline).toEqual([]);
  });

  it("open_waveStillRunning_returnsNothing", async () => {
    const { service, mentee } = await setUp("running");
    expect(await service.open(identityOf(mentee))).toBeUndefined();
  });

  it("submit_validAnswers_savesOneDocumentForTheCallerOnly", async () => {
    const { service, mentee, repos, wave } = await setUp();
    const outcome = await service.submit(identityOf(mentee), menteeDraft());
    expect(outcome.status).toBe("saved");
    expect(await repos.assessments.listByWave(wave.id)).toEqual([
      expect.objectContaining({
        participantId: mentee.id,
        role: "mentee",
        satisfaction: 5,
        wouldRecommend: true,
        comment: "Merci",
        themes: [
          { themeId: "artificial-intelligence", rating: 4 },
          { themeId: "cloud", rating: 3 },
        ],
      }),
    ]);
  });

  it("submit_sameAnswersTwice_writesOnce_andAChangeOverwritesKeepingFirstSubmission", async () => {
    const { service, mentee, repos, wave } = await setUp();
    await service.submit(identityOf(mentee), menteeDraft());
    const writes = repos.writes;
    const again = await service.submit(identityOf(mentee), menteeDraft());
    expect(again.status).toBe("unchanged");
    expect(repos.writes).toBe(writes);
    const first = (await repos.assessments.get(wave.id, mentee.id))!.submittedAt;
    now = new Date(now.getTime() + 60_000);
    const changed = await service.submit(identityOf(mentee), menteeDraft(5));
    expect(changed.status).toBe("saved");
    const stored = await repos.assessments.listByWave(wave.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ submittedAt: first, updatedAt: now.toISOString() });
    expect(stored[0]!.themes[0]!.rating).toBe(5);
  });

  it("submit_invalidAnswers_isValidationAndSavesNothing", async () => {
    const { service, mentee, repos, wave } = await setUp();
    const error = await refusal(service.submit(identityOf(mentee), { ...menteeDraft(), satisfaction: 9 }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.map((e) => e.field)).toEqual(["satisfaction"]);
    expect(await repos.assessments.listByWave(wave.id)).toEqual([]);
  });

  it("submit_afterTheWaveClosed_isAssessmentClosedAndSavesNothing", async () => {
    const { service, mentee, repos, wave } = await setUp("closed");
    const context = await service.open(identityOf(mentee));
    expect(context?.open).toBe(false);
    const error = await refusal(service.submit(identityOf(mentee), menteeDraft()));
    expect(error.code).toBe("ASSESSMENT_CLOSED");
    expect(error.message).toMatch(/closed/);
    expect(await repos.assessments.listByWave(wave.id)).toEqual([]);
  });

  it("submit_beforeClosing_isAssessmentClosed", async () => {
    const { service, mentee } = await setUp("running");
    expect((await refusal(service.submit(identityOf(mentee), menteeDraft()))).code).toBe("ASSESSMENT_CLOSED");
  });

  it("submit_withdrawnOrUnknownIdentity_findsNoAssessment", async () => {
    const { service, mentee, repos } = await setUp();
    const withdrawn: Participant = { ...mentee, status: "withdrawn" };
    await repos.participants.save(withdrawn);
    expect(await service.open(identityOf(mentee))).toBeUndefined();
    expect(await service.open({ tenantId: mentee.tenantId, aadObjectId: "someone-else" })).toBeUndefined();
  });
});
