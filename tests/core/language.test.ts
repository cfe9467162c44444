import { chooseLanguage, languageFromLocale } from "../../core/language";

describe("languageFromLocale", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr-BE", "fr"],
    ["nl-BE", "nl"],
    ["nl-NL", "nl"],
    ["en-GB", "en"],
    ["en-US", "en"],
    ["FR", "fr"],
    ["nl_BE", "nl"],
    [" en ", "en"],
  ] as const)("%p → %s", (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });

  it.each([["de-DE"], ["es"], [""], ["-"], ["french"], [undefined]])("%p → undefined", (locale) => {
    expect(languageFromLocale(locale)).toBeUndefined();
  });
});

describe("chooseLanguage", () => {
  it("supportedLocale_winsOverTheWaveAndTheParticipant", () => {
    expect(chooseLanguage({ locale: "nl-BE", waveDefault: "fr", participantLanguage: "en" })).toBe("nl");
  });

  it("unsupportedLocale_fallsBackToTheWaveDefault", () => {
    expect(chooseLanguage({ locale: "de-DE", waveDefault: "fr", participantLanguage: "nl" })).toBe("fr");
  });

  it("noLocaleNoWaveDefault_fallsBackToTheParticipantsLanguage", () => {
    expect(chooseLanguage({ participantLanguage: "nl" })).toBe("nl");
  });

  it("nothingKnown_isEnglish", () => {
    expect(chooseLanguage({})).toBe("en");
    expect(chooseLanguage({ locale: "de-DE" })).toBe("en");
  });
});
