/**
 * Wall-clock time for sessions and reminders: whose zone applies, what a typed date and time mean as an
 * instant, and which local day an instant falls on. Luxon carries the IANA rules (DST included).
 */
import { DateTime, IANAZone } from "luxon";
import type { Participant } from "../participant";
import type { Wave } from "../wave";

/** The zone of people whose own is unknown and whose wave names none (as in the seeds). */
export const FALLBACK_TIME_ZONE = "Europe/Paris";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Zone names already checked: checking builds an Intl formatter, far too slow for every reminder. */
const knownZones = new Map<string, boolean>();

/** True for a zone name the IANA database knows ("Asia/Kolkata"); offsets and abbreviations are not zones. */
export function isTimeZone(name: string | undefined): name is string {
  if (name === undefined || name.length > 64 || !name.includes("/")) return false;
  let valid = knownZones.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    if (knownZones.size < 1000) knownZones.set(name, valid);
  }
  return valid;
}

/** The wave's zone for people without one of their own. */
export function waveTimeZone(wave: Pick<Wave, "timeZone">): string {
  return isTimeZone(wave.timeZone) ? wave.timeZone : FALLBACK_TIME_ZONE;
}

/** A participant's own zone, else the wave's, else Paris: reminders fire at the person's local hours. */
export function participantTimeZone(
  participant: Pick<Participant, "timeZone"> | undefined,
  wave: Pick<Wave, "timeZone">,
): string {
  return isTimeZone(participant?.timeZone) ? participant.timeZone : waveTimeZone(wave);
}

/**
 * The instant a typed date ("2026-10-25") and time ("14:30") denote in `zone`, or undefined when either is
 * not a real date or time. A time skipped by a DST change (02:30 on the spring-forward night) moves
 * forward by the gap, as calendar apps do.
 */
export function zonedStart(date: string, time: string, zone: string): Date | undefined {
  if (!DATE.test(date) || !TIME.test(time)) return undefined;
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  return local.isValid && local.toISODate() === date ? local.toJSDate() : undefined;
}

/** The calendar date ("yyyy-mm-dd") of `instant` in `zone`. */
export function localDate(instant: Date | number, zone: string): string {
  return DateTime.fromMillis(+instant, { zone }).toISODate() ?? "";
}

/**
 * Results of the two conversions the scheduler repeats on every run: a zone's offset costs an Intl call,
 * and the same sessions are asked about every few minutes. Pure, so remembering them is safe.
 */
const remembered = new Map<string, number>();
const REMEMBERED_MAX = 20_000;

function remember(key: string, compute: () => number): number {
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (remembered.size >= REMEMBERED_MAX) remembered.clear();
  remembered.set(key, value);
  return value;
}

/** The instant of `hour`:00 local time, `daysBefore` days before the local day of `instant`, in `zone`. */
export function localHourBefore(instant: number, zone: string, daysBefore: number, hour: number): number {
  return remember(`h:${instant}:${zone}:${daysBefore}:${hour}`, () =>
    DateTime.fromMillis(instant, { zone })
      .startOf("day")
      .minus({ days: daysBefore })
      .set({ hour, minute: 0, second: 0, millisecond: 0 })
      .toMillis(),
  );
}

/** The first instant of the local day after `date` ("yyyy-mm-dd") in `zone`: where a date range ends. */
export function endOfLocalDate(date: string, zone: string): number {
  return remember(`e:${date}:${zone}`, () =>
    DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf("day").toMillis(),
  );
}

/** The first instant of `date` ("yyyy-mm-dd") in `zone`. */
export function startOfLocalDate(date: string, zone: string): number {
  return DateTime.fromISO(date, { zone }).startOf("day").toMillis();
}

/**
 * The UTC offset in minutes of `zone` at noon on `date` ("yyyy-mm-dd"), e.g. Paris on a January date: 60,
 * in July: 120. Undefined for an unknown zone or date: a person whose zone is unknown gets no time-zone fit.
 */
export function utcOffsetMinutesOn(zone: string | undefined, date: string): number | undefined {
  if (!isTimeZone(zone) || !DATE.test(date)) return undefined;
  const noon = DateTime.fromISO(`${date}T12:00`, { zone });
  return noon.isValid ? noon.offset : undefined;
}
