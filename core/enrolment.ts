import type { Identity, Participant } from "./participant";
import type { Repositories } from "./ports";
import { isActiveWave, type Wave } from "./wave";

/** A participant together with the wave they are enrolled in. */
export interface CurrentEnrolment {
  readonly wave: Wave;
  readonly participant: Participant;
}

/** Enrols a participant in their wave and indexes them by identity, so the bot and the tab can find them. */
export async function enrolParticipant(
  repos: Repositories,
  participant: Participant,
  now: Date,
): Promise<void> {
  await repos.participants.save(participant);
  await indexEnrolment(repos, participant, now);
}

/** Indexes a saved participant by identity (no-op without an Entra object id; idempotent). */
export async function indexEnrolment(
  repos: Pick<Repositories, "users">,
  participant: Participant,
  now: Date,
): Promise<void> {
  if (participant.aadObjectId === undefined) return;
  await repos.users.addEnrolment(
    { tenantId: participant.tenantId, aadObjectId: participant.aadObjectId },
    { waveId: participant.waveId, participantId: participant.id, role: participant.role },
    now,
  );
}

/**
 * The wave a person is taking part in now: among their enrolments, the active wave that starts last.
 * Undefined when they are not enrolled anywhere active.
 */
export async function findCurrentEnrolment(
  repos: Repositories,
  identity: Identity,
): Promise<CurrentEnrolment | undefined> {
  const user = await repos.users.get(identity);
  if (user === undefined) return undefined;
  const candidates: CurrentEnrolment[] = [];
  for (const enrolment of user.enrolments) {
    const { wave, participant } = await repos.participants.getWithWave(
      enrolment.waveId,
      enrolment.participantId,
    );
    if (wave === undefined || !isActiveWave(wave) || wave.tenantId !== identity.tenantId) continue;
    if (participant === undefined || participant.aadObjectId !== identity.aadObjectId) continue;
    if (participant.status === "withdrawn") continue;
    candidates.push({ wave, participant });
  }
  candidates.sort((a, b) => b.wave.startDate.localeCompare(a.wave.startDate));
  return candidates[0];
}
