/**
 * "Download my data": everything Tandem holds about the caller, across every wave they are enrolled in.
 * Other people appear only by display name (a partner's name is part of the caller's own pair), never by
 * email, Entra id or participant id; other people's check-ins and assessments are not included.
 */
import type { FinalAssessment } from "../assessments/assessment";
import type { UnmatchedReason } from "../matching/matching-types";
import { pairMembers, type PublishedPair } from "../matching/published-pair";
import type { Identity, Participant, Role } from "../participant";
import type { Repositories, UserRecord } from "../ports";
import type { QuestionnaireResponse } from "../questionnaire";
import type { CheckIn, MentoringSession } from "../sessions/session";
import type { SessionNotes } from "../sessions/session-notes";
import { findParticipations, type Participation } from "./participations";

/** The JSON the caller downloads (versioned so a later format can be told apart). */
export interface PersonalDataExport {
  readonly format: "tandem-personal-data/1";
  readonly exportedAt: string;
  readonly identity: { readonly tenantId: string; readonly aadObjectId: string };
  /** Their user record, Teams conversation reference included: it holds their Teams user and chat ids. */
  readonly user: UserRecord | null;
  readonly waves: readonly WaveData[];
}

export interface WaveData {
  readonly wave: {
    readonly id: string;
    readonly name: string;
    readonly state: string;
    readonly startDate: string;
    readonly endDate: string;
  };
  readonly participant: Participant;
  readonly questionnaire: QuestionnaireResponse | null;
  /** The people they shortlisted, by display name, in their order. */
  readonly shortlist: { readonly choices: readonly string[]; readonly updatedAt: string } | null;
  /** Why the matching left them without a mentor, when it did. */
  readonly unmatchedReasons: readonly UnmatchedReason[] | null;
  readonly pairs: readonly PairData[];
  /** Their own check-ins, comments included. */
  readonly checkIns: readonly CheckIn[];
  readonly assessment: FinalAssessment | null;
}

/** People in a pair's documents are named "you", by display name, or as "another participant". */
export interface PairData {
  readonly id: string;
  readonly format: PublishedPair["format"];
  readonly yourRole: Role;
  readonly partners: ReadonlyArray<{ readonly displayName: string; readonly role: Role }>;
  readonly sharedThemeIds: readonly string[];
  readonly publishedAt: string;
  /** The matching's reasons for the pairings that involve them (per mentee, named). */
  readonly matchReasons: ReadonlyArray<{
    readonly mentee: string;
    readonly score?: number;
    readonly reasons: unknown;
  }>;
  readonly sessions: readonly MentoringSession[];
  /** Shared with the partner(s): notes are the pair's, so theirs too. */
  readonly notes: readonly SessionNotes[];
}

/** Gathers the caller's data; ids come from their verified identity only. */
export async function exportPersonalData(
  repos: Repositories,
  identity: Identity,
  now: Date,
): Promise<PersonalDataExport> {
  const user = (await repos.users.get(identity)) ?? null;
  const waves: WaveData[] = [];
  for (const participation of await findParticipations(repos, identity)) {
    waves.push(await waveData(repos, participation));
  }
  return {
    format: "tandem-personal-data/1",
    exportedAt: now.toISOString(),
    identity: { tenantId: identity.tenantId, aadObjectId: identity.aadObjectId },
    user,
    waves,
  };
}

async function waveData(repos: Repositories, { wave, participant }: Participation): Promise<WaveData> {
  const me = participant.id;
  const [people, response, shortlist, proposal, pairs, checkIns, assessment] = await Promise.all([
    repos.participants.listByWave(wave.id),
    repos.responses.get(wave.id, me),
    repos.shortlists.get(wave.id, me),
    repos.proposals.get(wave.id),
    repos.pairs.listByWave(wave.id),
    repos.checkIns.listByWave(wave.id),
    repos.assessments.get(wave.id, me),
  ]);
  const names = new Map(people.map((p) => [p.id, p]));
  const nameOf = (id: string) => names.get(id)?.displayName || "another participant";
  const mine = pairs.filter((p) => pairMembers(p).includes(me));
  return {
    wave: {
      id: wave.id,
      name: wave.name,
      state: wave.state,
      startDate: wave.startDate,
      endDate: wave.endDate,
    },
    participant,
    questionnaire: response?.value ?? null,
    shortlist:
      shortlist === undefined
        ? null
        : { choices: shortlist.choices.map(nameOf), updatedAt: shortlist.updatedAt },
    unmatchedReasons: proposal?.value.unmatchedMentees.find((u) => u.menteeId === me)?.reasons ?? null,
    pairs: await Promise.all(mine.map((pair) => pairData(repos, pair, me, nameOf, names))),
    checkIns: checkIns.filter((c) => c.participantId === me),
    assessment: assessment ?? null,
  };
}

async function pairData(
  repos: Repositories,
  pair: PublishedPair,
  me: string,
  nameOf: (id: string) => string,
  people: ReadonlyMap<string, Participant>,
): Promise<PairData> {
  const who = (id: string) => (id === me ? "you" : nameOf(id));
  const sessions = await repos.sessions.listByPair(pair.waveId, pair.id);
  const notes = await Promise.all(sessions.map((s) => repos.notes.get(pair.waveId, s.id)));
  const concerned = pair.mentorId === me ? pair.menteeIds : pair.menteeIds.filter((id) => id === me);
  return {
    id: pair.id,
    format: pair.format,
    yourRole: pair.mentorId === me ? "mentor" : "mentee",
    partners: pairMembers(pair)
      .filter((id) => id !== me)
      .map((id) => ({
        displayName: nameOf(id),
        role: people.get(id)?.role ?? (id === pair.mentorId ? "mentor" : "mentee"),
      })),
    sharedThemeIds: pair.sharedThemeIds,
    publishedAt: pair.publishedAt,
    matchReasons: concerned.map((id) => ({
      mentee: who(id),
      ...(pair.scores[id] === undefined ? {} : { score: pair.scores[id] }),
      reasons: pair.reasons[id] ?? [],
    })),
    sessions: sessions.map((s) => namedSession(s, who)),
    notes: notes.flatMap((n) => (n === undefined ? [] : [namedNotes(n.value, who)])),
  };
}

function namedSession(session: MentoringSession, who: (id: string) => string): MentoringSession {
  return {
    ...session,
    proposedBy: who(session.proposedBy),
    ...(session.acceptedBy === undefined ? {} : { acceptedBy: who(session.acceptedBy) }),
    history: session.history.map((h) => ({ ...h, by: who(h.by) })),
  };
}

function namedNotes(notes: SessionNotes, who: (id: string) => string): SessionNotes {
  return {
    ...notes,
    updatedBy: who(notes.updatedBy),
    actionItems: notes.actionItems.map((item) => ({
      ...item,
      ...(item.owner === undefined ? {} : { owner: who(item.owner) }),
      ...(item.doneBy === undefined ? {} : { doneBy: who(item.doneBy) }),
    })),
  };
}
