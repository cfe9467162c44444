import { finalAssessmentCard, type FinalAssessmentCardData } from "../../../bot/cards/final-assessment-card";
import { CARD_VERBS } from "../../../bot/cards/adaptive-card";
import { ASSESSMENT_TEXTS } from "../../../bot/texts/assessment-texts";
import { LANGUAGES } from "../../../core/language";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { textLeaves } from "../../support/text-leaves";
import { actions, choiceSet, inputs, visibleText } from "./card-queries";

const base = (overrides: Partial<FinalAssessmentCardData> = {}): FinalAssessmentCardData => ({
  waveName: "Wave *Autumn*",
  themes: [
    { themeId: "cloud", label: "Cloud", baseline: 2 },
    { themeId: "artificial-intelligence", label: "Artificial intelligence", baseline: 1 },
  ],
  open: true,
  language: "en",
  ...overrides,
});
const answers = {
  themes: [
    { themeId: "cloud", rating: 4 },
    { themeId: "artificial-intelligence", rating: 3 },
  ],
  satisfaction: 5,
  wouldRecommend: true,
  comment: "Loved **it**",
};

describe("final assessment card", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    it("formAndSummary_areValidAdaptiveCards", () => {
      expect(validateAdaptiveCard(finalAssessmentCard(base({ language })))).toEqual([]);
      expect(validateAdaptiveCard(finalAssessmentCard(base({ language, answers })))).toEqual([]);
      expect(validateAdaptiveCard(finalAssessmentCard(base({ language, answers, open: false })))).toEqual([]);
    });
  });

  it("form_hasOneRatingPerBaselineTheme_satisfactionRecommendAndComment_andNoParticipantId", () => {
    const card = finalAssessmentCard(base());
    expect(inputs(card).map((i) => i.id)).toEqual([
      "theme:cloud",
      "theme:artificial-intelligence",
      "satisfaction",
      "wouldRecommend",
      "comment",
    ]);
    expect(choiceSet(card, "theme:cloud").label).toContain("I've tried it");
    expect(choiceSet(card, "satisfaction").choices.map((c) => c.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(actions(card)).toEqual([expect.objectContaining({ verb: CARD_VERBS.submitAssessment, data: {} })]);
  });

  it("summary_showsBeforeAndNow_escapesTheComment_andOffersChangeOnlyWhileOpen", () => {
    const open = finalAssessmentCard(base({ answers }));
    const text = visibleText(open);
    expect(text).toContain("2/5 → 4/5");
    expect(text).toContain("Loved \\*\\*it\\*\\*");
    expect(inputs(open)).toEqual([]);
    expect(actions(open).map((a) => a.verb)).toEqual([CARD_VERBS.editAssessment]);
    expect(actions(finalAssessmentCard(base({ answers, open: false })))).toEqual([]);
  });

  it("editing_showsTheFormFilledWithTheSavedAnswers", () => {
    const card = finalAssessmentCard(base({ answers, editing: true }));
    expect(choiceSet(card, "theme:cloud").value).toBe("4");
    expect(choiceSet(card, "wouldRecommend").value).toBe("yes");
  });

  it("retry_keepsWhatWasSent_andSaysWhatToCorrect", () => {
    const card = finalAssessmentCard(
      base({
        retry: {
          values: { "theme:cloud": "3" },
          errors: [
            { field: "satisfaction", message: "x" },
            { field: "theme:artificial-intelligence", message: "y" },
          ],
        },
      }),
    );
    expect(choiceSet(card, "theme:cloud").value).toBe("3");
    expect(visibleText(card)).toContain("rate your satisfaction from 1 to 5");
    expect(visibleText(card)).toContain("rate each theme from 1 to 5");
  });
});

describe("assessment texts", () => {
  const leaves = (language: "fr" | "en" | "nl") =>
    textLeaves(ASSESSMENT_TEXTS[language], [["Ada"], ["Ada", "Wave"]]);
  it.each(["fr", "nl"] as const)("%s_hasExactlyTheEnglishKeys_noneEmpty", (language) => {
    expect([...leaves(language).keys()].sort()).toEqual([...leaves("en").keys()].sort());
    for (const [path, text] of leaves(language))
      expect(`${path}:${text.trim() === "" ? "empty" : "ok"}`).toBe(`${path}:ok`);
  });
});
