import type { Participant } from "../participant";
import { participantIdFor } from "../participant-identity";

/**
 * The id for someone enrolled by e-mail: the usual derived id, unless an erased person's tombstone holds
 * it — then a derived variant, so a re-enrolled person is never linked again to the pair, sessions and
 * ratings they erased themselves from. Deterministic, so a retried import writes the same record.
 */
export function enrolmentIdFor(waveId: string, email: string, erasedIds: ReadonlySet<string>): string {
  let id = participantIdFor(waveId, email);
  for (let round = 1; erasedIds.has(id); round++)
    id = participantIdFor(waveId, `${email}\nre-enrolled ${round}`);
  return id;
}

/** The ids of the erased tombstones among a wave's participants. */
export function erasedIdsOf(participants: readonly Participant[]): ReadonlySet<string> {
  return new Set(participants.filter((p) => p.erased === true).map((p) => p.id));
}

/** An import's planned records, with any id an erased tombstone holds replaced by enrolmentIdFor's. */
export function awayFromTombstones(
  planned: readonly Participant[],
  erasedIds: ReadonlySet<string>,
): Participant[] {
  return planned.map((p) =>
    erasedIds.has(p.id) ? { ...p, id: enrolmentIdFor(p.waveId, p.email, erasedIds) } : p,
  );
}
