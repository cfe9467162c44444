import type { MatchingSnapshot } from "../../core/matching/match-review";
import { pairJudge } from "../../core/matching/pair-judge";
import { maxPairScore } from "../../core/matching/pair-score";
import { DEFAULT_MATCH_WEIGHTS, DEFAULT_RULES } from "../../core/wave";
import type { MatchingView, MatchPersonView, ProposalView } from "./matching-api-contract";

/** HR's matching page data, from what the review service knows (allow-listed fields only: no answers, no goals). */
export function matchingView(snapshot: MatchingSnapshot): MatchingView {
  const { wave, pool, proposal } = snapshot;
  const people = new Map(snapshot.participants.map((p) => [p.id, p]));
  const mentors = new Map(pool.mentors.map((m) => [m.id, m]));
  const judge = pairJudge(pool);
  const person = (id: string): MatchPersonView => {
    const p = people.get(id);
    return {
      id,
      displayName: p?.displayName ?? id,
      department: p?.department ?? "",
      site: p?.site ?? "",
      languages: mentors.get(id)?.languages ?? p?.languages ?? [],
    };
  };
  let mutualChoices = 0;
  for (const mentee of pool.mentees) {
    for (const mentorId of mentee.shortlist ?? []) if (judge.mutual(mentee.id, mentorId)) mutualChoices++;
  }
  return {
    waveId: wave.id,
    waveState: wave.state,
    format: (wave.rules ?? DEFAULT_RULES).format ?? "one-to-one",
    weights: wave.matchWeights ?? DEFAULT_MATCH_WEIGHTS,
    canPropose: snapshot.propose.allowed,
    ...(snapshot.propose.reason ? { proposeBlockedReason: snapshot.propose.reason } : {}),
    canPublish: snapshot.publish.allowed,
    ...(snapshot.publish.reason ? { publishBlockedReason: snapshot.publish.reason } : {}),
    pool: {
      mentees: pool.mentees.length,
      mentors: pool.mentors.length,
      places: pool.mentors.reduce((sum, m) => sum + m.capacity, 0),
      mutualChoices,
    },
    proposal: proposal === undefined ? null : proposalView(snapshot, person, judge.mutual),
    published:
      proposal?.publishedAt === undefined
        ? null
        : { at: proposal.publishedAt, pairs: snapshot.publishedPairs },
  };
}

function proposalView(
  snapshot: MatchingSnapshot,
  person: (id: string) => MatchPersonView,
  mutual: (menteeId: string, mentorId: string) => boolean,
): ProposalView {
  const proposal = snapshot.proposal;
  if (proposal === undefined) throw new Error("proposalView needs a proposal");
  const maxScore = maxPairScore(proposal.weights);
  const capacity = new Map(snapshot.pool.mentors.map((m) => [m.id, m.capacity]));
  const taken = (mentorId: string) => proposal.pairs.filter((p) => p.mentorId === mentorId).length;
  const totalScore = proposal.pairs.reduce((sum, p) => sum + p.score, 0);
  return {
    generatedAt: proposal.generatedAt,
    updatedAt: proposal.updatedAt,
    pairs: proposal.pairs.map((p) => ({
      mentee: person(p.menteeId),
      mentor: person(p.mentorId),
      score: p.score,
      maxScore,
      breakdown: p.breakdown,
      reasons: p.reasons,
      ...(p.locked ? { locked: p.locked } : {}),
      mutual: mutual(p.menteeId, p.mentorId),
    })),
    unmatchedMentees: proposal.unmatchedMentees.map((u) => ({
      mentee: person(u.menteeId),
      reasons: u.reasons,
    })),
    idleMentors: proposal.idleMentors.map((m) => ({
      mentor: person(m.mentorId),
      reason: m.reason,
      spare: Math.max(0, (capacity.get(m.mentorId) ?? 0) - taken(m.mentorId)),
    })),
    totalScore,
    optimalScore: proposal.optimalScore ?? totalScore,
    certified: proposal.certified,
    edited: proposal.edited,
  };
}
