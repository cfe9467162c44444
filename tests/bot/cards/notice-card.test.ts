import { noticeCard } from "../../../bot/cards/notice-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, textBlocks } from "./card-queries";

describe("noticeCard", () => {
  it.each(["default", "attention", "good", undefined] as const)(
    "tone %s → a valid card without buttons",
    (tone) => {
      const card = noticeCard({
        title: "Not enrolled",
        text: "You are not in a wave yet.",
        ...(tone ? { tone } : {}),
      });
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(actions(card)).toEqual([]);
    },
  );

  it("attention tone → title in attention colour, then the text", () => {
    const [title, text] = textBlocks(noticeCard({ title: "Closed", text: "Too late.", tone: "attention" }));
    expect(title).toMatchObject({ text: "Closed", color: "attention", weight: "bolder" });
    expect(text?.text).toBe("Too late.");
  });

  it("good tone → title in good colour", () => {
    expect(textBlocks(noticeCard({ title: "Done", text: "Saved.", tone: "good" }))[0]?.color).toBe("good");
  });

  it("no tone → title without colour", () => {
    expect(textBlocks(noticeCard({ title: "Hello", text: "Hi." }))[0]?.color).toBeUndefined();
  });
});
