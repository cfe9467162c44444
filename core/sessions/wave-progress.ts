/**
 * HR's view of a running wave: where each pair stands against the plan, which pairs are at risk, and how the
 * sessions were rated — as aggregates only. Check-in comments and notes never enter this view, and any group
 * of fewer than MIN_RATINGS_SHOWN ratings is suppressed, so no evaluation can be traced back to a person.
 */
import type { ReminderData } from "./reminder-kinds";
import { pairsAtRisk } from "./pair-stall";
import { sessionPlan } from "./session-plan";
import type { CheckIn } from "./session";

/** Below this many ratings an aggregate could point at someone: it is shown as "fewer than 5", no numbers. */
export const MIN_RATINGS_SHOWN = 5;

/** A member of a pair as HR lists them. */
export interface ProgressMember {
  readonly id: string;
  readonly displayName: string;
}

/** One pair's progress: counts and dates only, nothing of what was said or written. */
export interface PairProgress {
  readonly pairId: string;
  readonly mentor: ProgressMember;
  readonly mentees: readonly ProgressMember[];
  readonly held: number;
  /** Proposed or scheduled, not yet held. */
  readonly booked: number;
  /** Sessions in the wave's plan. */
  readonly planned: number;
  readonly lastHeldAt?: string;
  /** The last thing anyone did on the pair's sessions (a proposal, a move, a check-in…). */
  readonly lastActivityAt?: string;
  /** Set when no session was held for the wave's stall period ("flagged to HR"). */
  readonly atRisk?: { readonly since: string; readonly daysWithoutSession: number };
}

/** Ratings of a group of sessions: the numbers, or only the fact that there are too few to show. */
export type RatingAggregate =
  | { readonly suppressed: true }
  | {
      readonly suppressed: false;
      readonly count: number;
      /** Rounded to two decimals. */
      readonly mean: number;
      /** How many ratings of 1, 2, 3, 4 and 5 (index 0 is rating 1). */
      readonly distribution: readonly [number, number, number, number, number];
    };

/** The ratings of every session at one position of the plan (1st session, 2nd…). */
export interface SessionRatings {
  readonly sequence: number;
  readonly ratings: RatingAggregate;
}

export interface WaveProgress {
  readonly waveId: string;
  readonly running: boolean;
  /** Pairs at risk first (longest stalled first), then by pair id. */
  readonly pairs: readonly PairProgress[];
  readonly atRiskCount: number;
  readonly ratings: RatingAggregate;
  readonly bySession: readonly SessionRatings[];
}

/** The wave's progress as of `now`, built from counts, dates and ratings only. */
export function waveProgress(data: ReminderData, now: Date): WaveProgress {
  const at = now.getTime();
  const names = new Map(data.participants.map((p) => [p.id, p.displayName]));
  const member = (id: string): ProgressMember => ({ id, displayName: names.get(id) ?? id });
  const risks = new Map(pairsAtRisk(data, now).map((r) => [r.pairId, r]));
  const planned = sessionPlan(data.wave).length;
  const pairIds = new Set(data.pairs.map((p) => p.id));

  const pairs = data.pairs.map((pair): PairProgress => {
    const sessions = data.sessions.filter((s) => s.pairId === pair.id);
    const held = sessions.filter((s) => s.status === "held");
    const lastHeld = latest(held.map((s) => Date.parse(s.start)));
    const activity = latest(
      [
        ...sessions.flatMap((s) => s.history.map((h) => Date.parse(h.at))),
        ...data.checkIns.filter((c) => c.pairId === pair.id).map((c) => Date.parse(c.at)),
      ].filter((t) => t <= at),
    );
    const risk = risks.get(pair.id);
    return {
      pairId: pair.id,
      mentor: member(pair.mentorId),
      mentees: pair.menteeIds.map(member),
      held: held.length,
      booked: sessions.filter((s) => s.status === "proposed" || s.status === "scheduled").length,
      planned,
      ...(lastHeld === undefined ? {} : { lastHeldAt: new Date(lastHeld).toISOString() }),
      ...(activity === undefined ? {} : { lastActivityAt: new Date(activity).toISOString() }),
      ...(risk === undefined
        ? {}
        : { atRisk: { since: risk.since, daysWithoutSession: risk.daysWithoutSession } }),
    };
  });
  pairs.sort(
    (a, b) =>
      (b.atRisk?.daysWithoutSession ?? -1) - (a.atRisk?.daysWithoutSession ?? -1) ||
      a.pairId.localeCompare(b.pairId),
  );

  const rated = data.checkIns.filter((c) => pairIds.has(c.pairId) && ratingOf(c) !== undefined);
  const sequences = new Map(data.sessions.map((s) => [s.id, s.sequence]));
  const bySequence = new Map<number, number[]>();
  for (const c of rated) {
    const sequence = sequences.get(c.sessionId);
    if (sequence === undefined) continue;
    bySequence.set(sequence, [...(bySequence.get(sequence) ?? []), ratingOf(c) ?? 0]);
  }
  return {
    waveId: data.wave.id,
    running: data.wave.state === "running",
    pairs,
    atRiskCount: risks.size,
    ratings: aggregateRatings(rated.map((c) => ratingOf(c) ?? 0)),
    bySession: [...bySequence.entries()]
      .sort(([a], [b]) => a - b)
      .map(([sequence, ratings]) => ({ sequence, ratings: aggregateRatings(ratings) })),
  };
}

/** Count, mean and distribution of the valid 1–5 ratings, or only "suppressed" when there are fewer than 5. */
export function aggregateRatings(given: readonly number[]): RatingAggregate {
  const ratings = given.filter((r) => Number.isInteger(r) && r >= 1 && r <= 5);
  if (ratings.length < MIN_RATINGS_SHOWN) return { suppressed: true };
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const r of ratings) distribution[r - 1] = (distribution[r - 1] ?? 0) + 1;
  const mean = ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
  return { suppressed: false, count: ratings.length, mean: Math.round(mean * 100) / 100, distribution };
}

/** The check-in's rating when it is a valid one (a held session, an integer 1–5). */
function ratingOf(checkIn: CheckIn): number | undefined {
  const r = checkIn.rating;
  return checkIn.outcome === "held" && r !== undefined && Number.isInteger(r) && r >= 1 && r <= 5
    ? r
    : undefined;
}

function latest(times: readonly number[]): number | undefined {
  const valid = times.filter((t) => Number.isFinite(t));
  return valid.length === 0 ? undefined : Math.max(...valid);
}
