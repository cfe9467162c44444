import { MATCHING_CATALOGUE } from "./matching-catalogue";
import type { MatchingTexts, ShortlistTexts } from "./matching-texts";
import { useLanguage } from "./texts-context";

/** The Matching section's texts in the tab's language. */
export function useMatchingTexts(): MatchingTexts {
  return MATCHING_CATALOGUE[useLanguage()].matching;
}

/** The shortlist panel's texts in the tab's language. */
export function useShortlistTexts(): ShortlistTexts {
  return MATCHING_CATALOGUE[useLanguage()].shortlist;
}
