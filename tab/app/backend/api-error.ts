/** One problem with one field of a submission (a 400 VALIDATION answer), worded for the user. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A failed call to Tandem's API (or to Teams sign-in), with a stable code and a message for the user. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
    /** The whole error body, for routes that send more than a message (e.g. an import preview). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The token was missing, invalid or expired: the user has to sign in again. */
  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}

/** Any thrown value as an ApiError, keeping its message when it has one. */
export function toApiError(error: unknown, code: string, fallbackMessage: string): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return new ApiError(0, code, detail ? `${fallbackMessage} (${detail})` : fallbackMessage);
}
