/**
 * The matching texts in every language, kept out of the tab's first paint: only the Matching section and the
 * shortlist panel (both loaded on demand) read it, through use-matching-texts.ts. The key-completeness test
 * (tests/tab/tab-texts.test.ts) checks it with the rest of the catalogue.
 */
import type { Language } from "../../../core/language";
import { MATCHING_DUTCH, SHORTLIST_DUTCH } from "./matching-dutch";
import { MATCHING_ENGLISH, SHORTLIST_ENGLISH } from "./matching-english";
import { MATCHING_FRENCH, SHORTLIST_FRENCH } from "./matching-french";
import type { MatchingTexts, ShortlistTexts } from "./matching-texts";

export interface MatchingCatalogue {
  /** HR's Matching section of a wave. */
  readonly matching: MatchingTexts;
  /** The participants' "choose who you'd like to be paired with" panel. */
  readonly shortlist: ShortlistTexts;
}

export const MATCHING_CATALOGUE: Readonly<Record<Language, MatchingCatalogue>> = {
  fr: { matching: MATCHING_FRENCH, shortlist: SHORTLIST_FRENCH },
  en: { matching: MATCHING_ENGLISH, shortlist: SHORTLIST_ENGLISH },
  nl: { matching: MATCHING_DUTCH, shortlist: SHORTLIST_DUTCH },
};
