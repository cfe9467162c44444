import fc from "fast-check";
import { cardInputValues, parseAssessmentCard } from "../../../bot/assessments/final-assessment-presenter";

describe("parseAssessmentCard", () => {
  it("cardInputs_becomeADraft_andAParticipantIdOrOtherFieldsAreIgnored", () => {
    const draft = parseAssessmentCard({
      participantId: "someone-else",
      waveId: "another-wave",
      "theme:cloud": "4",
      satisfaction: "5",
      wouldRecommend: "no",
      comment: "ok",
    });
    expect(draft).toEqual({
      themes: [{ themeId: "cloud", rating: "4" }],
      satisfaction: "5",
      wouldRecommend: "no",
      comment: "ok",
    });
    expect(cardInputValues({ participantId: "x", "theme:cloud": "4", comment: "ok" })).toEqual({
      "theme:cloud": "4",
      comment: "ok",
    });
  });

  it("inheritedOrNonStringValues_areNotRead", () => {
    const data = Object.create({ satisfaction: "5" }) as Record<string, unknown>;
    data["wouldRecommend"] = true;
    data["theme:cloud"] = 4;
    expect(parseAssessmentCard(data)).toEqual({
      themes: [],
      satisfaction: undefined,
      wouldRecommend: undefined,
      comment: undefined,
    });
  });

  it("anyJsonAtAll_neverThrows", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseAssessmentCard(value);
        cardInputValues(value);
        return true;
      }),
    );
  });
});
