/**
 * The first session date a pair member proposes from the introduction card: the submitted date and time
 * are attacker-controlled card data, checked here before they touch the pair (sessions proper: issue 5).
 */
import type { Wave } from "../wave";
import type { PublishedPair } from "./published-pair";

/** What the card sent, once it is known to be text: the pair it names and the date and time typed in. */
export interface FirstSessionSubmission {
  readonly pairId: string;
  readonly date: string;
  readonly time: string;
}

/** Why a proposed date was refused; each front end words it in its reader's language. */
export type FirstSessionProblem =
  | { readonly field: "date"; readonly reason: "missing" | "not-a-date" | "outside-wave" | "in-the-past" }
  | { readonly field: "time"; readonly reason: "missing" | "not-a-time" }
  | { readonly field: "wave"; readonly reason: "not-running" };

/** Where the proposer's clock stands: an IANA zone (Teams' localTimezone) or a fixed offset; UTC otherwise. */
export interface ProposerTimeZone {
  readonly timeZone?: string;
  readonly utcOffsetMinutes?: number;
}

export type FirstSessionDecision =
  | { readonly status: "saved"; readonly pair: PublishedPair }
  /** The same person already proposed the same instant (a double click, a retry): nothing to write. */
  | { readonly status: "unchanged"; readonly pair: PublishedPair }
  | { readonly status: "refused"; readonly problems: readonly FirstSessionProblem[] };

/** The card data's field names: the pair id the button carries, and the form's two input ids. */
export const FIRST_SESSION_FIELDS = {
  pairId: "pairId",
  date: "firstSessionDate",
  time: "firstSessionTime",
} as const;

/** Longest pair id accepted from a card (deterministic ids are far shorter). */
const MAX_PAIR_ID_LENGTH = 300;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/**
 * The submission's fields as text, or undefined when the payload is not a card of ours at all (no pair id):
 * a missing date or time stays "" so that it is refused with a reason, not as garbage.
 */
export function parseFirstSessionSubmission(data: unknown): FirstSessionSubmission | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  const pairId = fields[FIRST_SESSION_FIELDS.pairId];
  if (typeof pairId !== "string" || pairId === "" || pairId.length > MAX_PAIR_ID_LENGTH) return undefined;
  const text = (value: unknown): string => (typeof value === "string" ? value.trim().slice(0, 40) : "");
  return {
    pairId,
    date: text(fields[FIRST_SESSION_FIELDS.date]),
    time: text(fields[FIRST_SESSION_FIELDS.time]),
  };
}

/**
 * Decides a member's proposal for the pair's first session: the date must be a calendar date within the
 * wave's dates, the time HH:MM, the instant (in the proposer's time zone) in the future, and the wave running.
 * The caller has already proven that `proposerId` is a member of `pair`.
 */
export function decideFirstSession(input: {
  readonly pair: PublishedPair;
  readonly wave: Wave;
  readonly proposerId: string;
  readonly submission: FirstSessionSubmission;
  readonly zone: ProposerTimeZone;
  readonly now: Date;
}): FirstSessionDecision {
  const { pair, wave, proposerId, submission, zone, now } = input;
  if (wave.state !== "running") return refused({ field: "wave", reason: "not-running" });
  const problems: FirstSessionProblem[] = [];
  const date = calendarDate(submission.date);
  if (submission.date === "") problems.push({ field: "date", reason: "missing" });
  else if (date === undefined) problems.push({ field: "date", reason: "not-a-date" });
  else if (submission.date < wave.startDate || submission.date > wave.endDate)
    problems.push({ field: "date", reason: "outside-wave" });
  const time = TIME.exec(submission.time);
  if (submission.time === "") problems.push({ field: "time", reason: "missing" });
  else if (time === null) problems.push({ field: "time", reason: "not-a-time" });
  if (problems.length > 0 || date === undefined || time === null) return { status: "refused", problems };

  const start = zonedInstant(date, Number(time[1]), Number(time[2]), zone);
  if (start.getTime() <= now.getTime()) return refused({ field: "date", reason: "in-the-past" });
  const startIso = start.toISOString();
  const current = pair.firstSessionProposal;
  if (current?.proposedBy === proposerId && current.start === startIso) return { status: "unchanged", pair };
  return {
    status: "saved",
    pair: {
      ...pair,
      firstSessionProposal: { proposedBy: proposerId, start: startIso, proposedAt: now.toISOString() },
    },
  };
}

/** The key of the notice a proposal sends each other member: one per pair, proposal and recipient. */
export function firstSessionNoticeKey(pair: PublishedPair, recipientId: string): string {
  const proposal = pair.firstSessionProposal;
  const what = proposal === undefined ? "none" : `${proposal.proposedBy}:${proposal.start}`;
  return `first-session:${pair.waveId}:${pair.id}:${what}:${recipientId}`;
}

function refused(problem: FirstSessionProblem): FirstSessionDecision {
  return { status: "refused", problems: [problem] };
}

/** Year, month and day of a real calendar date ("2027-02-30" is not one). */
function calendarDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = DATE.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

/** The instant a wall-clock date and time denote in the proposer's zone (DST-aware for an IANA zone). */
export function zonedInstant(
  date: { year: number; month: number; day: number },
  hour: number,
  minute: number,
  zone: ProposerTimeZone,
): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const timeZone = zone.timeZone;
  if (timeZone !== undefined && isTimeZone(timeZone)) {
    // Two passes settle the offset on the right side of a DST change.
    const first = wall - offsetMinutes(timeZone, wall) * 60_000;
    return new Date(wall - offsetMinutes(timeZone, first) * 60_000);
  }
  const offset = zone.utcOffsetMinutes;
  return new Date(wall - (offset !== undefined && Math.abs(offset) <= 14 * 60 ? offset : 0) * 60_000);
}

/** True for a zone name the runtime knows ("Europe/Paris"); anything else falls back to the offset. */
function isTimeZone(name: string): boolean {
  if (name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `instant`, in minutes (Paris in winter: 60). */
function offsetMinutes(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}
