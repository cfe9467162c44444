import { enrolParticipant } from "../../core/enrolment";
import { publishedPairId, type PublishedPair } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import type { Repositories } from "../../core/ports";
import { sessionId, type MentoringSession } from "../../core/sessions/session";
import { aParticipant, aWave } from "./domain-factories";
import { VETTED } from "./matching-factories";

/** A published 1:1 pair (or a group when given several mentees). */
export function aPublishedPair(
  waveId: string,
  mentor: Participant,
  mentees: readonly Participant[],
): PublishedPair {
  const first = mentees[0];
  if (first === undefined) throw new Error("a pair has at least one mentee");
  const format = mentees.length > 1 ? "group" : "one-to-one";
  return {
    id: publishedPairId(format, mentor.id, first.id),
    waveId,
    tenantId: mentor.tenantId,
    format,
    mentorId: mentor.id,
    menteeIds: mentees.map((m) => m.id),
    scores: Object.fromEntries(mentees.map((m) => [m.id, 50])),
    reasons: Object.fromEntries(mentees.map((m) => [m.id, []])),
    sharedThemeIds: [],
    publishedAt: "2027-02-01T09:00:00.000Z",
  };
}

/** A scheduled session of the pair. */
export function aScheduledSession(pair: PublishedPair, sequence = 1): MentoringSession {
  const at = "2027-02-01T09:00:00.000Z";
  return {
    id: sessionId(pair.id, sequence),
    waveId: pair.waveId,
    tenantId: pair.tenantId,
    pairId: pair.id,
    sequence,
    start: "2027-03-01T10:00:00.000Z",
    durationMinutes: 90,
    timeZone: "Europe/Paris",
    status: "scheduled",
    proposedBy: pair.mentorId,
    acceptedBy: pair.menteeIds[0] ?? pair.mentorId,
    history: [{ at, by: pair.mentorId, action: "proposed", start: "2027-03-01T10:00:00.000Z" }],
    createdAt: at,
    updatedAt: at,
  };
}

export interface PairWithSession {
  readonly mentor: Participant;
  readonly mentees: readonly Participant[];
  readonly pair: PublishedPair;
  readonly session: MentoringSession;
}

/** Stores a running wave (unless there), a mentor and `menteeCount` mentees enrolled, their pair and a session. */
export async function seedPairWithSession(
  repos: Repositories,
  options: { readonly waveId?: string; readonly menteeCount?: number } = {},
): Promise<PairWithSession> {
  const waveId = options.waveId ?? "wave-1";
  const now = new Date("2027-02-01T09:00:00.000Z");
  if ((await repos.waves.get(waveId)) === undefined)
    await repos.waves.save(aWave({ id: waveId, state: "running" }));
  const mentor = aParticipant({ waveId, role: "mentor", vetting: VETTED });
  const mentees = Array.from({ length: options.menteeCount ?? 1 }, () =>
    aParticipant({ waveId, role: "mentee" }),
  );
  for (const p of [mentor, ...mentees]) await enrolParticipant(repos, p, now);
  const pair = aPublishedPair(waveId, mentor, mentees);
  await repos.pairs.createIfAbsent(pair);
  const session = aScheduledSession(pair);
  await repos.sessions.create(session);
  return { mentor, mentees, pair, session };
}
