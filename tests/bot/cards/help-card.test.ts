import { helpCard } from "../../../bot/cards/help-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, visibleText } from "./card-queries";

describe("helpCard", () => {
  it("built → a valid card without buttons", () => {
    const card = helpCard();
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(actions(card)).toEqual([]);
  });

  it("built → lists hi, questionnaire and help, and points to the My mentoring tab", () => {
    const text = visibleText(helpCard());
    expect(text).toContain("hi: Who you are in the programme");
    expect(text).toContain("questionnaire: Answer or edit your questionnaire");
    expect(text).toMatch(/^help: /m);
    expect(text).toContain("**My mentoring** tab shows your status and your answers");
  });
});
