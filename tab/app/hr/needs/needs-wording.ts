import type { NeedsAnalytics } from "../../../api/hr-api-contract";

export type ThemeNeeds = NeedsAnalytics["themes"][number];

/** A 0–1 share as a whole number of percent (the catalogue's hr.common.percent words it). */
export const wholePercent = (share: number): number => Math.round(share * 100);

/** The themes whose demand outruns the mentors' places. */
export const shortThemes = (analytics: NeedsAnalytics): readonly ThemeNeeds[] =>
  analytics.themes.filter((theme) => theme.gap < 0);
