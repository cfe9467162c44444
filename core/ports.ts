import type { FinalAssessment } from "./assessments/assessment";
import type { AuditEntry } from "./audit/audit-entry";
import type { MatchProposal } from "./matching/match-proposal";
import type { PublishedPair } from "./matching/published-pair";
import type { Shortlist } from "./matching/shortlist";
import type { Identity, Participant, Role } from "./participant";
import type { CheckIn, MentoringSession } from "./sessions/session";
import type { SessionNotes } from "./sessions/session-notes";
import type { QuestionnaireResponse } from "./questionnaire";
import type { Wave } from "./wave";

/** A document with the version tag the store needs to replace it safely (Cosmos `_etag`). */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

export interface WaveRepository {
  get(waveId: string): Promise<Wave | undefined>;
  /** The wave with its version tag, for a change that must not overwrite a concurrent one. */
  getVersioned(waveId: string): Promise<Versioned<Wave> | undefined>;
  list(): Promise<Wave[]>;
  /** Creates or overwrites: for seeding only (a wave HR creates goes through createIfAbsent). */
  save(wave: Wave): Promise<void>;
  /** Creates the wave unless one with its id exists (then "exists", and the stored wave is left as it is). */
  createIfAbsent(wave: Wave): Promise<"created" | "exists">;
  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  replace(wave: Wave, etag: string): Promise<void>;
}

export interface ParticipantRepository {
  get(waveId: string, participantId: string): Promise<Participant | undefined>;
  /** The participant and their wave, in one round trip where the store can (both live in the wave's partition). */
  getWithWave(
    waveId: string,
    participantId: string,
  ): Promise<{ readonly wave: Wave | undefined; readonly participant: Participant | undefined }>;
  listByWave(waveId: string): Promise<Participant[]>;
  save(participant: Participant): Promise<void>;
  /**
   * Read-modify-write under the stored version: `change` gets the participant as stored and answers the
   * new record, or undefined to write nothing; when someone else wrote in between, it runs again on their
   * version, so no concurrent change is lost. Answers the participant as stored afterwards (undefined: no
   * such participant). Errors `change` throws are passed on, with nothing written.
   */
  update(
    waveId: string,
    participantId: string,
    change: (current: Participant) => Participant | undefined,
  ): Promise<Participant | undefined>;
}

export interface QuestionnaireResponseRepository {
  get(waveId: string, participantId: string): Promise<Versioned<QuestionnaireResponse> | undefined>;
  listByWave(waveId: string): Promise<QuestionnaireResponse[]>;
  /** Fails with CONFLICT when a response with the same id exists. */
  create(response: QuestionnaireResponse): Promise<Versioned<QuestionnaireResponse>>;
  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  replace(response: QuestionnaireResponse, etag: string): Promise<Versioned<QuestionnaireResponse>>;
}

/** HR's working proposal, one per wave. */
export interface MatchProposalRepository {
  get(waveId: string): Promise<Versioned<MatchProposal> | undefined>;
  /** Fails with CONFLICT when the wave already has a proposal. */
  create(proposal: MatchProposal): Promise<Versioned<MatchProposal>>;
  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  replace(proposal: MatchProposal, etag: string): Promise<Versioned<MatchProposal>>;
}

/** Published pairs and groups, in their wave's partition. */
export interface PairRepository {
  get(waveId: string, pairId: string): Promise<Versioned<PublishedPair> | undefined>;
  listByWave(waveId: string): Promise<PublishedPair[]>;
  /** Writes the pair unless one with its id exists: "exists" leaves the stored one untouched (idempotent publish). */
  createIfAbsent(pair: PublishedPair): Promise<"created" | "exists">;
  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  replace(pair: PublishedPair, etag: string): Promise<Versioned<PublishedPair>>;
}

export interface ShortlistRepository {
  get(waveId: string, participantId: string): Promise<Shortlist | undefined>;
  listByWave(waveId: string): Promise<Shortlist[]>;
  /** Creates or overwrites: a shortlist belongs to its participant alone. */
  save(shortlist: Shortlist): Promise<void>;
}

/** Sessions, check-ins and notes, in their wave's partition. */
export interface SessionRepository {
  get(waveId: string, sessionId: string): Promise<Versioned<MentoringSession> | undefined>;
  listByPair(waveId: string, pairId: string): Promise<MentoringSession[]>;
  listByWave(waveId: string): Promise<MentoringSession[]>;
  /** Fails with CONFLICT when a session with the same id exists. */
  create(session: MentoringSession): Promise<Versioned<MentoringSession>>;
  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  replace(session: MentoringSession, etag: string): Promise<Versioned<MentoringSession>>;
}

export interface CheckInRepository {
  listBySession(waveId: string, sessionId: string): Promise<CheckIn[]>;
  listByWave(waveId: string): Promise<CheckIn[]>;
  /** Creates or overwrites: a check-in belongs to its author, who may change their answer. */
  save(checkIn: CheckIn): Promise<void>;
}

export interface SessionNotesRepository {
  get(waveId: string, sessionId: string): Promise<Versioned<SessionNotes> | undefined>;
  /** Fails with CONFLICT when notes for the session exist. */
  create(notes: SessionNotes): Promise<Versioned<SessionNotes>>;
  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  replace(notes: SessionNotes, etag: string): Promise<Versioned<SessionNotes>>;
}

/** End-of-wave assessments, one per participant, in their wave's partition. */
export interface AssessmentRepository {
  get(waveId: string, participantId: string): Promise<FinalAssessment | undefined>;
  listByWave(waveId: string): Promise<FinalAssessment[]>;
  /** Creates or overwrites: an assessment belongs to its author, who may change their answer. */
  save(assessment: FinalAssessment): Promise<void>;
}

/** HR's audit log: append-only, read by HR per wave, newest first. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listByWave(waveId: string): Promise<AuditEntry[]>;
}

/** A person's place in one wave, indexed by their identity. */
export interface Enrolment {
  readonly waveId: string;
  readonly participantId: string;
  readonly role: Role;
}

/** Everything Tandem keeps per user (not per wave): where they are enrolled and how to reach them in Teams. */
export interface UserRecord {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly enrolments: readonly Enrolment[];
  /** Opaque to the domain: the bot's conversation reference for proactive messages. */
  readonly conversationReference?: Readonly<Record<string, unknown>>;
  readonly updatedAt: string;
}

/** The user-keyed side of the store: point reads by identity, never cross-partition scans. */
export interface UserDirectory {
  get(identity: Identity): Promise<UserRecord | undefined>;
  addEnrolment(identity: Identity, enrolment: Enrolment, now: Date): Promise<void>;
  /** Keeps the reference (no write when it is already the stored one); answers the record as stored. */
  saveConversationReference(
    identity: Identity,
    reference: Readonly<Record<string, unknown>>,
    now: Date,
  ): Promise<UserRecord>;
}

export interface Clock {
  now(): Date;
}

/** The repositories the domain services need, as one bundle the host wires. */
export interface Repositories {
  readonly waves: WaveRepository;
  readonly participants: ParticipantRepository;
  readonly responses: QuestionnaireResponseRepository;
  readonly users: UserDirectory;
  readonly proposals: MatchProposalRepository;
  readonly pairs: PairRepository;
  readonly shortlists: ShortlistRepository;
  readonly sessions: SessionRepository;
  readonly checkIns: CheckInRepository;
  readonly notes: SessionNotesRepository;
  readonly assessments: AssessmentRepository;
  readonly audit: AuditLog;
}
