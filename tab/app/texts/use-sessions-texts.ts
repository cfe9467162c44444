import { SESSIONS_CATALOGUE } from "./sessions-catalogue";
import type { SessionsTexts } from "./sessions-texts";
import { useLanguage } from "./texts-context";

/** The "My pair" panel's texts in the tab's language. */
export function useSessionsTexts(): SessionsTexts {
  return SESSIONS_CATALOGUE[useLanguage()];
}
