import { LANGUAGES } from "../../../core/language";
import type { IdleMentor, UnmatchedReason } from "../../../core/matching/matching-types";
import { notMatchedCard } from "../../../bot/cards/not-matched-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { textBlocks, visibleText } from "./card-queries";

const NONE = { "no-common-language": 0, "reporting-line": 0, "same-department": 0, "met-before": 0 };
const mentee = (reasons: UnmatchedReason[], language: "fr" | "en" | "nl" = "en") =>
  notMatchedCard({ role: "mentee", waveName: "Spring 2025 wave", reasons, language });
const mentor = (reason: IdleMentor["reason"], language: "fr" | "en" | "nl" = "en") =>
  notMatchedCard({ role: "mentor", waveName: "Spring 2025 wave", reason, language });

describe("notMatchedCard", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    it("every mentee reason and every mentor reason → valid AC 1.5 cards", () => {
      const cards = [
        mentee(
          [
            { kind: "not-enough-capacity", allowedMentors: 2 },
            { kind: "no-allowed-mentor", excludedBy: { ...NONE, "no-common-language": 3, "met-before": 1 } },
            { kind: "removed-by-hr" },
            { kind: "no-answers" },
          ],
          language,
        ),
        ...(["not-needed", "no-allowed-mentee", "no-answers", "not-eligible"] as const).map((r) =>
          mentor(r, language),
        ),
      ];
      for (const card of cards) expect(validateAdaptiveCard(card)).toEqual([]);
    });
  });

  it("not enough mentors → says so, and that HR will get back to them", () => {
    const text = visibleText(mentee([{ kind: "not-enough-capacity", allowedMentors: 4 }]));
    expect(text).toContain("We could not pair you with a mentor in Spring 2025 wave.");
    expect(text).toContain("There were not enough mentors for every mentee in this wave.");
    expect(text).toContain("The HR programme team will get back to you.");
  });

  it("every mentor ruled out → one line per rule that excluded any, with its count", () => {
    const card = mentee([
      { kind: "no-allowed-mentor", excludedBy: { ...NONE, "no-common-language": 3, "reporting-line": 1 } },
    ]);
    const text = visibleText(card);
    expect(text).toContain("The programme's rules left no mentor who could be paired with you:");
    expect(text).toContain("- 3 mentors speak none of your languages\r- 1 mentor is in your reporting line");
    expect(text).not.toContain("department");
    expect(text).not.toContain("earlier wave");
  });

  it("removed by HR, in French → said plainly", () => {
    const text = visibleText(mentee([{ kind: "removed-by-hr" }], "fr"));
    expect(text).toContain("L'équipe RH du programme vous a retiré des binômes de cette vague.");
    expect(text).toContain("L'équipe RH du programme reviendra vers vous.");
  });

  it.each([
    ["not-needed", "Thank you: you are on the reserve list", "Every mentee of Spring 2025 wave has a mentor"],
    ["no-allowed-mentee", "Thank you: you are on the reserve list", "left no mentee of Spring 2025 wave"],
    ["no-answers", "You are not paired in this wave", "no answers to your questionnaire"],
    ["not-eligible", "You are not paired in this wave", "Thank you for volunteering"],
  ] as const)("idle mentor (%s) → '%s'", (reason, title, text) => {
    const card = mentor(reason);
    expect(textBlocks(card)[0]?.text).toBe(title);
    expect(visibleText(card)).toContain(text);
  });

  it("a wave name with markdown → shown as typed", () => {
    const card = notMatchedCard({
      role: "mentor",
      waveName: "**Big** wave",
      reason: "not-needed",
      language: "en",
    });
    expect(visibleText(card)).toContain("\\*\\*Big\\*\\* wave");
  });

  it("Dutch → the reserve list in Dutch", () => {
    expect(textBlocks(mentor("not-needed", "nl"))[0]?.text).toBe("Bedankt: u staat op de reservelijst");
  });
});
