import { publishedPairId, type PublishedPair } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import { sessionId, type MentoringSession, type SessionChange } from "../../core/sessions/session";
import type { Wave } from "../../core/wave";
import { aParticipant, aWave, TENANT } from "./domain-factories";

/** A running wave from September 2026 to February 2027 (six monthly sessions, both DST changes inside). */
export function aRunningWave(overrides: Partial<Wave> = {}): Wave {
  return aWave({
    id: "wave-run",
    state: "running",
    startDate: "2026-09-01",
    endDate: "2027-02-28",
    questionnaireDeadline: "2026-08-15T23:59:59.000Z",
    ...overrides,
  });
}

/** A mentor and a mentee of `wave`, in the given zones. */
export function aPairOfPeople(
  wave: Wave,
  zones: { mentor?: string; mentee?: string } = {},
): { mentor: Participant; mentee: Participant } {
  return {
    mentor: aParticipant({ waveId: wave.id, role: "mentor", timeZone: zones.mentor }),
    mentee: aParticipant({ waveId: wave.id, role: "mentee", timeZone: zones.mentee }),
  };
}

/** A published 1:1 pair of `mentor` and `mentee`. */
export function aPublishedPair(
  wave: Wave,
  mentor: Participant,
  mentees: readonly Participant[],
  overrides: Partial<PublishedPair> = {},
): PublishedPair {
  const format = mentees.length > 1 ? "group" : "one-to-one";
  return {
    id: publishedPairId(format, mentor.id, mentees[0]?.id ?? "nobody"),
    waveId: wave.id,
    tenantId: TENANT,
    format,
    mentorId: mentor.id,
    menteeIds: mentees.map((m) => m.id),
    scores: Object.fromEntries(mentees.map((m) => [m.id, 80])),
    reasons: Object.fromEntries(mentees.map((m) => [m.id, []])),
    sharedThemeIds: [],
    publishedAt: "2026-09-01T08:00:00.000Z",
    ...overrides,
  };
}

/** A session of `pair` booked at `bookedAt` for `start` (scheduled unless told). */
export function aSession(
  pair: PublishedPair,
  start: string,
  overrides: Partial<MentoringSession> & { bookedAt?: string } = {},
): MentoringSession {
  const { bookedAt = "2026-09-01T08:00:00.000Z", ...rest } = overrides;
  const sequence = rest.sequence ?? 1;
  const history: SessionChange[] = [
    { at: bookedAt, by: pair.mentorId, action: "proposed", start },
    { at: bookedAt, by: pair.menteeIds[0] ?? pair.mentorId, action: "accepted" },
  ];
  return {
    id: sessionId(pair.id, sequence),
    waveId: pair.waveId,
    tenantId: pair.tenantId,
    pairId: pair.id,
    sequence,
    start,
    durationMinutes: 90,
    timeZone: "Europe/Paris",
    status: "scheduled",
    proposedBy: pair.mentorId,
    acceptedBy: pair.menteeIds[0],
    history,
    createdAt: bookedAt,
    updatedAt: bookedAt,
    ...rest,
  };
}
