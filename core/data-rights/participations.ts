import type { Identity, Participant } from "../participant";
import type { Repositories } from "../ports";
import type { Wave } from "../wave";

/** One wave the person takes or took part in, with their record there. */
export interface Participation {
  readonly wave: Wave;
  readonly participant: Participant;
}

/**
 * Every wave the caller is enrolled in (any state, closed ones included), found from their own user
 * record: only records whose Entra id and tenant are the caller's count, so nobody reaches another's data.
 */
export async function findParticipations(repos: Repositories, identity: Identity): Promise<Participation[]> {
  const user = await repos.users.get(identity);
  if (user === undefined) return [];
  const found: Participation[] = [];
  for (const enrolment of user.enrolments) {
    const [wave, participant] = await Promise.all([
      repos.waves.get(enrolment.waveId),
      repos.participants.get(enrolment.waveId, enrolment.participantId),
    ]);
    if (wave === undefined || participant === undefined) continue;
    if (wave.tenantId !== identity.tenantId || participant.tenantId !== identity.tenantId) continue;
    if (participant.aadObjectId !== identity.aadObjectId) continue;
    if (found.some((f) => f.participant.id === participant.id && f.wave.id === wave.id)) continue;
    found.push({ wave, participant });
  }
  return found.sort((a, b) => a.wave.startDate.localeCompare(b.wave.startDate));
}
