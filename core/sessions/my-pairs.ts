/**
 * A participant's own pairs in a wave, as the tab's "My pair" panel shows them: the other members, the plan
 * and the sessions. The caller is found from their verified identity (their enrolments), never from a
 * claimed participant id; anything that is not their own comes out as NOT_FOUND, whatever the reason.
 */
import { TandemError } from "../errors";
import { pairMembers, type PublishedPair } from "../matching/published-pair";
import type { Identity, Participant, Role } from "../participant";
import type { Clock, Repositories } from "../ports";
import { PAIRS_SHOWN, type Wave } from "../wave";
import { pairPlanProgress, type PlannedSessionState } from "./session-plan";
import type { MentoringSession, SessionStatus } from "./session";

type MyPairsRepos = Pick<Repositories, "waves" | "pairs" | "participants" | "sessions" | "users">;

/** Someone of the pair as the other members see them: no email, no answers, no scores. */
export interface PairMemberView {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly department: string;
}

/** One session as its members see it. */
export interface PairSessionView {
  readonly id: string;
  readonly sequence: number;
  readonly status: SessionStatus;
  /** ISO instant (UTC). */
  readonly start: string;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly proposedBy: string;
  readonly acceptedBy?: string;
  readonly meetingUrl?: string;
  /** The reason of the last reschedule or cancellation, when there was one. */
  readonly lastReason?: string;
}

/** One planned period and where the pair stands in it. */
export interface PlanEntryView {
  readonly position: number;
  readonly from: string;
  readonly to: string;
  readonly state: PlannedSessionState;
  readonly session?: PairSessionView;
}

/** A pair of the caller's, with everything the panel needs. */
export interface MyPairView {
  readonly pairId: string;
  readonly waveId: string;
  /** The caller's own participant id in the wave (to tell "my proposal" from "theirs"). */
  readonly me: string;
  readonly myRole: Role;
  readonly others: readonly PairMemberView[];
  readonly plan: readonly PlanEntryView[];
  /** Every session, cancelled and beyond-the-plan ones included, in time order. */
  readonly sessions: readonly PairSessionView[];
  /** True while the wave runs: sessions can be planned and changed. Once it is closing or closed, to read. */
  readonly active: boolean;
}

/** The caller's participant in the wave (active, same tenant), or NOT_FOUND. */
export async function callerInWave(
  repos: Pick<Repositories, "waves" | "participants" | "users">,
  identity: Identity,
  waveId: string,
): Promise<{ caller: Participant; wave: Wave }> {
  const wave = await repos.waves.get(waveId);
  if (wave === undefined || wave.tenantId !== identity.tenantId) throw notFound();
  const user = await repos.users.get(identity);
  for (const enrolment of user?.enrolments ?? []) {
    if (enrolment.waveId !== waveId) continue;
    const p = await repos.participants.get(waveId, enrolment.participantId);
    if (
      p !== undefined &&
      p.aadObjectId === identity.aadObjectId &&
      p.tenantId === identity.tenantId &&
      p.status !== "withdrawn"
    )
      return { caller: p, wave };
  }
  throw notFound();
}

/** The caller's pairs in a wave whose pairs are published (none before publication). */
export async function myPairs(
  repos: MyPairsRepos,
  clock: Clock,
  identity: Identity,
  waveId: string,
): Promise<MyPairView[]> {
  const { caller, wave } = await callerInWave(repos, identity, waveId);
  if (!PAIRS_SHOWN.has(wave.state)) return [];
  const pairs = (await repos.pairs.listByWave(waveId)).filter(
    (p) => p.tenantId === caller.tenantId && pairMembers(p).includes(caller.id),
  );
  return Promise.all(pairs.map((pair) => pairView(repos, clock, wave, pair, caller)));
}

async function pairView(
  repos: MyPairsRepos,
  clock: Clock,
  wave: Wave,
  pair: PublishedPair,
  caller: Participant,
): Promise<MyPairView> {
  const others: PairMemberView[] = [];
  for (const id of pairMembers(pair)) {
    if (id === caller.id) continue;
    const p = await repos.participants.get(pair.waveId, id);
    if (p !== undefined && p.status !== "withdrawn")
      others.push({ id: p.id, displayName: p.displayName, role: p.role, department: p.department });
  }
  const sessions = await repos.sessions.listByPair(pair.waveId, pair.id);
  const progress = pairPlanProgress(wave, sessions, clock.now());
  return {
    pairId: pair.id,
    waveId: pair.waveId,
    me: caller.id,
    myRole: caller.role,
    others,
    plan: progress.entries.map((e) => ({
      position: e.position,
      from: e.from,
      to: e.to,
      state: e.state,
      ...(e.session ? { session: sessionView(e.session) } : {}),
    })),
    sessions: [...sessions]
      .sort((a, b) => a.start.localeCompare(b.start) || a.sequence - b.sequence)
      .map(sessionView),
    active: wave.state === "running",
  };
}

/** What the members see of a session (the full history stays on the server). */
export function sessionView(s: MentoringSession): PairSessionView {
  const reasoned = [...s.history].reverse().find((c) => c.reason !== undefined);
  return {
    id: s.id,
    sequence: s.sequence,
    status: s.status,
    start: s.start,
    durationMinutes: s.durationMinutes,
    timeZone: s.timeZone,
    proposedBy: s.proposedBy,
    ...(s.acceptedBy !== undefined ? { acceptedBy: s.acceptedBy } : {}),
    ...(s.meetingUrl !== undefined ? { meetingUrl: s.meetingUrl } : {}),
    ...(reasoned?.reason !== undefined ? { lastReason: reasoned.reason } : {}),
  };
}

function notFound(): TandemError {
  return new TandemError("NOT_FOUND", "There is no such pair among yours.");
}
