/**
 * The wave's plan of sessions, from its dates and cadence, and where a pair stands against it. Plan
 * positions are filled by the pair's sessions that were not cancelled, in time order: a cancelled session
 * keeps its own sequence number (its id never changes), and the next one takes its place in the plan.
 */
import { DateTime } from "luxon";
import type { Wave } from "../wave";
import { localDate, waveTimeZone } from "./session-time";
import type { MentoringSession } from "./session";

/** One planned session: the month (or other cadence period) it belongs to, as local dates of the wave. */
export interface PlannedSession {
  /** 1-based. */
  readonly position: number;
  /** First day of the period (yyyy-mm-dd). */
  readonly from: string;
  /** Last day of the period (yyyy-mm-dd), never after the wave's end. */
  readonly to: string;
}

/**
 * One session per cadence period: periods start on the wave's start date and every month after it, as long
 * as they start before its end date (1 Dec–31 May → 6; 1 Jun–1 Dec → 6; 1 Jun–31 Dec → 7).
 */
export function sessionPlan(wave: Pick<Wave, "startDate" | "endDate" | "cadence">): PlannedSession[] {
  const start = DateTime.fromISO(wave.startDate, { zone: "UTC" });
  const end = DateTime.fromISO(wave.endDate, { zone: "UTC" });
  if (!start.isValid || !end.isValid || end < start) return [];
  const plan: PlannedSession[] = [];
  for (let k = 0; ; k++) {
    const from = start.plus({ months: k });
    if (from >= end && !(k === 0 && from.equals(end))) break;
    const nextFrom = start.plus({ months: k + 1 });
    const to = nextFrom < end ? nextFrom.minus({ days: 1 }) : end;
    plan.push({ position: k + 1, from: from.toISODate() ?? "", to: to.toISODate() ?? "" });
  }
  return plan;
}

/**
 * Where a planned session stands for a pair: held; booked (scheduled or proposed, possibly awaiting a check-in
 * after its time); or nothing booked yet — "open" during its period, "upcoming" before it, "overdue" after.
 */
export type PlannedSessionState =
  "held" | "scheduled" | "awaiting-check-in" | "proposed" | "open" | "upcoming" | "overdue";

export interface PlannedSessionStatus extends PlannedSession {
  readonly state: PlannedSessionState;
  readonly session?: MentoringSession;
}

export interface PairPlanProgress {
  readonly entries: readonly PlannedSessionStatus[];
  /** The first planned session still to be booked or held (undefined when the plan is done). */
  readonly next?: PlannedSessionStatus;
  /** Planned sessions whose period is over with nothing booked. */
  readonly overdue: readonly PlannedSessionStatus[];
  /** Sessions beyond the plan (a pair may meet more often). */
  readonly extra: readonly MentoringSession[];
}

/** The pair's sessions set against the plan, as of `now` (periods are read in the wave's time zone). */
export function pairPlanProgress(
  wave: Pick<Wave, "startDate" | "endDate" | "cadence" | "timeZone">,
  sessions: readonly MentoringSession[],
  now: Date,
): PairPlanProgress {
  const today = localDate(now, waveTimeZone(wave));
  const booked = sessions
    .filter((s) => s.status !== "cancelled")
    .sort((a, b) => a.start.localeCompare(b.start) || a.sequence - b.sequence);
  const plan = sessionPlan(wave);
  const entries = plan.map((planned, index): PlannedSessionStatus => {
    const session = booked[index];
    return session === undefined
      ? { ...planned, state: unbookedState(planned, today) }
      : { ...planned, session, state: bookedState(session, now) };
  });
  return {
    entries,
    next: entries.find((e) => e.state !== "held" && e.state !== "overdue" && e.state !== "awaiting-check-in"),
    overdue: entries.filter((e) => e.state === "overdue"),
    extra: booked.slice(plan.length),
  };
}

function unbookedState(planned: PlannedSession, today: string): PlannedSessionState {
  if (today > planned.to) return "overdue";
  return today >= planned.from ? "open" : "upcoming";
}

function bookedState(session: MentoringSession, now: Date): PlannedSessionState {
  if (session.status === "held") return "held";
  if (session.status === "proposed") return "proposed";
  return Date.parse(session.start) <= now.getTime() ? "awaiting-check-in" : "scheduled";
}
