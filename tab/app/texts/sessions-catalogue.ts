/**
 * The "My pair" panel's texts in every language, kept out of the tab's first paint: only the panel (loaded on
 * demand) reads them. tests/tab/session-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";
import { SESSIONS_DUTCH } from "./sessions-dutch";
import { SESSIONS_ENGLISH } from "./sessions-english";
import { SESSIONS_FRENCH } from "./sessions-french";
import type { SessionsTexts } from "./sessions-texts";

export const SESSIONS_CATALOGUE: Readonly<Record<Language, SessionsTexts>> = {
  fr: SESSIONS_FRENCH,
  en: SESSIONS_ENGLISH,
  nl: SESSIONS_DUTCH,
};
