/**
 * What erasure does to each kind of document, as pure functions: personal data goes (names, emails, Entra
 * ids, free text the person wrote), while ids, states and numbers stay, so a wave's aggregates (counts,
 * ratings, uplift) are the same after an erasure as before. The store runs these over every container.
 */
import type { FinalAssessment } from "../assessments/assessment";
import type { Shortlist } from "../matching/shortlist";
import type { Participant } from "../participant";
import type { QuestionnaireResponse } from "../questionnaire";
import type { CheckIn, MentoringSession } from "../sessions/session";

/** The participant record as a tombstone: id, wave, role and vetting outcome only, withdrawn and flagged. */
export function anonymisedParticipant(participant: Participant): Participant {
  return {
    id: participant.id,
    waveId: participant.waveId,
    tenantId: participant.tenantId,
    email: "",
    displayName: "",
    role: participant.role,
    department: "",
    site: "",
    languages: [],
    status: "withdrawn",
    erased: true,
    ...(participant.vetting === undefined ? {} : { vetting: { approval: participant.vetting.approval } }),
  };
}

/** Answers without their free text (goal, motivation); the ratings, themes and capacity stay for the analytics. */
export function anonymisedResponse(response: QuestionnaireResponse): QuestionnaireResponse {
  const answers =
    response.answers.kind === "mentee"
      ? { ...response.answers, goal: "" }
      : { ...response.answers, motivation: "" };
  return { ...response, answers };
}

/** A check-in without its comment; the outcome and rating stay. */
export function anonymisedCheckIn(checkIn: CheckIn): CheckIn {
  return withoutKey(checkIn, "comment");
}

/** A final assessment without its comment; the ratings stay. */
export function anonymisedAssessment(assessment: FinalAssessment): FinalAssessment {
  return withoutKey(assessment, "comment");
}

/**
 * A session of one of the person's pairs: the reasons they gave for a change are their words and go;
 * a meeting link that carries their Entra id (Teams join links name their organiser) goes too.
 */
export function anonymisedSession(
  session: MentoringSession,
  participantId: string,
  aadObjectId: string | undefined,
): MentoringSession {
  const history = session.history.map((change) =>
    change.by === participantId && change.reason !== undefined ? withoutKey(change, "reason") : change,
  );
  const linkNamesThem =
    aadObjectId !== undefined &&
    session.meetingUrl !== undefined &&
    session.meetingUrl.toLowerCase().includes(aadObjectId.toLowerCase());
  const base = linkNamesThem ? withoutKey(session, "meetingUrl") : session;
  return { ...base, history };
}

/** Someone else's shortlist without the erased person among its choices (undefined when they were not in it). */
export function shortlistWithout(shortlist: Shortlist, participantId: string): Shortlist | undefined {
  if (!shortlist.choices.includes(participantId)) return undefined;
  return { ...shortlist, choices: shortlist.choices.filter((c) => c !== participantId) };
}

/**
 * True for a proactive delivery record addressed to the person. Message keys end with their recipient's
 * participant id (`intro:…:<id>`, `reminder:…:<id>`), or with it and a kind (`questionnaire:<wave>:<id>:initial`,
 * `assessment:<wave>:<id>:<kind>`); a key naming their Entra id is theirs too. Records addressed to their
 * partners stay (pair ids inside them are ids, not names), so no partner is messaged twice.
 */
export function isDeliveryFor(
  key: string,
  participantId: string,
  aadObjectId: string,
  waveParticipantIds: ReadonlySet<string>,
): boolean {
  const segments = key.split(":");
  const last = segments[segments.length - 1] ?? "";
  const beforeLast = segments[segments.length - 2];
  return (
    last === participantId ||
    (beforeLast === participantId && !waveParticipantIds.has(last)) ||
    key.toLowerCase().includes(aadObjectId.toLowerCase())
  );
}

/** Per kind of document, how many an erasure changed or deleted: counts only, for the audit log. */
export interface ErasureReport {
  readonly waves: number;
  readonly participants: number;
  readonly responses: number;
  readonly shortlistsDeleted: number;
  readonly shortlistsEdited: number;
  readonly sessions: number;
  readonly checkIns: number;
  readonly notesDeleted: number;
  readonly assessments: number;
  readonly deliveriesDeleted: number;
  readonly userRecordDeleted: boolean;
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
