/**
 * The HR "Audit log" section's texts in every language, kept out of the tab's first paint: only the section
 * (loaded on demand) reads them. tests/tab/privacy-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";
import { AUDIT_DUTCH } from "./audit-dutch";
import { AUDIT_ENGLISH } from "./audit-english";
import { AUDIT_FRENCH } from "./audit-french";
import type { AuditTexts } from "./audit-texts";

export const AUDIT_CATALOGUE: Readonly<Record<Language, AuditTexts>> = {
  fr: AUDIT_FRENCH,
  en: AUDIT_ENGLISH,
  nl: AUDIT_DUTCH,
};
