import { ASSESSMENT_CATALOGUE } from "./assessment-catalogue";
import type { AssessmentTexts } from "./assessment-texts";
import { useLanguage } from "./texts-context";

/** The "Final assessment" panel's texts in the tab's language. */
export function useAssessmentTexts(): AssessmentTexts {
  return ASSESSMENT_CATALOGUE[useLanguage()];
}
