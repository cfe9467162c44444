/**
 * The texts of the dashboard's freshness line ("Updated …" and its Refresh button), in every language: the
 * figures are a stored snapshot, so HR is told when they were computed and can ask for fresher ones.
 */
import type { Language } from "../../../core/language";

export interface DashboardRefreshTexts {
  readonly updated: (dateTime: string) => string;
  readonly refresh: string;
  readonly refreshing: string;
  readonly refreshFailed: string;
}

export const DASHBOARD_REFRESH_TEXTS: Readonly<Record<Language, DashboardRefreshTexts>> = {
  fr: {
    updated: (dateTime) => `Mis à jour le ${dateTime}`,
    refresh: "Actualiser",
    refreshing: "Actualisation…",
    refreshFailed: "Le tableau de bord n'a pas pu être actualisé. Réessayez dans un instant.",
  },
  en: {
    updated: (dateTime) => `Updated ${dateTime}`,
    refresh: "Refresh",
    refreshing: "Refreshing…",
    refreshFailed: "The dashboard could not be refreshed. Try again in a moment.",
  },
  nl: {
    updated: (dateTime) => `Bijgewerkt op ${dateTime}`,
    refresh: "Vernieuwen",
    refreshing: "Bezig met vernieuwen…",
    refreshFailed: "Het dashboard kon niet worden vernieuwd. Probeer het zo meteen opnieuw.",
  },
};
