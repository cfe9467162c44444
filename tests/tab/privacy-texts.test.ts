/** The audit log's and the "Your data" panel's texts: every language has every text, none empty. */
import { AUDIT_CATALOGUE } from "../../tab/app/texts/audit-catalogue";
import { AUDIT_TAB } from "../../tab/app/texts/audit-tab";
import { DATA_RIGHTS_CATALOGUE } from "../../tab/app/texts/data-rights-texts";
import { textLeaves } from "../support/text-leaves";

const SAMPLES: readonly unknown[][] = [["p-0123456789abcdef"]];
const LANGUAGES = ["fr", "en", "nl"] as const;

describe.each([
  ["audit log", AUDIT_CATALOGUE],
  ["your data panel", DATA_RIGHTS_CATALOGUE],
] as const)("the %s texts", (_, catalogue) => {
  const english = textLeaves(catalogue.en, SAMPLES);

  it.each(["fr", "nl"] as const)("%s has exactly the English keys", (language) => {
    expect([...textLeaves(catalogue[language], SAMPLES).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)("%s has no empty text and no undefined in functions", (language) => {
    for (const [path, text] of textLeaves(catalogue[language], SAMPLES)) {
      expect(`${path}: ${text.trim() === "" ? "(empty)" : "ok"}`).toBe(`${path}: ok`);
      expect(text).not.toContain("undefined");
    }
  });
});

describe("the audit log's wording", () => {
  it.each(LANGUAGES)(
    "%s names the tab as the section's title and shows an erased person by id only",
    (language) => {
      expect(AUDIT_TAB[language]).toBe(AUDIT_CATALOGUE[language].title);
      expect(AUDIT_CATALOGUE[language].erasedTarget("p-42")).toContain("p-42");
    },
  );
});
