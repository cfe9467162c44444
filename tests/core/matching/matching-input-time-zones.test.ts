import { buildMatchingInput, type WaveMatchingFacts } from "../../../core/matching/matching-input";
import { scorePairCriteria } from "../../../core/matching/pair-score";
import type { Participant } from "../../../core/participant";
import { questionnaireResponseId, type QuestionnaireAnswers } from "../../../core/questionnaire";
import { DEFAULT_MATCH_WEIGHTS, type Wave } from "../../../core/wave";
import { aParticipant, aWave } from "../../support/domain-factories";
import { menteeAnswers, mentorAnswers, VETTED } from "../../support/matching-factories";

function facts(wave: Wave, people: ReadonlyArray<[Participant, QuestionnaireAnswers]>): WaveMatchingFacts {
  return {
    wave,
    participants: people.map(([p]) => p),
    responses: people.map(([p, answers]) => ({
      id: questionnaireResponseId(p.id),
      waveId: wave.id,
      participantId: p.id,
      role: p.role,
      answers,
      submittedAt: "2027-01-10T10:00:00.000Z",
      updatedAt: "2027-01-10T10:00:00.000Z",
      revision: 1,
    })),
    shortlists: [],
    pastPairs: [],
    earlierReportingLines: [],
  };
}

const mentee = (timeZone?: string, site = "Paris") =>
  aParticipant({ role: "mentee", site, ...(timeZone ? { timeZone } : {}) });
const mentor = (timeZone?: string, site = "Montréal") =>
  aParticipant({ role: "mentor", site, vetting: VETTED, ...(timeZone ? { timeZone } : {}) });

function offsets(wave: Wave, people: Participant[]): Record<string, number | undefined> {
  const { input } = buildMatchingInput(
    facts(
      wave,
      people.map((p) => [p, p.role === "mentee" ? menteeAnswers([["ai", 2]]) : mentorAnswers([["ai", 4]])]),
    ),
  );
  return Object.fromEntries([...input.mentees, ...input.mentors].map((p) => [p.id, p.utcOffsetMinutes]));
}

describe("the matching input's time zones come from the participants' own zones", () => {
  it("parisAndKolkata_inAWinterWave_giveTheirOffsetsAtTheWavesStart", () => {
    const paris = mentee("Europe/Paris");
    const kolkata = mentor("Asia/Kolkata");
    expect(offsets(aWave({ startDate: "2027-01-15" }), [paris, kolkata])).toEqual({
      [paris.id]: 60,
      [kolkata.id]: 330,
    });
  });

  it("aWaveStartingInSummer_takesDaylightSavingTimeIntoAccount", () => {
    const paris = mentee("Europe/Paris");
    const newYork = mentor("America/New_York");
    expect(offsets(aWave({ startDate: "2027-07-01" }), [paris, newYork])).toEqual({
      [paris.id]: 120,
      [newYork.id]: -240,
    });
  });

  it("someoneWithoutAZone_orWithAnUnknownOne_hasNoOffset", () => {
    const unknown = mentee();
    const bogus = mentor("Mars/Olympus");
    expect(offsets(aWave(), [unknown, bogus])).toEqual({ [unknown.id]: undefined, [bogus.id]: undefined });
  });

  it("thePairScore_givesTheTimeZoneFitToPeopleOnDifferentSitesWithCloseZones_only", () => {
    const wave = aWave({ startDate: "2027-01-15" });
    const near = buildMatchingInput(
      facts(wave, [
        [mentee("Europe/Paris", "Paris"), menteeAnswers([["ai", 2]])],
        [mentor("Europe/Brussels", "Brussels"), mentorAnswers([["ai", 4]])],
      ]),
    ).input;
    const far = buildMatchingInput(
      facts(wave, [
        [mentee("Europe/Paris", "Paris"), menteeAnswers([["ai", 2]])],
        [mentor("America/Los_Angeles", "Los Angeles"), mentorAnswers([["ai", 4]])],
      ]),
    ).input;
    const nearScore = scorePairCriteria(near.mentees[0]!, near.mentors[0]!, DEFAULT_MATCH_WEIGHTS);
    const farScore = scorePairCriteria(far.mentees[0]!, far.mentors[0]!, DEFAULT_MATCH_WEIGHTS);
    expect(nearScore.reasons).toContainEqual({ kind: "time-zone-gap", hours: 0 });
    expect(farScore.reasons).toContainEqual({ kind: "time-zone-gap", hours: 9 });
    expect(nearScore.breakdown.site).toBeGreaterThan(farScore.breakdown.site);
    expect(farScore.breakdown.site).toBe(0);
  });
});
