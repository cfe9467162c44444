/** The HR Progress section's texts: every language has every text, none empty, every function answers. */
import { PROGRESS_CATALOGUE } from "../../tab/app/texts/progress-catalogue";
import { textLeaves } from "../support/text-leaves";

const SAMPLES: readonly unknown[][] = [[1, 2, 6], [3, 4], [47]];

const leaves = (value: unknown) => textLeaves(value, SAMPLES);

describe("the Progress section's texts", () => {
  const english = leaves(PROGRESS_CATALOGUE.en);

  it.each(["fr", "nl"] as const)("%s_hasExactlyTheEnglishKeys", (language) => {
    expect([...leaves(PROGRESS_CATALOGUE[language]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(["fr", "en", "nl"] as const)("%s_hasNoEmptyTextAndNoUndefinedInFunctions", (language) => {
    for (const [path, text] of leaves(PROGRESS_CATALOGUE[language])) {
      expect(`${path}: ${text.trim() === "" ? "(empty)" : "ok"}`).toBe(`${path}: ok`);
      expect(text).not.toContain("undefined");
    }
  });

  it.each(["fr", "en", "nl"] as const)("%s_sayingFewerThanFive_showsNoNumberButTheThreshold", (language) => {
    expect(PROGRESS_CATALOGUE[language].fewerThanFive.replace("5", "")).not.toMatch(/\d/);
  });
});
