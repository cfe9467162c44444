import { LANGUAGES } from "../../../core/language";
import { invitationTexts } from "../../../core/sessions/invitation-texts";

const FACTS = { sequence: 3, names: ["Lucas Martin", "Sophie Laurent"] };
const LINK = "https://teams.microsoft.com/l/meetup-join/abc";

describe("the invitation's words", () => {
  it("inEachLanguage_nameTheSessionAndThePair", () => {
    expect(invitationTexts("fr", FACTS)).toEqual({
      title: "Tandem — session 3 (Lucas Martin & Sophie Laurent)",
      description: "Session de mentorat inversé n° 3.",
    });
    expect(invitationTexts("en", FACTS)).toEqual({
      title: "Tandem — session 3 (Lucas Martin & Sophie Laurent)",
      description: "Reverse mentoring session 3.",
    });
    expect(invitationTexts("nl", FACTS)).toEqual({
      title: "Tandem — sessie 3 (Lucas Martin & Sophie Laurent)",
      description: "Reverse-mentoringsessie 3.",
    });
  });

  it.each(LANGUAGES)("in_%s_withATeamsLink_theDescriptionEndsWithIt", (language) => {
    const { description } = invitationTexts(language, { ...FACTS, meetingUrl: LINK });
    expect(description.endsWith(` ${LINK}`)).toBe(true);
    expect(description).toContain("Teams");
  });

  it("theThreeLanguages_sayItDifferently", () => {
    const descriptions = new Set(LANGUAGES.map((l) => invitationTexts(l, FACTS).description));
    expect(descriptions.size).toBe(3);
  });
});
