/**
 * A member's check-in after a session: held, rescheduled or cancelled, a rating when held, an optional
 * private comment. A "held" check-in from any member marks the session held; the others leave a trace in
 * its history (and the pair reschedules or cancels it themselves).
 */
import type { Participant } from "../participant";
import type { Wave } from "../wave";
import { refused, type SessionProblem } from "./session-rules";
import { checkInId, type CheckIn, type MentoringSession } from "./session";

export const CHECK_IN_COMMENT_MAX_LENGTH = 1000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const OUTCOMES: readonly CheckIn["outcome"][] = ["held", "rescheduled", "cancelled"];

/** What the check-in card or form sent (untrusted: a rating may come as "4"). */
export interface CheckInInput {
  readonly outcome: unknown;
  readonly rating?: unknown;
  readonly comment?: unknown;
}

export type CheckInDecision =
  | {
      readonly status: "recorded";
      readonly checkIn: CheckIn;
      /** The session as it must be written, or undefined when it does not change. */
      readonly session?: MentoringSession;
    }
  /** The member sent the same answer again: nothing to write. */
  | { readonly status: "unchanged"; readonly checkIn: CheckIn }
  | { readonly status: "refused"; readonly problems: readonly SessionProblem[] };

/**
 * Decides a member's check-in on a scheduled (or already held) session whose start has passed. `previous`
 * is the member's earlier check-in, if any: one that predates the session's current start was about an
 * earlier date and is simply replaced.
 */
export function recordCheckIn(input: {
  readonly wave: Wave;
  readonly session: MentoringSession;
  readonly member: Participant;
  readonly answer: CheckInInput;
  readonly previous?: CheckIn;
  readonly now: Date;
}): CheckInDecision {
  const { wave, session, member, answer, previous, now } = input;
  if (session.status === "cancelled") return refused({ field: "session", reason: "cancelled" });
  if (session.status === "proposed") return refused({ field: "session", reason: "not-accepted" });
  if (wave.state !== "running" && wave.state !== "closing")
    return refused({ field: "wave", reason: "not-running" });
  if (now.getTime() < Date.parse(session.start))
    return refused({ field: "session", reason: "not-yet-started" });

  const outcome = OUTCOMES.find((o) => o === answer.outcome);
  const rating = ratingOf(answer.rating);
  const comment = typeof answer.comment === "string" ? answer.comment.trim() : "";
  const problems: SessionProblem[] = [];
  if (outcome === undefined) problems.push({ field: "outcome", reason: "missing" });
  if (outcome === "held" && rating === undefined) problems.push({ field: "rating", reason: "missing" });
  if (outcome === "held" && rating === "out-of-range")
    problems.push({ field: "rating", reason: "out-of-range" });
  if (comment.length > CHECK_IN_COMMENT_MAX_LENGTH) problems.push({ field: "comment", reason: "too-long" });
  if (problems.length > 0 || outcome === undefined) return { status: "refused", problems };

  const checkIn: CheckIn = {
    id: checkInId(session.id, member.id),
    waveId: session.waveId,
    pairId: session.pairId,
    sessionId: session.id,
    participantId: member.id,
    outcome,
    ...(outcome === "held" && typeof rating === "number" ? { rating } : {}),
    ...(comment === "" ? {} : { comment }),
    at: now.toISOString(),
  };
  if (
    previous !== undefined &&
    sameAnswer(previous, checkIn) &&
    Date.parse(previous.at) >= Date.parse(session.start)
  )
    return { status: "unchanged", checkIn: previous };
  return { status: "recorded", checkIn, session: sessionAfter(session, checkIn, member, now) };
}

/** True when the member has checked in on the session's current date (not on an earlier one it was moved from). */
export function hasCheckedIn(session: MentoringSession, checkIn: CheckIn | undefined): boolean {
  return checkIn !== undefined && Date.parse(checkIn.at) >= Date.parse(session.start);
}

function sessionAfter(
  session: MentoringSession,
  checkIn: CheckIn,
  member: Participant,
  now: Date,
): MentoringSession | undefined {
  if (session.status === "held") return undefined;
  const at = now.toISOString();
  if (checkIn.outcome === "held")
    return {
      ...session,
      status: "held",
      history: [...session.history, { at, by: member.id, action: "held" }],
      updatedAt: at,
    };
  return {
    ...session,
    history: [...session.history, { at, by: member.id, action: "not-held", reason: checkIn.outcome }],
    updatedAt: at,
  };
}

function sameAnswer(a: CheckIn, b: CheckIn): boolean {
  return a.outcome === b.outcome && a.rating === b.rating && a.comment === b.comment;
}

/** An integer 1–5 (number or numeric text), "out-of-range" for anything else given, undefined when absent. */
function ratingOf(value: unknown): number | "out-of-range" | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= RATING_MIN && n <= RATING_MAX ? n : "out-of-range";
}
