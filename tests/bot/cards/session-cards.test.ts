import { LANGUAGES } from "../../../core/language";
import type { ActionSet, ExecuteAction } from "../../../bot/cards/adaptive-card";
import { pairStallCard } from "../../../bot/cards/pair-stall-card";
import { sessionCheckInCard } from "../../../bot/cards/session-check-in-card";
import { sessionPrepareCard } from "../../../bot/cards/session-prepare-card";
import { sessionReminderCard } from "../../../bot/cards/session-reminder-card";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, elements, inputs, links, visibleText } from "./card-queries";

const START = "2026-10-20T12:30:00.000Z";
const prepare = (language: "fr" | "en" | "nl" = "en") =>
  sessionPrepareCard({
    menteeName: "Ada *Lovelace*",
    goal: "Learn [AI](https://evil.example) **fast**",
    topics: ["Generative AI", "Social media"],
    openItems: [{ waveId: "w1", sessionId: "session:p1:1", itemId: "item-1", text: "Read _the_ paper" }],
    start: START,
    timeZone: "Europe/Paris",
    language,
  });
const checkIn = (answer?: { outcome: "held"; rating: number; comment?: string }) =>
  sessionCheckInCard({
    waveId: "w1",
    sessionId: "session:p1:1",
    start: START,
    timeZone: "Asia/Kolkata",
    userIds: ["29:mentor", "29:mentee"],
    ...(answer === undefined ? {} : { answer }),
    language: "en",
  });
const bodyButtons = (card: ReturnType<typeof prepare>): ExecuteAction[] =>
  elements(card)
    .filter((e): e is ActionSet => e.type === "ActionSet")
    .flatMap((s) => s.actions.filter((a): a is ExecuteAction => a.type === "Action.Execute"));

describe("session cards", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    it("every session card → valid AC 1.5", () => {
      const cards = [
        prepare(language),
        sessionPrepareCard({
          menteeName: "A",
          topics: [],
          openItems: [],
          start: START,
          timeZone: "UTC",
          language,
        }),
        sessionReminderCard({ start: START, timeZone: "Europe/Paris", others: ["Ada"], language }),
        sessionReminderCard({
          start: START,
          timeZone: "Europe/Paris",
          others: ["Ada"],
          meetingUrl: "https://teams.microsoft.com/l/meetup-join/x",
          language,
        }),
        sessionCheckInCard({
          waveId: "w",
          sessionId: "s",
          start: START,
          timeZone: "UTC",
          userIds: ["29:a"],
          language,
        }),
        sessionCheckInCard({
          waveId: "w",
          sessionId: "s",
          start: START,
          timeZone: "UTC",
          userIds: ["29:a"],
          answer: { outcome: "held", rating: 4, comment: "ok" },
          language,
        }),
        pairStallCard({ days: 40, language }),
      ];
      for (const card of cards) expect(validateAdaptiveCard(card)).toEqual([]);
    });
  });

  it("prepareCard_userText_isShownAsPlainTextNeverMarkdown", () => {
    const text = visibleText(prepare());
    expect(text).toContain("Ada \\*Lovelace\\*");
    expect(text).toContain("Learn \\[AI\\](https://evil.example) \\*\\*fast\\*\\*");
    expect(text).toContain("Read \\_the\\_ paper");
    expect(text).toContain("1. Generative AI");
  });

  it("prepareCard_eachOpenItem_hasADoneButtonNamingItsNotesAndItem", () => {
    expect(bodyButtons(prepare())).toEqual([
      expect.objectContaining({
        verb: "actionItem.done",
        data: { waveId: "w1", sessionId: "session:p1:1", itemId: "item-1" },
      }),
    ]);
  });

  it("prepareCard_timeIsTheReadersLocalTime_Paris1430", () => {
    expect(visibleText(prepare())).toContain("14:30");
  });

  it("reminderCard_localTimeInKolkataAndJoinLinkWhenSet_noLinkOtherwise", () => {
    const withLink = sessionReminderCard({
      start: START,
      timeZone: "Asia/Kolkata",
      others: ["Ada"],
      meetingUrl: "https://teams.microsoft.com/l/meetup-join/x",
      language: "en",
    });
    expect(visibleText(withLink)).toContain("Today at 18:00");
    expect(links(withLink).map((l) => l.url)).toEqual(["https://teams.microsoft.com/l/meetup-join/x"]);
    const without = sessionReminderCard({ start: START, timeZone: "UTC", others: ["Ada"], language: "en" });
    expect(links(without)).toEqual([]);
    expect(visibleText(without)).toContain("No meeting link yet");
  });

  it("checkInCard_unanswered_isAFormWithOutcomeRatingComment_andRefreshesForEveryMember", () => {
    const card = checkIn();
    expect(inputs(card).map((i) => i.id)).toEqual(["outcome", "rating", "comment"]);
    expect(actions(card)).toEqual([
      expect.objectContaining({ verb: "checkIn.submit", data: { waveId: "w1", sessionId: "session:p1:1" } }),
    ]);
    expect(card.refresh).toEqual({
      action: expect.objectContaining({ verb: "checkIn.refresh" }),
      userIds: ["29:mentor", "29:mentee"],
    });
  });

  it("checkInCard_answered_isASummaryOfThatAnswer_withoutInputs", () => {
    const card = checkIn({ outcome: "held", rating: 4, comment: "My *private* thought" });
    expect(inputs(card)).toEqual([]);
    expect(actions(card)).toEqual([]);
    const text = visibleText(card);
    expect(text).toContain("Your answer: Held");
    expect(text).toContain("Your rating: 4/5");
    expect(text).toContain("My \\*private\\* thought");
    expect(card.refresh?.userIds).toEqual(["29:mentor", "29:mentee"]);
  });

  it("stallCard_saysHowManyDays", () => {
    expect(visibleText(pairStallCard({ days: 40, language: "fr" }))).toContain("depuis 40 jours");
  });
});
