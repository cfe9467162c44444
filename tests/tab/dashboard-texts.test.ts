/** The HR Dashboard section's texts: every language has every text, none empty, every function answers. */
import { DASHBOARD_CATALOGUE } from "../../tab/app/texts/dashboard-catalogue";
import { DASHBOARD_TAB } from "../../tab/app/texts/dashboard-tab";
import { textLeaves } from "../support/text-leaves";

const SAMPLES: readonly unknown[][] = [[7, 18, 6], ["Cloud"], [3], [25, 40]];

const leaves = (value: unknown) => textLeaves(value, SAMPLES);

describe("the Dashboard section's texts", () => {
  const english = leaves(DASHBOARD_CATALOGUE.en);

  it.each(["fr", "nl"] as const)("%s_hasExactlyTheEnglishKeys", (language) => {
    expect([...leaves(DASHBOARD_CATALOGUE[language]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(["fr", "en", "nl"] as const)("%s_hasNoEmptyTextAndNoUndefinedInFunctions", (language) => {
    for (const [path, text] of leaves(DASHBOARD_CATALOGUE[language])) {
      expect(`${path}: ${text.trim() === "" ? "(empty)" : "ok"}`).toBe(`${path}: ok`);
      expect(text).not.toContain("undefined");
    }
    expect(DASHBOARD_TAB[language].trim()).not.toBe("");
  });

  it.each(["fr", "en", "nl"] as const)("%s_sayingFewerThanFive_showsNoNumberButTheThreshold", (language) => {
    expect(DASHBOARD_CATALOGUE[language].fewerThanFive).toContain("5");
    expect(DASHBOARD_CATALOGUE[language].fewerThanFive.replace("5", "")).not.toMatch(/\d/);
  });
});
