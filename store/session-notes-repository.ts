import type { Container } from "@azure/cosmos";
import type { SessionNotesRepository, Versioned } from "../core/ports";
import { sessionNotesId, type SessionNotes } from "../core/sessions/session-notes";
import { WaveDocuments } from "./wave-documents";

/** A session's shared notes: one document per session (deterministic id), changed under its ETag. */
export class CosmosSessionNotesRepository implements SessionNotesRepository {
  private readonly docs: WaveDocuments<SessionNotes>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "notes", "These notes");
  }

  get(waveId: string, sessionId: string): Promise<Versioned<SessionNotes> | undefined> {
    return this.docs.get(waveId, sessionNotesId(sessionId));
  }

  create(notes: SessionNotes): Promise<Versioned<SessionNotes>> {
    return this.docs.create(notes.waveId, sessionNotesId(notes.sessionId), notes);
  }

  replace(notes: SessionNotes, etag: string): Promise<Versioned<SessionNotes>> {
    return this.docs.replace(notes.waveId, sessionNotesId(notes.sessionId), notes, etag);
  }
}
