import { menteeQuestionnaireCard } from "../../bot/cards/mentee-questionnaire-card";
import {
  answersAsCardValues,
  cardValues,
  parseQuestionnaireSubmission,
} from "../../bot/questionnaire-card-inputs";
import { hasErrorCode } from "../../core/errors";
import type { Participant } from "../../core/participant";
import type { Repositories, Versioned } from "../../core/ports";
import { GOAL_MAX_LENGTH, type QuestionnaireResponse } from "../../core/questionnaire";
import { QuestionnaireService, type QuestionnaireSubmission } from "../../core/questionnaire-service";
import { validateMenteeDraft, validateMentorDraft } from "../../core/questionnaire-validation";
import type { Wave } from "../../core/wave";
import { validateAdaptiveCard } from "../support/adaptive-card-validation";
import { aMentee, aMentor, aWave, menteeAnswers, mentorAnswers } from "./cards/fixtures";

/** What core's validation says about a parsed submission's draft. */
function validate(submission: QuestionnaireSubmission, wave: Wave = aWave()) {
  return submission.draft.kind === "mentee"
    ? validateMenteeDraft(submission.draft, wave)
    : validateMentorDraft(submission.draft, wave);
}

/** A service over one participant in one open wave, storing responses in memory. */
function serviceFor(participant: Participant) {
  const wave = aWave({ questionnaireDeadline: undefined });
  const saved = new Map<string, Versioned<QuestionnaireResponse>>();
  const repos = {
    waves: { get: async (id: string) => (id === wave.id ? wave : undefined) },
    participants: {
      get: async (_: string, id: string) => (id === participant.id ? participant : undefined),
      getWithWave: async (waveId: string, id: string) => ({
        wave: waveId === wave.id ? wave : undefined,
        participant: id === participant.id ? participant : undefined,
      }),
    },
    users: {
      get: async () => ({
        tenantId: participant.tenantId,
        aadObjectId: participant.aadObjectId,
        enrolments: [{ waveId: wave.id, participantId: participant.id, role: participant.role }],
        updatedAt: "2025-03-01T00:00:00Z",
      }),
    },
    responses: {
      get: async (_: string, id: string) => saved.get(id),
      create: async (response: QuestionnaireResponse) => {
        saved.set(response.participantId, { value: response, etag: "1" });
        return { value: response, etag: "1" };
      },
    },
  } as unknown as Repositories;
  const service = new QuestionnaireService(repos, { now: () => new Date("2025-03-10T10:00:00Z") });
  const identity = { tenantId: participant.tenantId, aadObjectId: participant.aadObjectId ?? "" };
  return { submit: (data: unknown) => service.submit(identity, parseQuestionnaireSubmission(data)) };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (hasErrorCode(error, "FORBIDDEN") || hasErrorCode(error, "VALIDATION")) return error.code;
    throw error;
  }
  return "saved";
}

describe("parseQuestionnaireSubmission", () => {
  it("mentee answers as card values → a draft core validates back to the same answers", () => {
    const answers = menteeAnswers();
    const submission = parseQuestionnaireSubmission({
      participantId: "p-1",
      kind: "mentee",
      ...answersAsCardValues(answers),
    });
    expect(submission.participantId).toBe("p-1");
    expect(validate(submission)).toEqual({ ok: true, value: answers });
  });

  it("mentor answers as card values → a draft core validates back to the same answers", () => {
    const answers = mentorAnswers();
    const submission = parseQuestionnaireSubmission({
      participantId: "p-2",
      kind: "mentor",
      ...answersAsCardValues(answers),
    });
    expect(validate(submission)).toEqual({ ok: true, value: answers });
  });

  it("card inputs as Teams sends them → needs and skills by line, strings untouched", () => {
    const mentee = parseQuestionnaireSubmission({
      participantId: "p-1",
      kind: "mentee",
      need1: "cloud",
      comfort1: "3",
      need3: "blockchain",
      comfort3: "",
      goal: " Learn ",
      preferredLanguage: "nl",
    });
    expect(mentee.draft).toEqual({
      kind: "mentee",
      needs: [
        { themeId: "cloud", comfort: "3" },
        { themeId: undefined, comfort: undefined },
        { themeId: "blockchain", comfort: "" },
      ],
      goal: " Learn ",
      preferredLanguage: "nl",
    });
    const mentor = parseQuestionnaireSubmission({
      kind: "mentor",
      skill2: "cloud",
      level2: "5",
      languages: "fr,en",
      capacity: "3",
    });
    expect(mentor.draft).toMatchObject({ kind: "mentor", languages: "fr,en", capacity: "3" });
    expect(mentor.draft.kind === "mentor" && mentor.draft.skills).toHaveLength(5);
    expect(mentor.draft.kind === "mentor" && mentor.draft.skills[1]).toEqual({
      themeId: "cloud",
      level: "5",
    });
  });

  it("a line set to None → the whole line empty, whatever level was left on it", () => {
    const submission = parseQuestionnaireSubmission({
      participantId: "p-2",
      kind: "mentor",
      ...answersAsCardValues(mentorAnswers()),
      skill2: "-",
    });
    const result = validate(submission);
    expect(result.ok && result.value.kind === "mentor" && result.value.skills.map((s) => s.themeId)).toEqual([
      "cloud",
      "social-networks",
    ]);
  });

  it("participantId of any type → kept as given for the service to compare", () => {
    for (const participantId of ["p-1", 42, { id: "p-1" }, ["p-1"], null]) {
      expect(parseQuestionnaireSubmission({ participantId, kind: "mentee" }).participantId).toEqual(
        participantId,
      );
    }
  });

  it.each([null, undefined, 42, "kind=mentee", true, [], [{ kind: "mentee" }]])(
    "data %p (not an object) → an empty mentee draft that fails validation, no exception",
    (data) => {
      const submission = parseQuestionnaireSubmission(data);
      expect(submission).toEqual({ participantId: undefined, draft: { kind: "mentee", needs: [] } });
      expect(validate(submission).ok).toBe(false);
    },
  );

  it.each([undefined, "admin", "MENTOR", ["mentor"], { toString: "mentor" }, 1])(
    "kind %p → an empty mentee draft whatever the other fields say",
    (kind) => {
      const submission = parseQuestionnaireSubmission({
        participantId: "p-1",
        kind,
        ...answersAsCardValues(menteeAnswers()),
      });
      expect(submission).toEqual({ participantId: "p-1", draft: { kind: "mentee", needs: [] } });
      expect(validate(submission)).toMatchObject({
        ok: false,
        errors: expect.arrayContaining([expect.objectContaining({ field: "need1" })]),
      });
    },
  );

  it("an unknown kind → refused by the service for a mentee (VALIDATION) and a mentor (FORBIDDEN)", async () => {
    const mentee = aMentee();
    const mentor = aMentor();
    const values = answersAsCardValues(mentorAnswers());
    await expect(
      refusal(serviceFor(mentee).submit({ participantId: mentee.id, kind: "x", ...values })),
    ).resolves.toBe("VALIDATION");
    await expect(
      refusal(serviceFor(mentor).submit({ participantId: mentor.id, kind: "x", ...values })),
    ).resolves.toBe("FORBIDDEN");
    await expect(
      refusal(serviceFor(mentor).submit({ participantId: mentor.id, kind: "mentor", ...values })),
    ).resolves.toBe("saved");
  });

  it("arrays, numbers and nested objects as values → unanswered, so validation refuses them", () => {
    const submission = parseQuestionnaireSubmission({
      participantId: "p-1",
      kind: "mentee",
      need1: ["cloud"],
      comfort1: 3,
      need2: { id: "cloud" },
      goal: { text: "hi" },
      preferredLanguage: ["fr"],
    });
    expect(submission.draft).toEqual({
      kind: "mentee",
      needs: [{}, {}, {}].map(() => ({ themeId: undefined, comfort: undefined })),
      goal: undefined,
      preferredLanguage: undefined,
    });
    const result = validate(submission);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      "need1",
      "goal",
      "preferredLanguage",
    ]);
  });

  it("mentor languages sent as an array → unanswered rather than trusted", () => {
    const submission = parseQuestionnaireSubmission({
      kind: "mentor",
      ...answersAsCardValues(mentorAnswers()),
      languages: ["fr", "en"],
    });
    expect(submission.draft.kind === "mentor" && submission.draft.languages).toBeUndefined();
  });

  it("__proto__ keys and inherited fields → ignored, nothing polluted", () => {
    const hostile = JSON.parse(
      '{"__proto__": {"kind": "mentor", "goal": "polluted", "need1": "cloud"}, "participantId": "p-1", "kind": "mentee"}',
    ) as unknown;
    const submission = parseQuestionnaireSubmission(hostile);
    expect(submission.draft).toMatchObject({ kind: "mentee", goal: undefined });
    expect(submission.draft.kind === "mentee" && submission.draft.needs[0]).toEqual({
      themeId: undefined,
      comfort: undefined,
    });
    const inherited = Object.create({ kind: "mentor", participantId: "p-1", goal: "inherited" }) as object;
    expect(parseQuestionnaireSubmission(inherited)).toEqual({
      participantId: undefined,
      draft: { kind: "mentee", needs: [] },
    });
    expect(({} as Record<string, unknown>).goal).toBeUndefined();
    expect(cardValues(hostile)).toEqual({});
  });

  it("a 1 MB goal → passed on whole, so validation refuses it instead of saving a cut version", () => {
    const goal = "x".repeat(1024 * 1024);
    const submission = parseQuestionnaireSubmission({
      ...answersAsCardValues(menteeAnswers()),
      kind: "mentee",
      goal,
    });
    expect(validate(submission)).toEqual({
      ok: false,
      errors: [
        {
          field: "goal",
          message: `Shorten your goal to ${GOAL_MAX_LENGTH} characters or fewer (it has ${goal.length}).`,
          detail: { reason: "text-too-long", max: GOAL_MAX_LENGTH, length: goal.length },
        },
      ],
    });
  });
});

describe("cardValues", () => {
  it("submitted data → known input ids with string values only", () => {
    expect(
      cardValues({
        participantId: "p-1",
        kind: "mentee",
        need1: "cloud",
        comfort1: 3,
        goal: "Learn",
        skill2: "blockchain",
        languages: "fr,en",
        extra: "ignored",
        nested: { goal: "no" },
      }),
    ).toEqual({ need1: "cloud", goal: "Learn", skill2: "blockchain", languages: "fr,en" });
  });

  it.each([null, undefined, 7, "goal", [["goal", "x"]]])("data %p (not an object) → no values", (data) => {
    expect(cardValues(data)).toEqual({});
  });

  it("1 MB strings → cut to what their input can hold, and the refilled card stays valid", () => {
    const huge = "y".repeat(1024 * 1024);
    const values = cardValues({ goal: huge, need1: huge, motivation: huge, languages: huge });
    expect(values.goal).toHaveLength(GOAL_MAX_LENGTH);
    expect(values.need1!.length).toBeLessThanOrEqual(100);
    expect(values.languages!.length).toBeLessThanOrEqual(100);
    const card = menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee(), values });
    expect(validateAdaptiveCard(card)).toEqual([]);
  });
});

describe("answersAsCardValues", () => {
  it("mentee answers → need/comfort per line, goal, language", () => {
    expect(answersAsCardValues(menteeAnswers())).toEqual({
      need1: "social-networks",
      comfort1: "2",
      need2: "artificial-intelligence",
      comfort2: "1",
      goal: "Post about our projects on LinkedIn with confidence.",
      preferredLanguage: "fr",
    });
  });

  it("mentor answers → skill/level per line, motivation, comma-joined languages, capacity", () => {
    expect(answersAsCardValues(mentorAnswers({ skills: [{ themeId: "cloud", level: 4 }] }))).toEqual({
      skill1: "cloud",
      level1: "4",
      motivation: "I like explaining what I use every day.",
      languages: "nl,en",
      capacity: "2",
    });
  });
});
