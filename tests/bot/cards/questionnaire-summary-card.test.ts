import { questionnaireSummaryCard } from "../../../bot/cards/questionnaire-summary-card";
import { LANGUAGES } from "../../../core/language";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";
import { actions, textBlocks, visibleText } from "./card-queries";
import {
  aMentee,
  aMentor,
  aOneThemeWave,
  aParticipantSpeaking,
  aResponse,
  aWave,
  menteeAnswers,
} from "./fixtures";

describe("questionnaireSummaryCard", () => {
  describe.each(LANGUAGES)("read in %s", (language) => {
    it.each([
      ["mentee", "saved", true],
      ["mentee", "unchanged", false],
      ["mentor", undefined, true],
      ["mentor", "saved", false],
    ] as const)("%s, status %s, open=%s → a valid card", (role, status, open) => {
      const participant = aParticipantSpeaking(role, language);
      for (const wave of [aWave(), aOneThemeWave()]) {
        const card = questionnaireSummaryCard({
          language,
          wave,
          participant,
          response: aResponse(participant),
          open,
          ...(status ? { status } : {}),
        });
        expect(validateAdaptiveCard(card)).toEqual([]);
      }
    });
  });

  it.each([
    ["saved", "Thanks, your answers are saved"],
    ["unchanged", "Nothing changed: your answers were already saved"],
    [undefined, "Your answers"],
  ] as const)("status %s → title '%s'", (status, title) => {
    const participant = aMentee();
    const card = questionnaireSummaryCard({
      language: "en",
      wave: aWave(),
      participant,
      response: aResponse(participant),
      open: true,
      ...(status ? { status } : {}),
    });
    expect(textBlocks(card)[0]?.text).toBe(title);
  });

  it("mentee read in French → ranked needs with comfort, goal and language, all in French", () => {
    const participant = aMentee();
    const text = visibleText(
      questionnaireSummaryCard({
        language: "fr",
        wave: aWave(),
        participant,
        response: aResponse(participant),
        open: true,
      }),
    );
    expect(text).toContain("Besoin n° 1: Réseaux sociaux · aisance 2/5");
    expect(text).toContain("Besoin n° 2: Intelligence artificielle · aisance 1/5");
    expect(text).toContain("Objectif: Post about our projects on LinkedIn with confidence.");
    expect(text).toContain("Langue du mentorat: Français");
  });

  it("mentor read in Dutch → skills with level, motivation, languages and capacity, all in Dutch", () => {
    const participant = aMentor();
    const text = visibleText(
      questionnaireSummaryCard({
        language: "nl",
        wave: aWave(),
        participant,
        response: aResponse(participant),
        open: true,
      }),
    );
    expect(text).toContain("Vaardigheid 1: Cloud · niveau 4/5");
    expect(text).toContain("Vaardigheid 2: Cyberveiligheid · niveau 3/5");
    expect(text).toContain("Vaardigheid 3: Sociale netwerken · niveau 5/5");
    expect(text).toContain("Motivatie: I like explaining what I use every day.");
    expect(text).toContain("Talen: Nederlands, English");
    expect(text).toContain("Capaciteit: 2 mentees");
  });

  it("a theme no longer in the wave → its id rather than nothing", () => {
    const participant = aMentee();
    const response = aResponse(participant, {
      answers: menteeAnswers({ needs: [{ themeId: "retired-theme", comfort: 3 }] }),
    });
    const text = visibleText(
      questionnaireSummaryCard({ language: "en", wave: aWave(), participant, response, open: true }),
    );
    expect(text).toContain("Need #1: retired-theme · comfort 3/5");
  });

  it("saved response → last updated time in the reader's locale", () => {
    const participant = aMentee();
    const card = questionnaireSummaryCard({
      language: "en",
      wave: aWave(),
      participant,
      response: aResponse(participant),
      open: true,
    });
    expect(visibleText(card)).toContain(
      "Last updated {{DATE(2025-03-12T14:30:45Z, SHORT)}} at {{TIME(2025-03-12T14:30:45Z)}}",
    );
  });

  it("open → an 'Edit my answers' button and the deadline", () => {
    const participant = aMentor({ id: "p-9" });
    const card = questionnaireSummaryCard({
      language: "en",
      wave: aWave(),
      participant,
      response: aResponse(participant),
      open: true,
    });
    expect(actions(card)).toEqual([
      {
        type: "Action.Execute",
        title: "Edit my answers",
        verb: "questionnaire.edit",
        data: { participantId: "p-9" },
      },
    ]);
    expect(visibleText(card)).toContain("You can change them until {{DATE(2025-03-21T17:00:00Z, SHORT)}}");
  });

  it("open without a deadline → says answers can change while it is open", () => {
    const participant = aMentee();
    const wave = aWave({ questionnaireDeadline: undefined });
    const card = questionnaireSummaryCard({
      language: "en",
      wave,
      participant,
      response: aResponse(participant),
      open: true,
    });
    expect(visibleText(card)).toContain("You can change them while the questionnaire is open.");
  });

  it("closed → no button, and says the questionnaire is closed", () => {
    const participant = aMentee();
    const card = questionnaireSummaryCard({
      language: "en",
      wave: aWave({ state: "matching" }),
      participant,
      response: aResponse(participant),
      open: false,
      status: "unchanged",
    });
    expect(actions(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(visibleText(card)).toContain("The questionnaire is closed");
    expect(visibleText(card)).not.toContain("You can change them");
  });

  it("unparseable updatedAt → no 'Last updated' line, card still valid", () => {
    const participant = aMentee();
    const card = questionnaireSummaryCard({
      language: "en",
      wave: aWave(),
      participant,
      response: aResponse(participant, { updatedAt: "not a date" }),
      open: true,
    });
    expect(visibleText(card)).not.toContain("Last updated");
    expect(validateAdaptiveCard(card)).toEqual([]);
  });
});
