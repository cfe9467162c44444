import { mentorQuestionnaireCard } from "../../../bot/cards/mentor-questionnaire-card";
import { answersAsCardValues } from "../../../bot/questionnaire-card-inputs";
import type { FieldError } from "../../../core/errors";
import { LANGUAGES } from "../../../core/language";
import { MOTIVATION_MAX_LENGTH } from "../../../core/questionnaire";
import { DEFAULT_THEMES } from "../../../core/theme";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, choiceSet, input, inputs, textsUnder, visibleText } from "./card-queries";
import { aMentor, aOneThemeWave, aParticipantSpeaking, aWave, mentorAnswers } from "./fixtures";

const ERRORS: FieldError[] = [
  { field: "level3", message: 'Give a level from 1 to 5 for "Cloud".' },
  { field: "languages", message: "Choose at least one language you can mentor in." },
  { field: "capacity", message: "Say how many mentees you can take on (1 to 3)." },
  { field: "skills", message: "Offer at most 5 skills." },
];

describe("mentorQuestionnaireCard", () => {
  describe.each(LANGUAGES)("read in %s, participant speaking it", (language) => {
    const participant = aParticipantSpeaking("mentor", language);
    it.each([
      ["12 themes, blank", { wave: aWave() }],
      ["1 theme, blank", { wave: aOneThemeWave() }],
      ["12 themes, saved answers", { wave: aWave(), values: answersAsCardValues(mentorAnswers()) }],
      [
        "12 themes, refused with errors",
        { wave: aWave(), values: { languages: "", capacity: "7" }, errors: ERRORS },
      ],
      ["1 theme, refused with errors", { wave: aOneThemeWave(), errors: ERRORS }],
    ])("%s → a valid card", (_, data) => {
      expect(validateAdaptiveCard(mentorQuestionnaireCard({ participant, language, ...data }))).toEqual([]);
    });
  });

  it("blank → five skill lines, each with its level, then motivation, languages, capacity, all labelled", () => {
    const card = mentorQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentor() });
    expect(inputs(card).map((i) => i.id)).toEqual([
      ...[1, 2, 3, 4, 5].flatMap((n) => [`skill${n}`, `level${n}`]),
      "motivation",
      "languages",
      "capacity",
    ]);
    for (const i of inputs(card)) expect(i.label.trim()).not.toBe("");
  });

  it("blank → skill #1 required with every theme; skills #2–#5 optional with a None choice", () => {
    const card = mentorQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentor() });
    expect(choiceSet(card, "skill1")).toMatchObject({ isRequired: true, errorMessage: expect.any(String) });
    expect(choiceSet(card, "skill1").choices.map((c) => c.value)).toEqual(DEFAULT_THEMES.map((t) => t.id));
    for (const n of [2, 3, 4, 5]) {
      expect(choiceSet(card, `skill${n}`)).toMatchObject({ placeholder: `Skill #${n} (optional)` });
      expect(choiceSet(card, `skill${n}`).choices[0]).toEqual({ title: "None", value: "-" });
    }
  });

  it("blank → level from 1 'Basics' to 5 'Expert'", () => {
    const level = choiceSet(
      mentorQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentor() }),
      "level1",
    );
    expect(level.choices.map((c) => c.title)).toEqual([
      "1 – Basics",
      "2 – Working knowledge",
      "3 – Good",
      "4 – Advanced",
      "5 – Expert",
    ]);
  });

  it("blank → motivation multiline, limited to MOTIVATION_MAX_LENGTH", () => {
    expect(
      input(mentorQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentor() }), "motivation"),
    ).toMatchObject({
      type: "Input.Text",
      isMultiline: true,
      maxLength: MOTIVATION_MAX_LENGTH,
    });
  });

  it("blank → languages multi-select defaulting to the participant's languages, capacity defaulting to 1", () => {
    const card = mentorQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentor({ languages: ["nl", "fr"] }),
    });
    expect(choiceSet(card, "languages")).toMatchObject({ isMultiSelect: true, value: "nl,fr" });
    expect(choiceSet(card, "capacity").choices).toEqual([
      { title: "1 mentee", value: "1" },
      { title: "2 mentees", value: "2" },
      { title: "3 mentees", value: "3" },
    ]);
    expect(choiceSet(card, "capacity").value).toBe("1");
  });

  it.each([
    ["fr", "Cybersécurité"],
    ["nl", "Cyberveiligheid"],
    ["en", "Cybersecurity"],
  ] as const)("read in %s → theme labels in it", (language, label) => {
    const card = mentorQuestionnaireCard({ language, wave: aWave(), participant: aMentor() });
    expect(choiceSet(card, "skill1").choices.map((c) => c.title)).toContain(label);
  });

  it("saved answers → every answer appears as its input's value", () => {
    const card = mentorQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentor(),
      values: answersAsCardValues(mentorAnswers()),
    });
    expect(Object.fromEntries(inputs(card).map((i) => [i.id, i.value]))).toEqual({
      skill1: "cloud",
      level1: "4",
      skill2: "cybersecurity",
      level2: "3",
      skill3: "social-networks",
      level3: "5",
      skill4: undefined,
      level4: undefined,
      skill5: undefined,
      level5: undefined,
      motivation: "I like explaining what I use every day.",
      languages: "nl,en",
      capacity: "2",
    });
  });

  it("refused languages with unknown or repeated codes → only the known ones, once", () => {
    const card = mentorQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentor(),
      values: { languages: "en, xx,en,fr" },
    });
    expect(input(card, "languages").value).toBe("en,fr");
  });

  it("refused with every language cleared → no default put back", () => {
    const card = mentorQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentor(),
      values: { languages: "" },
    });
    expect(input(card, "languages").value).toBeUndefined();
  });

  it("errors → a summary at the top and each message right under its field", () => {
    const card = mentorQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentor(),
      errors: ERRORS,
    });
    expect(visibleText(card)).toContain("Your answers were not saved: 4 answers need a correction.");
    for (const error of ERRORS.filter((e) => e.field !== "skills")) {
      expect(textsUnder(card, error.field)).toEqual([error.message]);
    }
    expect(textsUnder(card, "skill3")).toEqual([]);
  });

  it("blank → one 'Send my answers' button submitting the participant's mentor questionnaire", () => {
    expect(
      actions(
        mentorQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentor({ id: "p-7" }) }),
      ),
    ).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        title: "Send my answers",
        verb: "questionnaire.submit",
        data: { participantId: "p-7", kind: "mentor" },
      }),
    ]);
  });

  it("worst case (12 themes, every error, longest values) → well under the size limit", () => {
    const card = mentorQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentor(),
      values: { motivation: "é".repeat(MOTIVATION_MAX_LENGTH) },
      errors: ERRORS,
    });
    expect(Buffer.byteLength(JSON.stringify(card), "utf16le")).toBeLessThan(40 * 1024);
  });
});
