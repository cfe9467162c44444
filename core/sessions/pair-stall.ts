/**
 * Pairs that stopped meeting: no session held for `wave.stallDays` days since the later of publication and
 * the last held session. Each such stall period nudges the members and flags the pair to HR once.
 */
import { pairMembers, type PublishedPair } from "../matching/published-pair";
import type { Wave } from "../wave";
import {
  DAY,
  DEFAULT_REMINDER_SETTINGS,
  DEFAULT_STALL_DAYS,
  keyStamp,
  type DueReminder,
  type ReminderData,
  type ReminderSettings,
} from "./reminder-kinds";
import { endOfLocalDate, waveTimeZone } from "./session-time";
import type { MentoringSession } from "./session";

/** Where a stalled pair stands, for HR's list of pairs at risk. */
export interface PairAtRisk {
  readonly pairId: string;
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  /** The later of publication and the last held session's start. */
  readonly since: string;
  readonly lastHeldAt?: string;
  readonly daysWithoutSession: number;
  /** The last thing anyone did on the pair's sessions (a proposal, a move, a check-in…), if anything. */
  readonly lastActivityAt?: string;
  /** The next proposed or scheduled session, if one is booked. */
  readonly nextSession?: Pick<MentoringSession, "id" | "start" | "status">;
}

/** The stall nudges due at `now`: each member, and HR, once per stall period. */
export function stallReminders(
  data: ReminderData,
  now: number,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): DueReminder[] {
  if (data.wave.state !== "running") return [];
  const stall = stallDays(data.wave) * DAY;
  const waveEnd = endOfLocalDate(data.wave.endDate, waveTimeZone(data.wave));
  const lastHeld = lastHeldStarts(data.sessions);
  const active = new Set(data.participants.filter((p) => p.status !== "withdrawn").map((p) => p.id));
  const due: DueReminder[] = [];
  for (const pair of data.pairs) {
    const since = anchorOf(pair, lastHeld);
    const period = Math.floor((now - since) / stall);
    if (period < 1) continue;
    const dueAt = since + period * stall;
    const expiresAt = Math.min(dueAt + settings.catchUpDays * DAY, dueAt + stall);
    if (now >= expiresAt || dueAt >= waveEnd) continue;
    const base = {
      waveId: pair.waveId,
      pairId: pair.id,
      dueAt: new Date(dueAt).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      stallPeriod: period,
    };
    const prefix = `stall:${pair.waveId}:${pair.id}:${keyStamp(since)}:${period}`;
    for (const member of pairMembers(pair).filter((id) => active.has(id)))
      due.push({ ...base, key: `${prefix}:${member}`, kind: "stall", participantId: member });
    due.push({ ...base, key: `${prefix}:hr`, kind: "stall-hr" });
  }
  return due;
}

/** The running wave's pairs with no held session for `wave.stallDays` days, longest stalled first. */
export function pairsAtRisk(data: ReminderData, now: Date): PairAtRisk[] {
  if (data.wave.state !== "running") return [];
  const at = now.getTime();
  const stall = stallDays(data.wave) * DAY;
  const lastHeld = lastHeldStarts(data.sessions);
  const risks: PairAtRisk[] = [];
  for (const pair of data.pairs) {
    const since = anchorOf(pair, lastHeld);
    if (at - since < stall) continue;
    const sessions = data.sessions.filter((s) => s.pairId === pair.id);
    const held = lastHeld.get(pair.id);
    const activity = [
      ...sessions.flatMap((s) => s.history.map((h) => Date.parse(h.at))),
      ...data.checkIns.filter((c) => c.pairId === pair.id).map((c) => Date.parse(c.at)),
    ].filter((t) => t <= at);
    const next = sessions
      .filter((s) => (s.status === "scheduled" || s.status === "proposed") && Date.parse(s.start) > at)
      .sort((a, b) => a.start.localeCompare(b.start))[0];
    risks.push({
      pairId: pair.id,
      mentorId: pair.mentorId,
      menteeIds: pair.menteeIds,
      since: new Date(since).toISOString(),
      ...(held === undefined ? {} : { lastHeldAt: new Date(held).toISOString() }),
      daysWithoutSession: Math.floor((at - since) / DAY),
      ...(activity.length === 0 ? {} : { lastActivityAt: new Date(Math.max(...activity)).toISOString() }),
      ...(next === undefined ? {} : { nextSession: { id: next.id, start: next.start, status: next.status } }),
    });
  }
  return risks.sort(
    (a, b) => b.daysWithoutSession - a.daysWithoutSession || a.pairId.localeCompare(b.pairId),
  );
}

function stallDays(wave: Wave): number {
  const days = wave.stallDays;
  return days !== undefined && Number.isFinite(days) && days >= 1 ? days : DEFAULT_STALL_DAYS;
}

/** Per pair, the start of its last held session. */
function lastHeldStarts(sessions: readonly MentoringSession[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const s of sessions) {
    if (s.status !== "held") continue;
    const start = Date.parse(s.start);
    if (start > (last.get(s.pairId) ?? -Infinity)) last.set(s.pairId, start);
  }
  return last;
}

function anchorOf(pair: PublishedPair, lastHeld: ReadonlyMap<string, number>): number {
  return Math.max(Date.parse(pair.publishedAt), lastHeld.get(pair.id) ?? -Infinity);
}
