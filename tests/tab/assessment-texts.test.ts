/** The "Final assessment" panel's texts: every language has every text, none empty, every function answers. */
import { ASSESSMENT_CATALOGUE } from "../../tab/app/texts/assessment-catalogue";
import { textLeaves } from "../support/text-leaves";

const leaves = (value: unknown) => textLeaves(value, [["I get by"]]);

describe("the Final assessment panel's texts", () => {
  const english = leaves(ASSESSMENT_CATALOGUE.en);

  it.each(["fr", "nl"] as const)("%s_hasExactlyTheEnglishKeys", (language) => {
    expect([...leaves(ASSESSMENT_CATALOGUE[language]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(["fr", "en", "nl"] as const)("%s_hasNoEmptyTextAndNoUndefinedInFunctions", (language) => {
    for (const [path, text] of leaves(ASSESSMENT_CATALOGUE[language])) {
      expect(`${path}: ${text.trim() === "" ? "(empty)" : "ok"}`).toBe(`${path}: ok`);
      expect(text).not.toContain("undefined");
    }
  });
});
