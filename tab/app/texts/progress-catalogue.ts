/**
 * The HR "Progress" section's texts in every language, kept out of the tab's first paint: only the section
 * (loaded on demand) reads them. tests/tab/progress-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";
import { PROGRESS_DUTCH } from "./progress-dutch";
import { PROGRESS_ENGLISH } from "./progress-english";
import { PROGRESS_FRENCH } from "./progress-french";
import type { ProgressTexts } from "./progress-texts";

export const PROGRESS_CATALOGUE: Readonly<Record<Language, ProgressTexts>> = {
  fr: PROGRESS_FRENCH,
  en: PROGRESS_ENGLISH,
  nl: PROGRESS_DUTCH,
};
