import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Language } from "../../../core/language";
import { dateFormats, type DateFormats } from "../my-mentoring/date-formats";
import { tabTexts } from "./catalogue";
import { chooseTabLanguage, intlLocaleFor, type TabLanguageClues } from "./tab-language";
import type { TabTexts } from "./tab-texts";

interface TextsValue {
  readonly language: Language;
  readonly texts: TabTexts;
  readonly formats: DateFormats;
  readonly setWaveLanguage: (language: Language | undefined) => void;
}

const englishFallback: TextsValue = {
  language: "en",
  texts: tabTexts("en"),
  formats: dateFormats(tabTexts("en").intlLocale),
  setWaveLanguage: () => undefined,
};

const TextsContext = createContext<TextsValue>(englishFallback);

/**
 * Chooses the tab's language (see chooseTabLanguage) and gives its texts and date formats to the pages below.
 * Sets <html lang> and the page title. Outside Teams, pass no `teamsLocale`: `?lang=` then the browser's language decide.
 */
export function TextsProvider({
  teamsLocale,
  children,
}: {
  readonly teamsLocale: string | undefined;
  readonly children: ReactNode;
}) {
  const [waveLanguage, setWaveLanguage] = useState<Language>();
  const value = useMemo<TextsValue>(() => {
    const clues: TabLanguageClues = {
      teamsLocale,
      queryLanguage: new URLSearchParams(window.location.search).get("lang"),
      browserLocale: navigator.language,
      waveLanguage,
    };
    const language = chooseTabLanguage(clues);
    return {
      language,
      texts: tabTexts(language),
      formats: dateFormats(intlLocaleFor(language, clues)),
      setWaveLanguage,
    };
  }, [teamsLocale, waveLanguage]);

  useEffect(() => {
    document.documentElement.lang = value.language;
    document.title = `Tandem · ${value.texts.myMentoring.title}`;
  }, [value.language, value.texts]);

  return <TextsContext.Provider value={value}>{children}</TextsContext.Provider>;
}

/** The texts in the tab's language. */
export function useTexts(): TabTexts {
  return useContext(TextsContext).texts;
}

/** Dates in the tab's language (and the reader's region when it matches). */
export function useDateFormats(): DateFormats {
  return useContext(TextsContext).formats;
}

/** Tells the tab the wave's language, the fallback when the reader's locale is none of Tandem's languages. */
export function useWaveLanguage(language: Language | undefined): void {
  const { setWaveLanguage } = useContext(TextsContext);
  useEffect(() => setWaveLanguage(language), [language, setWaveLanguage]);
}

/** The tab's language, for texts that live outside the catalogue (core's scale words). */
export function useLanguage(): Language {
  return useContext(TextsContext).language;
}
