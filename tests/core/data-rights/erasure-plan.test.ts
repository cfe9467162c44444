import { anonymisedResponse, anonymisedSession, isDeliveryFor } from "../../../core/data-rights/erasure-plan";
import { questionnaireResponseId } from "../../../core/questionnaire";
import { menteeAnswers, mentorAnswers } from "../../support/matching-factories";
import { aPublishedPair, aScheduledSession } from "../../support/notes-factories";
import { aParticipant } from "../../support/domain-factories";

const AAD = "0f8fad5b-d9cb-469f-a165-70867728950e";
const WAVE_IDS = new Set(["p-me", "p-mentor"]);

describe("which delivery records are the erased person's", () => {
  it.each([
    "questionnaire:w:p-me:initial",
    "assessment:w:p-me:reminder-1",
    "intro:w:pair:p-mentor:p-me:p-me",
    "not-matched:w:p-me",
    `legacy:${AAD.toUpperCase()}`,
  ])("%s is addressed to them", (key) => {
    expect(isDeliveryFor(key, "p-me", AAD, WAVE_IDS)).toBe(true);
  });

  it.each([
    "intro:w:pair:p-mentor:p-me:p-mentor",
    "questionnaire:w:p-mentor:initial",
    "stall:w:pair:p-mentor:p-me:1:hr",
  ])("%s is their partner's or HR's and stays", (key) => {
    expect(isDeliveryFor(key, "p-me", AAD, WAVE_IDS)).toBe(false);
  });
});

describe("anonymising answers and sessions", () => {
  const base = {
    id: questionnaireResponseId("p-me"),
    waveId: "w",
    participantId: "p-me",
    submittedAt: "",
    updatedAt: "",
    revision: 1,
  };

  it("drops a mentee's goal and a mentor's motivation but keeps their numbers", () => {
    const mentee = anonymisedResponse({
      ...base,
      role: "mentee",
      answers: menteeAnswers([["cloud", 2]], "fr", "secret goal"),
    });
    expect(mentee.answers).toEqual({
      kind: "mentee",
      needs: [{ themeId: "cloud", comfort: 2 }],
      goal: "",
      preferredLanguage: "fr",
    });
    const mentor = anonymisedResponse({ ...base, role: "mentor", answers: mentorAnswers([["cloud", 5]], 2) });
    expect(mentor.answers).toMatchObject({
      motivation: "",
      capacity: 2,
      skills: [{ themeId: "cloud", level: 5 }],
    });
  });

  it("removes only the person's own reasons and a meeting link that names them", () => {
    const mentor = aParticipant({ id: "p-mentor", role: "mentor" });
    const me = aParticipant({ id: "p-me" });
    const session = {
      ...aScheduledSession(aPublishedPair("w", mentor, [me])),
      meetingUrl: `https://teams.microsoft.com/l/meetup-join/x?context=%22Oid%22%3a%22${AAD}%22`,
      history: [
        { at: "t", by: "p-me", action: "rescheduled" as const, reason: "mine" },
        { at: "t", by: "p-mentor", action: "rescheduled" as const, reason: "theirs" },
      ],
    };
    const result = anonymisedSession(session, "p-me", AAD);
    expect(result.history.map((h) => h.reason)).toEqual([undefined, "theirs"]);
    expect(result.meetingUrl).toBeUndefined();
    expect(
      anonymisedSession({ ...session, meetingUrl: "https://teams.microsoft.com/l/other" }, "p-me", AAD)
        .meetingUrl,
    ).toBe("https://teams.microsoft.com/l/other");
  });
});
