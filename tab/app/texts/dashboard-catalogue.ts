/**
 * The HR "Dashboard" section's texts in every language, kept out of the tab's first paint: only the section
 * (loaded on demand) reads them. tests/tab/dashboard-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";
import { DASHBOARD_DUTCH } from "./dashboard-dutch";
import { DASHBOARD_ENGLISH } from "./dashboard-english";
import { DASHBOARD_FRENCH } from "./dashboard-french";
import type { DashboardTexts } from "./dashboard-texts";

export const DASHBOARD_CATALOGUE: Readonly<Record<Language, DashboardTexts>> = {
  fr: DASHBOARD_FRENCH,
  en: DASHBOARD_ENGLISH,
  nl: DASHBOARD_DUTCH,
};
