/**
 * The bot's catalogue is complete in every language: the same keys, no empty text, and nothing left in
 * English in French or Dutch (names, brands and words the languages share are listed below).
 */
import type { BotTexts } from "../../../bot/texts/bot-texts";
import { BOT_TEXTS, calendarDay } from "../../../bot/texts/catalogue";
import { COMFORT_WORDS_BY_LANGUAGE, LEVEL_WORDS_BY_LANGUAGE } from "../../../core/questionnaire";
import { LANGUAGES } from "../../../core/language";

/** Sample arguments for the parameterised texts: names, wave names, dates, counts and roles. */
const ARGUMENT_SETS: readonly (readonly unknown[])[] = [
  ["Alex", "Spring 2025 wave", "21 March 2025"],
  ["mentee", "Spring 2025 wave", "21 March 2025"],
  ["mentor", "Spring 2025 wave", "21 March 2025"],
  [1, "Basics", "Expert"],
  [3, "I'm new to this", "I'm at ease"],
];

const ERROR_DETAIL = { line: 2, firstLine: 1, max: 5, min: 1, length: 600, themeId: "cloud" };
const ERROR_SUBJECTS = [true, false].map((mentee) => ({ mentee, theme: (id: string) => `«${id}»` }));

/** Every text of a catalogue as path → wording, parameterised texts called with each sample. */
function leaves(value: unknown, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === "string") found.set(path, value);
  else if (typeof value === "function") {
    const calls = path.startsWith("form.errors.")
      ? ERROR_SUBJECTS.map((subject) => [ERROR_DETAIL, subject])
      : ARGUMENT_SETS;
    calls.forEach((args, i) => {
      const text: unknown = (value as (...a: unknown[]) => unknown)(...args);
      found.set(`${path}(${i})`, String(text));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, text] of leaves(child, path === "" ? key : `${path}.${key}`)) found.set(p, text);
    }
  }
  return found;
}

/** Key paths only (functions are leaves), to compare the catalogues' shapes. */
function keyPaths(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, path === "" ? key : `${path}.${key}`),
  );
}

/** Texts that are rightly the same in English and in `language`. */
const SAME_AS_ENGLISH: Readonly<Record<"fr" | "nl", readonly string[]>> = {
  fr: ["help.commands.1.word", "summary.motivation", "introduction.mentor"],
  nl: [
    "introduction.mentor",
    "introduction.mentee",
    "mentor.capacityText(0)",
    "mentor.capacityText(1)",
    "mentor.capacityText(2)",
    "mentor.capacityText(3)",
    "mentor.capacityText(4)",
  ],
};

/**
 * Words that only English uses: finding one in French or Dutch means a text was left untranslated.
 * Whole words only, accented letters included ("hiérarchique" does not contain "hi").
 */
const ENGLISH_ONLY =
  /(?<!\p{L})(the|your|you|you're|and|with|please|saved|choose|answers?|skills?|needs?|goal|level|hi)(?!\p{L})/iu;

/** Wordings in which English words are expected: the language names offered as choices. */
const LANGUAGE_NAME_LIST = /Français, English/;

describe("the bot's catalogue", () => {
  const english = leaves(BOT_TEXTS.en);

  it.each(LANGUAGES)("%s → the same keys as English", (language) => {
    expect(keyPaths(BOT_TEXTS[language]).sort()).toEqual(keyPaths(BOT_TEXTS.en).sort());
  });

  it.each(LANGUAGES)("%s → no empty text, whatever the arguments", (language) => {
    for (const [path, text] of leaves(BOT_TEXTS[language])) {
      expect([path, text.trim() === "" || /undefined|NaN|\[object/.test(text)]).toEqual([path, false]);
    }
  });

  it.each(["fr", "nl"] as const)("%s → no text left as in English", (language) => {
    const untranslated = [...leaves(BOT_TEXTS[language])]
      .filter(([path, text]) => english.get(path) === text && !SAME_AS_ENGLISH[language].includes(path))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it.each(["fr", "nl"] as const)("%s → no English-only word in any text", (language) => {
    const english = [...leaves(BOT_TEXTS[language])]
      .filter(([, text]) => ENGLISH_ONLY.test(text.replace(/«[^»]*»/g, "")) && !LANGUAGE_NAME_LIST.test(text))
      .map(([path, text]) => `${path}: ${text}`);
    expect(english).toEqual([]);
  });

  it("a key missing from a language → a compile error (checked by tsc on this line)", () => {
    // @ts-expect-error: a catalogue without `campaign` is not a BotTexts.
    const incomplete: BotTexts = { ...BOT_TEXTS.fr, campaign: undefined };
    expect(incomplete.campaign).toBeUndefined();
  });

  it.each([
    ["fr", "3 mars 2025"],
    ["nl", "3 maart 2025"],
    ["en", "3 March 2025"],
  ] as const)("calendarDay in %s → %s; an unparseable date → as given", (language, expected) => {
    expect(calendarDay("2025-03-03", language)).toBe(expected);
    expect(calendarDay("2025-03-03T17:00:00.000Z", language)).toBe(expected);
    expect(calendarDay("spring", language)).toBe("spring");
  });
});

describe("the 1–5 scale words", () => {
  it.each(LANGUAGES)("%s → five non-empty comfort and level words", (language) => {
    for (const words of [COMFORT_WORDS_BY_LANGUAGE[language], LEVEL_WORDS_BY_LANGUAGE[language]]) {
      expect(words).toHaveLength(5);
      for (const word of words) expect(word.trim()).not.toBe("");
    }
  });

  it.each(["fr", "nl"] as const)("%s → translated, except words the languages share", (language) => {
    COMFORT_WORDS_BY_LANGUAGE[language].forEach((word, i) =>
      expect(word).not.toBe(COMFORT_WORDS_BY_LANGUAGE.en[i]),
    );
    LEVEL_WORDS_BY_LANGUAGE[language].forEach((word, i) => {
      if (LEVEL_WORDS_BY_LANGUAGE.en[i] !== "Expert") expect(word).not.toBe(LEVEL_WORDS_BY_LANGUAGE.en[i]);
    });
  });
});
