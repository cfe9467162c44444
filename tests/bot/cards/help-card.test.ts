import { parseTextCommand } from "../../../bot/text-commands";
import { BOT_TEXTS } from "../../../bot/texts/catalogue";
import { LANGUAGES } from "../../../core/language";
import { helpCard } from "../../../bot/cards/help-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, visibleText } from "./card-queries";

describe("helpCard", () => {
  it.each(LANGUAGES)("in %s → a valid card whose every word is one the bot understands", (language) => {
    const card = helpCard({ language });
    expect(validateAdaptiveCard(card)).toEqual([]);
    for (const command of BOT_TEXTS[language].help.commands) {
      expect(parseTextCommand(command.word)).not.toBe("unknown");
    }
  });

  it("built → a valid card without buttons", () => {
    const card = helpCard({ language: "en" });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(actions(card)).toEqual([]);
  });

  it("built → lists hi, questionnaire and help, and points to the My mentoring tab", () => {
    const text = visibleText(helpCard({ language: "en" }));
    expect(text).toContain("hi: Who you are in the programme");
    expect(text).toContain("questionnaire: Answer or edit your questionnaire");
    expect(text).toMatch(/^help: /m);
    expect(text).toContain("**My mentoring** tab shows your status and your answers");
  });
});
