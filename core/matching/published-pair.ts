import type { MatchFormat } from "../wave";
import type { PairReason } from "./matching-types";

/**
 * A published pair (or, in the group format, a mentor's group): what the running wave is made of.
 * Written once per publication with a deterministic id, so a retried publication never duplicates it.
 */
export interface PublishedPair {
  readonly id: string;
  readonly waveId: string;
  readonly tenantId: string;
  readonly format: MatchFormat;
  readonly mentorId: string;
  /** One mentee in a 1:1 pair; up to the group size in a group. */
  readonly menteeIds: readonly string[];
  /** Per mentee, as proposed (the group's members each have their own). */
  readonly scores: Readonly<Record<string, number>>;
  readonly reasons: Readonly<Record<string, readonly PairReason[]>>;
  /** Theme ids for the first meeting: the mentees' top needs the mentor offers, most wanted first. */
  readonly sharedThemeIds: readonly string[];
  readonly publishedAt: string;
  /** The first session date someone proposed from the introduction card (sessions proper: issue 5). */
  readonly firstSessionProposal?: {
    readonly proposedBy: string;
    readonly start: string;
    readonly proposedAt: string;
  };
}

/** Deterministic: a 1:1 pair is named by its two people, a group by its mentor. */
export function publishedPairId(format: MatchFormat, mentorId: string, menteeId: string): string {
  return format === "group" ? `pair:group:${mentorId}` : `pair:${mentorId}:${menteeId}`;
}

/** Everyone in the pair or group. */
export function pairMembers(pair: PublishedPair): string[] {
  return [pair.mentorId, ...pair.menteeIds];
}
