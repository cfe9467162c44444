/** The HR Progress section's texts: every language has every text, none empty, every function answers. */
import { PROGRESS_CATALOGUE } from "../../tab/app/texts/progress-catalogue";

const SAMPLES: readonly unknown[][] = [[1, 2, 6], [3, 4], [47]];

function leaves(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const sample = SAMPLES.find((args) => args.length === fn.length) ?? [];
    out.set(path, String(fn(...sample)));
  } else if (typeof value === "object" && value !== null)
    for (const [key, child] of Object.entries(value))
      for (const [p, t] of leaves(child, `${path}.${key}`)) out.set(p, t);
  return out;
}

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
