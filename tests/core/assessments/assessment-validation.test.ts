import fc from "fast-check";
import {
  ASSESSMENT_COMMENT_MAX_LENGTH,
  sameAssessmentAnswers,
  validateFinalAssessment,
} from "../../../core/assessments/assessment-validation";

const BASELINE = ["cloud", "social-networks"];
const valid = {
  themes: [
    { themeId: "social-networks", rating: "4" },
    { themeId: "cloud", rating: 3 },
  ],
  satisfaction: "5",
  wouldRecommend: "yes",
  comment: "  Great mentor  ",
};

function fields(draft: Parameters<typeof validateFinalAssessment>[0], baseline = BASELINE): string[] {
  const result = validateFinalAssessment(draft, baseline);
  return result.ok ? [] : result.errors.map((e) => e.field);
}

describe("validateFinalAssessment", () => {
  it("validDraftWithCardStrings_returnsRatingsInBaselineOrderAndTrimmedComment", () => {
    expect(validateFinalAssessment(valid, BASELINE)).toEqual({
      ok: true,
      value: {
        themes: [
          { themeId: "cloud", rating: 3 },
          { themeId: "social-networks", rating: 4 },
        ],
        satisfaction: 5,
        wouldRecommend: true,
        comment: "Great mentor",
      },
    });
  });

  it("blankComment_isLeftOut", () => {
    const result = validateFinalAssessment({ ...valid, comment: "   " }, BASELINE);
    expect(result.ok && "comment" in result.value).toBe(false);
    expect(result.ok).toBe(true);
  });

  it("missingBaselineTheme_isRefusedOnThatThemesField", () => {
    expect(fields({ ...valid, themes: [{ themeId: "cloud", rating: 3 }] })).toEqual([
      "theme:social-networks",
    ]);
  });

  it("themeOutsideTheBaseline_isRefused", () => {
    expect(fields({ ...valid, themes: [...valid.themes, { themeId: "blockchain", rating: 2 }] })).toEqual([
      "themes",
    ]);
  });

  it("sameThemeTwice_isRefused", () => {
    expect(fields({ ...valid, themes: [...valid.themes, { themeId: "cloud", rating: 2 }] })).toEqual([
      "theme:cloud",
    ]);
  });

  it("mentorWithNoBaseline_needsNoThemes_butRefusesAnyTheme", () => {
    expect(validateFinalAssessment({ satisfaction: 3, wouldRecommend: false }, []).ok).toBe(true);
    expect(fields({ ...valid }, [])).toEqual(["themes"]);
  });

  it("missingSatisfactionAndRecommendation_areBothReported", () => {
    expect(fields({ themes: valid.themes })).toEqual(["satisfaction", "wouldRecommend"]);
  });

  it("commentOverTheLimit_isRefused", () => {
    const comment = "x".repeat(ASSESSMENT_COMMENT_MAX_LENGTH + 1);
    expect(fields({ ...valid, comment })).toEqual(["comment"]);
    expect(fields({ ...valid, comment: "x".repeat(ASSESSMENT_COMMENT_MAX_LENGTH) })).toEqual([]);
  });

  it("anyRatingOutsideOneToFiveOrNotAnInteger_isRefused", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -100, max: 100 }).filter((n) => n < 1 || n > 5),
          fc.double({ noInteger: true }),
          fc.string().filter((s) => !/^\s*[1-5]\s*$/.test(s)),
          fc.constant(null),
          fc.boolean(),
        ),
        fc.constantFrom("satisfaction", "theme"),
        (bad, where) => {
          const draft =
            where === "satisfaction"
              ? { ...valid, satisfaction: bad }
              : { ...valid, themes: [{ themeId: "cloud", rating: bad }, valid.themes[0]] };
          return !validateFinalAssessment(draft, BASELINE).ok;
        },
      ),
    );
  });

  it("anyRatingsFromOneToFive_areAcceptedAsGiven", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (a, b, satisfaction, wouldRecommend) => {
          const result = validateFinalAssessment(
            {
              themes: [
                { themeId: "cloud", rating: a },
                { themeId: "social-networks", rating: String(b) },
              ],
              satisfaction,
              wouldRecommend,
            },
            BASELINE,
          );
          return (
            result.ok &&
            result.value.themes[0]!.rating === a &&
            result.value.themes[1]!.rating === b &&
            result.value.satisfaction === satisfaction &&
            result.value.wouldRecommend === wouldRecommend
          );
        },
      ),
    );
  });
});

describe("sameAssessmentAnswers", () => {
  it("differentCommentOrRating_isNotTheSame_identicalIs", () => {
    const a = { themes: [{ themeId: "cloud", rating: 3 }], satisfaction: 4, wouldRecommend: true };
    expect(sameAssessmentAnswers(a, { ...a })).toBe(true);
    expect(sameAssessmentAnswers(a, { ...a, comment: "x" })).toBe(false);
    expect(sameAssessmentAnswers(a, { ...a, themes: [{ themeId: "cloud", rating: 4 }] })).toBe(false);
  });
});
