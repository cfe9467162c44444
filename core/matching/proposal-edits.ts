import { TandemError } from "../errors";
import type { MatchProposal } from "./match-proposal";
import type { IdleMentor, ProposedPair, UnmatchedMentee } from "./matching-types";
import { forbiddenPairWords, type PairJudge } from "./pair-judge";

/** What HR can change by hand in a proposal. */
export type ProposalEdit =
  | { readonly kind: "swap"; readonly menteeIds: readonly [string, string] }
  | { readonly kind: "assign"; readonly menteeId: string; readonly mentorId: string }
  | { readonly kind: "remove"; readonly menteeId: string }
  | { readonly kind: "lock"; readonly menteeId: string }
  | { readonly kind: "unlock"; readonly menteeId: string };

export interface EditContext {
  /** Checks and scores pairs with the proposal's weights over the wave's current pool. */
  readonly judge: PairJudge;
  readonly nameOf: (participantId: string) => string;
  readonly now: Date;
}

/**
 * Applies one of HR's edits to a proposal: the changed pairs are checked against the hard rules and
 * re-scored, the total and the idle mentors follow, and the proposal is marked edited. Refusals are
 * INVALID_TRANSITION with the reason in plain words. Returns the proposal itself when nothing changes.
 */
export function applyProposalEdit(
  proposal: MatchProposal,
  edit: ProposalEdit,
  ctx: EditContext,
): MatchProposal {
  switch (edit.kind) {
    case "swap":
      return swap(proposal, edit.menteeIds, ctx);
    case "assign":
      return assign(proposal, edit.menteeId, edit.mentorId, ctx);
    case "remove": {
      const current = pairOf(proposal, edit.menteeId, ctx);
      const unmatched = { menteeId: edit.menteeId, reasons: [{ kind: "removed-by-hr" as const }] };
      return finish(
        proposal,
        without(proposal.pairs, current),
        [...proposal.unmatchedMentees, unmatched],
        ctx,
      );
    }
    case "lock": {
      const current = pairOf(proposal, edit.menteeId, ctx);
      if (current.locked !== undefined) return proposal;
      const origin = ctx.judge.mutual(current.menteeId, current.mentorId) ? "mutual" : "hr";
      const next = allowed(current.menteeId, current.mentorId, ctx, origin);
      return finish(proposal, replaced(proposal.pairs, current, [next]), proposal.unmatchedMentees, ctx);
    }
    case "unlock": {
      const current = pairOf(proposal, edit.menteeId, ctx);
      if (current.locked === undefined) return proposal;
      const { locked: _unlocked, ...rest } = current;
      const next = { ...rest, reasons: current.reasons.filter((r) => r.kind !== "locked") };
      return finish(proposal, replaced(proposal.pairs, current, [next]), proposal.unmatchedMentees, ctx);
    }
  }
}

function swap(proposal: MatchProposal, [a, b]: readonly [string, string], ctx: EditContext): MatchProposal {
  if (a === b) throw new TandemError("VALIDATION", "Choose two different mentees to swap.");
  const pa = unlocked(pairOf(proposal, a, ctx), ctx);
  const pb = unlocked(pairOf(proposal, b, ctx), ctx);
  if (pa.mentorId === pb.mentorId) {
    throw new TandemError(
      "INVALID_TRANSITION",
      `${ctx.nameOf(a)} and ${ctx.nameOf(b)} already have the same mentor: there is nothing to swap.`,
    );
  }
  const nextA = allowed(a, pb.mentorId, ctx);
  const nextB = allowed(b, pa.mentorId, ctx);
  const pairs = proposal.pairs.map((p) => (p === pa ? nextA : p === pb ? nextB : p));
  return finish(proposal, pairs, proposal.unmatchedMentees, ctx);
}

function assign(
  proposal: MatchProposal,
  menteeId: string,
  mentorId: string,
  ctx: EditContext,
): MatchProposal {
  if (ctx.judge.mentee(menteeId) === undefined) {
    throw new TandemError(
      "INVALID_TRANSITION",
      `${ctx.nameOf(menteeId)} has not answered the questionnaire (or has withdrawn), so they cannot be paired.`,
    );
  }
  const mentor = ctx.judge.mentor(mentorId);
  if (mentor === undefined) throw new TandemError("INVALID_TRANSITION", notInPool(proposal, mentorId, ctx));
  const current = proposal.pairs.find((p) => p.menteeId === menteeId);
  if (current !== undefined) {
    unlocked(current, ctx);
    if (current.mentorId === mentorId) return proposal;
  }
  const next = allowed(menteeId, mentorId, ctx);
  const taken = proposal.pairs.filter((p) => p.mentorId === mentorId).length;
  if (taken >= mentor.capacity) {
    throw new TandemError(
      "INVALID_TRANSITION",
      `${ctx.nameOf(mentorId)} already has ${taken} mentee${taken === 1 ? "" : "s"}, the most this wave allows them.`,
    );
  }
  const pairs = current === undefined ? [...proposal.pairs, next] : replaced(proposal.pairs, current, [next]);
  const unmatched = proposal.unmatchedMentees.filter((u) => u.menteeId !== menteeId);
  return finish(proposal, pairs, unmatched, ctx);
}

function pairOf(proposal: MatchProposal, menteeId: string, ctx: EditContext): ProposedPair {
  const pair = proposal.pairs.find((p) => p.menteeId === menteeId);
  if (pair === undefined) {
    throw new TandemError("INVALID_TRANSITION", `${ctx.nameOf(menteeId)} has no mentor in the proposal.`);
  }
  return pair;
}

function unlocked(pair: ProposedPair, ctx: EditContext): ProposedPair {
  if (pair.locked === undefined) return pair;
  throw new TandemError(
    "INVALID_TRANSITION",
    `The pair of ${ctx.nameOf(pair.menteeId)} and ${ctx.nameOf(pair.mentorId)} is locked: unlock it first.`,
  );
}

/** The pair, scored, or a refusal naming the hard rule it breaks. */
function allowed(
  menteeId: string,
  mentorId: string,
  ctx: EditContext,
  locked?: "hr" | "mutual",
): ProposedPair {
  const judgement = ctx.judge.judge(menteeId, mentorId, locked);
  if (judgement === undefined) {
    throw new TandemError(
      "INVALID_TRANSITION",
      `${ctx.nameOf(menteeId)} or ${ctx.nameOf(mentorId)} can no longer be matched (withdrawn, no answers or not eligible): propose pairs again.`,
    );
  }
  if (!judgement.allowed) {
    throw new TandemError(
      "INVALID_TRANSITION",
      forbiddenPairWords(ctx.nameOf(menteeId), ctx.nameOf(mentorId), judgement.broken),
    );
  }
  return judgement.pair;
}

function notInPool(proposal: MatchProposal, mentorId: string, ctx: EditContext): string {
  const reason = proposal.idleMentors.find((m) => m.mentorId === mentorId)?.reason;
  if (reason === "not-eligible") return `${ctx.nameOf(mentorId)} is not approved and trained yet.`;
  if (reason === "no-answers") return `${ctx.nameOf(mentorId)} has not answered the questionnaire.`;
  return `${ctx.nameOf(mentorId)} cannot be matched in this wave.`;
}

function without(pairs: readonly ProposedPair[], pair: ProposedPair): ProposedPair[] {
  return pairs.filter((p) => p !== pair);
}

function replaced(pairs: readonly ProposedPair[], pair: ProposedPair, by: ProposedPair[]): ProposedPair[] {
  return pairs.flatMap((p) => (p === pair ? by : [p]));
}

/** The totals and the idle mentors after an edit; service-level reasons (no answers, not eligible) stay. */
function finish(
  proposal: MatchProposal,
  pairs: readonly ProposedPair[],
  unmatchedMentees: readonly UnmatchedMentee[],
  ctx: EditContext,
): MatchProposal {
  const busy = new Set(pairs.map((p) => p.mentorId));
  const idle: IdleMentor[] = proposal.idleMentors.filter((m) => !busy.has(m.mentorId));
  const listed = new Set(idle.map((m) => m.mentorId));
  for (const p of proposal.pairs) {
    if (!busy.has(p.mentorId) && !listed.has(p.mentorId)) {
      idle.push({ mentorId: p.mentorId, reason: "not-needed" });
      listed.add(p.mentorId);
    }
  }
  return {
    ...proposal,
    pairs,
    unmatchedMentees,
    idleMentors: idle,
    totalCost: pairs.reduce((sum, p) => sum + p.cost, 0),
    edited: true,
    updatedAt: ctx.now.toISOString(),
  };
}
