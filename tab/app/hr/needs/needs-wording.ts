import type { NeedsAnalytics } from "../../../api/hr-api-contract";

export type ThemeNeeds = NeedsAnalytics["themes"][number];

/** "42 %": a 0–1 share as a whole percentage. */
export const sharePercent = (share: number): string => `${Math.round(share * 100)} %`;

/** The gap in words: "3 places short", "2 places to spare", "Balanced". */
export function gapText(gap: number): string {
  if (gap < 0) return `${-gap} place${gap === -1 ? "" : "s"} short`;
  if (gap > 0) return `${gap} place${gap === 1 ? "" : "s"} to spare`;
  return "Balanced";
}

/** The themes whose demand outruns the mentors' places. */
export const shortThemes = (analytics: NeedsAnalytics): readonly ThemeNeeds[] =>
  analytics.themes.filter((theme) => theme.gap < 0);
