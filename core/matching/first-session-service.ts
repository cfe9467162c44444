import { hasErrorCode, TandemError } from "../errors";
import type { Identity, Participant } from "../participant";
import type { Clock, Repositories } from "../ports";
import type { Wave } from "../wave";
import {
  decideFirstSession,
  parseFirstSessionSubmission,
  type FirstSessionProblem,
  type FirstSessionSubmission,
  type ProposerTimeZone,
} from "./first-session";
import { pairMembers, type PublishedPair } from "./published-pair";

/** A pair as one of its members sees it: the wave, the pair, the member and everyone in the pair. */
export interface PairContext {
  readonly wave: Wave;
  readonly pair: PublishedPair;
  readonly member: Participant;
  /** Every member, mentor first (someone missing from the store is left out). */
  readonly members: readonly Participant[];
}

export type FirstSessionOutcome =
  | { readonly status: "saved" | "unchanged"; readonly context: PairContext }
  | {
      readonly status: "refused";
      readonly problems: readonly FirstSessionProblem[];
      readonly submission: FirstSessionSubmission;
      readonly context: PairContext;
    };

const MAX_WRITE_ATTEMPTS = 3;

/** Records the first session date a pair member proposes, for the caller's own pairs only. */
export class FirstSessionService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks and saves a proposal from card data. The proposer is the authenticated caller, never the card:
   * a payload naming no pair of theirs fails with FORBIDDEN; a bad date or time comes back "refused" with
   * its problems; nothing is saved in either case. Changed under the pair's ETag (a concurrent proposal
   * from the other member is re-read, and the later one wins).
   */
  async propose(identity: Identity, data: unknown, zone: ProposerTimeZone): Promise<FirstSessionOutcome> {
    const submission = parseFirstSessionSubmission(data);
    if (submission === undefined) throw notYours();
    for (let attempt = 1; ; attempt++) {
      const found = await this.find(identity, submission.pairId);
      if (found === undefined) throw notYours();
      const { context, etag } = found;
      const decision = decideFirstSession({
        pair: context.pair,
        wave: context.wave,
        proposerId: context.member.id,
        submission,
        zone,
        now: this.clock.now(),
      });
      if (decision.status === "refused")
        return { status: "refused", problems: decision.problems, submission, context };
      if (decision.status === "unchanged") return { status: "unchanged", context };
      try {
        const stored = await this.repos.pairs.replace(decision.pair, etag);
        return { status: "saved", context: { ...context, pair: stored.value } };
      } catch (error) {
        if (!hasErrorCode(error, "PRECONDITION_FAILED") || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  private async find(
    identity: Identity,
    pairId: string,
  ): Promise<{ context: PairContext; etag: string } | undefined> {
    const user = await this.repos.users.get(identity);
    for (const enrolment of user?.enrolments ?? []) {
      const member = await this.repos.participants.get(enrolment.waveId, enrolment.participantId);
      if (member === undefined || !isCaller(member, identity)) continue;
      const stored = await this.repos.pairs.get(enrolment.waveId, pairId);
      if (stored === undefined || !pairMembers(stored.value).includes(member.id)) continue;
      const wave = await this.repos.waves.get(enrolment.waveId);
      if (wave === undefined || wave.tenantId !== identity.tenantId) continue;
      const members: Participant[] = [];
      for (const id of pairMembers(stored.value)) {
        const participant = id === member.id ? member : await this.repos.participants.get(wave.id, id);
        if (participant !== undefined) members.push(participant);
      }
      return { context: { wave, pair: stored.value, member, members }, etag: stored.etag };
    }
    return undefined;
  }
}

function isCaller(participant: Participant, identity: Identity): boolean {
  return (
    participant.aadObjectId === identity.aadObjectId &&
    participant.tenantId === identity.tenantId &&
    participant.status !== "withdrawn"
  );
}

function notYours(): TandemError {
  return new TandemError("FORBIDDEN", "This card is not about a pair you belong to, so nothing was saved.");
}
