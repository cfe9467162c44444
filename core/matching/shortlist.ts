import type { Role } from "../participant";

/** At most this many profiles of the other side a participant may shortlist before matching. */
export const MAX_SHORTLIST = 3;

/**
 * A participant's shortlist (mutual choice, as at Unatti): the people of the other side they would like
 * to be paired with. A choice made by both sides is a strong bonus HR can turn into a lock.
 */
export interface Shortlist {
  readonly waveId: string;
  readonly participantId: string;
  readonly role: Role;
  /** Participant ids of the other side, in order of preference, no duplicates. */
  readonly choices: readonly string[];
  readonly updatedAt: string;
}

export function shortlistId(participantId: string): string {
  return `shortlist:${participantId}`;
}
