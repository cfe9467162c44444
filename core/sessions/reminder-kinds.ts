/**
 * The nudges that keep a wave alive, and when each is due. Every due reminder carries a deterministic key:
 * the scheduler sends a key once (its delivery log is keyed by it), so asking again is always safe.
 */
import type { CheckIn, MentoringSession } from "./session";
import type { PublishedPair } from "../matching/published-pair";
import type { Participant } from "../participant";
import type { Wave } from "../wave";

/**
 * - prepare: to the mentor, `wave.reminderLeadDays` days before the session at 09:00 in the mentor's zone
 *   (the mentee's goals, agreed topics, last session's open action items);
 * - same-day: to every member at 08:00 local on the session's local day;
 * - check-in: to every member who has not checked in, 15 minutes after the session ends;
 * - stall: to every member when no session was held for `wave.stallDays` days;
 * - stall-hr: the same stall, flagged to HR (no participant).
 */
export type ReminderKind = "prepare" | "same-day" | "check-in" | "stall" | "stall-hr";

/** The hours and delays of the rules above; tests and the sender use the defaults. */
export interface ReminderSettings {
  /** Local hour of the mentor's prepare nudge. */
  readonly prepareHour: number;
  /** Local hour of the same-day reminder. */
  readonly sameDayHour: number;
  /** A prepare nudge whose hour passed before the session was booked goes at once if the session is this far. */
  readonly prepareMinNoticeMinutes: number;
  /** Same for the same-day reminder of a session booked later that day. */
  readonly sameDayMinNoticeMinutes: number;
  /** How long after the session's end the check-in card goes. */
  readonly checkInDelayMinutes: number;
  /** How long a missed check-in or stall nudge is still worth sending (the scheduler was down). */
  readonly catchUpDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  prepareHour: 9,
  sameDayHour: 8,
  prepareMinNoticeMinutes: 120,
  sameDayMinNoticeMinutes: 60,
  checkInDelayMinutes: 15,
  catchUpDays: 7,
};

/** Defaults of the wave settings the rules read. */
export const DEFAULT_REMINDER_LEAD_DAYS = 3;
export const DEFAULT_STALL_DAYS = 40;

/** Everything the rules look at: one wave's pairs, sessions, check-ins and people, as stored now. */
export interface ReminderData {
  readonly wave: Wave;
  readonly pairs: readonly PublishedPair[];
  readonly sessions: readonly MentoringSession[];
  readonly checkIns: readonly CheckIn[];
  readonly participants: readonly Participant[];
}

/** A nudge that is due now: who gets it, about what, since when, and until when it is still worth sending. */
export interface DueReminder {
  /** Deterministic: `reminder:<wave>:<session>:<start>:<kind>:<participant>` or `stall:<wave>:<pair>:<since>:<period>:<participant|hr>`. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly waveId: string;
  readonly pairId: string;
  readonly sessionId?: string;
  /** Absent for the HR flag. */
  readonly participantId?: string;
  /** ISO instant. */
  readonly dueAt: string;
  /** ISO instant after which it is pointless (the session started; a week went by). */
  readonly expiresAt: string;
  /** Stall nudges: the 1-based stall period since the last held session (or publication). */
  readonly stallPeriod?: number;
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A compact, sortable UTC stamp for keys ("20261020T083000Z"). */
export function keyStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
}
