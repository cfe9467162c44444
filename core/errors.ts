/** Stable error codes shared by the bot, the tab API and the store adapters. */
export type ErrorCode =
  | "VALIDATION"
  | "NOT_ENROLLED"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "QUESTIONNAIRE_CLOSED"
  | "INVALID_TRANSITION"
  | "CONFLICT"
  | "PRECONDITION_FAILED";

/** One problem with one field of a submission, worded for the person who filled it in. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
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
