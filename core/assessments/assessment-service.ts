import { enrolmentsWhere } from "../enrolment";
import { TandemError } from "../errors";
import type { LocalisedText } from "../language";
import type { Identity, Participant } from "../participant";
import type { Clock, Repositories } from "../ports";
import type { QuestionnaireResponse } from "../questionnaire";
import { findTheme, type Wave } from "../wave";
import type { FinalAssessment } from "./assessment";
import {
  sameAssessmentAnswers,
  validateFinalAssessment,
  type FinalAssessmentAnswers,
  type FinalAssessmentDraft,
} from "./assessment-validation";

/** A theme of the participant's baseline: what they rated before the wave, to rate again at its end. */
export interface BaselineTheme {
  readonly themeId: string;
  readonly labels: LocalisedText;
  /** Their comfort (1–5) in the questionnaire. */
  readonly baseline: number;
}

/** A participant's final assessment as they see it: their wave, their baseline, their answers so far. */
export interface AssessmentContext {
  readonly wave: Wave;
  readonly participant: Participant;
  /** True while the wave is closing: answers are taken (and may be changed) until HR closes it. */
  readonly open: boolean;
  readonly baseline: readonly BaselineTheme[];
  readonly assessment?: FinalAssessment;
}

export interface AssessmentOutcome {
  /** "unchanged" when the same answers were already saved (a double click, a retry): nothing was written. */
  readonly status: "saved" | "unchanged";
  readonly context: AssessmentContext & { readonly assessment: FinalAssessment };
}

/** The baseline themes of a mentee: their ranked needs with their comfort; none for a mentor. */
export function baselineThemes(wave: Wave, response: QuestionnaireResponse | undefined): BaselineTheme[] {
  const answers = response?.answers;
  if (answers?.kind !== "mentee") return [];
  return answers.needs.map((n) => ({
    themeId: n.themeId,
    labels: findTheme(wave, n.themeId)?.labels ?? { fr: n.themeId, en: n.themeId, nl: n.themeId },
    baseline: n.comfort,
  }));
}

/** Opens and saves the end-of-wave self-assessment of the signed-in participant (never anyone else's). */
export class AssessmentService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  /**
   * The caller's assessment in their wave that is closing (else the last one closed, to say it is over);
   * undefined when none of their waves has reached closing.
   */
  async open(identity: Identity): Promise<AssessmentContext | undefined> {
    const found = await this.closingEnrolment(identity);
    if (found === undefined) return undefined;
    const { wave, participant } = found;
    const [response, assessment] = await Promise.all([
      this.repos.responses.get(wave.id, participant.id),
      this.repos.assessments.get(wave.id, participant.id),
    ]);
    return {
      wave,
      participant,
      open: wave.state === "closing",
      baseline: baselineThemes(wave, response?.value),
      ...(assessment !== undefined ? { assessment } : {}),
    };
  }

  /**
   * Validates and saves the caller's answers (creating or replacing their one document). Refuses with
   * ASSESSMENT_CLOSED outside the closing phase and VALIDATION (one message per field) for invalid answers;
   * saves nothing then. Idempotent: the same answers twice are written once.
   */
  async submit(identity: Identity, draft: FinalAssessmentDraft): Promise<AssessmentOutcome> {
    const context = await this.open(identity);
    if (context === undefined) {
      throw new TandemError(
        "ASSESSMENT_CLOSED",
        "There is no final assessment to answer: it opens when your wave starts closing.",
      );
    }
    if (!context.open) {
      throw new TandemError(
        "ASSESSMENT_CLOSED",
        `${context.wave.name} is closed: its final assessment no longer takes answers.`,
      );
    }
    const validation = validateFinalAssessment(
      draft,
      context.baseline.map((b) => b.themeId),
    );
    if (!validation.ok) {
      throw new TandemError("VALIDATION", "Some answers need a correction.", validation.errors);
    }
    const stored = context.assessment;
    if (stored !== undefined && sameAssessmentAnswers(stored, validation.value)) {
      return { status: "unchanged", context: { ...context, assessment: stored } };
    }
    const assessment = this.stamp(context, validation.value, stored);
    await this.repos.assessments.save(assessment);
    return { status: "saved", context: { ...context, assessment } };
  }

  private stamp(
    context: AssessmentContext,
    answers: FinalAssessmentAnswers,
    stored: FinalAssessment | undefined,
  ): FinalAssessment {
    const now = this.clock.now().toISOString();
    return {
      waveId: context.wave.id,
      participantId: context.participant.id,
      role: context.participant.role,
      themes: answers.themes,
      satisfaction: answers.satisfaction,
      wouldRecommend: answers.wouldRecommend,
      ...(answers.comment !== undefined ? { comment: answers.comment } : {}),
      submittedAt: stored?.submittedAt ?? now,
      updatedAt: now,
    };
  }

  /** Among the caller's enrolments: the wave closing now, else the most recent closed one. */
  private async closingEnrolment(
    identity: Identity,
  ): Promise<{ wave: Wave; participant: Participant } | undefined> {
    const found = await enrolmentsWhere(
      this.repos,
      identity,
      (wave) => wave.state === "closing" || wave.state === "closed",
    );
    // A wave still closing (answers taken) before any closed one; else the one that started last.
    return found.find((e) => e.wave.state === "closing") ?? found[0];
  }
}
