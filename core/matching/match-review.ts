import { hasErrorCode, TandemError } from "../errors";
import type { Participant } from "../participant";
import type { Clock, Repositories, Versioned } from "../ports";
import type { Wave } from "../wave";
import { rulesEditable } from "../wave-lifecycle";
import type { MatchProposal } from "./match-proposal";
import { publishProposal } from "./match-publication";
import { editGate, proposeGate, publishGate, publicationStarted, type Gate } from "./matching-gates";
import { buildMatchingInput, loadWaveMatchingFacts, type WaveMatchingFacts } from "./matching-input";
import type { MatchingInput, MatchLock, MatchResult } from "./matching-types";
import { pairJudge } from "./pair-judge";
import { validateMatchWeights } from "./pair-score";
import { applyProposalEdit, type ProposalEdit } from "./proposal-edits";

/** The matching engine, injected so the service can be tested with any engine and the host wires the real one. */
export type MatchEngine = (input: MatchingInput) => MatchResult;

/** Everything HR's matching page shows about a wave; the tab's API words it into its contract. */
export interface MatchingSnapshot {
  readonly wave: Wave;
  readonly participants: readonly Participant[];
  /** Who the engine considers now (answered mentees, eligible mentors who answered) with their shortlists. */
  readonly pool: MatchingInput;
  readonly proposal?: MatchProposal;
  /** Pair (or group) documents written so far. */
  readonly publishedPairs: number;
  readonly propose: Gate;
  readonly publish: Gate;
}

const MAX_ATTEMPTS = 5;

/**
 * HR's review of a wave's pairs: propose (the engine on the wave's current data, keeping locked pairs),
 * edit by hand (swap, assign, remove, lock, unlock, each checked against the hard rules and re-scored),
 * choose the weights, and publish. Every write goes under the document's ETag and is retried on a race.
 */
export class MatchReviewService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly engine: MatchEngine,
  ) {}

  async view(tenantId: string, waveId: string): Promise<MatchingSnapshot> {
    const wave = await this.load(tenantId, waveId);
    return this.snapshot(await loadWaveMatchingFacts(this.repos, wave));
  }

  /** The weights of the next proposal; refused once publishing started. */
  async setWeights(tenantId: string, waveId: string, weights: unknown): Promise<MatchingSnapshot> {
    const validation = validateMatchWeights(weights);
    if (!validation.ok)
      throw new TandemError("VALIDATION", "Some weights need a correction.", validation.errors);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.repos.waves.getVersioned(waveId);
      if (stored === undefined || stored.value.tenantId !== tenantId) throw notFound();
      const proposal = (await this.repos.proposals.get(waveId))?.value;
      if (publicationStarted(proposal) || !rulesEditable(stored.value))
        throw new TandemError("INVALID_TRANSITION", "Pairs are published: the weights can no longer change.");
      try {
        await this.repos.waves.replace({ ...stored.value, matchWeights: validation.value }, stored.etag);
        return this.view(tenantId, waveId);
      } catch (error) {
        if (!hasErrorCode(error, "PRECONDITION_FAILED") || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Runs the engine on the wave's current data, keeping locked pairs; HR's other edits start over. */
  async propose(tenantId: string, waveId: string): Promise<MatchingSnapshot> {
    const wave = await this.load(tenantId, waveId);
    const facts = await loadWaveMatchingFacts(this.repos, wave);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.repos.proposals.get(waveId);
      const locks: MatchLock[] = (stored?.value.pairs ?? []).flatMap((p) =>
        p.locked ? [{ menteeId: p.menteeId, mentorId: p.mentorId, origin: p.locked }] : [],
      );
      const built = buildMatchingInput(facts, { locks });
      refuseUnless(proposeGate(wave, stored?.value, built.input));
      const result = this.engine(built.input);
      const now = this.clock.now().toISOString();
      const lockOf = new Map(built.input.locks.map((l) => [l.menteeId, l]));
      const proposal: MatchProposal = {
        waveId,
        tenantId,
        generatedAt: now,
        updatedAt: now,
        weights: built.input.weights,
        pairs: result.pairs.map((p) => {
          const lock = lockOf.get(p.menteeId);
          return p.locked === undefined && lock?.mentorId === p.mentorId ? { ...p, locked: lock.origin } : p;
        }),
        unmatchedMentees: [...result.unmatchedMentees, ...built.unansweredMentees],
        idleMentors: [...result.idleMentors, ...built.leftOutMentors],
        totalCost: result.totalCost,
        optimalCost: result.totalCost,
        optimalScore: result.totalScore,
        certified: result.certified,
        edited: false,
      };
      if (await this.written(proposal, stored, attempt)) return this.snapshot(facts);
    }
  }

  swap(tenantId: string, waveId: string, menteeA: string, menteeB: string): Promise<MatchingSnapshot> {
    return this.edit(tenantId, waveId, { kind: "swap", menteeIds: [menteeA, menteeB] });
  }

  assign(tenantId: string, waveId: string, menteeId: string, mentorId: string): Promise<MatchingSnapshot> {
    return this.edit(tenantId, waveId, { kind: "assign", menteeId, mentorId });
  }

  remove(tenantId: string, waveId: string, menteeId: string): Promise<MatchingSnapshot> {
    return this.edit(tenantId, waveId, { kind: "remove", menteeId });
  }

  lock(tenantId: string, waveId: string, menteeId: string): Promise<MatchingSnapshot> {
    return this.edit(tenantId, waveId, { kind: "lock", menteeId });
  }

  unlock(tenantId: string, waveId: string, menteeId: string): Promise<MatchingSnapshot> {
    return this.edit(tenantId, waveId, { kind: "unlock", menteeId });
  }

  /** Writes each pair once and moves the wave to running; a retry finishes an interrupted publication. */
  async publish(tenantId: string, waveId: string, hrObjectId: string): Promise<MatchingSnapshot> {
    const wave = await this.load(tenantId, waveId);
    await publishProposal(this.repos, this.clock, wave, hrObjectId);
    return this.view(tenantId, waveId);
  }

  /** Applies one edit under the proposal's ETag; a concurrent change makes it re-read and re-apply. */
  async edit(tenantId: string, waveId: string, edit: ProposalEdit): Promise<MatchingSnapshot> {
    const wave = await this.load(tenantId, waveId);
    const facts = await loadWaveMatchingFacts(this.repos, wave);
    checkIds(facts.participants, edit);
    const names = new Map(facts.participants.map((p) => [p.id, p.displayName]));
    const { input } = buildMatchingInput(facts);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.repos.proposals.get(waveId);
      refuseUnless(editGate(wave, stored?.value));
      if (stored === undefined) throw new TandemError("INVALID_TRANSITION", "Propose pairs first.");
      const next = applyProposalEdit(stored.value, edit, {
        judge: pairJudge(input, stored.value.weights),
        nameOf: (id) => names.get(id) ?? id,
        now: this.clock.now(),
      });
      if (next === stored.value || (await this.written(next, stored, attempt))) return this.snapshot(facts);
    }
  }

  /** Creates or replaces the proposal: false when someone else wrote it meanwhile (re-read and retry). */
  private async written(
    proposal: MatchProposal,
    stored: Versioned<MatchProposal> | undefined,
    attempt: number,
  ): Promise<boolean> {
    try {
      if (stored === undefined) await this.repos.proposals.create(proposal);
      else await this.repos.proposals.replace(proposal, stored.etag);
      return true;
    } catch (error) {
      const raced = hasErrorCode(error, "CONFLICT") || hasErrorCode(error, "PRECONDITION_FAILED");
      if (!raced || attempt >= MAX_ATTEMPTS) throw error;
      return false;
    }
  }

  private async snapshot(facts: WaveMatchingFacts): Promise<MatchingSnapshot> {
    const { wave, participants } = facts;
    const [proposal, pairs] = await Promise.all([
      this.repos.proposals.get(wave.id),
      this.repos.pairs.listByWave(wave.id),
    ]);
    const pool = buildMatchingInput(facts).input;
    return {
      wave,
      participants,
      pool,
      ...(proposal ? { proposal: proposal.value } : {}),
      publishedPairs: pairs.length,
      propose: proposeGate(wave, proposal?.value, pool),
      publish: publishGate(wave, proposal?.value, participants),
    };
  }

  private async load(tenantId: string, waveId: string): Promise<Wave> {
    const wave = await this.repos.waves.get(waveId);
    if (wave === undefined || wave.tenantId !== tenantId) throw notFound();
    return wave;
  }
}

function notFound(): TandemError {
  return new TandemError("NOT_FOUND", "There is no such wave.");
}

function refuseUnless(gate: Gate): void {
  if (!gate.allowed) throw new TandemError("INVALID_TRANSITION", gate.reason ?? "Not now.");
}

/** Every id an edit names must be a participant of the wave in the right role (400 otherwise). */
function checkIds(participants: readonly Participant[], edit: ProposalEdit): void {
  const role = new Map(participants.map((p) => [p.id, p.role]));
  const mentees = edit.kind === "swap" ? edit.menteeIds : [edit.menteeId];
  const unknown = mentees.filter((id) => role.get(id) !== "mentee");
  if (unknown.length > 0)
    throw new TandemError("VALIDATION", `Not a mentee of this wave: ${unknown.join(", ")}.`, [
      { field: edit.kind === "swap" ? "menteeIds" : "menteeId", message: "Choose mentees of this wave." },
    ]);
  if (edit.kind === "assign" && role.get(edit.mentorId) !== "mentor")
    throw new TandemError("VALIDATION", `Not a mentor of this wave: ${edit.mentorId}.`, [
      { field: "mentorId", message: "Choose a mentor of this wave." },
    ]);
}
