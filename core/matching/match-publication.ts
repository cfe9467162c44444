import { hasErrorCode, TandemError } from "../errors";
import type { Clock, Repositories, Versioned } from "../ports";
import type { OfferedSkill, QuestionnaireResponse, RankedNeed } from "../questionnaire";
import { WaveAdminService } from "../wave-admin";
import { DEFAULT_RULES, type MatchFormat, type Wave } from "../wave";
import type { MatchProposal } from "./match-proposal";
import { publishGate } from "./matching-gates";
import type { ProposedPair } from "./matching-types";
import { needRankWeight } from "./pair-score";
import { publishedPairId, type PublishedPair } from "./published-pair";

const MAX_ATTEMPTS = 5;

/**
 * Publishes a wave's proposal, crash-safe and idempotent: (1) the proposal is marked as publishing,
 * which freezes it; (2) each pair (or group) is written once under its deterministic id; (3) the wave
 * moves from matching to running through the lifecycle; (4) the proposal gets its publishedAt. A retry
 * after a failure at any step finishes the missing ones; publishing twice never duplicates a pair.
 */
export async function publishProposal(
  repos: Repositories,
  clock: Clock,
  wave: Wave,
  by: string,
): Promise<void> {
  const proposal = await startPublishing(repos, clock, wave, by);
  if (proposal.publishedAt !== undefined) return;
  const format = (wave.rules ?? DEFAULT_RULES).format ?? "one-to-one";
  const responses = await repos.responses.listByWave(wave.id);
  const publishedAt = proposal.publishing?.startedAt ?? clock.now().toISOString();
  for (const pair of publishedPairsOf(proposal, format, responses, publishedAt)) {
    await repos.pairs.createIfAbsent(pair);
  }
  await startSessions(repos, clock, wave);
  await markPublished(repos, clock, wave.id);
}

/** Step 1: the proposal as it is published (already marked when a publication is being finished). */
async function startPublishing(
  repos: Repositories,
  clock: Clock,
  wave: Wave,
  by: string,
): Promise<MatchProposal> {
  for (let attempt = 1; ; attempt++) {
    const [stored, current, participants] = await Promise.all([
      repos.proposals.get(wave.id),
      repos.waves.get(wave.id),
      repos.participants.listByWave(wave.id),
    ]);
    if (stored?.value.publishedAt !== undefined) return stored.value;
    const gate = publishGate(current ?? wave, stored?.value, participants);
    if (!gate.allowed || stored === undefined) throw new TandemError("INVALID_TRANSITION", gate.reason ?? "");
    if (stored.value.publishing !== undefined) return stored.value;
    const marked = { ...stored.value, publishing: { startedAt: clock.now().toISOString(), by } };
    if (await replaced(repos, marked, stored, attempt)) return marked;
  }
}

/** Step 3: matching → running under the wave's ETag, unless a concurrent publication already did it. */
async function startSessions(repos: Repositories, clock: Clock, wave: Wave): Promise<void> {
  if ((await repos.waves.get(wave.id))?.state !== "matching") return;
  try {
    await new WaveAdminService(repos, clock).transition(wave.tenantId, wave.id, "running");
  } catch (error) {
    const raced =
      hasErrorCode(error, "INVALID_TRANSITION") && (await repos.waves.get(wave.id))?.state === "running";
    if (!raced) throw error;
  }
}

/** Step 4. */
async function markPublished(repos: Repositories, clock: Clock, waveId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const stored = await repos.proposals.get(waveId);
    if (stored === undefined || stored.value.publishedAt !== undefined) return;
    const done = { ...stored.value, publishedAt: clock.now().toISOString() };
    if (await replaced(repos, done, stored, attempt)) return;
  }
}

/** Replaces under the ETag: false when someone changed it meanwhile (the caller re-reads), up to MAX_ATTEMPTS. */
async function replaced(
  repos: Repositories,
  next: MatchProposal,
  stored: Versioned<MatchProposal>,
  attempt: number,
): Promise<boolean> {
  try {
    await repos.proposals.replace(next, stored.etag);
    return true;
  } catch (error) {
    if (!hasErrorCode(error, "PRECONDITION_FAILED") || attempt >= MAX_ATTEMPTS) throw error;
    return false;
  }
}

/** The documents a proposal publishes: one per 1:1 pair, or one per mentor's group in the group format. */
export function publishedPairsOf(
  proposal: MatchProposal,
  format: MatchFormat,
  responses: readonly QuestionnaireResponse[],
  publishedAt: string,
): PublishedPair[] {
  const answers = new Map(responses.map((r) => [r.participantId, r.answers]));
  const needsOf = (id: string): readonly RankedNeed[] => {
    const a = answers.get(id);
    return a?.kind === "mentee" ? a.needs : [];
  };
  const skillsOf = (id: string): readonly OfferedSkill[] => {
    const a = answers.get(id);
    return a?.kind === "mentor" ? a.skills : [];
  };
  const groups = new Map<string, ProposedPair[]>();
  for (const pair of proposal.pairs) {
    const key = format === "group" ? pair.mentorId : `${pair.mentorId}\u0000${pair.menteeId}`;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  return [...groups.values()].map((members) => {
    const mentorId = members[0]?.mentorId ?? "";
    const menteeIds = members.map((m) => m.menteeId);
    return {
      id: publishedPairId(format, mentorId, menteeIds[0] ?? ""),
      waveId: proposal.waveId,
      tenantId: proposal.tenantId,
      format,
      mentorId,
      menteeIds,
      scores: Object.fromEntries(members.map((m) => [m.menteeId, m.score])),
      reasons: Object.fromEntries(members.map((m) => [m.menteeId, m.reasons])),
      sharedThemeIds: sharedThemeIds(menteeIds.map(needsOf), skillsOf(mentorId)),
      publishedAt,
    };
  });
}

/**
 * The themes for a first meeting: the mentees' needs the mentor offers, most wanted first (a first need
 * counts 3, a second 2, a third 1, summed over the group), ties by the best rank, then by id.
 */
export function sharedThemeIds(
  menteeNeeds: ReadonlyArray<readonly RankedNeed[]>,
  skills: readonly OfferedSkill[],
): string[] {
  const offered = new Set(skills.map((s) => s.themeId));
  const weight = new Map<string, number>();
  const bestRank = new Map<string, number>();
  for (const needs of menteeNeeds) {
    needs.forEach((need, index) => {
      if (!offered.has(need.themeId)) return;
      weight.set(need.themeId, (weight.get(need.themeId) ?? 0) + needRankWeight(index));
      bestRank.set(need.themeId, Math.min(bestRank.get(need.themeId) ?? index, index));
    });
  }
  return [...weight.keys()].sort(
    (a, b) =>
      (weight.get(b) ?? 0) - (weight.get(a) ?? 0) ||
      (bestRank.get(a) ?? 0) - (bestRank.get(b) ?? 0) ||
      a.localeCompare(b),
  );
}
