/**
 * The participant dialog's time-zone field (HR), in every language. Its own small catalogue so the shared
 * HR texts stay as they are; tests/tab/time-zone-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";

export interface TimeZoneTexts {
  readonly label: string;
  readonly hint: string;
  readonly invalid: string;
}

export const TIME_ZONE_TEXTS: Readonly<Record<Language, TimeZoneTexts>> = {
  fr: {
    label: "Fuseau horaire",
    hint: "Nom IANA, par ex. Europe/Paris ou America/Montreal. Vide : celui de Teams, sinon celui de la vague.",
    invalid: "Ce n'est pas un fuseau horaire IANA (par ex. Europe/Paris).",
  },
  en: {
    label: "Time zone",
    hint: "IANA name, e.g. Europe/Paris or America/Montreal. Empty: the one Teams reports, else the wave's.",
    invalid: "This is not an IANA time zone (e.g. Europe/Paris).",
  },
  nl: {
    label: "Tijdzone",
    hint: "IANA-naam, bv. Europe/Brussels of America/Montreal. Leeg: die van Teams, anders die van de golf.",
    invalid: "Dit is geen IANA-tijdzone (bv. Europe/Brussels).",
  },
};

/** True for a zone name the browser's time-zone database knows (a first check; the server has the last word). */
export function isKnownTimeZone(name: string): boolean {
  if (!name.includes("/")) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
