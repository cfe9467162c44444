/**
 * The session side of the dashboard: sessions grouped per pair in one pass, sessions held per month of the
 * wave's calendar, and the pairs at risk (core/sessions/pair-stall.ts, fed one pair at a time so that its
 * per-pair filtering stays linear on a wave of thousands of pairs).
 */
import type { PublishedPair } from "../matching/published-pair";
import type { Participant } from "../participant";
import { pairsAtRisk } from "../sessions/pair-stall";
import { localDate, startOfLocalDate, waveTimeZone } from "../sessions/session-time";
import type { CheckIn, MentoringSession } from "../sessions/session";
import type { Wave } from "../wave";

/** A pair's sessions and check-ins, and how many sessions it held. */
export interface PairActivity {
  readonly sessions: MentoringSession[];
  readonly checkIns: CheckIn[];
  held: number;
}

/** Sessions and check-ins of the given pairs, grouped by pair (others are ignored). */
export function activityByPair(
  pairs: readonly PublishedPair[],
  sessions: readonly MentoringSession[],
  checkIns: readonly CheckIn[],
): Map<string, PairActivity> {
  const byPair = new Map<string, PairActivity>(
    pairs.map((p) => [p.id, { sessions: [], checkIns: [], held: 0 }]),
  );
  for (const s of sessions) {
    const activity = byPair.get(s.pairId);
    if (activity === undefined) continue;
    activity.sessions.push(s);
    if (s.status === "held") activity.held++;
  }
  for (const c of checkIns) byPair.get(c.pairId)?.checkIns.push(c);
  return byPair;
}

/** Sessions held in one month ("yyyy-mm") of the wave's time zone. */
export interface MonthSessions {
  readonly month: string;
  readonly held: number;
}

/** Longest span shown: ten years of months is already far beyond any wave. */
const MAX_MONTHS = 120;

/**
 * Held sessions per month, every month from the wave's start to its end (or to the last held session when
 * later), zeros included, so waves line up month by month. Month boundaries are computed once in the wave's
 * zone and each session found by binary search: no date library call per session.
 */
export function heldPerMonth(wave: Wave, sessions: readonly MentoringSession[]): MonthSessions[] {
  const zone = waveTimeZone(wave);
  const starts: number[] = [];
  let earliest = Infinity;
  let latest = -Infinity;
  for (const s of sessions) {
    const t = s.status === "held" ? Date.parse(s.start) : NaN;
    if (!Number.isFinite(t)) continue;
    starts.push(t);
    earliest = Math.min(earliest, t);
    latest = Math.max(latest, t);
  }
  const first = [wave.startDate.slice(0, 7)];
  const last = [wave.endDate.slice(0, 7)];
  if (starts.length > 0) {
    first.push(localDate(earliest, zone).slice(0, 7));
    last.push(localDate(latest, zone).slice(0, 7));
  }
  const months = monthsBetween(first.sort()[0] ?? "", last.sort().at(-1) ?? "");
  const bounds = months.map((m) => startOfLocalDate(`${m}-01`, zone));
  const counts = months.map(() => 0);
  for (const t of starts) {
    const i = lastAtOrBefore(bounds, t);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return months.map((month, i) => ({ month, held: counts[i] ?? 0 }));
}

/** A pair at risk as HR lists it: who, how long without a session, and the last sign of life. */
export interface DashboardPairAtRisk {
  readonly pairId: string;
  readonly mentor: { readonly id: string; readonly displayName: string };
  readonly mentees: readonly { readonly id: string; readonly displayName: string }[];
  readonly daysWithoutSession: number;
  readonly lastHeldAt?: string;
  readonly lastActivityAt?: string;
}

/** The wave's pairs at risk at `now`, longest stalled first (empty unless the wave runs). */
export function dashboardPairsAtRisk(
  wave: Wave,
  pairs: readonly PublishedPair[],
  activity: ReadonlyMap<string, PairActivity>,
  names: ReadonlyMap<string, Pick<Participant, "displayName">>,
  now: Date,
): DashboardPairAtRisk[] {
  const member = (id: string) => ({ id, displayName: names.get(id)?.displayName ?? id });
  const risks = pairs.flatMap((pair) => {
    const own = activity.get(pair.id);
    const data = { wave, pairs: [pair], sessions: own?.sessions ?? [], checkIns: own?.checkIns ?? [] };
    return pairsAtRisk({ ...data, participants: [] }, now);
  });
  return risks
    .sort((a, b) => b.daysWithoutSession - a.daysWithoutSession || a.pairId.localeCompare(b.pairId))
    .map((r) => ({
      pairId: r.pairId,
      mentor: member(r.mentorId),
      mentees: r.menteeIds.map(member),
      daysWithoutSession: r.daysWithoutSession,
      ...(r.lastHeldAt === undefined ? {} : { lastHeldAt: r.lastHeldAt }),
      ...(r.lastActivityAt === undefined ? {} : { lastActivityAt: r.lastActivityAt }),
    }));
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  while (months.length < MAX_MONTHS) {
    const m = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (m > to) break;
    months.push(m);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Index of the last bound ≤ t, or -1 when t is before the first. */
function lastAtOrBefore(bounds: readonly number[], t: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] ?? Infinity) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
