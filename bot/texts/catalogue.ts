/** The bot's message catalogue: the texts of every card and bot message, by language. */
import type { Language } from "../../core/language";
import type { BotTexts } from "./bot-texts";
import { DUTCH } from "./dutch";
import { ENGLISH } from "./english";
import { FRENCH } from "./french";

export const BOT_TEXTS: Readonly<Record<Language, BotTexts>> = { fr: FRENCH, en: ENGLISH, nl: DUTCH };

/** The texts to speak to a reader in `language`. */
export function textsFor(language: Language): BotTexts {
  return BOT_TEXTS[language];
}

/** "3 March 2025" / "3 mars 2025" / "3 maart 2025" from an ISO date or instant; as given when it does not parse. */
export function calendarDay(iso: string, language: Language): string {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(textsFor(language).dateLocale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(time);
}
