import { findCurrentEnrolment, findLastClosedEnrolment, type CurrentEnrolment } from "./enrolment";
import { hasErrorCode, TandemError } from "./errors";
import type { Identity } from "./participant";
import type { Clock, Repositories, Versioned } from "./ports";
import {
  questionnaireResponseId,
  sameAnswers,
  type QuestionnaireAnswers,
  type QuestionnaireResponse,
} from "./questionnaire";
import {
  validateMenteeDraft,
  validateMentorDraft,
  type MenteeDraft,
  type MentorDraft,
} from "./questionnaire-validation";
import { isQuestionnaireOpen } from "./wave";

/** A participant's questionnaire as they see it: their wave, their answers so far, whether it is open. */
export interface QuestionnaireContext extends CurrentEnrolment {
  readonly response?: QuestionnaireResponse;
  readonly open: boolean;
}

/** A submission as received: who it claims to be for (untrusted) and the answers. */
export interface QuestionnaireSubmission {
  readonly participantId: unknown;
  readonly draft: ({ readonly kind: "mentee" } & MenteeDraft) | ({ readonly kind: "mentor" } & MentorDraft);
}

export interface SubmissionOutcome {
  /** "unchanged" when the same answers were already saved (a double click, a retry): nothing was written. */
  readonly status: "saved" | "unchanged";
  readonly context: QuestionnaireContext & { readonly response: QuestionnaireResponse };
}

const MAX_WRITE_ATTEMPTS = 3;

/** Sends, validates and saves the needs (mentee) and skills (mentor) questionnaires. */
export class QuestionnaireService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  /** The caller's questionnaire; fails with NOT_ENROLLED when they take part in no active wave. */
  async open(identity: Identity): Promise<QuestionnaireContext> {
    return (await this.read(identity)).context;
  }

  /**
   * The caller's questionnaire in the last wave they took part in that is now closed (read-only: `open`
   * is false), for "My mentoring" once the programme is over; undefined when there is none.
   */
  async openLastClosed(identity: Identity): Promise<QuestionnaireContext | undefined> {
    const past = await findLastClosedEnrolment(this.repos, identity);
    if (past === undefined) return undefined;
    const stored = await this.repos.responses.get(past.wave.id, past.participant.id);
    return { ...past, ...(stored ? { response: stored.value } : {}), open: false };
  }

  /** The questionnaire and the stored answers' version, read once (a submission writes against that version). */
  private async read(
    identity: Identity,
  ): Promise<{ context: QuestionnaireContext; stored: Versioned<QuestionnaireResponse> | undefined }> {
    const enrolment = await findCurrentEnrolment(this.repos, identity);
    if (enrolment === undefined) {
      throw new TandemError("NOT_ENROLLED", "You are not enrolled in a mentoring wave.");
    }
    const stored = await this.repos.responses.get(enrolment.wave.id, enrolment.participant.id);
    const context: QuestionnaireContext = {
      ...enrolment,
      ...(stored ? { response: stored.value } : {}),
      open: isQuestionnaireOpen(enrolment.wave, this.clock.now()),
    };
    return { context, stored };
  }

  /**
   * Validates and saves answers for the caller. Refuses answers meant for another participant, answers
   * after the questionnaire closed, and invalid answers (VALIDATION with one message per field); saves
   * nothing in those cases. Idempotent: the same answers twice are saved once.
   */
  async submit(identity: Identity, submission: QuestionnaireSubmission): Promise<SubmissionOutcome> {
    const { context, stored } = await this.read(identity);
    const { participant, wave } = context;
    if (submission.participantId !== participant.id) {
      throw new TandemError("FORBIDDEN", "This questionnaire belongs to someone else, so it was not saved.");
    }
    if (!context.open) {
      throw new TandemError("QUESTIONNAIRE_CLOSED", `The questionnaire of ${wave.name} is closed.`);
    }
    if (submission.draft.kind !== participant.role) {
      throw new TandemError(
        "FORBIDDEN",
        `This is not the ${participant.role}s' questionnaire, so it was not saved.`,
      );
    }
    const validation =
      submission.draft.kind === "mentee"
        ? validateMenteeDraft(submission.draft, wave)
        : validateMentorDraft(submission.draft, wave);
    if (!validation.ok) {
      throw new TandemError("VALIDATION", "Some answers need a correction.", validation.errors);
    }
    const { status, response } = await this.save(context, validation.value, stored);
    return { status, context: { ...context, response } };
  }

  /**
   * Create or replace under optimistic concurrency, starting from the version read with the questionnaire;
   * a lost race (someone wrote in between) re-reads and tries again.
   */
  private async save(
    context: QuestionnaireContext,
    answers: QuestionnaireAnswers,
    read: Versioned<QuestionnaireResponse> | undefined,
  ): Promise<{ status: SubmissionOutcome["status"]; response: QuestionnaireResponse }> {
    const { wave, participant } = context;
    for (let attempt = 1; ; attempt++) {
      const now = this.clock.now().toISOString();
      const stored = attempt === 1 ? read : await this.repos.responses.get(wave.id, participant.id);
      try {
        if (stored === undefined) {
          const created = await this.repos.responses.create({
            id: questionnaireResponseId(participant.id),
            waveId: wave.id,
            participantId: participant.id,
            role: participant.role,
            answers,
            submittedAt: now,
            updatedAt: now,
            revision: 1,
          });
          return { status: "saved", response: created.value };
        }
        if (sameAnswers(stored.value.answers, answers))
          return { status: "unchanged", response: stored.value };
        const replaced = await this.repos.responses.replace(
          { ...stored.value, answers, updatedAt: now, revision: stored.value.revision + 1 },
          stored.etag,
        );
        return { status: "saved", response: replaced.value };
      } catch (error) {
        const raced = hasErrorCode(error, "CONFLICT") || hasErrorCode(error, "PRECONDITION_FAILED");
        if (!raced || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }
}
