import { LANGUAGES } from "../../../core/language";
import { welcomeCard, type WelcomeCardData } from "../../../bot/cards/welcome-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, textBlocks, visibleText } from "./card-queries";

function welcomeData(overrides: Partial<WelcomeCardData> = {}): WelcomeCardData {
  return {
    displayName: "Claire Dubois",
    role: "mentee",
    waveName: "Spring 2025 wave",
    waveDates: { startDate: "2025-03-03", endDate: "2025-06-30" },
    questionnaire: { status: "not-started", open: true },
    participantId: "participant-1",
    language: "en",
    ...overrides,
  };
}

describe("welcomeCard", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    it.each([
      ["mentee", "not-started", true],
      ["mentor", "submitted", true],
      ["mentee", "submitted", false],
    ] as const)("%s, %s, open=%s → a valid card", (role, status, open) => {
      const card = welcomeCard(welcomeData({ language, role, questionnaire: { status, open } }));
      expect(validateAdaptiveCard(card)).toEqual([]);
    });
  });

  it("in French → greets, dates and button in French", () => {
    const card = welcomeCard(welcomeData({ language: "fr" }));
    expect(textBlocks(card)[0]?.text).toBe("Bonjour Claire");
    expect(visibleText(card)).toContain("Du 3 mars 2025 au 30 juin 2025");
    expect(actions(card)[0]?.title).toBe("Répondre au questionnaire");
  });

  it("in Dutch → greets, dates and button in Dutch", () => {
    const card = welcomeCard(welcomeData({ language: "nl", role: "mentor" }));
    expect(textBlocks(card)[0]?.text).toBe("Hallo Claire");
    expect(visibleText(card)).toContain("3 maart 2025 tot 30 juni 2025");
    expect(visibleText(card)).toContain("digitale mentor");
    expect(actions(card)[0]?.title).toBe("De vragenlijst invullen");
  });

  it.each([
    ["mentee", "not-started", true],
    ["mentee", "submitted", true],
    ["mentor", "submitted", false],
    ["mentor", "not-started", false],
  ] as const)("%s, %s, open=%s → a valid card", (role, status, open) => {
    expect(validateAdaptiveCard(welcomeCard(welcomeData({ role, questionnaire: { status, open } })))).toEqual(
      [],
    );
  });

  it("full display name → greets by first name", () => {
    expect(textBlocks(welcomeCard(welcomeData()))[0]?.text).toBe("Hi Claire");
  });

  it("directory-style 'Last, First' name → greets by first name", () => {
    expect(textBlocks(welcomeCard(welcomeData({ displayName: "Dubois, Claire Marie" })))[0]?.text).toBe(
      "Hi Claire",
    );
  });

  it("blank display name → plain 'Hi', no empty text", () => {
    const card = welcomeCard(welcomeData({ displayName: "  " }));
    expect(textBlocks(card)[0]?.text).toBe("Hi");
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it("mentee → role in plain words and the wave", () => {
    const text = visibleText(welcomeCard(welcomeData()));
    expect(text).toContain("an executive being coached by a digital mentor");
    expect(text).toContain("Spring 2025 wave");
    expect(text).toContain("3 March 2025 to 30 June 2025");
  });

  it("mentor → role in plain words", () => {
    expect(visibleText(welcomeCard(welcomeData({ role: "mentor" })))).toContain(
      "a digital mentor coaching an executive",
    );
  });

  it("unparseable wave dates → shown as given", () => {
    const card = welcomeCard(welcomeData({ waveDates: { startDate: "spring", endDate: "summer" } }));
    expect(visibleText(card)).toContain("spring to summer");
  });

  it.each([
    ["not-started", true, "Answer the questionnaire"],
    ["submitted", true, "See or edit my answers"],
    ["submitted", false, "See my answers"],
    ["not-started", false, "See my answers"],
  ] as const)("questionnaire %s and open=%s → one button '%s' opening it", (status, open, title) => {
    const buttons = actions(welcomeCard(welcomeData({ questionnaire: { status, open } })));
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toMatchObject({
      type: "Action.Execute",
      title,
      verb: "questionnaire.open",
      data: { participantId: "participant-1" },
    });
  });
});
