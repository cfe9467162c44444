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
