/**
 * Proactive delivery: what the product asks to send, what became of it, and the log that keeps one
 * logical message from being sent twice.
 *
 * Guarantee (Teams has no idempotency key, so this is the best a sender can do): a key is sent at most
 * once, except in two narrow windows where it may be sent twice:
 * - the process dies (or the log write fails) after Teams accepted the message and before the outcome
 *   is recorded; once the claim's lease has run out, a later run re-claims the key and sends again;
 * - an attempt fails ambiguously (network error after the request left, 502/504) and the retry is
 *   delivered although the first one was too.
 * Nothing else sends a key twice: a live claim is exclusive (at most one claimant wins, ETag-guarded),
 * and a sender stops starting attempts `DELIVERY_SEND_BUDGET_MS` after its claim, well inside the lease.
 */

/** A message to deliver proactively, once. */
export interface OutgoingMessage {
  /** Deterministic logical id, e.g. "questionnaire:<waveId>:<participantId>:initial". */
  readonly key: string;
  /** Opaque to the domain: the bot's stored conversation reference (from an authenticated activity). */
  readonly conversationReference: Readonly<Record<string, unknown>>;
  /** The activity to post, e.g. { type: "message", attachments: [...] }. */
  readonly activity: Readonly<Record<string, unknown>>;
}

/** Why a conversation cannot be reached: the person blocked the bot, the bot is gone, or the reference is unusable. */
export type UnreachableReason = "blocked" | "not-installed" | "bad-reference";

export type DeliveryOutcome =
  | { readonly status: "sent"; readonly activityId?: string }
  /** The log shows this key was sent before: nothing was sent now. */
  | { readonly status: "already-sent" }
  | { readonly status: "unreachable"; readonly reason: UnreachableReason }
  | { readonly status: "failed"; readonly error: string }
  /** Another sender holds a live claim on this key: nothing was sent now; ask again later. */
  | { readonly status: "in-progress" };

/** The outcomes a sender records in the log when it completes its claim. */
export type RecordedOutcome = Extract<DeliveryOutcome, { status: "sent" | "unreachable" | "failed" }>;

/** What the log knows about one key. */
export type DeliveryRecord =
  | {
      readonly key: string;
      /** Claimed by a sender that may be sending right now (or crashed: see the lease). */
      readonly state: "pending";
      readonly claimedAt: string;
      /** How many times the key was claimed (first claim + takeovers). */
      readonly claims: number;
    }
  | {
      readonly key: string;
      readonly state: "completed";
      readonly claimedAt: string;
      readonly claims: number;
      readonly completedAt: string;
      readonly outcome: RecordedOutcome;
    };

/** A pending claim older than this is taken to be abandoned (its sender died) and may be re-claimed. */
export const DELIVERY_LEASE_MS = 2 * 60_000;

/** A sender starts no attempt later than this after its claim; the rest of the lease covers the last attempt. */
export const DELIVERY_SEND_BUDGET_MS = 90_000;

/** The port: a durable record per key, shared by every sender instance. */
export interface DeliveryLog {
  get(key: string): Promise<DeliveryRecord | undefined>;
  /**
   * Claims the key for one sender: creates a pending record, or takes over a reclaimable one
   * (see `isReclaimable`). False when the key is settled or another sender's claim is live.
   * Of concurrent claims on one key, at most one returns true.
   */
  claim(key: string, now: Date): Promise<boolean>;
  /**
   * Records the outcome of this sender's own claim. Fails with PRECONDITION_FAILED when the claim
   * was meanwhile taken over (the sender overran the lease), leaving the other sender's record alone.
   */
  complete(key: string, outcome: RecordedOutcome, now: Date): Promise<void>;
}

/**
 * True when an outcome settles its key for good: it was sent, or Teams said the person blocked the bot
 * or it is not installed (do not retry forever; a new campaign step uses a new key). A failure, or a
 * reference Teams refused, leaves the key open for a later run.
 */
export function isFinalOutcome(outcome: RecordedOutcome): boolean {
  if (outcome.status === "sent") return true;
  if (outcome.status === "unreachable") return outcome.reason !== "bad-reference";
  return false;
}

/** True when a new claim may take the key over: an abandoned pending claim, or a non-final outcome. */
export function isReclaimable(record: DeliveryRecord, now: Date, leaseMs = DELIVERY_LEASE_MS): boolean {
  if (record.state === "completed") return !isFinalOutcome(record.outcome);
  return now.getTime() - Date.parse(record.claimedAt) >= leaseMs;
}

/** What a sender reports for a key it could not claim, from what the log holds. */
export function outcomeOfUnclaimed(record: DeliveryRecord): DeliveryOutcome {
  if (record.state === "pending") return { status: "in-progress" };
  return record.outcome.status === "sent" ? { status: "already-sent" } : record.outcome;
}
