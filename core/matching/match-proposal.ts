import type { MatchWeights } from "../wave";
import type { IdleMentor, ProposedPair, UnmatchedMentee } from "./matching-types";

/**
 * HR's working proposal for a wave: what "Propose pairs" produced, with HR's edits (swaps, locks,
 * removals, manual assignments) applied. One document per wave, changed under its ETag.
 */
export interface MatchProposal {
  readonly waveId: string;
  readonly tenantId: string;
  readonly generatedAt: string;
  readonly updatedAt: string;
  /** The weights the engine used for this proposal. */
  readonly weights: MatchWeights;
  readonly pairs: readonly ProposedPair[];
  readonly unmatchedMentees: readonly UnmatchedMentee[];
  readonly idleMentors: readonly IdleMentor[];
  /** Σ of the pairs' costs as they stand now (after HR's edits). */
  readonly totalCost: number;
  /** The engine's optimal total at generation time; HR's edits can only move away from it. */
  readonly optimalCost: number;
  /** The engine's total score at generation time (Σ pair scores), what HR's edited total compares with. */
  readonly optimalScore?: number;
  readonly certified: boolean;
  /** True once HR changed anything by hand since the last run. */
  readonly edited: boolean;
  /** Set when publishing started (a retry after a crash finishes the same publication). */
  readonly publishing?: { readonly startedAt: string; readonly by: string };
  /** Set when every pair was written and the wave moved to running. */
  readonly publishedAt?: string;
}

/** The proposal's document id inside the wave's partition. */
export function matchProposalId(waveId: string): string {
  return `proposal:${waveId}`;
}
