import type { Participant } from "../participant";
import type { Wave, WaveState } from "../wave";
import type { FinalAssessment } from "./assessment";

/** Reminders to those who have not answered, this many days after their first card (each sent once). */
export const ASSESSMENT_REMINDER_DAYS: readonly [number, number] = [3, 7];
const DAY_MS = 24 * 60 * 60 * 1000;

export type AssessmentMessageKind = "initial" | "reminder-1" | "reminder-2";

/** One closing message the bot owes a participant. */
export interface AssessmentMessage {
  readonly key: string;
  readonly participantId: string;
  readonly kind: AssessmentMessageKind;
}

/** The deterministic key of a closing message: a retry or a second server can never send it twice. */
export function assessmentMessageKey(
  waveId: string,
  participantId: string,
  kind: AssessmentMessageKind,
): string {
  return `assessment:${waveId}:${participantId}:${kind}`;
}

/** Active participants (not withdrawn) who have not given their final assessment: the ones to remind. */
export function nonRespondents(
  participants: readonly Participant[],
  assessments: readonly FinalAssessment[],
): Participant[] {
  const answered = new Set(assessments.map((a) => a.participantId));
  return participants.filter((p) => p.status !== "withdrawn" && !answered.has(p.id));
}

/**
 * The closing messages due at `now` while the wave is closing: the assessment card to every active
 * participant with an object id who has not answered, then — counted from when their card was sent —
 * reminder 1 after 3 days and reminder 2 after 7 days to those who still have not (only the latest one due,
 * so downtime never yields two at once). Pure: sending each key once is the sender's job.
 */
export function dueAssessmentMessages(input: {
  readonly wave: Wave;
  readonly participants: readonly Participant[];
  readonly assessments: readonly FinalAssessment[];
  /** When the participant's card was delivered; undefined when it was not (yet, or they cannot be reached). */
  readonly initialSentAt: (participantId: string) => Date | undefined;
  readonly now: Date;
}): AssessmentMessage[] {
  const { wave, now } = input;
  if (wave.state !== "closing") return [];
  const due: AssessmentMessage[] = [];
  for (const p of nonRespondents(input.participants, input.assessments)) {
    if (p.aadObjectId === undefined) continue;
    const sentAt = input.initialSentAt(p.id);
    if (sentAt === undefined) {
      due.push(message(wave.id, p.id, "initial"));
      continue;
    }
    const days = (now.getTime() - sentAt.getTime()) / DAY_MS;
    const [first, second] = ASSESSMENT_REMINDER_DAYS;
    if (days >= second) due.push(message(wave.id, p.id, "reminder-2"));
    else if (days >= first) due.push(message(wave.id, p.id, "reminder-1"));
  }
  return due;
}

function message(waveId: string, participantId: string, kind: AssessmentMessageKind): AssessmentMessage {
  return { key: assessmentMessageKey(waveId, participantId, kind), participantId, kind };
}

/** What HR sees of the final assessment: counts only, never anyone's answers or who gave them. */
export interface AssessmentResponseCounts {
  readonly waveId: string;
  readonly state: WaveState;
  /** True while answers are taken (the wave is closing). */
  readonly open: boolean;
  readonly enrolled: number;
  readonly answered: number;
  readonly notAnswered: number;
}

/** Response counts among the wave's active participants (withdrawn people are not counted). */
export function assessmentResponseCounts(
  wave: Wave,
  participants: readonly Participant[],
  assessments: readonly FinalAssessment[],
): AssessmentResponseCounts {
  const active = participants.filter((p) => p.status !== "withdrawn");
  const notAnswered = nonRespondents(active, assessments).length;
  return {
    waveId: wave.id,
    state: wave.state,
    open: wave.state === "closing",
    enrolled: active.length,
    answered: active.length - notAnswered,
    notAnswered,
  };
}
