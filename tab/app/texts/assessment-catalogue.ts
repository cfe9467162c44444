/**
 * The "Final assessment" panel's texts in every language, kept out of the tab's first paint: only the panel
 * (loaded on demand) reads them. tests/tab/assessment-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";
import { ASSESSMENT_DUTCH } from "./assessment-dutch";
import { ASSESSMENT_ENGLISH } from "./assessment-english";
import { ASSESSMENT_FRENCH } from "./assessment-french";
import type { AssessmentTexts } from "./assessment-texts";

export const ASSESSMENT_CATALOGUE: Readonly<Record<Language, AssessmentTexts>> = {
  fr: ASSESSMENT_FRENCH,
  en: ASSESSMENT_ENGLISH,
  nl: ASSESSMENT_DUTCH,
};
