import type { MyMentoringView } from "../../../core/my-mentoring";
import type { HrAccess } from "../../api/hr-api-contract";
import { ApiError, type FieldError } from "./api-error";

/** GET /api/config: how the server runs and whether the demo sign-in is on. */
export interface TabConfig {
  readonly mode: "local" | "production";
  readonly devSignIn: boolean;
  readonly clientId: string;
}

/** One demo user offered by the local sign-in (GET /api/dev/users). */
export interface DevUser {
  readonly id: string;
  readonly displayName: string;
  /** "hr": the demo HR programme lead, who is not a participant. */
  readonly role: "mentor" | "mentee" | "hr";
  readonly department: string;
  readonly waveName: string;
}

/** A token issued by the local issuer (POST /api/dev/token). */
interface DevToken {
  readonly token: string;
  readonly expiresAt: string;
}

const REQUEST_TIMEOUT_MS = 15_000;

export async function fetchConfig(signal?: AbortSignal): Promise<TabConfig> {
  const body = await requestJson("/api/config", { signal });
  if (!isRecord(body) || typeof body.devSignIn !== "boolean") throw unexpectedAnswer();
  return body as unknown as TabConfig;
}

export async function fetchDevUsers(signal?: AbortSignal): Promise<readonly DevUser[]> {
  const body = await requestJson("/api/dev/users", { signal });
  if (!isRecord(body) || !Array.isArray(body.users)) throw unexpectedAnswer();
  return body.users as DevUser[];
}

export async function requestDevToken(userId: string, signal?: AbortSignal): Promise<DevToken> {
  const body = await requestJson("/api/dev/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ userId }),
    signal,
  });
  if (!isRecord(body) || typeof body.token !== "string" || typeof body.expiresAt !== "string") {
    throw unexpectedAnswer();
  }
  return { token: body.token, expiresAt: body.expiresAt };
}

/** GET /api/me as the bearer of `token`. */
export async function fetchMyMentoring(token: string, signal?: AbortSignal): Promise<MyMentoringView> {
  const body = await requestJson("/api/me", { headers: { Authorization: `Bearer ${token}` }, signal });
  if (!isRecord(body) || !isRecord(body.user) || typeof body.user.displayName !== "string") {
    throw unexpectedAnswer();
  }
  if (body.enrolment !== null && !isRecord(body.enrolment)) throw unexpectedAnswer();
  return body as unknown as MyMentoringView;
}

/** GET /api/hr/access: the HR programme lead's access, or undefined for anyone else (403). */
export async function fetchHrAccess(token: string, signal?: AbortSignal): Promise<HrAccess | undefined> {
  try {
    const body = await requestJson("/api/hr/access", {
      headers: { Authorization: `Bearer ${token}` },
      signal,
    });
    if (!isRecord(body) || body.hr !== true) throw unexpectedAnswer();
    return body as unknown as HrAccess;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return undefined;
    throw error;
  }
}

/** Fetches JSON with a timeout; a non-2xx answer becomes an ApiError with the server's code and message. */
export async function requestJson(url: string, init: RequestInit): Promise<unknown> {
  // A timer rather than AbortSignal.timeout/any, which older Teams mobile web views lack.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  const forwardAbort = (): void => controller.abort();
  init.signal?.addEventListener("abort", forwardAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        signal: controller.signal,
        credentials: "same-origin",
        cache: "no-store",
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ApiError(0, "NETWORK", "Tandem could not be reached. Check your connection and try again.");
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw errorFromResponse(response.status, body);
    if (body === undefined) throw unexpectedAnswer();
    return body;
  } finally {
    clearTimeout(timer);
    init.signal?.removeEventListener("abort", forwardAbort);
  }
}

function errorFromResponse(status: number, body: unknown): ApiError {
  const code = isRecord(body) && typeof body.code === "string" ? body.code : `HTTP_${status}`;
  const message =
    isRecord(body) && typeof body.message === "string" && body.message.trim() !== ""
      ? body.message
      : status === 401
        ? "Your session expired, sign in again."
        : "Tandem ran into a problem. Try again in a moment.";
  return new ApiError(status, code, message, fieldErrorsOf(body), body);
}

function fieldErrorsOf(body: unknown): FieldError[] {
  if (!isRecord(body) || !Array.isArray(body.fieldErrors)) return [];
  return body.fieldErrors.filter(
    (item): item is FieldError =>
      isRecord(item) && typeof item.field === "string" && typeof item.message === "string",
  );
}

export function unexpectedAnswer(): ApiError {
  return new ApiError(
    0,
    "BAD_RESPONSE",
    "Tandem sent an answer this page does not understand. Try again later.",
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
