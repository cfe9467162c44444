/** The HR channel's weekly summary: when it is due, what it counts, and what it suppresses below 5 people. */
import type { FinalAssessment } from "../../../core/assessments/assessment";
import {
  summaryWeekDue,
  weeklySummary,
  weeklySummaryKey,
  type WeeklySummaryData,
} from "../../../core/hr-channel/weekly-summary";
import type { Participant } from "../../../core/participant";
import type { QuestionnaireResponse } from "../../../core/questionnaire";
import type { Wave } from "../../../core/wave";
import { aParticipant } from "../../support/domain-factories";
import { aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

/** Monday 18 January 2027 (ISO week 3), 09:00 in Paris (CET, UTC+1). */
const MONDAY_9_PARIS = new Date("2027-01-18T08:00:00.000Z");

function aResponse(p: Participant): QuestionnaireResponse {
  return {
    id: `response:${p.id}`,
    waveId: p.waveId,
    participantId: p.id,
    role: p.role,
    answers: {} as QuestionnaireResponse["answers"],
    submittedAt: "2026-08-10T10:00:00.000Z",
    updatedAt: "2026-08-10T10:00:00.000Z",
    revision: 1,
  };
}

function anAssessment(p: Participant): FinalAssessment {
  return {
    waveId: p.waveId,
    participantId: p.id,
    role: p.role,
    themes: [],
    satisfaction: 4,
    wouldRecommend: true,
    comment: "secret comment",
    submittedAt: "2027-02-20T10:00:00.000Z",
    updatedAt: "2027-02-20T10:00:00.000Z",
  };
}

/** `pairCount` 1:1 pairs of a wave, with `held` held sessions at the given starts (all on the first pair). */
function aWaveWith(pairCount: number, wave: Wave = aRunningWave()) {
  const participants: Participant[] = [];
  const pairs = Array.from({ length: pairCount }, () => {
    const mentor = aParticipant({ waveId: wave.id, role: "mentor" });
    const mentee = aParticipant({ waveId: wave.id, role: "mentee" });
    participants.push(mentor, mentee);
    return aPublishedPair(wave, mentor, [mentee], { publishedAt: "2027-01-04T08:00:00.000Z" });
  });
  return { wave, participants, pairs };
}

function data(base: ReturnType<typeof aWaveWith>, extra: Partial<WeeklySummaryData> = {}): WeeklySummaryData {
  return { ...base, sessions: [], checkIns: [], responses: [], assessments: [], ...extra };
}

describe("summaryWeekDue", () => {
  const wave = aRunningWave({ timeZone: "Europe/Paris" });

  it("beforeMonday9InTheWavesZone_isNotDue_andFromThen_isDueForThatIsoWeek", () => {
    expect(summaryWeekDue(wave, new Date(MONDAY_9_PARIS.getTime() - 60_000))).toBeUndefined();
    expect(summaryWeekDue(wave, MONDAY_9_PARIS)).toBe("2027-W03");
    expect(summaryWeekDue(wave, new Date("2027-01-21T15:00:00.000Z"))).toBe("2027-W03");
  });

  it("theSundayBefore_isStillThePreviousWeek", () => {
    expect(summaryWeekDue(wave, new Date("2027-01-17T22:30:00.000Z"))).toBe("2027-W02");
  });

  it("inNewYork_mondayNineIsFiveHoursLaterInUtc", () => {
    const ny = aRunningWave({ timeZone: "America/New_York" });
    expect(summaryWeekDue(ny, new Date("2027-01-18T13:59:00.000Z"))).toBeUndefined();
    expect(summaryWeekDue(ny, new Date("2027-01-18T14:00:00.000Z"))).toBe("2027-W03");
  });

  it("aWaveThatIsNeitherRunningNorClosing_isNeverDue", () => {
    for (const state of ["draft", "matching", "closed"] as const)
      expect(summaryWeekDue(aRunningWave({ state }), MONDAY_9_PARIS)).toBeUndefined();
    expect(summaryWeekDue(aRunningWave({ state: "closing" }), MONDAY_9_PARIS)).toBe("2027-W03");
  });

  it("theDeliveryKey_namesTheWaveAndTheWeek", () => {
    expect(weeklySummaryKey("wave-run", "2027-W03")).toBe("hr-weekly:wave-run:2027-W03");
  });
});

describe("weeklySummary", () => {
  it("countsPairs_sessionsHeldLastWeekAndInTotal_andPairsAtRisk", () => {
    const made = aWaveWith(3);
    // The third pair was published in October and never met: past the 40-day stall period.
    const base = {
      ...made,
      pairs: made.pairs.map((p, i) => (i === 2 ? { ...p, publishedAt: "2026-10-01T08:00:00.000Z" } : p)),
    };
    const [first, second] = base.pairs;
    const sessions = [
      // Before last week, last week (Mon 11 – Sun 17 Jan, Paris), this week (Mon 00:30 Paris), and not held.
      aSession(first!, "2027-01-08T10:00:00.000Z", { status: "held", sequence: 1 }),
      aSession(first!, "2027-01-11T09:00:00.000Z", { status: "held", sequence: 2 }),
      aSession(second!, "2027-01-17T23:30:00.000Z", { status: "held", sequence: 1 }),
      aSession(second!, "2027-01-12T10:00:00.000Z", { status: "scheduled", sequence: 2 }),
    ];
    const summary = weeklySummary(data(base, { sessions }), MONDAY_9_PARIS);
    expect(summary).toMatchObject({
      waveId: base.wave.id,
      week: "2027-W03",
      pairs: { suppressed: false, value: 3 },
      heldLastWeek: { suppressed: false, value: 1 },
      heldTotal: { suppressed: false, value: 3 },
    });
    expect(summary.pairsAtRisk).toEqual({ suppressed: false, value: 1 });
    expect(summary.assessmentRate).toBeUndefined();
  });

  it("withFewerThan5PeopleInPairs_everyPairFigureIsSuppressed", () => {
    const summary = weeklySummary(data(aWaveWith(2)), MONDAY_9_PARIS);
    for (const figure of [summary.pairs, summary.heldLastWeek, summary.heldTotal, summary.pairsAtRisk])
      expect(figure).toEqual({ suppressed: true });
  });

  it("theQuestionnaireRate_isShownFrom5Respondents_andSuppressedBelow", () => {
    const base = aWaveWith(4);
    const five = weeklySummary(
      data(base, { responses: base.participants.slice(0, 5).map(aResponse) }),
      MONDAY_9_PARIS,
    );
    expect(five.questionnaireRate).toEqual({ suppressed: false, percent: 63, answered: 5, asked: 8 });
    const four = weeklySummary(
      data(base, { responses: base.participants.slice(0, 4).map(aResponse) }),
      MONDAY_9_PARIS,
    );
    expect(four.questionnaireRate).toEqual({ suppressed: true });
  });

  it("withdrawnPeople_areNeitherAskedNorCounted", () => {
    const base = aWaveWith(3);
    const participants = base.participants.map((p, i) =>
      i === 0 ? { ...p, status: "withdrawn" as const } : p,
    );
    const summary = weeklySummary(
      data({ ...base, participants }, { responses: participants.map(aResponse) }),
      MONDAY_9_PARIS,
    );
    expect(summary.questionnaireRate).toEqual({ suppressed: false, percent: 100, answered: 5, asked: 5 });
  });

  it("aClosingWave_hasTheFinalAssessmentRate_andNoCommentEverReachesTheSummary", () => {
    const base = aWaveWith(3, aRunningWave({ state: "closing" }));
    const summary = weeklySummary(
      data(base, { assessments: base.participants.slice(0, 6).map(anAssessment) }),
      MONDAY_9_PARIS,
    );
    expect(summary.assessmentRate).toEqual({ suppressed: false, percent: 100, answered: 6, asked: 6 });
    expect(summary.pairsAtRisk).toEqual({ suppressed: false, value: 0 });
    expect(JSON.stringify(summary)).not.toContain("secret comment");
    expect(JSON.stringify(summary)).not.toContain(base.participants[0]!.displayName);
  });
});
