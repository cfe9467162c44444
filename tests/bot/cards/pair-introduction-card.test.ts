import { LANGUAGES } from "../../../core/language";
import {
  pairIntroductionCard,
  type PairIntroductionCardData,
  type PairMemberProfile,
} from "../../../bot/cards/pair-introduction-card";
import { MAX_CARD_BYTES, validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, elements, links, textBlocks, visibleText } from "./card-queries";
import { aWave } from "./fixtures";

const megan: PairMemberProfile = {
  participantId: "mentor-megan",
  displayName: "Megan Bowen",
  email: "megan.bowen@contoso.example",
  role: "mentor",
  department: "Digital marketing",
  site: "Paris",
  languages: ["en", "fr"],
  skills: [
    { themeId: "social-networks", level: 5 },
    { themeId: "cloud", level: 4 },
  ],
  motivation: "I want to share what I use every day.",
};

const alex: PairMemberProfile = {
  participantId: "mentee-alex",
  displayName: "Alex Wilber",
  email: "alex.wilber@contoso.example",
  role: "mentee",
  department: "Executive committee",
  site: "Lyon",
  languages: ["fr"],
  needThemeIds: ["social-networks", "artificial-intelligence", "cloud", "blockchain"],
};

function data(overrides: Partial<PairIntroductionCardData> = {}): PairIntroductionCardData {
  return {
    pairId: "pair:mentor-megan:mentee-alex",
    readerId: alex.participantId,
    members: [megan, alex],
    sharedThemeIds: ["social-networks", "cloud"],
    wave: aWave({ state: "running", sessionMinutes: 90 }),
    form: { today: "2025-03-10" },
    language: "en",
    ...overrides,
  };
}

const menteeNumber = (i: number): PairMemberProfile => ({
  ...alex,
  participantId: `mentee-${i}`,
  displayName: `Mentee ${i} ${"Longname".repeat(8)}`,
  email: `mentee${i}@contoso.example`,
});

describe("pairIntroductionCard", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    it.each(["mentee", "mentor"] as const)("read by the %s → a valid AC 1.5 card", (reader) => {
      const card = pairIntroductionCard(
        data({ language, readerId: reader === "mentee" ? alex.participantId : megan.participantId }),
      );
      expect(validateAdaptiveCard(card)).toEqual([]);
    });
  });

  it("the mentee reads it → titled with their mentor, both profiles, the mentee's marked as theirs", () => {
    const card = pairIntroductionCard(data());
    expect(textBlocks(card)[0]?.text).toBe("Meet your mentor, Megan Bowen");
    const text = visibleText(card);
    expect(text).toContain("Alex Wilber (you)");
    expect(text).toContain("Department: Digital marketing");
    expect(text).toContain("Site: Lyon");
    expect(text).toContain("Languages: English, Français");
  });

  it("the mentor reads it → titled with their mentee", () => {
    const card = pairIntroductionCard(data({ readerId: megan.participantId }));
    expect(textBlocks(card)[0]?.text).toBe("Meet your mentee, Alex Wilber");
    expect(visibleText(card)).toContain("Megan Bowen (you)");
  });

  it("the mentor's skills with levels, the mentee's top three needs, in the reader's language", () => {
    const english = visibleText(pairIntroductionCard(data()));
    expect(english).toContain("Skills: Social networks (Expert), Cloud (Advanced)");
    expect(english).toContain("Top needs: Social networks, Artificial intelligence, Cloud");
    expect(english).not.toContain("Blockchain");
    const french = visibleText(pairIntroductionCard(data({ language: "fr" })));
    expect(french).toContain("Compétences: Réseaux sociaux (expert), Cloud (avancé)");
    expect(french).toContain("Besoins prioritaires: Réseaux sociaux, Intelligence artificielle, Cloud");
  });

  it("shared topics → numbered in order with the wave's labels; none → a hint instead", () => {
    const text = visibleText(pairIntroductionCard(data({ language: "nl" })));
    expect(text).toContain("Onderwerpen voor uw eerste ontmoeting");
    expect(text).toContain("1. Sociale netwerken\n2. Cloud");
    const none = visibleText(pairIntroductionCard(data({ sharedThemeIds: ["not-a-theme"] })));
    expect(none).toContain("No topic came out in common");
  });

  it("the wave's rhythm: monthly, its session length and dates", () => {
    expect(visibleText(pairIntroductionCard(data()))).toContain(
      "You meet once a month, 90 minutes each time, from 3 March 2025 to 30 June 2025.",
    );
  });

  it("the proposal form: a date bounded by today and the wave's end, a time, and the verb with the pair id", () => {
    const card = pairIntroductionCard(data());
    const date = elements(card).find((e) => e.type === "Input.Date");
    const time = elements(card).find((e) => e.type === "Input.Time");
    expect(date).toMatchObject({
      id: "firstSessionDate",
      min: "2025-03-10",
      max: "2025-06-30",
      isRequired: true,
    });
    expect(time).toMatchObject({ id: "firstSessionTime", isRequired: true });
    expect(actions(card)).toEqual([
      expect.objectContaining({
        verb: "firstSession.propose",
        data: { pairId: "pair:mentor-megan:mentee-alex" },
        title: "Propose this date",
      }),
    ]);
  });

  it("a link to chat with the other member in Teams", () => {
    expect(links(pairIntroductionCard(data()))).toEqual([
      {
        type: "Action.OpenUrl",
        title: "Chat with Megan Bowen",
        url: "https://teams.microsoft.com/l/chat/0/0?users=megan.bowen%40contoso.example",
      },
    ]);
  });

  it("a refused proposal → its values kept and each problem under its input", () => {
    const card = pairIntroductionCard(
      data({
        form: {
          today: "2025-03-10",
          values: { date: "2025-08-01", time: "18:30" },
          problems: [{ field: "date", reason: "outside-wave" }],
        },
      }),
    );
    const text = visibleText(card);
    expect(text).toContain("Your proposal was not sent:");
    expect(text).toContain("Pick a date within the wave, between 3 March 2025 and 30 June 2025.");
    expect(elements(card).find((e) => e.type === "Input.Date")).toMatchObject({ value: "2025-08-01" });
    expect(elements(card).find((e) => e.type === "Input.Time")).toMatchObject({ value: "18:30" });
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it("refused values that are not a date or time → not put back into the card", () => {
    const card = pairIntroductionCard(
      data({ form: { today: "2025-03-10", values: { date: "<b>x</b>", time: "}}" }, problems: [] } }),
    );
    expect(elements(card).find((e) => e.type === "Input.Date")).not.toHaveProperty("value");
    expect(elements(card).find((e) => e.type === "Input.Time")).not.toHaveProperty("value");
  });

  it("a proposal already made → who proposed when, in the reader's time zone", () => {
    const card = pairIntroductionCard(
      data({ proposal: { proposedByName: "Megan Bowen", start: "2025-04-02T16:30:00.000Z" } }),
    );
    expect(visibleText(card)).toContain(
      "Megan Bowen proposed {{DATE(2025-04-02T16:30:00Z, SHORT)}} at {{TIME(2025-04-02T16:30:00Z)}} for your first session.",
    );
  });

  it("markdown and card functions in what people typed → shown as typed, no link, no date function", () => {
    const card = pairIntroductionCard(
      data({
        members: [
          {
            ...megan,
            displayName: "[Click](https://evil.example) **Boss**",
            motivation: "{{DATE(2030-01-01T00:00:00Z)}} _because_",
            department: "# Heading\n- list",
          },
          alex,
        ],
      }),
    );
    const text = visibleText(card); // button titles are plain text already: Teams renders no markdown there
    expect(text).toContain("\\[Click\\](https://evil.example) \\*\\*Boss\\*\\*");
    expect(text).not.toMatch(/(?<!\\)\[Click(?<!\\)\]/);
    expect(text).not.toContain("{{DATE(2030");
    expect(text).toContain("Department: \\# Heading - list"); // one line: only its start could open a heading
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it("a long motivation → cut with an ellipsis", () => {
    const card = pairIntroductionCard(
      data({ members: [{ ...megan, motivation: "word ".repeat(400) }, alex] }),
    );
    const motivation = textBlocks(card).find((t) => t.text.startsWith("In their words"));
    expect(motivation?.text.length).toBeLessThan(320);
    expect(motivation?.text).toMatch(/…”$/);
  });

  it("a group of a mentor and five mentees with long names and motivations → group title, valid, under 80 KB", () => {
    const mentees = [1, 2, 3, 4, 5].map(menteeNumber);
    const card = pairIntroductionCard(
      data({
        members: [{ ...megan, motivation: "x".repeat(1000) }, ...mentees],
        readerId: "mentee-3",
        sharedThemeIds: ["social-networks", "cloud", "artificial-intelligence"],
        language: "fr",
      }),
    );
    expect(textBlocks(card)[0]?.text).toBe("Voici votre groupe Tandem");
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card), "utf16le")).toBeLessThan(MAX_CARD_BYTES);
    expect(links(card)[0]).toMatchObject({ title: "Ouvrir une conversation de groupe" });
    expect(links(card)[0]?.url.split("users=")[1]?.split(",")).toHaveLength(5);
  });

  it("a member without an e-mail → no chat link rather than a partial one", () => {
    const { email: _, ...noEmail } = megan;
    expect(links(pairIntroductionCard(data({ members: [noEmail, alex] })))).toEqual([]);
  });
});
