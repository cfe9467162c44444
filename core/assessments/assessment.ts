import type { Role } from "../participant";

/**
 * When an assessment is taken. The baseline is the questionnaire itself: a mentee's comfort (1–5) on each
 * ranked need is their self-assessment on that theme before the wave, so nobody answers twice. The final
 * one is sent by the bot when HR moves the wave to closing.
 */
export type AssessmentKind = "final";

/** A participant's self-assessment on one theme (1–5), the same scale as the questionnaire's comfort. */
export interface ThemeRating {
  readonly themeId: string;
  readonly rating: number;
}

/**
 * A participant's answers at the end of a wave: one document per participant and wave, in the wave's
 * partition. Individual answers are never shown to HR: only aggregates of at least five people.
 */
export interface FinalAssessment {
  readonly waveId: string;
  readonly participantId: string;
  readonly role: Role;
  /** Mentees: the themes of their baseline (their ranked needs), rated again. Mentors: may be empty. */
  readonly themes: readonly ThemeRating[];
  /** Satisfaction with the programme, 1–5. */
  readonly satisfaction: number;
  /** "Would you recommend it to a colleague?" */
  readonly wouldRecommend: boolean;
  /** Optional free text: private to its author, never in the dashboard, the API for HR or an export. */
  readonly comment?: string;
  readonly submittedAt: string;
  readonly updatedAt: string;
}

/** Deterministic id, so a retried or doubled submission never creates a second document. */
export function finalAssessmentId(participantId: string): string {
  return `assessment:final:${participantId}`;
}
