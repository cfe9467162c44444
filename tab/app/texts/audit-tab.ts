import type { Language } from "../../../core/language";

/** The Audit log tab's name: in the HR area's chunk, while the section's other texts come with its own chunk. */
export const AUDIT_TAB: Readonly<Record<Language, string>> = {
  fr: "Journal d'audit",
  en: "Audit log",
  nl: "Auditlogboek",
};
