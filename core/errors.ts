/** Stable error codes shared by the bot, the tab API and the store adapters. */
export type ErrorCode =
  | "VALIDATION"
  | "NOT_ENROLLED"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "QUESTIONNAIRE_CLOSED"
  | "ASSESSMENT_CLOSED"
  | "WAVE_CLOSED"
  | "INVALID_TRANSITION"
  | "CONFLICT"
  | "PRECONDITION_FAILED";

/** Why a field was refused, with what a translation needs: lets each client word it in its reader's language. */
export type FieldErrorDetail =
  | { readonly reason: "too-many"; readonly max: number }
  | { readonly reason: "none-chosen" }
  | { readonly reason: "score-without-theme"; readonly line: number }
  | { readonly reason: "unknown-theme"; readonly line: number }
  | {
      readonly reason: "duplicate-theme";
      readonly themeId: string;
      readonly firstLine: number;
      readonly line: number;
    }
  | { readonly reason: "score-missing"; readonly themeId: string; readonly min: number; readonly max: number }
  | { readonly reason: "text-not-text" }
  | { readonly reason: "text-missing" }
  | { readonly reason: "text-too-long"; readonly max: number; readonly length: number }
  | { readonly reason: "language-missing" }
  | { readonly reason: "languages-missing" }
  | { readonly reason: "languages-unknown" }
  | { readonly reason: "capacity-missing"; readonly min: number; readonly max: number };

/** One problem with one field of a submission, worded for the person who filled it in. */
export interface FieldError {
  readonly field: string;
  /** In English; clients that speak other languages word it from `detail`. */
  readonly message: string;
  readonly detail?: FieldErrorDetail;
}

/** The one error type of the domain: a stable code, a human message, optional field errors. */
export class TandemError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = "TandemError";
  }
}

/** True when `error` is a TandemError with the given code. */
export function hasErrorCode(error: unknown, code: ErrorCode): error is TandemError {
  return error instanceof TandemError && error.code === code;
}
