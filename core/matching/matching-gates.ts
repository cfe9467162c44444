import type { Participant } from "../participant";
import type { Wave } from "../wave";
import type { MatchProposal } from "./match-proposal";
import type { MatchingInput } from "./matching-types";

/** Whether HR may do something now, and if not why, in plain words. */
export interface Gate {
  readonly allowed: boolean;
  readonly reason?: string;
}

const OPEN: Gate = { allowed: true };
const closed = (reason: string): Gate => ({ allowed: false, reason });

/** True once publishing started: the proposal is frozen until the publication is finished. */
export function publicationStarted(proposal: MatchProposal | undefined): boolean {
  return proposal?.publishing !== undefined || proposal?.publishedAt !== undefined;
}

/** Pairs can be proposed (again) while the wave is matching and nothing is published. */
export function proposeGate(wave: Wave, proposal: MatchProposal | undefined, pool: MatchingInput): Gate {
  return reviewGate(wave, proposal) ?? noPool(pool) ?? OPEN;
}

/** HR edits the proposal (weights, swaps, locks…) only while the wave is matching and nothing is published. */
export function editGate(wave: Wave, proposal: MatchProposal | undefined): Gate {
  return reviewGate(wave, proposal) ?? (proposal === undefined ? closed("Propose pairs first.") : OPEN);
}

/**
 * Publishing needs a proposal with pairs and nobody withdrawn in it, in a matching wave; a publication
 * that started (and perhaps crashed) may always be finished, even once the wave is running.
 */
export function publishGate(
  wave: Wave,
  proposal: MatchProposal | undefined,
  participants: readonly Participant[],
): Gate {
  if (proposal === undefined) return closed("Propose pairs first.");
  if (proposal.publishedAt !== undefined) return closed("Pairs are published.");
  if (proposal.publishing !== undefined && (wave.state === "matching" || wave.state === "running"))
    return OPEN;
  if (wave.state !== "matching") return closed(notMatching(wave));
  if (proposal.pairs.length === 0) return closed("The proposal has no pair to publish.");
  const withdrawn = participants.filter(
    (p) =>
      p.status === "withdrawn" &&
      proposal.pairs.some((pair) => pair.menteeId === p.id || pair.mentorId === p.id),
  );
  if (withdrawn.length > 0) {
    const names = withdrawn.map((p) => p.displayName).join(", ");
    return closed(`${names} withdrew: remove them from the proposal or propose pairs again.`);
  }
  return OPEN;
}

function reviewGate(wave: Wave, proposal: MatchProposal | undefined): Gate | undefined {
  if (proposal?.publishedAt !== undefined) return closed("Pairs are published.");
  if (proposal?.publishing !== undefined) return closed("Publishing has started: finish it with Publish.");
  if (wave.state !== "matching") return closed(notMatching(wave));
  return undefined;
}

function noPool(pool: MatchingInput): Gate | undefined {
  if (pool.mentees.length === 0) return closed("No mentee has answered the questionnaire yet.");
  if (pool.mentors.length === 0)
    return closed("No approved and trained mentor has answered the questionnaire yet.");
  return undefined;
}

function notMatching(wave: Wave): string {
  return ["draft", "enrolling", "questionnaire"].includes(wave.state)
    ? "Move the wave to its matching state first (this closes the questionnaire)."
    : "Pairs are published: the wave has moved on.";
}
