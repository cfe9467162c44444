import { GOAL_MAX_LENGTH, MOTIVATION_MAX_LENGTH } from "../../core/questionnaire";
import {
  validateMenteeDraft,
  validateMentorDraft,
  type MenteeDraft,
  type MentorDraft,
} from "../../core/questionnaire-validation";
import { aWave } from "../support/domain-factories";

const wave = aWave();
const mentee = (overrides: Partial<MenteeDraft> = {}): MenteeDraft => ({
  needs: [
    { themeId: "social-networks", comfort: "2" },
    { themeId: "artificial-intelligence", comfort: 1 },
    { themeId: "", comfort: "" },
  ],
  goal: "  Post on LinkedIn about our projects  ",
  preferredLanguage: "fr",
  ...overrides,
});
const mentor = (overrides: Partial<MentorDraft> = {}): MentorDraft => ({
  skills: [
    { themeId: "cloud", level: "4" },
    { themeId: "big-data", level: "5" },
  ],
  motivation: "Share what I use every day",
  languages: "fr,en",
  capacity: "2",
  ...overrides,
});
const fields = (result: { ok: boolean; errors?: { field: string }[] }): string[] =>
  result.ok ? [] : (result.errors ?? []).map((e) => e.field);

describe("validateMenteeDraft", () => {
  it("validMenteeDraft_returnsRankedNeedsInOrder_withTrimmedGoal", () => {
    const result = validateMenteeDraft(mentee(), wave);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "mentee",
        needs: [
          { themeId: "social-networks", comfort: 2 },
          { themeId: "artificial-intelligence", comfort: 1 },
        ],
        goal: "Post on LinkedIn about our projects",
        preferredLanguage: "fr",
      },
    });
  });

  it("nothingChosen_isRefused_onTheFirstNeed", () => {
    const result = validateMenteeDraft(mentee({ needs: [{}, { themeId: "" }, {}] }), wave);
    expect(fields(result)).toEqual(["need1"]);
  });

  it("sameThemeTwice_isRefused_namingBothLines", () => {
    const result = validateMenteeDraft(
      mentee({
        needs: [
          { themeId: "cloud", comfort: 3 },
          { themeId: "cloud", comfort: 2 },
        ],
      }),
      wave,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        field: "need2",
        message: expect.stringContaining("lines 1 and 2"),
        detail: { reason: "duplicate-theme", themeId: expect.any(String), firstLine: 1, line: 2 },
      });
  });

  it("unknownThemeId_isRefused", () => {
    expect(
      fields(validateMenteeDraft(mentee({ needs: [{ themeId: "metaverse", comfort: 3 }] }), wave)),
    ).toEqual(["need1"]);
  });

  it("goalOverTheLimit_isRefused_withItsLength", () => {
    const result = validateMenteeDraft(mentee({ goal: "x".repeat(GOAL_MAX_LENGTH + 1) }), wave);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain(String(GOAL_MAX_LENGTH + 1));
  });

  it("goalAtTheLimit_isAccepted", () => {
    expect(validateMenteeDraft(mentee({ goal: "x".repeat(GOAL_MAX_LENGTH) }), wave).ok).toBe(true);
  });

  it.each([["0"], ["6"], ["2.5"], [""], [undefined], [{}]])("comfort %p_isRefused", (comfort) => {
    expect(fields(validateMenteeDraft(mentee({ needs: [{ themeId: "cloud", comfort }] }), wave))).toEqual([
      "comfort1",
    ]);
  });

  it("comfortWithoutTheme_isRefused", () => {
    expect(
      fields(
        validateMenteeDraft(mentee({ needs: [{ themeId: "cloud", comfort: 1 }, { comfort: "3" }] }), wave),
      ),
    ).toEqual(["need2"]);
  });

  it("moreThanThreeNeeds_isRefused", () => {
    const needs = ["cloud", "big-data", "blockchain", "cybersecurity"].map((themeId) => ({
      themeId,
      comfort: 3,
    }));
    expect(fields(validateMenteeDraft(mentee({ needs }), wave))).toContain("needs");
  });

  it("missingGoalAndLanguage_reportsBothFields", () => {
    expect(fields(validateMenteeDraft(mentee({ goal: " ", preferredLanguage: "de" }), wave))).toEqual([
      "goal",
      "preferredLanguage",
    ]);
  });

  it("gapBetweenNeeds_isCompacted_keepingOrder", () => {
    const result = validateMenteeDraft(
      mentee({ needs: [{}, { themeId: "cloud", comfort: 4 }, { themeId: "blockchain", comfort: 1 }] }),
      wave,
    );
    expect(result.ok && result.value.needs.map((n) => n.themeId)).toEqual(["cloud", "blockchain"]);
  });
});

describe("validateMentorDraft", () => {
  it("validMentorDraft_parsesCardStrings", () => {
    expect(validateMentorDraft(mentor(), wave)).toEqual({
      ok: true,
      value: {
        kind: "mentor",
        skills: [
          { themeId: "cloud", level: 4 },
          { themeId: "big-data", level: 5 },
        ],
        motivation: "Share what I use every day",
        languages: ["fr", "en"],
        capacity: 2,
      },
    });
  });

  it.each([["0"], ["4"], ["many"]])("capacity %p_isRefused", (capacity) => {
    expect(fields(validateMentorDraft(mentor({ capacity }), wave))).toEqual(["capacity"]);
  });

  it("noSkill_noLanguage_tooLongMotivation_areAllReported", () => {
    const result = validateMentorDraft(
      mentor({ skills: [], languages: "", motivation: "m".repeat(MOTIVATION_MAX_LENGTH + 1) }),
      wave,
    );
    expect(fields(result)).toEqual(["skill1", "motivation", "languages"]);
  });

  it("unknownLanguage_isRefused", () => {
    expect(fields(validateMentorDraft(mentor({ languages: ["fr", "klingon"] }), wave))).toEqual([
      "languages",
    ]);
  });
});
