/**
 * A running wave where one person (a mentee) has left a trace in every kind of document: participant
 * record, answers, shortlist, a pair with sessions (a cancellation reason, a meeting link naming them),
 * notes, check-ins, a final assessment, delivery records, their user record — beside a partner and a
 * second pair whose data must survive an erasure untouched. Used by the store and the route tests.
 */
import type { FinalAssessment } from "../../core/assessments/assessment";
import type { DeliveryLog } from "../../core/delivery";
import type { Participant } from "../../core/participant";
import type { Repositories } from "../../core/ports";
import { checkInId, type CheckIn, type MentoringSession } from "../../core/sessions/session";
import { sessionNotesId } from "../../core/sessions/session-notes";
import { aPublishedPair, aScheduledSession } from "./notes-factories";
import { enrolWithAnswers, menteeAnswers, mentorAnswers } from "./matching-factories";

export const AT = new Date("2027-03-20T12:00:00.000Z");

/** Free text only the person wrote or that names them: none of it may survive their erasure. */
export const PERSON_TEXT = {
  goal: "Stop dreading the quarterly Yammer post about Zanzibar logistics",
  checkInComment: "My mentor was great but I felt lost on Copilot prompts (Quokka remark)",
  assessmentComment: "Six months later I finally enjoy Teams channels — Wombat feedback",
  cancelReason: "My daughter's recital moved (Pangolin reason)",
  notes: "Action for Erinna: rehearse the Narwhal demo before the board",
} as const;

/** Text of other people: it must survive (partner's own words) or never reach the person's export. */
export const OTHERS_TEXT = {
  mentorComment: "Good session, we covered the Okapi dashboard",
  otherNotes: "Other pair: the Axolotl roadmap, private to them",
  otherGoal: "Understand the Capybara analytics suite",
} as const;

export interface ErasureScenario {
  readonly person: Participant;
  readonly mentor: Participant;
  readonly otherMentee: Participant;
  readonly otherMentor: Participant;
  readonly pairId: string;
  readonly otherPairId: string;
  readonly meetingUrl: string;
  /** Delivery keys addressed to the person (gone after erasure) and to others (kept). */
  readonly personDeliveries: readonly string[];
  readonly othersDeliveries: readonly string[];
}

/** Seeds the scenario with these four people of one running wave (the wave must exist). */
export async function seedErasureScenario(
  repos: Repositories,
  deliveries: DeliveryLog,
  people: { person: Participant; mentor: Participant; otherMentee: Participant; otherMentor: Participant },
): Promise<ErasureScenario> {
  const { person, mentor, otherMentee, otherMentor } = people;
  const waveId = person.waveId;
  const stamp = AT.toISOString();
  await enrolWithAnswers(repos, person, menteeAnswers([["cloud", 2]], "fr", PERSON_TEXT.goal), AT);
  await enrolWithAnswers(repos, otherMentee, menteeAnswers([["cloud", 3]], "en", OTHERS_TEXT.otherGoal), AT);
  for (const m of [mentor, otherMentor]) await enrolWithAnswers(repos, m, mentorAnswers([["cloud", 5]]), AT);
  await repos.users.saveConversationReference(
    { tenantId: person.tenantId, aadObjectId: person.aadObjectId ?? "" },
    {
      user: { id: `29:${person.aadObjectId}`, aadObjectId: person.aadObjectId, name: person.displayName },
      conversation: { id: "a:1" },
    },
    AT,
  );

  await repos.shortlists.save({
    waveId,
    participantId: person.id,
    role: "mentee",
    choices: [mentor.id],
    updatedAt: stamp,
  });
  await repos.shortlists.save({
    waveId,
    participantId: mentor.id,
    role: "mentor",
    choices: [person.id, otherMentee.id],
    updatedAt: stamp,
  });

  const pair = aPublishedPair(waveId, mentor, [person]);
  const otherPair = aPublishedPair(waveId, otherMentor, [otherMentee]);
  for (const p of [pair, otherPair]) await repos.pairs.createIfAbsent(p);
  const meetingUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%22Tid%22%3a%22${person.tenantId}%22%2c%22Oid%22%3a%22${person.aadObjectId}%22%7d`;
  const held: MentoringSession = {
    ...aScheduledSession(pair, 1),
    status: "held",
    meetingUrl,
    history: [
      { at: stamp, by: mentor.id, action: "proposed", start: "2027-03-01T10:00:00.000Z" },
      {
        at: stamp,
        by: person.id,
        action: "rescheduled",
        start: "2027-03-02T10:00:00.000Z",
        reason: PERSON_TEXT.cancelReason,
      },
      { at: stamp, by: mentor.id, action: "held" },
    ],
  };
  const sessions = [
    held,
    aScheduledSession(pair, 2),
    { ...aScheduledSession(otherPair, 1), status: "held" as const },
  ];
  for (const s of sessions) await repos.sessions.create(s);
  const otherHeld = sessions[2] as MentoringSession;

  await repos.notes.create({
    id: sessionNotesId(held.id),
    waveId,
    pairId: pair.id,
    sessionId: held.id,
    text: PERSON_TEXT.notes,
    actionItems: [{ id: "a1", text: "Narwhal rehearsal", done: false, owner: person.id }],
    revision: 1,
    updatedAt: stamp,
    updatedBy: person.id,
  });
  await repos.notes.create({
    id: sessionNotesId(otherHeld.id),
    waveId,
    pairId: otherPair.id,
    sessionId: otherHeld.id,
    text: OTHERS_TEXT.otherNotes,
    actionItems: [],
    revision: 1,
    updatedAt: stamp,
    updatedBy: otherMentor.id,
  });

  const checkIn = (
    session: MentoringSession,
    who: Participant,
    rating: number,
    comment: string,
  ): CheckIn => ({
    id: checkInId(session.id, who.id),
    waveId,
    pairId: session.pairId,
    sessionId: session.id,
    participantId: who.id,
    outcome: "held",
    rating,
    comment,
    at: stamp,
  });
  await repos.checkIns.save(checkIn(held, person, 4, PERSON_TEXT.checkInComment));
  await repos.checkIns.save(checkIn(held, mentor, 5, OTHERS_TEXT.mentorComment));
  await repos.checkIns.save(checkIn(otherHeld, otherMentee, 3, "fine"));

  const assessment = (who: Participant, satisfaction: number, comment?: string): FinalAssessment => ({
    waveId,
    participantId: who.id,
    role: who.role,
    themes: [{ themeId: "cloud", rating: satisfaction }],
    satisfaction,
    wouldRecommend: true,
    ...(comment ? { comment } : {}),
    submittedAt: stamp,
    updatedAt: stamp,
  });
  await repos.assessments.save(assessment(person, 5, PERSON_TEXT.assessmentComment));
  await repos.assessments.save(assessment(mentor, 4, "Mentor's own view"));

  const personDeliveries = [
    `questionnaire:${waveId}:${person.id}:initial`,
    `intro:${waveId}:${pair.id}:${person.id}`,
    `assessment:${waveId}:${person.id}:reminder-1`,
  ];
  const othersDeliveries = [
    `intro:${waveId}:${pair.id}:${mentor.id}`,
    `questionnaire:${waveId}:${mentor.id}:initial`,
    `intro:${waveId}:${otherPair.id}:${otherMentee.id}`,
  ];
  for (const key of [...personDeliveries, ...othersDeliveries]) {
    await deliveries.claim(key, AT);
    await deliveries.complete(key, { status: "sent", activityId: `act-${key.length}` }, AT);
  }
  await repos.audit.record({
    id: "audit:2027-03-20T12:00:00.000Z:seed",
    waveId,
    tenantId: person.tenantId,
    at: stamp,
    actor: { aadObjectId: "hr-object-id", name: "HR lead" },
    action: "participant.updated",
    target: person.id,
  });
  return {
    person,
    mentor,
    otherMentee,
    otherMentor,
    pairId: pair.id,
    otherPairId: otherPair.id,
    meetingUrl,
    personDeliveries,
    othersDeliveries,
  };
}
