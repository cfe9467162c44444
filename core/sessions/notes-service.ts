import { hasErrorCode, TandemError } from "../errors";
import { pairMembers, type PublishedPair } from "../matching/published-pair";
import type { Identity, Participant, Role } from "../participant";
import type { Clock, Repositories, Versioned } from "../ports";
import {
  emptyDraft,
  nextNotes,
  parseNotesSubmission,
  proposeMerge,
  sameContent,
  withItemDone,
  type NotesDraft,
} from "./notes-rules";
import {
  ACTION_ITEM_MAX_LENGTH,
  MAX_ACTION_ITEMS,
  NOTES_MAX_LENGTH,
  type SessionNotes,
} from "./session-notes";

/** Someone an action item can be for. */
export interface NotesMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
}

/** A session's notes as a member of its pair sees them; revision 0 and empty when nobody wrote yet. */
export interface SessionNotesView extends NotesDraft {
  readonly waveId: string;
  readonly pairId: string;
  readonly sessionId: string;
  /** Send it back with the next save: a save made from an older revision is a conflict. */
  readonly revision: number;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  /** The pair's members, mentor first: the owners an action item may have. */
  readonly members: readonly NotesMember[];
  readonly limits: { readonly text: number; readonly actionItems: number; readonly actionItemText: number };
}

/**
 * A save's outcome. "conflict": someone saved in between; nothing was written, and the editor gets the stored
 * notes, their own version as sent and a proposed merge, to review and save with `theirs.revision`.
 */
export type NotesSaveOutcome =
  | { readonly status: "saved"; readonly notes: SessionNotesView }
  | {
      readonly status: "conflict";
      readonly theirs: SessionNotesView;
      readonly yours: NotesDraft;
      readonly merged: NotesDraft;
    };

/** Where the caller stands: the session of one of their own pairs. */
interface NotesPlace {
  readonly waveId: string;
  readonly pairId: string;
  readonly sessionId: string;
  readonly member: Participant;
  readonly members: readonly NotesMember[];
  /** The wave is closing or closed: its notes can be read, no longer changed (as the tab shows them). */
  readonly closed: boolean;
}

const MAX_SAVE_ATTEMPTS = 3;
/**
 * Ticks retry until they land. Each lost race means another write landed, so even every item ticked at
 * once by different callers lands within MAX_ACTION_ITEMS rounds; the rest is room for concurrent edits.
 */
const MAX_TICK_ATTEMPTS = MAX_ACTION_ITEMS + 10;

/**
 * The shared notes and action items of a session, for the members of its pair alone: anyone else (HR
 * included) is told they do not exist. Saves never overwrite a concurrent one (the document's ETag and
 * revision); ticking an item is a small change retried until it lands, so it never conflicts with an edit.
 */
export class NotesService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async read(identity: Identity, waveId: string, sessionId: string): Promise<SessionNotesView> {
    const place = await this.place(identity, waveId, sessionId);
    return viewOf(place, (await this.stored(place))?.value);
  }

  /** Saves `body` ({ revision, text, actionItems }) when `revision` is the stored one (0 creates the notes). */
  async save(
    identity: Identity,
    waveId: string,
    sessionId: string,
    body: unknown,
  ): Promise<NotesSaveOutcome> {
    const place = writable(await this.place(identity, waveId, sessionId));
    const parsed = parseNotesSubmission(
      objectOf(body),
      place.members.map((m) => m.id),
    );
    if ("problems" in parsed)
      throw new TandemError("VALIDATION", "The notes could not be saved as they are.", parsed.problems);
    const { revision, ...yours } = parsed.submission;
    for (let attempt = 1; ; attempt++) {
      const stored = await this.stored(place);
      const current = stored?.value;
      if (current !== undefined && sameContent(current, yours))
        return { status: "saved", notes: viewOf(place, current) };
      if ((current?.revision ?? 0) !== revision) {
        const theirs = viewOf(place, current);
        return { status: "conflict", theirs, yours, merged: proposeMerge(theirs, yours) };
      }
      const next = nextNotes(current, yours, place, place.member.id, this.clock.now());
      try {
        const written =
          stored === undefined
            ? await this.repos.notes.create(next)
            : await this.repos.notes.replace(next, stored.etag);
        return { status: "saved", notes: viewOf(place, written.value) };
      } catch (error) {
        const raced = hasErrorCode(error, "CONFLICT") || hasErrorCode(error, "PRECONDITION_FAILED");
        if (!raced || attempt >= MAX_SAVE_ATTEMPTS) throw error;
      }
    }
  }

  /** Ticks or unticks one action item (from the tab or a chat card); concurrent changes are re-read, never lost. */
  async setItemDone(
    identity: Identity,
    waveId: string,
    sessionId: string,
    itemId: string,
    done: unknown,
  ): Promise<SessionNotesView> {
    const place = writable(await this.place(identity, waveId, sessionId));
    if (typeof done !== "boolean")
      throw new TandemError("VALIDATION", "Say whether the action item is done.", [
        { field: "done", message: "Send done as true or false." },
      ]);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.stored(place);
      const next = stored && withItemDone(stored.value, itemId, done, place.member.id, this.clock.now());
      if (stored === undefined || next === undefined)
        throw new TandemError("NOT_FOUND", "This action item does not exist (any more).");
      if (next === "unchanged") return viewOf(place, stored.value);
      try {
        return viewOf(place, (await this.repos.notes.replace(next, stored.etag)).value);
      } catch (error) {
        if (!hasErrorCode(error, "PRECONDITION_FAILED")) throw error;
        if (attempt >= MAX_TICK_ATTEMPTS)
          throw new TandemError("CONFLICT", "The notes kept changing while ticking this item: try again.");
      }
    }
  }

  private async stored(place: NotesPlace): Promise<Versioned<SessionNotes> | undefined> {
    const stored = await this.repos.notes.get(place.waveId, place.sessionId);
    return stored?.value.pairId === place.pairId ? stored : undefined;
  }

  /** The caller's own session (found from their identity, never a claimed id), or NOT_FOUND whatever the reason. */
  private async place(identity: Identity, waveId: string, sessionId: string): Promise<NotesPlace> {
    const wave = await this.repos.waves.get(waveId);
    const session =
      wave?.tenantId === identity.tenantId ? await this.repos.sessions.get(waveId, sessionId) : undefined;
    const pair = session && (await this.repos.pairs.get(waveId, session.value.pairId));
    const member = pair && (await this.callerIn(identity, waveId, pair.value));
    if (session === undefined || pair === undefined || member === undefined) throw notFound();
    return {
      waveId,
      pairId: pair.value.id,
      sessionId: session.value.id,
      member,
      members: await this.membersOf(pair.value, member),
      closed: wave?.state === "closing" || wave?.state === "closed",
    };
  }

  private async callerIn(
    identity: Identity,
    waveId: string,
    pair: PublishedPair,
  ): Promise<Participant | undefined> {
    const user = await this.repos.users.get(identity);
    const ids = pairMembers(pair);
    for (const enrolment of user?.enrolments ?? []) {
      if (enrolment.waveId !== waveId || !ids.includes(enrolment.participantId)) continue;
      const participant = await this.repos.participants.get(waveId, enrolment.participantId);
      if (participant !== undefined && isCaller(participant, identity)) return participant;
    }
    return undefined;
  }

  private async membersOf(pair: PublishedPair, caller: Participant): Promise<NotesMember[]> {
    const members: NotesMember[] = [];
    for (const id of pairMembers(pair)) {
      const p = id === caller.id ? caller : await this.repos.participants.get(pair.waveId, id);
      if (p !== undefined) members.push({ id: p.id, displayName: p.displayName, role: p.role });
    }
    return members;
  }
}

function viewOf(place: NotesPlace, notes: SessionNotes | undefined): SessionNotesView {
  const draft: NotesDraft = notes ?? emptyDraft();
  return {
    waveId: place.waveId,
    pairId: place.pairId,
    sessionId: place.sessionId,
    revision: notes?.revision ?? 0,
    text: draft.text,
    actionItems: draft.actionItems,
    ...(notes ? { updatedAt: notes.updatedAt, updatedBy: notes.updatedBy } : {}),
    members: place.members,
    limits: { text: NOTES_MAX_LENGTH, actionItems: MAX_ACTION_ITEMS, actionItemText: ACTION_ITEM_MAX_LENGTH },
  };
}

function objectOf(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

function isCaller(participant: Participant, identity: Identity): boolean {
  return (
    participant.aadObjectId === identity.aadObjectId &&
    participant.tenantId === identity.tenantId &&
    participant.status !== "withdrawn"
  );
}

function notFound(): TandemError {
  return new TandemError("NOT_FOUND", "There are no such notes among your sessions.");
}

/** The place, if its notes may still change; WAVE_CLOSED once HR has closed the wave. */
function writable(place: NotesPlace): NotesPlace {
  if (place.closed)
    throw new TandemError(
      "WAVE_CLOSED",
      "This wave is closed: its notes can still be read, no longer changed.",
    );
  return place;
}
