/** The languages Tandem's programmes run in (the seeds: France and Belgium). */
export const LANGUAGES = ["fr", "en", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in each supported language. */
export type LocalisedText = Readonly<Record<Language, string>>;

export const LANGUAGE_NAMES: LocalisedText = { fr: "Français", en: "English", nl: "Nederlands" };

/** Narrows an unknown value to a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The supported language of a BCP 47 locale ("fr-FR", "nl-BE", "en"), undefined when none fits. */
export function languageFromLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/** What is known about a reader, from the most to the least specific. */
export interface LanguageClues {
  /** The Teams client's locale, from the activity or the stored conversation reference. */
  readonly locale?: string | undefined;
  readonly waveDefault?: Language | undefined;
  readonly participantLanguage?: Language | undefined;
}

/** The language to speak to a reader: their Teams locale, else the wave's default, else theirs, else English. */
export function chooseLanguage(clues: LanguageClues): Language {
  return languageFromLocale(clues.locale) ?? clues.waveDefault ?? clues.participantLanguage ?? "en";
}
