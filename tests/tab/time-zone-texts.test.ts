import { LANGUAGES } from "../../core/language";
import { TIME_ZONE_TEXTS } from "../../tab/app/texts/time-zone-texts";

describe("the time-zone field's texts", () => {
  it.each(LANGUAGES)("in_%s_everyTextIsWritten_andDiffersFromEnglishOutsideEnglish", (language) => {
    const texts = TIME_ZONE_TEXTS[language];
    for (const key of ["label", "hint", "invalid"] as const) {
      expect(texts[key].trim()).not.toBe("");
      if (language !== "en") expect(texts[key]).not.toBe(TIME_ZONE_TEXTS.en[key]);
    }
  });
});
