/**
 * The shared notes routes of the tab's API: a session's notes and action items, for the members of its pair
 * alone. Errors are `{ code, message, fieldErrors? }` as in hr-api-contract.ts.
 *
 * Participants (access "signed-in": 401 without a valid token; 404 NOT_FOUND for a session that is not one
 * of the caller's own pairs, whatever the reason — HR included: HR never sees the content of notes):
 *   GET  /api/me/waves/:waveId/sessions/:sessionId/notes                         → SessionNotesView
 *        revision 0 with an empty text and no items when nobody wrote yet
 *   PUT  /api/me/waves/:waveId/sessions/:sessionId/notes
 *        { revision, text, actionItems: [{ id, text, done?, owner? }] }           → SessionNotesView
 *        `revision` is the one the editor started from (0 for new notes). 400 VALIDATION with fieldErrors
 *        (text ≤ limits.text; ≤ limits.actionItems items of ≤ limits.actionItemText characters; ids of
 *        1–40 letters, digits, - or _, each once; an owner is a member of the pair). Who ticked an item and
 *        when is set by the server. 409 NotesConflict when someone saved in between: nothing is written;
 *        the editor reviews `merged` (or either version) and saves it with `theirs.revision`.
 *   POST /api/me/waves/:waveId/sessions/:sessionId/notes/action-items/:itemId
 *        { done: boolean }                                                     → SessionNotesView
 *        ticks or unticks one item; retried on concurrent changes, so it never conflicts (404 for an
 *        unknown item, 400 when done is not a boolean)
 */
import type { Clock, Repositories } from "../../core/ports";
import { NotesService, type SessionNotesView } from "../../core/sessions/notes-service";
import type { NotesDraft } from "../../core/sessions/notes-rules";
import { signedIn, type ApiRoute } from "./api-route";
import { bodyOf, pathParam } from "./request-fields";

export type { NotesDraft } from "../../core/sessions/notes-rules";
export type { NotesMember, SessionNotesView } from "../../core/sessions/notes-service";
export type { ActionItem } from "../../core/sessions/session-notes";

/** The 409 body of a save made from an older revision. */
export interface NotesConflict {
  readonly code: "CONFLICT";
  readonly message: string;
  /** The notes as stored now, with the revision to save the resolution with. */
  readonly theirs: SessionNotesView;
  /** The editor's version, as sent (checked, so savable as it is). */
  readonly yours: NotesDraft;
  /** Everything from both sides: the longer text when one extends the other, else both around a marker line. */
  readonly merged: NotesDraft;
}

const NOTES = "/api/me/waves/:waveId/sessions/:sessionId/notes";

/** The notes routes (contract above); any signed-in caller, checked against the pair by the service. */
export function notesRoutes(deps: { repos: Repositories; clock: Clock }): ApiRoute[] {
  const notes = new NotesService(deps.repos, deps.clock);
  const where = (r: Parameters<ApiRoute["handle"]>[0]) =>
    [signedIn(r), pathParam(r, "waveId"), pathParam(r, "sessionId")] as const;
  return [
    {
      method: "GET",
      path: NOTES,
      access: "signed-in",
      handle: async (r) => ok(await notes.read(...where(r))),
    },
    {
      method: "PUT",
      path: NOTES,
      access: "signed-in",
      handle: async (r) => {
        const outcome = await notes.save(...where(r), bodyOf(r));
        if (outcome.status === "saved") return ok(outcome.notes);
        const conflict: NotesConflict = {
          code: "CONFLICT",
          message: "Someone saved these notes while you were editing: review both versions and save again.",
          theirs: outcome.theirs,
          yours: outcome.yours,
          merged: outcome.merged,
        };
        return { status: 409, body: conflict };
      },
    },
    {
      method: "POST",
      path: `${NOTES}/action-items/:itemId`,
      access: "signed-in",
      handle: async (r) =>
        ok(await notes.setItemDone(...where(r), pathParam(r, "itemId"), bodyOf(r)["done"])),
    },
  ];
}

function ok(view: SessionNotesView) {
  return { status: 200, body: view };
}
