import { hasErrorCode, TandemError } from "../errors";
import { pairMembers, type PublishedPair } from "../matching/published-pair";
import type { Participant } from "../participant";
import type { Clock, Repositories, Versioned } from "../ports";
import type { Wave } from "../wave";
import { recordCheckIn, type CheckInInput } from "./check-in-rules";
import {
  acceptSession,
  cancelSession,
  proposeSession,
  rescheduleSession,
  sessionFromFirstProposal,
  setMeetingLink,
  type SessionDecision,
  type SessionProblem,
  type SessionTimeInput,
} from "./session-rules";
import { checkInId, type CheckIn, type MentoringSession } from "./session";

/** What a member's action came to: the session as stored (with its pair, for notifying the others), or why not. */
export type SessionOutcome =
  | {
      readonly status: "changed" | "unchanged";
      readonly session: MentoringSession;
      readonly pair: PublishedPair;
      readonly wave: Wave;
    }
  | { readonly status: "refused"; readonly problems: readonly SessionProblem[] };

export type CheckInOutcome =
  | {
      readonly status: "recorded" | "unchanged";
      readonly checkIn: CheckIn;
      readonly session: MentoringSession;
      readonly pair: PublishedPair;
    }
  | { readonly status: "refused"; readonly problems: readonly SessionProblem[] };

type SessionRepos = Pick<Repositories, "waves" | "pairs" | "participants" | "sessions" | "checkIns">;

interface PairContext {
  readonly wave: Wave;
  readonly pair: PublishedPair;
}

const MAX_WRITE_ATTEMPTS = 5;

/**
 * A pair's sessions, changed by its members. The caller is a participant the adapter resolved from the
 * authenticated user (never from card or form data); every action first proves they belong to the pair.
 * Writes go under the session's ETag: a concurrent change is re-read and the rule applied again.
 */
export class SessionService {
  constructor(
    private readonly repos: SessionRepos,
    private readonly clock: Clock,
  ) {}

  /** The pair's sessions, for its members only. */
  async listForPair(caller: Participant, pairId: string): Promise<MentoringSession[]> {
    await this.pairOf(caller, pairId);
    return this.repos.sessions.listByPair(caller.waveId, pairId);
  }

  /** Proposes the pair's next session at a date and time typed in the caller's zone. */
  async propose(
    caller: Participant,
    pairId: string,
    when: SessionTimeInput & { timeZone?: string },
  ): Promise<SessionOutcome> {
    return this.create(caller, pairId, (context, existing) =>
      proposeSession({
        ...context,
        member: caller,
        existing,
        when,
        timeZone: when.timeZone,
        now: this.clock.now(),
      }),
    );
  }

  /** Accepts the date proposed on the introduction card: session 1, scheduled at once. */
  async acceptFirstProposal(caller: Participant, pairId: string): Promise<SessionOutcome> {
    return this.create(caller, pairId, async (context, existing) => {
      const proposerId = context.pair.firstSessionProposal?.proposedBy;
      const proposer =
        proposerId === undefined ? undefined : await this.repos.participants.get(caller.waveId, proposerId);
      return sessionFromFirstProposal({
        ...context,
        member: caller,
        existing,
        proposer,
        now: this.clock.now(),
      });
    });
  }

  async accept(caller: Participant, sessionId: string): Promise<SessionOutcome> {
    return this.mutate(caller, sessionId, (context, session) =>
      acceptSession({ ...context, member: caller, session, now: this.clock.now() }),
    );
  }

  /** Moves the session to a new date and time (typed in the caller's zone), with a reason. */
  async reschedule(
    caller: Participant,
    sessionId: string,
    input: SessionTimeInput & { reason: unknown; timeZone?: string },
  ): Promise<SessionOutcome> {
    return this.mutate(caller, sessionId, (context, session) =>
      rescheduleSession({
        ...context,
        member: caller,
        session,
        when: input,
        reason: input.reason,
        timeZone: input.timeZone,
        now: this.clock.now(),
      }),
    );
  }

  async cancel(caller: Participant, sessionId: string, reason: unknown): Promise<SessionOutcome> {
    return this.mutate(caller, sessionId, (context, session) =>
      cancelSession({ ...context, member: caller, session, reason, now: this.clock.now() }),
    );
  }

  /** Sets (or, with "", removes) the Teams meeting link. */
  async setMeetingLink(caller: Participant, sessionId: string, url: unknown): Promise<SessionOutcome> {
    return this.mutate(caller, sessionId, (context, session) =>
      setMeetingLink({ ...context, member: caller, session, url, now: this.clock.now() }),
    );
  }

  /** Records the caller's check-in; a "held" one marks the session held. */
  async checkIn(caller: Participant, sessionId: string, answer: CheckInInput): Promise<CheckInOutcome> {
    for (let attempt = 1; ; attempt++) {
      const { context, stored } = await this.sessionOf(caller, sessionId);
      const previous = (await this.repos.checkIns.listBySession(caller.waveId, sessionId)).find(
        (c) => c.id === checkInId(sessionId, caller.id),
      );
      const decision = recordCheckIn({
        wave: context.wave,
        session: stored.value,
        member: caller,
        answer,
        previous,
        now: this.clock.now(),
      });
      if (decision.status === "refused") return decision;
      if (decision.status === "unchanged")
        return { status: "unchanged", checkIn: decision.checkIn, session: stored.value, pair: context.pair };
      await this.repos.checkIns.save(decision.checkIn);
      if (decision.session === undefined)
        return { status: "recorded", checkIn: decision.checkIn, session: stored.value, pair: context.pair };
      try {
        const written = await this.repos.sessions.replace(decision.session, stored.etag);
        return { status: "recorded", checkIn: decision.checkIn, session: written.value, pair: context.pair };
      } catch (error) {
        if (!hasErrorCode(error, "PRECONDITION_FAILED") || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  /** Creates a session from a decision over the pair's existing ones; a concurrent creation is re-read. */
  private async create(
    caller: Participant,
    pairId: string,
    decide: (
      context: PairContext,
      existing: MentoringSession[],
    ) => SessionDecision | Promise<SessionDecision>,
  ): Promise<SessionOutcome> {
    for (let attempt = 1; ; attempt++) {
      const context = await this.pairOf(caller, pairId);
      const decision = await decide(context, await this.repos.sessions.listByPair(caller.waveId, pairId));
      if (decision.status !== "changed") return outcome(decision, context);
      try {
        const written = await this.repos.sessions.create(decision.session);
        return { status: "changed", session: written.value, ...context };
      } catch (error) {
        if (!hasErrorCode(error, "CONFLICT") || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  /** Read, decide, write under the session's ETag; a concurrent change makes it re-read and decide again. */
  private async mutate(
    caller: Participant,
    sessionId: string,
    decide: (context: PairContext, session: MentoringSession) => SessionDecision,
  ): Promise<SessionOutcome> {
    for (let attempt = 1; ; attempt++) {
      const { context, stored } = await this.sessionOf(caller, sessionId);
      const decision = decide(context, stored.value);
      if (decision.status !== "changed") return outcome(decision, context);
      try {
        const written = await this.repos.sessions.replace(decision.session, stored.etag);
        return { status: "changed", session: written.value, ...context };
      } catch (error) {
        if (!hasErrorCode(error, "PRECONDITION_FAILED") || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  private async sessionOf(
    caller: Participant,
    sessionId: string,
  ): Promise<{ context: PairContext; stored: Versioned<MentoringSession> }> {
    const stored = await this.repos.sessions.get(caller.waveId, sessionId);
    if (stored === undefined) throw notYours();
    return { context: await this.pairOf(caller, stored.value.pairId), stored };
  }

  /** The caller's pair and wave; anything else (another pair, a missing one, a withdrawn caller) is FORBIDDEN. */
  private async pairOf(caller: Participant, pairId: string): Promise<PairContext> {
    if (caller.status === "withdrawn") throw notYours();
    const [pair, wave] = await Promise.all([
      this.repos.pairs.get(caller.waveId, pairId),
      this.repos.waves.get(caller.waveId),
    ]);
    if (
      pair === undefined ||
      wave === undefined ||
      wave.tenantId !== caller.tenantId ||
      pair.value.tenantId !== caller.tenantId ||
      !pairMembers(pair.value).includes(caller.id)
    )
      throw notYours();
    return { wave, pair: pair.value };
  }
}

function outcome(
  decision: SessionDecision & { status: "unchanged" | "refused" },
  context: PairContext,
): SessionOutcome {
  return decision.status === "refused"
    ? decision
    : { status: "unchanged", session: decision.session, ...context };
}

function notYours(): TandemError {
  return new TandemError(
    "FORBIDDEN",
    "This is not a session of a pair you belong to, so nothing was changed.",
  );
}
