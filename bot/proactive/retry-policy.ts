import type { RecordedOutcome, UnreachableReason } from "../../core/delivery";
import { ConnectorSendError, type ConnectorFailure } from "./connector-transport";

export interface RetryOptions {
  /** Attempts per message, the first one included. */
  readonly maxAttempts: number;
  /** Backoff after attempt n is uniform in [0, min(maxDelayMs, baseDelayMs · 2^(n-1))) ("full jitter"). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 };

/** After a failed attempt: try again after `delayMs`, or stop with an outcome. */
export type FailureVerdict =
  | { readonly kind: "retry"; readonly delayMs: number; readonly error: string }
  | { readonly kind: "final"; readonly outcome: RecordedOutcome };

/**
 * Statuses Teams asks bots to retry ("Status codes from bot conversational APIs"): 412 (concurrent
 * operations on the conversation), 429 (throttled), 502/503/504. Every other status is final: 500 and
 * 4xx would fail again the same way.
 */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 503, 504]);

/** 403 codes that mean the bot is not (or no longer) in the conversation, rather than blocked. */
const NOT_INSTALLED_CODES: ReadonlySet<string> = new Set([
  "BotNotInConversationRoster",
  "ForbiddenOperationException",
]);

/**
 * Decides what follows failed attempt number `attempt` (1-based): 429 waits for Retry-After (backoff when
 * absent); 412/502/503/504 and network errors back off with full jitter (or honour a Retry-After);
 * 403 and 404 are final "unreachable"; anything else, or running out of attempts, is final "failed".
 */
export function judgeFailure(
  error: unknown,
  attempt: number,
  now: Date,
  random: () => number,
  options: RetryOptions,
): FailureVerdict {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ConnectorSendError) || error.kind === "unexpected") return failed(message);
  if (error.kind === "http") {
    if (error.status === 403) return unreachable(forbiddenReason(error));
    if (error.status === 404) return unreachable("not-installed");
    if (error.status === undefined || !RETRYABLE_STATUSES.has(error.status)) return failed(message);
  }
  if (attempt >= options.maxAttempts) return failed(`Gave up after ${attempt} attempts. Last: ${message}`);
  const delayMs = retryAfterMs(error.retryAfter, now) ?? backoffMs(attempt, random, options);
  return { kind: "retry", delayMs, error: message };
}

/**
 * Milliseconds to wait from `now` for a Retry-After value: delta-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"; a date already past means now). Undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (value === undefined || value === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  if (!/[A-Za-z]/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Exponential backoff with full jitter after attempt number `attempt` (1-based). */
export function backoffMs(attempt: number, random: () => number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * A 403 never gets better by retrying. MessageWritesBlocked (errorCode 209) and ConversationBlockedByUser
 * mean the person blocked or removed the bot; InvalidBotApiHost means the reference names the wrong cloud.
 */
function forbiddenReason(failure: ConnectorFailure): UnreachableReason {
  if (failure.subCode === "MessageWritesBlocked") return "blocked";
  if (failure.code === "InvalidBotApiHost") return "bad-reference";
  if (failure.code !== undefined && NOT_INSTALLED_CODES.has(failure.code)) return "not-installed";
  return "blocked";
}

function failed(error: string): FailureVerdict {
  return { kind: "final", outcome: { status: "failed", error } };
}

function unreachable(reason: UnreachableReason): FailureVerdict {
  return { kind: "final", outcome: { status: "unreachable", reason } };
}
