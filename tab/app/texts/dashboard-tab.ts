import type { Language } from "../../../core/language";

/** The Dashboard tab's name: in the HR area's chunk, while the section's other texts come with its own chunk. */
export const DASHBOARD_TAB: Readonly<Record<Language, string>> = {
  fr: "Tableau de bord",
  en: "Dashboard",
  nl: "Dashboard",
};
