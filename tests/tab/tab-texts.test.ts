/** The tab's text catalogue: the same keys in every language, nothing empty, nothing left in English. */
import { LANGUAGES, type Language } from "../../core/language";
import { TAB_TEXTS } from "../../tab/app/texts/catalogue";
import { chooseTabLanguage, intlLocaleFor } from "../../tab/app/texts/tab-language";

/** Texts French or Dutch may legitimately share with English (names, loanwords, acronyms). */
const SAME_AS_ENGLISH_ALLOWED = new Set([
  "Dates",
  "Mentor",
  "Mentee",
  "HR",
  "Site",
  "Questionnaire",
  "Open Tandem in Microsoft Teams",
  "1 mentee",
  "Nederlands",
  "45 minutes",
]);

/** Sample arguments for each parameterised text: every branch gets a call. A function without samples fails. */
const SAMPLE_CALLS: Readonly<Record<string, ReadonlyArray<readonly unknown[]>>> = {
  "signIn.signingInAs": [["Megan Bowen"]],
  "pages.programmeFailed": [[undefined], ["chunk load failed"]],
  "wave.sessionEach": [["1 hour"]],
  "wave.sessionLength": [[45], [60], [90], [120]],
  "questionnaire.open": [[undefined], ["3 March 2026 at 18:00"]],
  "questionnaire.openToChange": [[undefined], ["3 March 2026 at 18:00"]],
  "questionnaire.closedFinal": [[undefined], ["3 March 2026 at 18:00"]],
  "questionnaire.closedContactTeam": [[undefined], ["3 March 2026 at 18:00"]],
  "answers.capacityText": [[1], [3]],
  "answers.score": [[3, 5]],
};

/** Every leaf of a catalogue as path → text, functions called with each of their samples. */
function leaves(value: unknown, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === "string") found.set(path, value);
  else if (typeof value === "function") {
    const samples = SAMPLE_CALLS[path];
    if (samples === undefined) throw new Error(`No sample arguments for ${path}: add them to SAMPLE_CALLS`);
    samples.forEach((args, index) => {
      found.set(`${path}(#${index})`, String((value as (...a: unknown[]) => unknown)(...args)));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leafPath, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leafPath, text);
    }
  }
  return found;
}

const english = leaves(TAB_TEXTS.en);

describe("the tab's text catalogue", () => {
  it.each(LANGUAGES)("%s_hasExactlyTheEnglishKeys", (language) => {
    expect([...leaves(TAB_TEXTS[language]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)("%s_everyText_isNonEmpty_andHasNoUnfilledPlaceholder", (language) => {
    for (const [path, text] of leaves(TAB_TEXTS[language])) {
      expect({ path, empty: text.trim() === "" }).toEqual({ path, empty: false });
      expect({ path, text }).not.toEqual({ path, text: expect.stringMatching(/undefined|NaN|\$\{/) });
    }
  });

  it.each(["fr", "nl"] as const)("%s_noTextLeftInEnglish_beyondTheAllowList", (language) => {
    const leftInEnglish = [...leaves(TAB_TEXTS[language])]
      .filter(([path, text]) => english.get(path) === text && !SAME_AS_ENGLISH_ALLOWED.has(text))
      .map(([path]) => path);
    expect(leftInEnglish).toEqual([]);
  });

  it("functionsWithOptionalParts_saySomethingEveryWay", () => {
    expect(TAB_TEXTS.fr.questionnaire.closedFinal("3 mars 2026")).toContain("3 mars 2026");
    expect(TAB_TEXTS.nl.questionnaire.open(undefined)).toBe("De vragenlijst is open.");
    expect(TAB_TEXTS.en.wave.sessionLength(90)).toBe("1.5 hours");
  });
});

describe("chooseTabLanguage", () => {
  const cases: ReadonlyArray<[string, Parameters<typeof chooseTabLanguage>[0], Language]> = [
    [
      "teamsLocale_wins_overQueryAndBrowser",
      { teamsLocale: "nl-BE", queryLanguage: "fr", browserLocale: "en" },
      "nl",
    ],
    ["queryLanguage_winsInABrowser", { queryLanguage: "fr", browserLocale: "nl-NL" }, "fr"],
    ["invalidQuery_fallsBackToTheBrowser", { queryLanguage: "de", browserLocale: "nl-NL" }, "nl"],
    ["unsupportedLocale_fallsBackToTheWave", { browserLocale: "de-DE", waveLanguage: "fr" }, "fr"],
    ["unsupportedTeamsLocale_fallsBackToTheWave", { teamsLocale: "es-ES", waveLanguage: "nl" }, "nl"],
    ["nothingKnown_isEnglish", { browserLocale: "ja-JP" }, "en"],
  ];
  it.each(cases)("%s", (_, clues, expected) => {
    expect(chooseTabLanguage(clues)).toBe(expected);
  });

  it("intlLocale_keepsTheReadersRegion_whenItsLanguageIsChosen", () => {
    expect(intlLocaleFor("fr", { browserLocale: "fr-BE" })).toBe("fr-BE");
    expect(intlLocaleFor("fr", { queryLanguage: "fr", browserLocale: "en-US" })).toBe("fr");
    expect(intlLocaleFor("nl", { browserLocale: "de-DE", waveLanguage: "nl" })).toBe("nl-BE");
  });
});
