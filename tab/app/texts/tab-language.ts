/** Which language the tab speaks. Pure: the clues come in as arguments (tested in node). */
import { chooseLanguage, languageFromLocale, type Language } from "../../../core/language";
import { tabTexts } from "./catalogue";

/** What the tab knows about its reader's language, from the most to the least specific. */
export interface TabLanguageClues {
  /** The Teams client's locale (app.getContext().app.locale); undefined in a plain browser. */
  readonly teamsLocale?: string | undefined;
  /** The page's `?lang=` parameter: browser only, for tests and demos. */
  readonly queryLanguage?: string | null | undefined;
  /** navigator.language. */
  readonly browserLocale?: string | undefined;
  /**
   * The wave's language, once a page knows it: on My mentoring, the participant's language in their wave
   * (EnrolmentView.language, which defaults to the wave's). Used only when the locale is none of fr/en/nl.
   */
  readonly waveLanguage?: Language | undefined;
}

/** The locale that speaks for the reader: Teams' inside Teams; in a browser `?lang=` when valid, else the browser's. */
export function readerLocale(clues: TabLanguageClues): string | undefined {
  if (clues.teamsLocale !== undefined) return clues.teamsLocale;
  const query = clues.queryLanguage ?? undefined;
  return languageFromLocale(query) !== undefined ? query : clues.browserLocale;
}

/** The reader's locale when it is in fr/en/nl, else the wave's language, else English. */
export function chooseTabLanguage(clues: TabLanguageClues): Language {
  return chooseLanguage({ locale: readerLocale(clues), waveDefault: clues.waveLanguage });
}

/** The Intl locale for dates and numbers: the reader's own when it is in `language` (en-US, fr-BE), else the language's. */
export function intlLocaleFor(language: Language, clues: TabLanguageClues): string {
  const locale = readerLocale(clues);
  return locale !== undefined && languageFromLocale(locale) === language
    ? locale
    : tabTexts(language).intlLocale;
}
