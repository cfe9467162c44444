/**
 * The rules of a pair's sessions, as pure decisions: propose, accept, reschedule, cancel, set the meeting
 * link. Typed fields come from cards and forms (untrusted); the member is the caller the adapter proved.
 * Each decision says what to write, that nothing changed (a retry, a double click), or why it is refused.
 */
import type { PublishedPair } from "../matching/published-pair";
import type { Participant } from "../participant";
import type { Wave } from "../wave";
import { checkMeetingLink, type MeetingLinkProblem } from "./meeting-link";
import { sessionPlan } from "./session-plan";
import {
  endOfLocalDate,
  isTimeZone,
  participantTimeZone,
  startOfLocalDate,
  zonedStart,
} from "./session-time";
import { sessionId, type MentoringSession, type SessionChange } from "./session";

export const SESSION_REASON_MAX_LENGTH = 500;
/** Sessions a pair may book beyond the plan (they may meet more often than monthly). */
export const EXTRA_SESSIONS_ALLOWED = 2;

/** Why a change was refused; each front end words it in its reader's language. */
export type SessionProblem =
  | { readonly field: "wave"; readonly reason: "not-running" }
  | { readonly field: "date"; readonly reason: "missing" | "not-a-date" | "outside-wave" | "in-the-past" }
  | { readonly field: "time"; readonly reason: "missing" | "not-a-time" }
  | { readonly field: "reason"; readonly reason: "missing" | "too-long" }
  | { readonly field: "meetingUrl"; readonly reason: MeetingLinkProblem }
  | { readonly field: "outcome"; readonly reason: "missing" }
  | { readonly field: "rating"; readonly reason: "missing" | "out-of-range" }
  | { readonly field: "comment"; readonly reason: "too-long" }
  | {
      readonly field: "session";
      readonly reason:
        | "cancelled"
        | "held"
        | "not-accepted"
        | "own-proposal"
        | "not-yet-started"
        | "plan-full"
        | "no-first-proposal";
    };

export type SessionDecision =
  | { readonly status: "changed"; readonly session: MentoringSession }
  /** Already so (the same proposal again, an accepted session accepted again): nothing to write. */
  | { readonly status: "unchanged"; readonly session: MentoringSession }
  | { readonly status: "refused"; readonly problems: readonly SessionProblem[] };

/** A date and time as typed by a member, read in their zone (`timeZone` when the client sent a valid one). */
export interface SessionTimeInput {
  readonly date: unknown;
  readonly time: unknown;
}

interface Acting {
  readonly wave: Wave;
  readonly member: Participant;
  readonly now: Date;
  /** The member's zone as their client reports it (Teams' localTimezone); theirs or the wave's otherwise. */
  readonly timeZone?: string;
}

/** A member proposes the pair's next session; its sequence follows every earlier one, cancelled included. */
export function proposeSession(
  input: Acting & { pair: PublishedPair; existing: readonly MentoringSession[]; when: SessionTimeInput },
): SessionDecision {
  const { wave, member, now, pair, existing } = input;
  if (wave.state !== "running") return refused({ field: "wave", reason: "not-running" });
  const zone = zoneOf(input);
  const start = sessionStart(input.when, wave, zone, now);
  if (!start.ok) return { status: "refused", problems: start.problems };
  const startIso = start.instant.toISOString();
  const same = existing.find(
    (s) => s.status === "proposed" && s.proposedBy === member.id && s.start === startIso,
  );
  if (same !== undefined) return { status: "unchanged", session: same };
  const booked = existing.filter((s) => s.status !== "cancelled").length;
  if (booked >= sessionPlan(wave).length + EXTRA_SESSIONS_ALLOWED)
    return refused({ field: "session", reason: "plan-full" });
  const sequence = Math.max(0, ...existing.map((s) => s.sequence)) + 1;
  const at = now.toISOString();
  return {
    status: "changed",
    session: {
      id: sessionId(pair.id, sequence),
      waveId: pair.waveId,
      tenantId: pair.tenantId,
      pairId: pair.id,
      sequence,
      start: startIso,
      durationMinutes: wave.sessionMinutes,
      timeZone: zone,
      status: "proposed",
      proposedBy: member.id,
      history: [{ at, by: member.id, action: "proposed", start: startIso }],
      createdAt: at,
      updatedAt: at,
    },
  };
}

/** Another member accepts a proposed session, which becomes scheduled (reminders start from then). */
export function acceptSession(input: Acting & { session: MentoringSession }): SessionDecision {
  const { wave, member, now, session } = input;
  if (session.status === "scheduled" || session.status === "held") return { status: "unchanged", session };
  if (session.status === "cancelled") return refused({ field: "session", reason: "cancelled" });
  if (wave.state !== "running") return refused({ field: "wave", reason: "not-running" });
  if (session.proposedBy === member.id) return refused({ field: "session", reason: "own-proposal" });
  if (Date.parse(session.start) <= now.getTime()) return refused({ field: "date", reason: "in-the-past" });
  return changed(session, { status: "scheduled", acceptedBy: member.id }, member, now, {
    action: "accepted",
  });
}

/**
 * A member moves a session, with a reason. A scheduled session stays scheduled (the others get the updated
 * invitation); a proposed one becomes the mover's proposal, for another member to accept.
 */
export function rescheduleSession(
  input: Acting & { session: MentoringSession; when: SessionTimeInput; reason: unknown },
): SessionDecision {
  const { wave, member, now, session } = input;
  const state = changeable(session);
  if (state !== undefined) return refused(state);
  if (wave.state !== "running") return refused({ field: "wave", reason: "not-running" });
  const zone = zoneOf(input);
  const start = sessionStart(input.when, wave, zone, now);
  const reason = checkReason(input.reason);
  const problems = [...(start.ok ? [] : start.problems), ...(reason.ok ? [] : [reason.problem])];
  if (!start.ok || !reason.ok) return { status: "refused", problems };
  const startIso = start.instant.toISOString();
  if (startIso === session.start) return { status: "unchanged", session };
  const proposal = session.status === "proposed" ? { proposedBy: member.id } : {};
  return changed(session, { start: startIso, timeZone: zone, ...proposal }, member, now, {
    action: "rescheduled",
    start: startIso,
    previousStart: session.start,
    reason: reason.text,
  });
}

/** A member calls a proposed or scheduled session off, with a reason (even after its time: it did not happen). */
export function cancelSession(
  input: Omit<Acting, "timeZone"> & { session: MentoringSession; reason: unknown },
): SessionDecision {
  const { wave, member, now, session } = input;
  if (session.status === "cancelled") return { status: "unchanged", session };
  if (session.status === "held") return refused({ field: "session", reason: "held" });
  if (wave.state !== "running" && wave.state !== "closing")
    return refused({ field: "wave", reason: "not-running" });
  const reason = checkReason(input.reason);
  if (!reason.ok) return refused(reason.problem);
  return changed(session, { status: "cancelled" }, member, now, { action: "cancelled", reason: reason.text });
}

/** A member pastes (or clears) the Teams meeting link of a session that is not cancelled. */
export function setMeetingLink(
  input: Omit<Acting, "timeZone"> & { session: MentoringSession; url: unknown },
): SessionDecision {
  const { member, now, session } = input;
  if (session.status === "cancelled") return refused({ field: "session", reason: "cancelled" });
  const link = checkMeetingLink(input.url);
  if (!link.ok) return refused({ field: "meetingUrl", reason: link.problem });
  if (link.url === session.meetingUrl) return { status: "unchanged", session };
  const { meetingUrl: _previous, ...rest } = session;
  const next = link.url === undefined ? rest : { ...rest, meetingUrl: link.url };
  return changed(next, {}, member, now, { action: "link-set" });
}

/**
 * Session 1 from the date a member proposed on the introduction card, accepted by another member: it is
 * scheduled at once (proposed when the card was answered, accepted now). Only while the pair has no session.
 */
export function sessionFromFirstProposal(
  input: Omit<Acting, "timeZone"> & {
    pair: PublishedPair;
    existing: readonly MentoringSession[];
    proposer: Participant | undefined;
  },
): SessionDecision {
  const { wave, member, now, pair, existing } = input;
  const proposal = pair.firstSessionProposal;
  const first = existing.find((s) => s.sequence === 1);
  if (first !== undefined && first.start === proposal?.start && first.proposedBy === proposal.proposedBy)
    return { status: "unchanged", session: first };
  if (wave.state !== "running") return refused({ field: "wave", reason: "not-running" });
  if (proposal === undefined || existing.length > 0)
    return refused({ field: "session", reason: "no-first-proposal" });
  if (proposal.proposedBy === member.id) return refused({ field: "session", reason: "own-proposal" });
  if (Date.parse(proposal.start) <= now.getTime()) return refused({ field: "date", reason: "in-the-past" });
  const at = now.toISOString();
  return {
    status: "changed",
    session: {
      id: sessionId(pair.id, 1),
      waveId: pair.waveId,
      tenantId: pair.tenantId,
      pairId: pair.id,
      sequence: 1,
      start: proposal.start,
      durationMinutes: wave.sessionMinutes,
      timeZone: participantTimeZone(input.proposer, wave),
      status: "scheduled",
      proposedBy: proposal.proposedBy,
      acceptedBy: member.id,
      history: [
        { at: proposal.proposedAt, by: proposal.proposedBy, action: "proposed", start: proposal.start },
        { at, by: member.id, action: "accepted" },
      ],
      createdAt: at,
      updatedAt: at,
    },
  };
}

/** Why a proposed or scheduled session can no longer be moved, if it cannot. */
function changeable(session: MentoringSession): SessionProblem | undefined {
  if (session.status === "cancelled") return { field: "session", reason: "cancelled" };
  if (session.status === "held") return { field: "session", reason: "held" };
  return undefined;
}

function zoneOf(input: Acting): string {
  return isTimeZone(input.timeZone) ? input.timeZone : participantTimeZone(input.member, input.wave);
}

/** A typed date and time as an instant in `zone`: a real date within the wave's dates, in the future. */
function sessionStart(
  when: SessionTimeInput,
  wave: Wave,
  zone: string,
  now: Date,
): { ok: true; instant: Date } | { ok: false; problems: SessionProblem[] } {
  const date = typeof when.date === "string" ? when.date.trim() : "";
  const time = typeof when.time === "string" ? when.time.trim().slice(0, 5) : "";
  const problems: SessionProblem[] = [];
  if (date === "") problems.push({ field: "date", reason: "missing" });
  if (time === "") problems.push({ field: "time", reason: "missing" });
  if (problems.length > 0) return { ok: false, problems };
  const instant = zonedStart(date, time, zone);
  if (instant === undefined) {
    const dateOnly = zonedStart(date, "12:00", zone);
    return {
      ok: false,
      problems: [
        dateOnly === undefined
          ? { field: "date", reason: "not-a-date" }
          : { field: "time", reason: "not-a-time" },
      ],
    };
  }
  const t = instant.getTime();
  if (t < startOfLocalDate(wave.startDate, zone) || t >= endOfLocalDate(wave.endDate, zone))
    return { ok: false, problems: [{ field: "date", reason: "outside-wave" }] };
  if (t <= now.getTime()) return { ok: false, problems: [{ field: "date", reason: "in-the-past" }] };
  return { ok: true, instant };
}

function checkReason(value: unknown): { ok: true; text: string } | { ok: false; problem: SessionProblem } {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") return { ok: false, problem: { field: "reason", reason: "missing" } };
  if (text.length > SESSION_REASON_MAX_LENGTH)
    return { ok: false, problem: { field: "reason", reason: "too-long" } };
  return { ok: true, text };
}

function changed(
  session: MentoringSession,
  patch: Partial<MentoringSession>,
  member: Participant,
  now: Date,
  change: Omit<SessionChange, "at" | "by">,
): SessionDecision {
  const at = now.toISOString();
  return {
    status: "changed",
    session: {
      ...session,
      ...patch,
      history: [...session.history, { at, by: member.id, ...change }],
      updatedAt: at,
    },
  };
}

/** One problem as a refusal. */
export function refused(problem: SessionProblem): SessionDecision & { status: "refused" } {
  return { status: "refused", problems: [problem] };
}
