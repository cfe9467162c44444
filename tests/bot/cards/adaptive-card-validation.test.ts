import { adaptiveCard, textBlock } from "../../../bot/cards/adaptive-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";

/** A small valid card to break one way at a time. */
function validCard(): Record<string, unknown> {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", text: "Hello", wrap: true },
      { type: "Input.Text", id: "goal", label: "Goal", isRequired: true, errorMessage: "Write a goal." },
    ],
    actions: [
      { type: "Action.Execute", title: "Send", verb: "questionnaire.submit", data: { kind: "mentee" } },
    ],
  };
}

describe("validateAdaptiveCard", () => {
  it("a well-formed 1.5 card → no problems", () => {
    expect(validateAdaptiveCard(validCard())).toEqual([]);
    expect(validateAdaptiveCard(adaptiveCard([textBlock("Hi")]))).toEqual([]);
  });

  it("not an object → one problem, no exception", () => {
    for (const card of [null, "card", 42, [validCard()]]) {
      expect(validateAdaptiveCard(card)).toEqual(["The card is not a JSON object."]);
    }
  });

  it.each<[string, (card: Record<string, unknown>) => void, RegExp]>([
    ["missing type", (c) => delete c.type, /not "AdaptiveCard"/],
    ["another type", (c) => (c.type = "HeroCard"), /not "AdaptiveCard"/],
    ["version 1.6", (c) => (c.version = "1.6"), /newer than 1\.5/],
    ["version 2.0", (c) => (c.version = "2.0"), /newer than 1\.5/],
    ["version not a string", (c) => (c.version = 1.5), /not a "major\.minor" string/],
    [
      "empty TextBlock",
      (c) => ((c.body as object[])[0] = { type: "TextBlock", text: " " }),
      /TextBlock has no text/,
    ],
    [
      "TextBlock without text",
      (c) => ((c.body as object[])[0] = { type: "TextBlock" }),
      /TextBlock has no text/,
    ],
    [
      "Action.Execute without verb",
      (c) => (c.actions = [{ type: "Action.Execute", title: "Send", data: {} }]),
      /"Send" has no verb/,
    ],
    [
      "duplicate input id",
      (c) => (c.body as object[]).push({ type: "Input.Text", id: "goal", label: "Again" }),
      /Input id "goal" is used twice/,
    ],
    [
      "required input without label",
      (c) =>
        ((c.body as object[])[1] = { type: "Input.Text", id: "goal", isRequired: true, errorMessage: "x" }),
      /RequiredInputsShouldHaveLabel/,
    ],
    ["unknown element type", (c) => (c.body as object[]).push({ type: "Carousel3D" }), /UnknownElementType/],
    [
      "invalid property value",
      (c) => (c.body as object[]).push({ type: "TextBlock", text: "x", color: "purple" }),
      /InvalidPropertyValue/,
    ],
    [
      "over 80 KB",
      (c) => (c.body as object[]).push({ type: "TextBlock", text: "x".repeat(41 * 1024) }),
      /over 81920/,
    ],
  ])("%s → reported", (_, breakIt, expected) => {
    const card = validCard();
    breakIt(card);
    const problems = validateAdaptiveCard(card);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("a TextBlock-like object inside action data → not mistaken for an element", () => {
    const card = validCard();
    card.actions = [
      { type: "Action.Execute", title: "Go", verb: "v", data: { type: "TextBlock", text: "" } },
    ];
    expect(validateAdaptiveCard(card)).toEqual([]);
  });
});
