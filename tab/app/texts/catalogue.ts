/** The tab's texts in every language Tandem runs in. */
import type { Language } from "../../../core/language";
import { DUTCH } from "./dutch";
import { ENGLISH } from "./english";
import { FRENCH } from "./french";
import type { TabTexts } from "./tab-texts";

export const TAB_TEXTS: Readonly<Record<Language, TabTexts>> = { fr: FRENCH, en: ENGLISH, nl: DUTCH };

/** The tab's texts in `language`. */
export const tabTexts = (language: Language): TabTexts => TAB_TEXTS[language];
