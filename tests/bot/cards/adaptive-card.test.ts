import {
  adaptiveCard,
  CARD_SCHEMA,
  CARD_VERBS,
  CARD_VERSION,
  cardTitle,
  executeAction,
  localDateTime,
  plainText,
  textBlock,
} from "../../../bot/cards/adaptive-card";

describe("adaptive-card", () => {
  it("CARD_VERBS → the questionnaire verbs, the first-session proposal, the check-in, action items and the final assessment", () => {
    expect(CARD_VERBS).toEqual({
      openQuestionnaire: "questionnaire.open",
      submitQuestionnaire: "questionnaire.submit",
      editQuestionnaire: "questionnaire.edit",
      proposeFirstSession: "firstSession.propose",
      submitCheckIn: "checkIn.submit",
      refreshCheckIn: "checkIn.refresh",
      actionItemDone: "actionItem.done",
      submitAssessment: "assessment.submit",
      editAssessment: "assessment.edit",
    });
  });

  it.each([
    ["[click me](https://evil.example)", "\\[click me\\](https://evil.example)"],
    ["**Boss** _of_ `all`", "\\*\\*Boss\\*\\* \\_of\\_ \\`all\\`"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["{{DATE(2027-01-01T00:00:00Z)}}", "{\u200b{DATE(2027-01-01T00:00:00Z)}\u200b}"],
    ["Anne-Sophie\n\n# Hugé", "Anne-Sophie # Hugé"],
    ["back\\slash", "back\\\\slash"],
  ])("plainText(%j) → %j: shown as typed, never as markdown", (typed, shown) => {
    expect(plainText(typed)).toBe(shown);
  });

  it("adaptiveCard with a body only → 1.5 envelope with schema and no actions key", () => {
    const card = adaptiveCard([textBlock("Hi")]);
    expect(card).toEqual({
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: "1.5",
      body: [{ type: "TextBlock", text: "Hi", wrap: true }],
    });
    expect([CARD_VERSION, CARD_SCHEMA]).toEqual([card.version, card.$schema]);
  });

  it("executeAction → Action.Execute with verb and data; default style left out", () => {
    expect(executeAction("Open", CARD_VERBS.openQuestionnaire, { participantId: "p1" })).toEqual({
      type: "Action.Execute",
      title: "Open",
      verb: "questionnaire.open",
      data: { participantId: "p1" },
    });
    expect(executeAction("Send", CARD_VERBS.submitQuestionnaire, {}, "positive").style).toBe("positive");
  });

  it("cardTitle → a bolder heading, coloured only when asked", () => {
    expect(cardTitle("Done")).toEqual({
      type: "TextBlock",
      text: "Done",
      wrap: true,
      style: "heading",
      size: "medium",
      weight: "bolder",
    });
    expect(cardTitle("Done", "good").color).toBe("good");
  });

  it("localDateTime with milliseconds → DATE/TIME functions without them", () => {
    expect(localDateTime("2025-03-12T14:30:45.123Z", "at")).toBe(
      "{{DATE(2025-03-12T14:30:45Z, SHORT)}} at {{TIME(2025-03-12T14:30:45Z)}}",
    );
  });

  it("localDateTime with an offset → normalised to UTC", () => {
    expect(localDateTime("2025-03-12T16:30:45+02:00", "at")).toContain("{{TIME(2025-03-12T14:30:45Z)}}");
  });

  it("localDateTime with garbage or an out-of-range year → undefined", () => {
    expect(localDateTime("yesterday", "at")).toBeUndefined();
    expect(localDateTime("", "at")).toBeUndefined();
    expect(localDateTime("+010000-01-01T00:00:00Z", "at")).toBeUndefined();
  });
});
