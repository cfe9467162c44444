import type { FinalAssessment } from "../../core/assessments/assessment";
import type { AuditEntry } from "../../core/audit/audit-entry";
import { TandemError } from "../../core/errors";
import type { MatchProposal } from "../../core/matching/match-proposal";
import type { PublishedPair } from "../../core/matching/published-pair";
import type { Shortlist } from "../../core/matching/shortlist";
import type { Identity, Participant } from "../../core/participant";
import type { Enrolment, Repositories, UserRecord, Versioned } from "../../core/ports";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import type { CheckIn, MentoringSession } from "../../core/sessions/session";
import type { SessionNotes } from "../../core/sessions/session-notes";
import type { Wave } from "../../core/wave";

/** In-memory repositories for fast core unit tests (the Cosmos adapters have their own tests against the emulator). */
export function inMemoryRepositories(): Repositories & { writes: number } {
  const waves = new Map<string, Versioned<Wave>>();
  const participants = new Map<string, Participant>();
  const responses = new Map<string, Versioned<QuestionnaireResponse>>();
  const users = new Map<string, UserRecord>();
  const proposals = new Map<string, Versioned<MatchProposal>>();
  const pairs = new Map<string, Versioned<PublishedPair>>();
  const shortlists = new Map<string, Shortlist>();
  const sessions = new Map<string, Versioned<MentoringSession>>();
  const checkIns = new Map<string, CheckIn>();
  const notes = new Map<string, Versioned<SessionNotes>>();
  const assessments = new Map<string, FinalAssessment>();
  const audit = new Map<string, AuditEntry>();
  let version = 0;
  const key = (i: Identity): string => `${i.tenantId}:${i.aadObjectId}`;
  const sessionsOf = (waveId: string): MentoringSession[] =>
    [...sessions.values()]
      .map((v) => v.value)
      .filter((session) => session.waveId === waveId)
      .sort((a, b) => a.pairId.localeCompare(b.pairId) || a.sequence - b.sequence);
  const checkInsOf = (waveId: string): CheckIn[] =>
    [...checkIns.values()]
      .filter((checkIn) => checkIn.waveId === waveId)
      .sort(
        (a, b) => a.sessionId.localeCompare(b.sessionId) || a.participantId.localeCompare(b.participantId),
      );
  const repos = {
    writes: 0,
    waves: {
      get: async (id: string) => waves.get(id)?.value,
      getVersioned: async (id: string) => waves.get(id),
      list: async () => [...waves.values()].map((v) => v.value),
      save: async (wave: Wave) => void waves.set(wave.id, { value: wave, etag: `v${++version}` }),
      createIfAbsent: async (wave: Wave) => {
        if (waves.has(wave.id)) return "exists" as const;
        waves.set(wave.id, { value: wave, etag: `v${++version}` });
        return "created" as const;
      },
      replace: async (wave: Wave, etag: string) => {
        if (waves.get(wave.id)?.etag !== etag) throw new TandemError("PRECONDITION_FAILED", "stale");
        waves.set(wave.id, { value: wave, etag: `v${++version}` });
      },
    },
    participants: {
      get: async (waveId: string, id: string) => {
        const p = participants.get(id);
        return p?.waveId === waveId ? p : undefined;
      },
      getWithWave: async (waveId: string, id: string) => {
        const p = participants.get(id);
        return { wave: waves.get(waveId)?.value, participant: p?.waveId === waveId ? p : undefined };
      },
      listByWave: async (waveId: string) => [...participants.values()].filter((p) => p.waveId === waveId),
      save: async (p: Participant) => void participants.set(p.id, p),
      update: async (
        waveId: string,
        id: string,
        change: (current: Participant) => Participant | undefined,
      ) => {
        const current = participants.get(id);
        if (current?.waveId !== waveId) return undefined;
        const changed = change(current);
        if (changed === undefined) return current;
        participants.set(id, changed);
        return changed;
      },
    },
    responses: {
      get: async (_waveId: string, participantId: string) => responses.get(participantId),
      listByWave: async (waveId: string) =>
        [...responses.values()].map((v) => v.value).filter((r) => r.waveId === waveId),
      create: async (response: QuestionnaireResponse) => {
        if (responses.has(response.participantId)) throw new TandemError("CONFLICT", "exists");
        const stored = { value: response, etag: `v${++version}` };
        responses.set(response.participantId, stored);
        repos.writes++;
        return stored;
      },
      replace: async (response: QuestionnaireResponse, etag: string) => {
        if (responses.get(response.participantId)?.etag !== etag)
          throw new TandemError("PRECONDITION_FAILED", "stale");
        const stored = { value: response, etag: `v${++version}` };
        responses.set(response.participantId, stored);
        repos.writes++;
        return stored;
      },
    },
    proposals: {
      get: async (waveId: string) => proposals.get(waveId),
      create: async (proposal: MatchProposal) => {
        if (proposals.has(proposal.waveId)) throw new TandemError("CONFLICT", "exists");
        const stored = { value: proposal, etag: `v${++version}` };
        proposals.set(proposal.waveId, stored);
        return stored;
      },
      replace: async (proposal: MatchProposal, etag: string) => {
        if (proposals.get(proposal.waveId)?.etag !== etag)
          throw new TandemError("PRECONDITION_FAILED", "stale");
        const stored = { value: proposal, etag: `v${++version}` };
        proposals.set(proposal.waveId, stored);
        return stored;
      },
    },
    pairs: {
      get: async (waveId: string, pairId: string) => pairs.get(`${waveId}/${pairId}`),
      listByWave: async (waveId: string) =>
        [...pairs.values()]
          .map((v) => v.value)
          .filter((p) => p.waveId === waveId)
          .sort((a, b) => a.id.localeCompare(b.id)),
      createIfAbsent: async (pair: PublishedPair) => {
        if (pairs.has(`${pair.waveId}/${pair.id}`)) return "exists" as const;
        pairs.set(`${pair.waveId}/${pair.id}`, { value: pair, etag: `v${++version}` });
        return "created" as const;
      },
      replace: async (pair: PublishedPair, etag: string) => {
        if (pairs.get(`${pair.waveId}/${pair.id}`)?.etag !== etag)
          throw new TandemError("PRECONDITION_FAILED", "stale");
        const stored = { value: pair, etag: `v${++version}` };
        pairs.set(`${pair.waveId}/${pair.id}`, stored);
        return stored;
      },
    },
    shortlists: {
      get: async (waveId: string, participantId: string) => shortlists.get(`${waveId}/${participantId}`),
      listByWave: async (waveId: string) =>
        [...shortlists.values()]
          .filter((s) => s.waveId === waveId)
          .sort((a, b) => a.participantId.localeCompare(b.participantId)),
      save: async (shortlist: Shortlist) =>
        void shortlists.set(`${shortlist.waveId}/${shortlist.participantId}`, shortlist),
    },
    sessions: {
      get: async (waveId: string, sessionId: string) => sessions.get(`${waveId}/${sessionId}`),
      listByPair: async (waveId: string, pairId: string) =>
        sessionsOf(waveId).filter((session) => session.pairId === pairId),
      listByWave: async (waveId: string) => sessionsOf(waveId),
      create: async (session: MentoringSession) => {
        if (sessions.has(`${session.waveId}/${session.id}`)) throw new TandemError("CONFLICT", "exists");
        const stored = { value: session, etag: `v${++version}` };
        sessions.set(`${session.waveId}/${session.id}`, stored);
        repos.writes++;
        return stored;
      },
      replace: async (session: MentoringSession, etag: string) => {
        if (sessions.get(`${session.waveId}/${session.id}`)?.etag !== etag)
          throw new TandemError("PRECONDITION_FAILED", "stale");
        const stored = { value: session, etag: `v${++version}` };
        sessions.set(`${session.waveId}/${session.id}`, stored);
        repos.writes++;
        return stored;
      },
    },
    checkIns: {
      listBySession: async (waveId: string, sessionId: string) =>
        checkInsOf(waveId).filter((checkIn) => checkIn.sessionId === sessionId),
      listByWave: async (waveId: string) => checkInsOf(waveId),
      save: async (checkIn: CheckIn) => {
        checkIns.set(`${checkIn.waveId}/${checkIn.sessionId}/${checkIn.participantId}`, checkIn);
        repos.writes++;
      },
    },
    notes: {
      get: async (waveId: string, sessionId: string) => notes.get(`${waveId}/${sessionId}`),
      create: async (sessionNotes: SessionNotes) => {
        if (notes.has(`${sessionNotes.waveId}/${sessionNotes.sessionId}`))
          throw new TandemError("CONFLICT", "exists");
        const stored = { value: sessionNotes, etag: `v${++version}` };
        notes.set(`${sessionNotes.waveId}/${sessionNotes.sessionId}`, stored);
        repos.writes++;
        return stored;
      },
      replace: async (sessionNotes: SessionNotes, etag: string) => {
        if (notes.get(`${sessionNotes.waveId}/${sessionNotes.sessionId}`)?.etag !== etag)
          throw new TandemError("PRECONDITION_FAILED", "stale");
        const stored = { value: sessionNotes, etag: `v${++version}` };
        notes.set(`${sessionNotes.waveId}/${sessionNotes.sessionId}`, stored);
        repos.writes++;
        return stored;
      },
    },
    assessments: {
      get: async (waveId: string, participantId: string) => assessments.get(`${waveId}/${participantId}`),
      listByWave: async (waveId: string) =>
        [...assessments.values()]
          .filter((a) => a.waveId === waveId)
          .sort((a, b) => a.participantId.localeCompare(b.participantId)),
      save: async (assessment: FinalAssessment) => {
        assessments.set(`${assessment.waveId}/${assessment.participantId}`, assessment);
        repos.writes++;
      },
    },
    audit: {
      record: async (entry: AuditEntry) => {
        if (!audit.has(`${entry.waveId}/${entry.id}`)) audit.set(`${entry.waveId}/${entry.id}`, entry);
      },
      listByWave: async (waveId: string) =>
        [...audit.values()]
          .filter((e) => e.waveId === waveId)
          .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)),
    },
    users: {
      get: async (identity: Identity) => users.get(key(identity)),
      addEnrolment: async (identity: Identity, enrolment: Enrolment, now: Date) => {
        const current = users.get(key(identity));
        users.set(key(identity), {
          tenantId: identity.tenantId,
          aadObjectId: identity.aadObjectId,
          enrolments: [...(current?.enrolments ?? []), enrolment],
          updatedAt: now.toISOString(),
        });
      },
      saveConversationReference: async (
        identity: Identity,
        reference: Readonly<Record<string, unknown>>,
        now: Date,
      ) => {
        const current = users.get(key(identity));
        const record: UserRecord = {
          tenantId: identity.tenantId,
          aadObjectId: identity.aadObjectId,
          enrolments: current?.enrolments ?? [],
          conversationReference: reference,
          updatedAt: now.toISOString(),
        };
        users.set(key(identity), record);
        return record;
      },
    },
  };
  return repos;
}
