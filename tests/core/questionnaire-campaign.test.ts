import { TandemError } from "../../core/errors";
import { campaignMessageKey, dueCampaignMessages, launchCampaign } from "../../core/questionnaire-campaign";
import type { WaveFacts } from "../../core/wave-lifecycle";
import { aParticipant, aWave } from "../support/domain-factories";

const NOW = new Date("2027-01-04T08:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const facts: WaveFacts = { activeMentees: 2, activeMentors: 1, matchableMentors: 0, publishedPairs: 0 };
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const launched = () =>
  launchCampaign(
    aWave({ state: "enrolling" }),
    { deadline: at(10).toISOString(), reminderIntervalDays: 3 },
    facts,
    NOW,
  );

function refusal(run: () => unknown): TandemError {
  try {
    run();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("questionnaire campaign", () => {
  it("launch_fromEnrolling_movesToQuestionnaire_withTheDeadline", () => {
    const wave = launched();
    expect(wave.state).toBe("questionnaire");
    expect(wave.questionnaireDeadline).toBe(at(10).toISOString());
    expect(wave.campaign).toMatchObject({
      launchedAt: NOW.toISOString(),
      reminderIntervalDays: 3,
      maxReminders: 2,
    });
  });

  it.each([
    [{ deadline: at(0.01).toISOString(), reminderIntervalDays: 3 }, "deadline"],
    [{ deadline: "next week", reminderIntervalDays: 3 }, "deadline"],
    [{ deadline: at(10).toISOString(), reminderIntervalDays: 0 }, "reminderIntervalDays"],
  ])("launch_withBadSettings_isRefused (%#)", (input, field) => {
    const error = refusal(() => launchCampaign(aWave({ state: "enrolling" }), input, facts, NOW));
    expect(error.fieldErrors.map((e) => e.field)).toEqual([field]);
  });

  it("launch_twice_isAConflict_andWithoutPeopleIsAnInvalidTransition", () => {
    expect(
      refusal(() =>
        launchCampaign(launched(), { deadline: at(10).toISOString(), reminderIntervalDays: 3 }, facts, NOW),
      ).code,
    ).toBe("CONFLICT");
    const empty = { ...facts, activeMentors: 0 };
    expect(
      refusal(() =>
        launchCampaign(
          aWave({ state: "enrolling" }),
          { deadline: at(10).toISOString(), reminderIntervalDays: 3 },
          empty,
          NOW,
        ),
      ).code,
    ).toBe("INVALID_TRANSITION");
  });

  it("due_atLaunch_isTheQuestionnaireForEveryReachableActiveParticipant", () => {
    const wave = launched();
    const ana = aParticipant();
    const withdrawn = aParticipant({ status: "withdrawn" });
    const unknown = aParticipant({ aadObjectId: undefined });
    expect(dueCampaignMessages(wave, [ana, withdrawn, unknown], new Set(), NOW)).toEqual([
      { key: campaignMessageKey(wave.id, ana.id, "initial"), participantId: ana.id, kind: "initial" },
    ]);
  });

  it("due_remindersGoOnlyToNonRespondents_oneAtATime_andStopAtTheDeadline", () => {
    const wave = launched();
    const answered = aParticipant();
    const silent = aParticipant();
    const kinds = (days: number) =>
      dueCampaignMessages(wave, [answered, silent], new Set([answered.id]), at(days))
        .filter((m) => m.participantId === silent.id)
        .map((m) => m.kind);
    expect(kinds(2.9)).toEqual(["initial"]);
    expect(kinds(3)).toEqual(["initial", "reminder-1"]);
    expect(kinds(6.5)).toEqual(["initial", "reminder-2"]);
    expect(kinds(9.9)).toEqual(["initial", "reminder-2"]);
    expect(kinds(10.1)).toEqual([]);
    expect(dueCampaignMessages(wave, [answered], new Set([answered.id]), at(7)).map((m) => m.kind)).toEqual([
      "initial",
    ]);
  });

  it("due_forAWaveWithoutCampaignOrPastItsPhase_isNothing", () => {
    expect(dueCampaignMessages(aWave(), [aParticipant()], new Set(), NOW)).toEqual([]);
    expect(
      dueCampaignMessages({ ...launched(), state: "matching" }, [aParticipant()], new Set(), at(1)),
    ).toEqual([]);
  });
});
