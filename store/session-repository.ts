import type { Container } from "@azure/cosmos";
import type { SessionRepository, Versioned } from "../core/ports";
import type { MentoringSession } from "../core/sessions/session";
import { WaveDocuments } from "./wave-documents";

/** Mentoring sessions, in their wave's partition, each under its deterministic id (pair + sequence). */
export class CosmosSessionRepository implements SessionRepository {
  private readonly docs: WaveDocuments<MentoringSession>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "session", "This session");
  }

  get(waveId: string, sessionId: string): Promise<Versioned<MentoringSession> | undefined> {
    return this.docs.get(waveId, sessionId);
  }

  async listByPair(waveId: string, pairId: string): Promise<MentoringSession[]> {
    return bySequence(await this.docs.listWhere(waveId, "pairId", pairId));
  }

  async listByWave(waveId: string): Promise<MentoringSession[]> {
    return bySequence(await this.docs.listByWave(waveId));
  }

  create(session: MentoringSession): Promise<Versioned<MentoringSession>> {
    return this.docs.create(session.waveId, session.id, session);
  }

  replace(session: MentoringSession, etag: string): Promise<Versioned<MentoringSession>> {
    return this.docs.replace(session.waveId, session.id, session, etag);
  }
}

/** Pair by pair, each pair's sessions in plan order. */
function bySequence(sessions: MentoringSession[]): MentoringSession[] {
  return sessions.sort((a, b) => a.pairId.localeCompare(b.pairId) || a.sequence - b.sequence);
}
