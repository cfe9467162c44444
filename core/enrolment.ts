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
  return (await enrolmentsWhere(repos, identity, isActiveWave))[0];
}

/** The last wave a person took part in that HR has closed (for "My mentoring" once it is over). */
export async function findLastClosedEnrolment(
  repos: Repositories,
  identity: Identity,
): Promise<CurrentEnrolment | undefined> {
  return (await enrolmentsWhere(repos, identity, (wave) => wave.state === "closed"))[0];
}

/**
 * The person's enrolments (in their own tenant, as that person, not withdrawn) whose wave passes `accept`,
 * the wave that starts last first.
 */
export async function enrolmentsWhere(
  repos: Pick<Repositories, "users" | "participants">,
  identity: Identity,
  accept: (wave: Wave) => boolean,
): Promise<CurrentEnrolment[]> {
  const user = await repos.users.get(identity);
  if (user === undefined) return [];
  const found: CurrentEnrolment[] = [];
  for (const enrolment of user.enrolments) {
    const { wave, participant } = await repos.participants.getWithWave(
      enrolment.waveId,
      enrolment.participantId,
    );
    if (wave === undefined || !accept(wave) || wave.tenantId !== identity.tenantId) continue;
    if (participant === undefined || participant.aadObjectId !== identity.aadObjectId) continue;
    if (participant.status === "withdrawn") continue;
    found.push({ wave, participant });
  }
  return found.sort((a, b) => b.wave.startDate.localeCompare(a.wave.startDate));
}
