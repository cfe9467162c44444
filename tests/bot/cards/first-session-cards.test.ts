/** The confirmation a proposer gets, and the notice the other members get. */
import { LANGUAGES } from "../../../core/language";
import {
  firstSessionProposedCard,
  type FirstSessionProposedCardData,
} from "../../../bot/cards/first-session-proposed-card";
import {
  firstSessionNoticeCard,
  type FirstSessionNoticeCardData,
} from "../../../bot/cards/first-session-notice-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, elements, links, textBlocks, visibleText } from "./card-queries";

const START = "2025-04-02T16:30:00.000Z";
const WHEN = "{{DATE(2025-04-02T16:30:00Z, SHORT)}} at {{TIME(2025-04-02T16:30:00Z)}}";

function proposed(overrides: Partial<FirstSessionProposedCardData> = {}): FirstSessionProposedCardData {
  return {
    pairId: "pair:m:a",
    status: "saved",
    start: START,
    others: [{ displayName: "Megan Bowen", email: "megan.bowen@contoso.example", delivery: "told" }],
    wave: { startDate: "2025-03-03", endDate: "2025-06-30" },
    form: { today: "2025-03-10" },
    language: "en",
    ...overrides,
  };
}

function notice(overrides: Partial<FirstSessionNoticeCardData> = {}): FirstSessionNoticeCardData {
  return {
    pairId: "pair:m:a",
    proposer: { displayName: "Alex Wilber", email: "alex.wilber@contoso.example" },
    start: START,
    wave: { startDate: "2025-03-03", endDate: "2025-06-30" },
    form: { today: "2025-03-10" },
    language: "en",
    ...overrides,
  };
}

describe("firstSessionProposedCard", () => {
  it.each(LANGUAGES)("in %s → a valid AC 1.5 card", (language) => {
    expect(validateAdaptiveCard(firstSessionProposedCard(proposed({ language })))).toEqual([]);
  });

  it("saved → the date and time in the reader's zone and who was told", () => {
    const card = firstSessionProposedCard(proposed());
    expect(textBlocks(card)[0]).toMatchObject({ text: "Your proposal is sent", color: "good" });
    const text = visibleText(card);
    expect(text).toContain(`You proposed ${WHEN} for your first session.`);
    expect(text).toContain("I told Megan Bowen: they can reply to you in chat.");
  });

  it("a double click → 'already proposed'", () => {
    expect(textBlocks(firstSessionProposedCard(proposed({ status: "unchanged" })))[0]?.text).toBe(
      "You had already proposed this date",
    );
  });

  it("a group where one was told, one is retried and one is unreachable → each said", () => {
    const text = visibleText(
      firstSessionProposedCard(
        proposed({
          others: [
            { displayName: "Megan Bowen", delivery: "told" },
            { displayName: "Isabelle Marchand", delivery: "trying" },
            { displayName: "Cédric Perrin", delivery: "unreachable" },
          ],
        }),
      ),
    );
    expect(text).toContain("I told Megan Bowen:");
    expect(text).toContain("I am still trying to reach Isabelle Marchand");
    expect(text).toContain("I could not reach Cédric Perrin in Teams");
    expect(text).toContain("Your pair: Megan Bowen, Isabelle Marchand, Cédric Perrin");
  });

  it("offers the form again to propose another date, with the same verb", () => {
    const card = firstSessionProposedCard(proposed());
    expect(elements(card).map((e) => e.type)).toEqual(expect.arrayContaining(["Input.Date", "Input.Time"]));
    expect(actions(card)).toEqual([
      expect.objectContaining({
        verb: "firstSession.propose",
        data: { pairId: "pair:m:a" },
        title: "Propose this date instead",
      }),
    ]);
    expect(links(card)[0]?.title).toBe("Chat with Megan Bowen");
  });
});

describe("firstSessionNoticeCard", () => {
  it.each(LANGUAGES)("in %s → a valid AC 1.5 card", (language) => {
    expect(validateAdaptiveCard(firstSessionNoticeCard(notice({ language })))).toEqual([]);
  });

  it("who proposes when, to reply in chat, with a chat link and the form for another date", () => {
    const card = firstSessionNoticeCard(notice());
    expect(textBlocks(card)[0]?.text).toBe("Alex Wilber proposes a first session");
    const text = visibleText(card);
    expect(text).toContain(`Alex Wilber proposes ${WHEN} for your first session.`);
    expect(text).toContain("Reply to Alex Wilber in chat");
    expect(links(card)).toEqual([
      {
        type: "Action.OpenUrl",
        title: "Chat with Alex Wilber",
        url: "https://teams.microsoft.com/l/chat/0/0?users=alex.wilber%40contoso.example",
      },
    ]);
    expect(actions(card)[0]).toMatchObject({ verb: "firstSession.propose", data: { pairId: "pair:m:a" } });
  });

  it("in French → the proposal in French", () => {
    const text = visibleText(firstSessionNoticeCard(notice({ language: "fr" })));
    expect(text).toContain("Alex Wilber propose le {{DATE(2025-04-02T16:30:00Z, SHORT)}} à");
  });

  it("a proposer name with markdown → shown as typed", () => {
    const card = firstSessionNoticeCard(notice({ proposer: { displayName: "_Alex_" } }));
    expect(textBlocks(card)[0]?.text).toBe("\\_Alex\\_ proposes a first session");
    expect(links(card)).toEqual([]);
  });
});
