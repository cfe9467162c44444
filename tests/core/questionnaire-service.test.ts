import { enrolParticipant } from "../../core/enrolment";
import { TandemError } from "../../core/errors";
import type { Participant } from "../../core/participant";
import { QuestionnaireService, type QuestionnaireSubmission } from "../../core/questionnaire-service";
import { inMemoryRepositories } from "../support/in-memory-repositories";
import { aParticipant, aWave, identityOf } from "../support/domain-factories";

const NOW = new Date("2027-01-10T09:00:00Z");

async function setUp(waveOverrides = {}) {
  const repos = inMemoryRepositories();
  const clock = { now: () => NOW };
  const wave = aWave(waveOverrides);
  await repos.waves.save(wave);
  const mentee = aParticipant({ role: "mentee" });
  const mentor = aParticipant({ role: "mentor" });
  await enrolParticipant(repos, mentee, NOW);
  await enrolParticipant(repos, mentor, NOW);
  return { repos, service: new QuestionnaireService(repos, clock), mentee, mentor, wave };
}

const identity = (p: Participant) => identityOf(p);
const menteeSubmission = (p: Participant, goal = "Use Teams well"): QuestionnaireSubmission => ({
  participantId: p.id,
  draft: {
    kind: "mentee",
    needs: [{ themeId: "collaboration-tools", comfort: "2" }],
    goal,
    preferredLanguage: "en",
  },
});

async function refusal(promise: Promise<unknown>): Promise<TandemError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(error)}`);
  return error;
}

describe("QuestionnaireService", () => {
  it("open_forEnrolledMentee_returnsWaveParticipantAndOpenState", async () => {
    const { service, mentee } = await setUp();
    const context = await service.open(identity(mentee));
    expect(context.participant.id).toBe(mentee.id);
    expect(context.open).toBe(true);
    expect(context.response).toBeUndefined();
  });

  it("open_forUnknownPerson_failsNotEnrolled", async () => {
    const { service } = await setUp();
    expect((await refusal(service.open({ tenantId: "t", aadObjectId: "nobody" }))).code).toBe("NOT_ENROLLED");
  });

  it("open_sameObjectIdInAnotherTenant_failsNotEnrolled", async () => {
    const { service, mentee } = await setUp();
    expect(
      (await refusal(service.open({ tenantId: "other-tenant", aadObjectId: identityOf(mentee).aadObjectId })))
        .code,
    ).toBe("NOT_ENROLLED");
  });

  it("submit_validAnswers_savesRevisionOne", async () => {
    const { service, mentee, repos } = await setUp();
    const outcome = await service.submit(identity(mentee), menteeSubmission(mentee));
    expect(outcome.status).toBe("saved");
    const stored = await repos.responses.get("wave-1", mentee.id);
    expect(stored?.value).toMatchObject({ revision: 1, role: "mentee", answers: { goal: "Use Teams well" } });
  });

  it("submit_sameAnswersTwice_savesOnce", async () => {
    const { service, mentee, repos } = await setUp();
    await service.submit(identity(mentee), menteeSubmission(mentee));
    const second = await service.submit(identity(mentee), menteeSubmission(mentee));
    expect(second.status).toBe("unchanged");
    expect(repos.writes).toBe(1);
    expect((await repos.responses.get("wave-1", mentee.id))?.value.revision).toBe(1);
  });

  it("submit_changedAnswers_replacesAndBumpsRevision", async () => {
    const { service, mentee, repos } = await setUp();
    await service.submit(identity(mentee), menteeSubmission(mentee));
    await service.submit(identity(mentee), menteeSubmission(mentee, "Lead a Teams meeting with my team"));
    const stored = await repos.responses.get("wave-1", mentee.id);
    expect(stored?.value).toMatchObject({
      revision: 2,
      answers: { goal: "Lead a Teams meeting with my team" },
    });
  });

  it("submit_concurrentDoubleSubmit_savesOnce", async () => {
    const { service, mentee, repos } = await setUp();
    const outcomes = await Promise.all([
      service.submit(identity(mentee), menteeSubmission(mentee)),
      service.submit(identity(mentee), menteeSubmission(mentee)),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["saved", "unchanged"]);
    expect(repos.writes).toBe(1);
  });

  it("submit_dataForAnotherParticipant_isForbidden_andNothingSaved", async () => {
    const { service, mentee, mentor, repos } = await setUp();
    const error = await refusal(service.submit(identity(mentor), menteeSubmission(mentee)));
    expect(error.code).toBe("FORBIDDEN");
    expect(repos.writes).toBe(0);
  });

  it("submit_mentorDraftFromMentee_isForbidden", async () => {
    const { service, mentee, repos } = await setUp();
    const submission: QuestionnaireSubmission = {
      participantId: mentee.id,
      draft: {
        kind: "mentor",
        skills: [{ themeId: "cloud", level: 3 }],
        motivation: "x",
        languages: "en",
        capacity: 1,
      },
    };
    expect((await refusal(service.submit(identity(mentee), submission))).code).toBe("FORBIDDEN");
    expect(repos.writes).toBe(0);
  });

  it("submit_invalidAnswers_failsValidationWithFieldErrors_andNothingSaved", async () => {
    const { service, mentee, repos } = await setUp();
    const error = await refusal(
      service.submit(identity(mentee), {
        participantId: mentee.id,
        draft: { kind: "mentee", needs: [], goal: "", preferredLanguage: "en" },
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.map((e) => e.field)).toEqual(["need1", "goal"]);
    expect(repos.writes).toBe(0);
  });

  it("submit_afterDeadline_failsClosed", async () => {
    const { service, mentee, repos } = await setUp({ questionnaireDeadline: "2027-01-09T00:00:00Z" });
    expect((await refusal(service.submit(identity(mentee), menteeSubmission(mentee)))).code).toBe(
      "QUESTIONNAIRE_CLOSED",
    );
    expect(repos.writes).toBe(0);
  });

  it("submit_whenWaveMovedToMatching_failsClosed", async () => {
    const { service, mentee } = await setUp({ state: "matching" });
    expect((await refusal(service.submit(identity(mentee), menteeSubmission(mentee)))).code).toBe(
      "QUESTIONNAIRE_CLOSED",
    );
  });
});
