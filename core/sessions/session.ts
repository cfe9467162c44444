/**
 * A mentoring session of a published pair (or group): proposed by one member, accepted by another,
 * possibly rescheduled or cancelled with a reason, then held. One document per session, in the wave's
 * partition, changed under its ETag; the id is deterministic (pair + sequence), so a retried proposal
 * never creates a second session.
 */
export type SessionStatus = "proposed" | "scheduled" | "held" | "cancelled";

export interface SessionChange {
  readonly at: string;
  /** Participant id of who made the change. */
  readonly by: string;
  readonly action: "proposed" | "accepted" | "rescheduled" | "cancelled" | "link-set" | "held" | "not-held";
  readonly start?: string;
  readonly previousStart?: string;
  readonly reason?: string;
}

export interface MentoringSession {
  readonly id: string;
  readonly waveId: string;
  readonly tenantId: string;
  readonly pairId: string;
  /** 1-based position in the pair's plan (the wave's cadence gives e.g. 6 monthly sessions). */
  readonly sequence: number;
  /** ISO instant (UTC). */
  readonly start: string;
  readonly durationMinutes: number;
  /** The proposer's IANA time zone, for the invitation and for showing the time as they meant it. */
  readonly timeZone: string;
  readonly status: SessionStatus;
  readonly proposedBy: string;
  readonly acceptedBy?: string;
  /** The Teams meeting link (https only). */
  readonly meetingUrl?: string;
  readonly history: readonly SessionChange[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function sessionId(pairId: string, sequence: number): string {
  return `session:${pairId}:${sequence}`;
}

/**
 * A participant's check-in after a session (and their evaluation of it, as at Cofely). The comment is
 * private to its author: never shown to the other member, never to HR (HR sees aggregates of ratings).
 */
export interface CheckIn {
  readonly id: string;
  readonly waveId: string;
  readonly pairId: string;
  readonly sessionId: string;
  readonly participantId: string;
  readonly outcome: "held" | "rescheduled" | "cancelled";
  /** 1–5 when held. */
  readonly rating?: number;
  readonly comment?: string;
  readonly at: string;
}

export function checkInId(sessionId: string, participantId: string): string {
  return `checkin:${sessionId}:${participantId}`;
}
