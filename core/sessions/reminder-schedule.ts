/**
 * Which reminders are due: a pure function of the wave's data and the time, so the scheduler can ask as
 * often as it likes (after a crash too) and send each key once. Local hours are the recipient's own (their
 * zone, else the wave's, else Paris), DST included; a session moved to a new time is a new occurrence with
 * new keys, so its reminders go again for the new time.
 */
import { pairMembers, type PublishedPair } from "../matching/published-pair";
import type { Participant } from "../participant";
import { hasCheckedIn } from "./check-in-rules";
import { stallReminders } from "./pair-stall";
import {
  DAY,
  DEFAULT_REMINDER_LEAD_DAYS,
  DEFAULT_REMINDER_SETTINGS,
  keyStamp,
  MINUTE,
  type DueReminder,
  type ReminderData,
  type ReminderKind,
  type ReminderSettings,
} from "./reminder-kinds";
import { localHourBefore, participantTimeZone } from "./session-time";
import type { CheckIn, MentoringSession } from "./session";

/**
 * The reminders due at `now` and not yet expired, in due order. Only a running wave's scheduled sessions
 * get prepare and same-day nudges; check-ins go for scheduled and held sessions whose time passed; a
 * cancelled or merely proposed session gets nothing.
 */
export function dueReminders(
  data: ReminderData,
  now: Date,
  settings: Partial<ReminderSettings> = {},
): DueReminder[] {
  if (data.wave.state !== "running") return [];
  const rules = { ...DEFAULT_REMINDER_SETTINGS, ...settings };
  const at = now.getTime();
  const context = indexOf(data);
  const due: DueReminder[] = [];
  for (const session of data.sessions) {
    if (session.status !== "scheduled" && session.status !== "held") continue;
    if (!mayHaveDueReminders(session, context, at, rules)) continue;
    const pair = context.pairs.get(session.pairId);
    if (pair === undefined || session.waveId !== data.wave.id) continue;
    if (session.status === "scheduled") due.push(...beforeSession(session, pair, context, at, rules));
    due.push(...afterSession(session, pair, context, at, rules));
  }
  due.push(...stallReminders(data, at, rules));
  return due.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}

interface Context {
  readonly data: ReminderData;
  readonly leadDays: number;
  readonly pairs: ReadonlyMap<string, PublishedPair>;
  readonly people: ReadonlyMap<string, Participant>;
  readonly checkIns: ReadonlyMap<string, CheckIn>;
}

function indexOf(data: ReminderData): Context {
  const lead = data.wave.reminderLeadDays;
  return {
    data,
    leadDays: lead !== undefined && Number.isInteger(lead) && lead >= 0 ? lead : DEFAULT_REMINDER_LEAD_DAYS,
    pairs: new Map(data.pairs.map((p) => [p.id, p])),
    people: new Map(data.participants.filter((p) => p.status !== "withdrawn").map((p) => [p.id, p])),
    checkIns: new Map(data.checkIns.map((c) => [`${c.sessionId}/${c.participantId}`, c])),
  };
}

/**
 * A cheap bound, so that the scheduler's frequent runs skip most sessions: nothing is due before the lead
 * day's morning, nor once the check-in's catch-up window is over.
 */
function mayHaveDueReminders(
  session: MentoringSession,
  context: Context,
  at: number,
  rules: ReminderSettings,
): boolean {
  const start = Date.parse(session.start);
  const lastCheckIn =
    start + (session.durationMinutes + rules.checkInDelayMinutes) * MINUTE + rules.catchUpDays * DAY;
  return at >= start - (context.leadDays + 2) * DAY && at < lastCheckIn;
}

/** Prepare (mentor) and same-day (everyone) nudges, worth sending only until the session starts. */
function beforeSession(
  session: MentoringSession,
  pair: PublishedPair,
  context: Context,
  at: number,
  rules: ReminderSettings,
): DueReminder[] {
  const start = Date.parse(session.start);
  // Nothing before a session is due earlier than 09:00 on the lead day's morning, nor after the start.
  if (at >= start || at < start - (context.leadDays + 2) * DAY) return [];
  const booked = bookedAt(session);
  const due: DueReminder[] = [];
  const mentor = context.people.get(pair.mentorId);
  if (mentor !== undefined) {
    const nominal = localHourBefore(start, zoneOf(mentor, context), context.leadDays, rules.prepareHour);
    const dueAt = dueTime(nominal, booked, start, rules.prepareMinNoticeMinutes);
    if (dueAt !== undefined && dueAt <= at) due.push(reminder(session, "prepare", mentor.id, dueAt, start));
  }
  for (const member of membersOf(pair, context)) {
    const nominal = localHourBefore(start, zoneOf(member, context), 0, rules.sameDayHour);
    const dueAt = dueTime(nominal, booked, start, rules.sameDayMinNoticeMinutes);
    if (dueAt !== undefined && dueAt <= at) due.push(reminder(session, "same-day", member.id, dueAt, start));
  }
  return due;
}

/** Check-in cards to the members who have not checked in on the session's current date. */
function afterSession(
  session: MentoringSession,
  pair: PublishedPair,
  context: Context,
  at: number,
  rules: ReminderSettings,
): DueReminder[] {
  const start = Date.parse(session.start);
  const dueAt = start + (session.durationMinutes + rules.checkInDelayMinutes) * MINUTE;
  const expiresAt = dueAt + rules.catchUpDays * DAY;
  if (at < dueAt || at >= expiresAt) return [];
  return membersOf(pair, context)
    .filter((member) => !hasCheckedIn(session, context.checkIns.get(`${session.id}/${member.id}`)))
    .map((member) => reminder(session, "check-in", member.id, dueAt, expiresAt));
}

/**
 * The nominal local hour, or — when that had passed by the time the session was booked — the booking
 * itself, if the session was still at least `minNotice` away; never at or after the start.
 */
function dueTime(
  nominal: number,
  booked: number,
  start: number,
  minNoticeMinutes: number,
): number | undefined {
  const dueAt =
    nominal >= booked ? nominal : booked <= start - minNoticeMinutes * MINUTE ? booked : undefined;
  return dueAt !== undefined && dueAt < start ? dueAt : undefined;
}

/** When the session got its current time as a scheduled session: its last acceptance or move. */
function bookedAt(session: MentoringSession): number {
  const change = session.history.findLast((h) => h.action === "accepted" || h.action === "rescheduled");
  return Date.parse(change?.at ?? session.createdAt);
}

/** The key of a session reminder: one per session occurrence (its start), kind and participant. */
function sessionReminderKey(
  session: Pick<MentoringSession, "waveId" | "id" | "start">,
  kind: ReminderKind,
  participantId: string,
): string {
  return `reminder:${session.waveId}:${session.id}:${keyStamp(Date.parse(session.start))}:${kind}:${participantId}`;
}

function reminder(
  session: MentoringSession,
  kind: ReminderKind,
  participantId: string,
  dueAt: number,
  expiresAt: number,
): DueReminder {
  return {
    key: sessionReminderKey(session, kind, participantId),
    kind,
    waveId: session.waveId,
    pairId: session.pairId,
    sessionId: session.id,
    participantId,
    dueAt: new Date(dueAt).toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

function membersOf(pair: PublishedPair, context: Context): Participant[] {
  return pairMembers(pair).flatMap((id) => {
    const person = context.people.get(id);
    return person === undefined ? [] : [person];
  });
}

function zoneOf(person: Participant, context: Context): string {
  return participantTimeZone(person, context.data.wave);
}
