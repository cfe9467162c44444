import type { Language } from "../../../../core/language";
import type { NotesDraft, SessionNotesView } from "../../../api/notes-routes";
import type { MyPairView, SessionChangeView, SessionInvitationView } from "../../../api/session-routes";
import { isRecord, requestJson, unexpectedAnswer } from "../../backend/tandem-api";

const wave = (waveId: string): string => `/api/me/waves/${encodeURIComponent(waveId)}`;
const sessionsUrl = (waveId: string, pairId: string): string =>
  `${wave(waveId)}/pairs/${encodeURIComponent(pairId)}/sessions`;
const sessionUrl = (waveId: string, pairId: string, sessionId: string): string =>
  `${sessionsUrl(waveId, pairId)}/${encodeURIComponent(sessionId)}`;
const notesUrl = (waveId: string, sessionId: string): string =>
  `${wave(waveId)}/sessions/${encodeURIComponent(sessionId)}/notes`;

function auth(token: string, body?: unknown): RequestInit {
  return body === undefined
    ? { headers: { Authorization: `Bearer ${token}` } }
    : {
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      };
}

/** GET my pair(s) in the wave, with the plan and the sessions. */
export async function fetchPairs(token: string, waveId: string, signal?: AbortSignal): Promise<MyPairView[]> {
  const body = await requestJson(`${wave(waveId)}/pairs`, { ...auth(token), signal });
  if (!Array.isArray(body)) throw unexpectedAnswer();
  return body as MyPairView[];
}

/** What a member can do to a session (the routes of tab/api/session-routes.ts). */
export type SessionAction =
  | { readonly kind: "propose"; readonly date: string; readonly time: string; readonly timeZone: string }
  | { readonly kind: "accept"; readonly sessionId: string }
  | {
      readonly kind: "reschedule";
      readonly sessionId: string;
      readonly date: string;
      readonly time: string;
      readonly timeZone: string;
      readonly reason: string;
    }
  | { readonly kind: "cancel"; readonly sessionId: string; readonly reason: string }
  | { readonly kind: "link"; readonly sessionId: string; readonly url: string };

export async function runSessionAction(
  token: string,
  waveId: string,
  pairId: string,
  action: SessionAction,
): Promise<SessionChangeView> {
  let body: unknown;
  if (action.kind === "propose") {
    const { kind: _kind, ...when } = action;
    body = await requestJson(sessionsUrl(waveId, pairId), { method: "POST", ...auth(token, when) });
  } else {
    const { kind, sessionId, ...rest } = action;
    const url = `${sessionUrl(waveId, pairId, sessionId)}/${kind}`;
    body = await requestJson(url, { method: kind === "link" ? "PUT" : "POST", ...auth(token, rest) });
  }
  if (!isRecord(body) || !isRecord(body.session)) throw unexpectedAnswer();
  return body as unknown as SessionChangeView;
}

/** GET the session's invitation (.ics text, as JSON: the API answers JSON only), worded in `language`. */
export async function fetchInvitation(
  token: string,
  waveId: string,
  pairId: string,
  sessionId: string,
  language: Language,
): Promise<SessionInvitationView> {
  const url = `${sessionUrl(waveId, pairId, sessionId)}/invitation.ics?lang=${language}`;
  const body = await requestJson(url, auth(token));
  if (!isRecord(body) || typeof body.ics !== "string") throw unexpectedAnswer();
  return body as unknown as SessionInvitationView;
}

export async function fetchNotes(
  token: string,
  waveId: string,
  sessionId: string,
  signal?: AbortSignal,
): Promise<SessionNotesView> {
  return notesView(await requestJson(notesUrl(waveId, sessionId), { ...auth(token), signal }));
}

/** PUT the notes from `revision`; a 409 is an ApiError whose body is a NotesConflict. */
export async function saveNotes(
  token: string,
  waveId: string,
  sessionId: string,
  revision: number,
  draft: NotesDraft,
): Promise<SessionNotesView> {
  const body = { revision, text: draft.text, actionItems: draft.actionItems };
  return notesView(await requestJson(notesUrl(waveId, sessionId), { method: "PUT", ...auth(token, body) }));
}

export async function tickItem(
  token: string,
  waveId: string,
  sessionId: string,
  itemId: string,
  done: boolean,
): Promise<SessionNotesView> {
  const url = `${notesUrl(waveId, sessionId)}/action-items/${encodeURIComponent(itemId)}`;
  return notesView(await requestJson(url, { method: "POST", ...auth(token, { done }) }));
}

function notesView(body: unknown): SessionNotesView {
  if (!isRecord(body) || typeof body.revision !== "number" || !Array.isArray(body.actionItems))
    throw unexpectedAnswer();
  return body as unknown as SessionNotesView;
}
