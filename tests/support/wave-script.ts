import { DateTime } from "luxon";
import type { Participant } from "../../core/participant";

/**
 * A seeded script of what 50 pairs do over a six-month wave: proposals, acceptances, moves, cancellations,
 * check-ins, and pairs that stop meeting. Times are exact instants (not on the scheduler's grid); session
 * times are typed as a person would, a local date and time in the proposer's zone.
 */
export type ScriptAction =
  | { at: number; kind: "propose"; handle: string; pairId: string; by: string; date: string; time: string }
  | { at: number; kind: "accept"; handle: string; by: string }
  | { at: number; kind: "reschedule"; handle: string; by: string; date: string; time: string }
  | { at: number; kind: "cancel"; handle: string; by: string }
  | {
      at: number;
      kind: "check-in";
      handle: string;
      by: string;
      outcome: "held" | "rescheduled";
      rating?: number;
    };

export interface ScriptPair {
  readonly id: string;
  readonly mentor: Participant;
  readonly mentee: Participant;
  readonly publishedAt: number;
}

export const MIN = 60_000;
export const HOUR_MS = 60 * MIN;
export const DAY_MS = 24 * HOUR_MS;
const SESSION_MINUTES = 90;

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The instant of a local date and time in `zone` (the script's own conversion, independent of core's). */
export function localInstant(date: string, time: string, zone: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
}

function local(instant: number, zone: string): { date: string; time: string } {
  const dt = DateTime.fromMillis(instant, { zone });
  return { date: dt.toISODate() ?? "", time: dt.toFormat("HH:mm") };
}

/**
 * The script for `pairs` in a wave from `waveStart` to `waveEnd` (local dates). Profiles by pair index:
 * 0 never meets (stall nudges), 1 stops after two sessions, 2 books on the day itself, the rest meet monthly
 * with occasional moves, cancellations, unanswered proposals and moves after a missed session.
 */
export function waveScript(
  pairs: readonly ScriptPair[],
  zoneOf: (p: Participant) => string,
  seed: number,
): ScriptAction[] {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const actions: ScriptAction[] = [];
  const months = ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02"];

  pairs.forEach((pair, index) => {
    const profile = index % 10;
    if (profile === 0) return;
    const members = [pair.mentor, pair.mentee];
    let handles = 0;
    const handle = (): string => `${pair.id}#${++handles}`;
    months.forEach((month, m) => {
      if (profile === 1 && m >= 2) return;
      const proposer = pick(members);
      const other = proposer === pair.mentor ? pair.mentee : pair.mentor;
      const zone = zoneOf(proposer);
      const date = `${month}-${String(int(m === 0 ? 8 : 3, 24)).padStart(2, "0")}`;
      const time = `${String(int(8, 18)).padStart(2, "0")}:${pick(["00", "15", "30", "45"])}`;
      let start = localInstant(date, time, zone);
      const h = handle();
      let proposedAt: number;
      let acceptedAt: number;
      if (profile === 2) {
        proposedAt = start - int(150, 300) * MIN - int(0, 59) * 1000;
        acceptedAt = random() < 0.3 ? start - int(10, 50) * MIN : proposedAt + int(3, 25) * MIN;
      } else {
        proposedAt =
          Math.max(pair.publishedAt + int(5, 600) * MIN, start - int(1, 20) * DAY_MS) + int(0, 59) * 1000;
        acceptedAt = Math.min(proposedAt + int(10, 2 * 24 * 60) * MIN, start - int(70, 180) * MIN);
      }
      if (profile !== 2 && random() < 0.06) {
        // An unanswered proposal, withdrawn two days later; the other member proposes again.
        actions.push({
          at: proposedAt - 3 * DAY_MS,
          kind: "propose",
          handle: `${h}-lost`,
          pairId: pair.id,
          by: other.id,
          date: local(start - 2 * DAY_MS, zoneOf(other)).date,
          time: local(start - 2 * DAY_MS, zoneOf(other)).time,
        });
        actions.push({ at: proposedAt - DAY_MS, kind: "cancel", handle: `${h}-lost`, by: other.id });
      }
      actions.push({
        at: proposedAt,
        kind: "propose",
        handle: h,
        pairId: pair.id,
        by: proposer.id,
        date,
        time,
      });
      actions.push({ at: acceptedAt, kind: "accept", handle: h, by: other.id });

      let current = h;
      const roll = random();
      if (profile !== 2 && roll < 0.12 && m < 5) {
        const movedAt = acceptedAt + Math.floor(random() * (start - 40 * MIN - acceptedAt));
        const mover = pick(members);
        start = start + int(1, 4) * DAY_MS + pick([0, 45, -30]) * MIN;
        actions.push({
          at: movedAt,
          kind: "reschedule",
          handle: h,
          by: mover.id,
          ...local(start, zoneOf(mover)),
        });
      } else if (profile !== 2 && roll < 0.2 && m < 5) {
        const cancelledAt = acceptedAt + Math.floor(random() * (start - acceptedAt));
        actions.push({ at: cancelledAt, kind: "cancel", handle: h, by: pick(members).id });
        current = handle();
        start = start + int(2, 5) * DAY_MS;
        const again = cancelledAt + int(10, 600) * MIN;
        actions.push({
          at: again,
          kind: "propose",
          handle: current,
          pairId: pair.id,
          by: proposer.id,
          ...local(start, zone),
        });
        actions.push({
          at: Math.min(again + int(30, 1440) * MIN, start - 90 * MIN),
          kind: "accept",
          handle: current,
          by: other.id,
        });
      }

      const end = start + SESSION_MINUTES * MIN;
      if (profile !== 2 && random() < 0.1 && m < 5) {
        // Missed: one member says so after the time, then moves it a few days on.
        const reporter = pick(members);
        const reportedAt = end + int(20, 180) * MIN;
        actions.push({
          at: reportedAt,
          kind: "check-in",
          handle: current,
          by: reporter.id,
          outcome: "rescheduled",
        });
        start = start + int(3, 6) * DAY_MS;
        actions.push({
          at: reportedAt + int(5, 90) * MIN,
          kind: "reschedule",
          handle: current,
          by: reporter.id,
          ...local(start, zoneOf(reporter)),
        });
      }
      for (const member of members) {
        const u = random();
        const sessionEnd = start + SESSION_MINUTES * MIN;
        if (u < 0.3)
          actions.push({
            at: start + int(60, 100) * MIN,
            kind: "check-in",
            handle: current,
            by: member.id,
            outcome: "held",
            rating: int(1, 5),
          });
        else if (u < 0.75)
          actions.push({
            at: sessionEnd + int(16, 4000) * MIN,
            kind: "check-in",
            handle: current,
            by: member.id,
            outcome: "held",
            rating: int(1, 5),
          });
        else if (u < 0.82)
          actions.push({
            at: sessionEnd + int(16, 600) * MIN,
            kind: "check-in",
            handle: current,
            by: member.id,
            outcome: "rescheduled",
          });
      }
    });
  });
  return actions.sort((a, b) => a.at - b.at);
}
