/** The "My pair" panel's texts: every language has every text, none empty, every function answers. */
import { SESSIONS_CATALOGUE } from "../../tab/app/texts/sessions-catalogue";
import { textLeaves } from "../support/text-leaves";

const SAMPLES: readonly unknown[][] = [[0, 1, 6], [1], ["Lucas Martin"], ["2027-01-01", "2027-01-31"]];

const leaves = (value: unknown) => textLeaves(value, SAMPLES);

describe("the My pair panel's texts", () => {
  const english = leaves(SESSIONS_CATALOGUE.en);

  it.each(["fr", "nl"] as const)("%s_hasExactlyTheEnglishKeys", (language) => {
    expect([...leaves(SESSIONS_CATALOGUE[language]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(["fr", "en", "nl"] as const)("%s_hasNoEmptyTextAndNoUndefinedInFunctions", (language) => {
    for (const [path, text] of leaves(SESSIONS_CATALOGUE[language])) {
      expect(`${path}: ${text.trim() === "" ? "(empty)" : "ok"}`).toBe(`${path}: ok`);
      expect(text).not.toContain("undefined");
    }
  });

  it("thePlanSummary_countsWhatIsLeftToPlan", () => {
    expect(SESSIONS_CATALOGUE.en.planSummary(1, 2, 6)).toBe("1 held, 2 booked, 3 to plan");
  });
});
