import { menteeQuestionnaireCard } from "../../../bot/cards/mentee-questionnaire-card";
import { answersAsCardValues } from "../../../bot/questionnaire-card-inputs";
import type { FieldError } from "../../../core/errors";
import { LANGUAGES } from "../../../core/language";
import { GOAL_MAX_LENGTH } from "../../../core/questionnaire";
import { DEFAULT_THEMES } from "../../../core/theme";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, choiceSet, elements, input, inputs, textsUnder } from "./card-queries";
import { aMentee, aOneThemeWave, aParticipantSpeaking, aWave, menteeAnswers } from "./fixtures";

const ERRORS: FieldError[] = [
  {
    field: "need2",
    message: 'You chose "Cloud" twice (lines 1 and 2). Pick a different theme for each line.',
  },
  { field: "comfort1", message: 'Give a comfort level from 1 to 5 for "Cloud".' },
  { field: "goal", message: "Write your goal (a sentence or two is enough)." },
];

describe("menteeQuestionnaireCard", () => {
  describe.each(LANGUAGES)("read in %s, participant speaking it", (language) => {
    const participant = aParticipantSpeaking("mentee", language);
    it.each([
      ["12 themes, blank", { wave: aWave() }],
      ["1 theme, blank", { wave: aOneThemeWave() }],
      ["12 themes, saved answers", { wave: aWave(), values: answersAsCardValues(menteeAnswers()) }],
      [
        "12 themes, refused with errors",
        { wave: aWave(), values: { need1: "cloud", need2: "cloud" }, errors: ERRORS },
      ],
      ["1 theme, refused with errors", { wave: aOneThemeWave(), errors: ERRORS }],
    ])("%s → a valid card", (_, data) => {
      expect(validateAdaptiveCard(menteeQuestionnaireCard({ participant, language, ...data }))).toEqual([]);
    });
  });

  it("blank → three need lines, each with its comfort, then goal and language, all labelled", () => {
    const card = menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee() });
    expect(inputs(card).map((i) => i.id)).toEqual([
      "need1",
      "comfort1",
      "need2",
      "comfort2",
      "need3",
      "comfort3",
      "goal",
      "preferredLanguage",
    ]);
    for (const i of inputs(card)) expect(i.label.trim()).not.toBe("");
  });

  it("blank → need #1 required and compact; needs #2 and #3 optional with a placeholder and a None choice", () => {
    const card = menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee() });
    expect(choiceSet(card, "need1")).toMatchObject({
      isRequired: true,
      style: "compact",
      errorMessage: expect.any(String),
    });
    expect(choiceSet(card, "need1").choices.map((c) => c.value)).toEqual(DEFAULT_THEMES.map((t) => t.id));
    for (const n of [2, 3]) {
      const need = choiceSet(card, `need${n}`);
      expect(need).toMatchObject({ placeholder: `Need #${n} (optional)`, style: "compact" });
      expect(need.isRequired).toBeUndefined();
      expect(need.choices[0]).toEqual({ title: "None", value: "-" });
      expect(need.choices).toHaveLength(DEFAULT_THEMES.length + 1);
    }
  });

  it("blank → comfort from 1 'I'm new to this' to 5 'I'm at ease'", () => {
    const comfort = choiceSet(
      menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee() }),
      "comfort2",
    );
    expect(comfort.style).toBe("compact");
    expect(comfort.choices.map((c) => c.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(comfort.choices[0]?.title).toBe("1 – I'm new to this");
    expect(comfort.choices[4]?.title).toBe("5 – I'm at ease");
  });

  it("blank → goal multiline, limited to GOAL_MAX_LENGTH, with the programme question as label", () => {
    expect(
      input(menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee() }), "goal"),
    ).toMatchObject({
      type: "Input.Text",
      isMultiline: true,
      maxLength: GOAL_MAX_LENGTH,
      label: "What do you want to be able to do after this programme?",
    });
  });

  it.each([
    ["fr", "Réseaux sociaux"],
    ["nl", "Sociale netwerken"],
    ["en", "Social networks"],
  ] as const)("read in %s → theme labels in it", (language, label) => {
    const card = menteeQuestionnaireCard({ language, wave: aWave(), participant: aMentee() });
    expect(choiceSet(card, "need1").choices[0]?.title).toBe(label);
    expect(choiceSet(card, "need3").choices[1]?.title).toBe(label);
  });

  it("blank → language choices fr/en/nl by name, defaulting to the participant's first language", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aParticipantSpeaking("mentee", "nl"),
    });
    const languageInput = choiceSet(card, "preferredLanguage");
    expect(languageInput.choices).toEqual([
      { title: "Français", value: "fr" },
      { title: "English", value: "en" },
      { title: "Nederlands", value: "nl" },
    ]);
    expect(languageInput.value).toBe("nl");
  });

  it("blank → nothing else pre-filled", () => {
    const card = menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee() });
    expect(
      inputs(card)
        .filter((i) => i.value !== undefined)
        .map((i) => i.id),
    ).toEqual(["preferredLanguage"]);
  });

  it("saved answers → every answer appears as its input's value", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      values: answersAsCardValues(menteeAnswers()),
    });
    expect(Object.fromEntries(inputs(card).map((i) => [i.id, i.value]))).toEqual({
      need1: "social-networks",
      comfort1: "2",
      need2: "artificial-intelligence",
      comfort2: "1",
      need3: undefined,
      comfort3: undefined,
      goal: "Post about our projects on LinkedIn with confidence.",
      preferredLanguage: "fr",
    });
  });

  it("values that fit no input (unknown theme, comfort 9, language xx) → left empty, not the default", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      values: { need1: "quantum", comfort1: "9", preferredLanguage: "xx", need2: "-" },
    });
    expect([
      input(card, "need1").value,
      input(card, "comfort1").value,
      input(card, "preferredLanguage").value,
    ]).toEqual([undefined, undefined, undefined]);
    expect(input(card, "need2").value).toBe("-");
  });

  it("a refused goal over the limit → cut to GOAL_MAX_LENGTH, card still valid", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      values: { goal: "g".repeat(100_000) },
    });
    expect(input(card, "goal").value).toHaveLength(GOAL_MAX_LENGTH);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it("errors → a summary at the top in attention colour, listing every message", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      errors: ERRORS,
    });
    const summary = card.body.find((e) => e.type === "Container" && e.style === "attention");
    expect(card.body.indexOf(summary!)).toBeLessThan(
      card.body.findIndex((e) => e.type === "Container" && e !== summary),
    );
    expect(summary).toMatchObject({
      items: [
        {
          type: "TextBlock",
          text: "Your answers were not saved: 3 answers need a correction.",
          color: "attention",
        },
        ...ERRORS.map((e) => ({ type: "TextBlock", text: `• ${e.message}` })),
      ],
    });
  });

  it("one error → summary in the singular", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      errors: [ERRORS[2]!],
    });
    expect(
      elements(card).some((e) => e.type === "TextBlock" && e.text.endsWith("1 answer needs a correction.")),
    ).toBe(true);
  });

  it("errors → each message right under its field, none under the others", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      errors: ERRORS,
    });
    for (const error of ERRORS) expect(textsUnder(card, error.field)).toEqual([error.message]);
    for (const id of ["need1", "need3", "comfort2", "preferredLanguage"])
      expect(textsUnder(card, id)).toEqual([]);
    const messageBlocks = elements(card).filter(
      (e) => e.type === "TextBlock" && e.text === ERRORS[2]!.message,
    );
    expect(messageBlocks).toEqual([expect.objectContaining({ color: "attention" })]);
  });

  it("a 'needs' error → shown above the first need line", () => {
    const error = { field: "needs", message: "Choose at most 3 needs." };
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      errors: [error],
    });
    const all = elements(card);
    const at = all.findIndex((e) => e.type === "TextBlock" && e.text === error.message);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(all.findIndex((e) => "id" in e && e.id === "need1"));
  });

  it("blank → one 'Send my answers' button submitting the participant's mentee questionnaire", () => {
    expect(
      actions(
        menteeQuestionnaireCard({ language: "en", wave: aWave(), participant: aMentee({ id: "p-42" }) }),
      ),
    ).toEqual([
      {
        type: "Action.Execute",
        title: "Send my answers",
        verb: "questionnaire.submit",
        data: { participantId: "p-42", kind: "mentee" },
        style: "positive",
      },
    ]);
  });

  it("worst case (12 themes, every error, longest values) → well under the size limit", () => {
    const card = menteeQuestionnaireCard({
      language: "en",
      wave: aWave(),
      participant: aMentee(),
      values: { goal: "é".repeat(GOAL_MAX_LENGTH) },
      errors: ERRORS,
    });
    expect(Buffer.byteLength(JSON.stringify(card), "utf16le")).toBeLessThan(40 * 1024);
  });
});
