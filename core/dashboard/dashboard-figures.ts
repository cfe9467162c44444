/**
 * The privacy rule of every HR figure: a number about fewer than MIN_GROUP_SHOWN people is never shown, only
 * the fact that the group is too small ("fewer than 5"), so no answer can be traced back to a person.
 */
import { MIN_RATINGS_SHOWN } from "../sessions/wave-progress";

/** The same threshold as the session ratings of the Progress section: one rule for all of HR's views. */
export const MIN_GROUP_SHOWN = MIN_RATINGS_SHOWN;

/** A number HR may see, or only the fact that it concerns fewer than MIN_GROUP_SHOWN people. */
export type Figure = { readonly suppressed: true } | { readonly suppressed: false; readonly value: number };

export const SUPPRESSED: Figure = { suppressed: true };

/** A count of people: shown from MIN_GROUP_SHOWN up. */
export function peopleFigure(people: number): Figure {
  return people < MIN_GROUP_SHOWN ? SUPPRESSED : { suppressed: false, value: people };
}

/** A share (0–1, four decimals) of `people` among `of`: shown only when both groups are large enough. */
export function shareFigure(people: number, of: number): Figure {
  if (people < MIN_GROUP_SHOWN || of < MIN_GROUP_SHOWN || of === 0) return SUPPRESSED;
  return { suppressed: false, value: round(people / of, 4) };
}

/** A value computed over `people` answers (a mean): shown only when they are at least MIN_GROUP_SHOWN. */
export function valueFigure(value: number, people: number): Figure {
  return people < MIN_GROUP_SHOWN || !Number.isFinite(value) ? SUPPRESSED : { suppressed: false, value };
}

/** A figure's value, or undefined when suppressed (for arithmetic on shown figures only). */
export function shown(figure: Figure): number | undefined {
  return figure.suppressed ? undefined : figure.value;
}

/** Rounded to `decimals` places (half away from zero is close enough for display figures). */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
