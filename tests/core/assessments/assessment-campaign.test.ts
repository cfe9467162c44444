import type { FinalAssessment } from "../../../core/assessments/assessment";
import {
  assessmentMessageKey,
  assessmentResponseCounts,
  dueAssessmentMessages,
  nonRespondents,
} from "../../../core/assessments/assessment-campaign";
import { aParticipant, aWave } from "../../support/domain-factories";

const DAY = 24 * 60 * 60 * 1000;
const SENT = new Date("2027-07-01T09:00:00Z");
const wave = aWave({ state: "closing" });
const answered = aParticipant();
const waiting = aParticipant();
const withdrawn = aParticipant({ status: "withdrawn" });
const noIdentity = aParticipant({ aadObjectId: undefined });
const participants = [answered, waiting, withdrawn, noIdentity];

const assessmentOf = (participantId: string): FinalAssessment => ({
  waveId: wave.id,
  participantId,
  role: "mentee",
  themes: [],
  satisfaction: 4,
  wouldRecommend: true,
  submittedAt: SENT.toISOString(),
  updatedAt: SENT.toISOString(),
});
const assessments = [assessmentOf(answered.id)];

function due(now: Date, sentAt: Date | null = SENT, state = wave.state) {
  return dueAssessmentMessages({
    wave: { ...wave, state },
    participants,
    assessments,
    initialSentAt: () => sentAt ?? undefined,
    now,
  }).map((m) => `${m.participantId}:${m.kind}`);
}

describe("dueAssessmentMessages", () => {
  it("nothingSentYet_duesTheCardToActiveNonRespondentsWithAnIdentityOnly", () => {
    expect(due(SENT, null)).toEqual([`${waiting.id}:initial`]);
  });

  it("remindersComeAfterThreeThenSevenDays_onlyTheLatestDue", () => {
    expect(due(new Date(SENT.getTime() + 3 * DAY - 1))).toEqual([]);
    expect(due(new Date(SENT.getTime() + 3 * DAY))).toEqual([`${waiting.id}:reminder-1`]);
    expect(due(new Date(SENT.getTime() + 7 * DAY))).toEqual([`${waiting.id}:reminder-2`]);
    expect(due(new Date(SENT.getTime() + 30 * DAY))).toEqual([`${waiting.id}:reminder-2`]);
  });

  it("waveNotClosing_duesNothing", () => {
    expect(due(SENT, null, "running")).toEqual([]);
    expect(due(new Date(SENT.getTime() + 7 * DAY), SENT, "closed")).toEqual([]);
  });

  it("keys_areDeterministicPerWaveParticipantAndKind", () => {
    const [message] = dueAssessmentMessages({
      wave,
      participants,
      assessments,
      initialSentAt: () => undefined,
      now: SENT,
    });
    expect(message?.key).toBe(assessmentMessageKey(wave.id, waiting.id, "initial"));
    expect(message?.key).toBe(`assessment:${wave.id}:${waiting.id}:initial`);
  });
});

describe("nonRespondents and counts", () => {
  it("countActiveParticipantsOnly_withoutNamingAnyone", () => {
    expect(nonRespondents(participants, assessments).map((p) => p.id)).toEqual([waiting.id, noIdentity.id]);
    const counts = assessmentResponseCounts(wave, participants, assessments);
    expect(counts).toEqual({
      waveId: wave.id,
      state: "closing",
      open: true,
      enrolled: 3,
      answered: 1,
      notAnswered: 2,
    });
  });
});
