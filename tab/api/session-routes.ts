/**
 * The sessions routes of the tab's API: a participant's pair(s) in a running wave and their sessions, for
 * the members of the pair alone. Errors are `{ code, message, fieldErrors? }` as in hr-api-contract.ts.
 *
 * Participants (access "signed-in": 401 without a valid token; the caller is found from the verified
 * identity, never from the body; 404 NOT_FOUND for a wave, pair or session that is not one of the caller's
 * own, whatever the reason — HR included: HR has no route here):
 *   GET  /api/me/waves/:waveId/pairs                                → MyPairView[]
 *        [] while the wave is not running (or the caller has no pair)
 *   POST /api/me/waves/:waveId/pairs/:pairId/sessions
 *        { date: "yyyy-mm-dd", time: "HH:mm", timeZone?: IANA }     → SessionChangeView (201 when created)
 *        proposes the pair's next session, read in `timeZone` (the browser's) or the caller's zone
 *   POST .../pairs/:pairId/sessions/:sessionId/accept                → SessionChangeView
 *        by a member other than the proposer
 *   POST .../pairs/:pairId/sessions/:sessionId/reschedule
 *        { date, time, timeZone?, reason }                           → SessionChangeView
 *   POST .../pairs/:pairId/sessions/:sessionId/cancel { reason }     → SessionChangeView
 *   PUT  .../pairs/:pairId/sessions/:sessionId/link { url }          → SessionChangeView ("" removes it)
 *   GET  .../pairs/:pairId/sessions/:sessionId/invitation.ics[?lang=fr|en|nl] → SessionInvitationView
 *        the RFC 5545 text as JSON ({ filename, ics }): the route table's responses are JSON, so the tab
 *        makes the download itself (a Blob of type text/calendar). Title and description are in `lang`
 *        (the tab's language), else in the caller's first language
 *
 * A refused change (bad date, a date outside the wave, accepting one's own proposal, no reason…) is
 * 400 VALIDATION with `problems: SessionProblem[]` (stable field + reason, for the client's wording) and
 * `fieldErrors` in English.
 */
import { TandemError, type FieldError } from "../../core/errors";
import type { Identity } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import { isLanguage } from "../../core/language";
import { preferredLanguage } from "../../core/participant";
import { sessionInvitation } from "../../core/sessions/invitation";
import { invitationTexts } from "../../core/sessions/invitation-texts";
import {
  callerInWave,
  myPairs,
  sessionView,
  type MyPairView,
  type PairSessionView,
} from "../../core/sessions/my-pairs";
import { pairMembers } from "../../core/matching/published-pair";
import type { SessionProblem } from "../../core/sessions/session-rules";
import { SessionService, type SessionOutcome } from "../../core/sessions/session-service";
import { signedIn, type ApiRequest, type ApiResponse, type ApiRoute } from "./api-route";
import { bodyOf, pathParam } from "./request-fields";

export type {
  MyPairView,
  PairMemberView,
  PairSessionView,
  PlanEntryView,
} from "../../core/sessions/my-pairs";
export type { SessionProblem } from "../../core/sessions/session-rules";

/** The answer to a session change: the session as stored, and whether anything changed. */
export interface SessionChangeView {
  readonly status: "changed" | "unchanged";
  readonly session: PairSessionView;
}

/** The invitation of a session, for the tab to download as a .ics file. */
export interface SessionInvitationView {
  readonly filename: string;
  readonly ics: string;
}

/** The 400 body of a refused change. */
export interface SessionRefusal {
  readonly code: "VALIDATION";
  readonly message: string;
  readonly problems: readonly SessionProblem[];
  readonly fieldErrors: readonly FieldError[];
}

const PAIRS = "/api/me/waves/:waveId/pairs";
const SESSIONS = `${PAIRS}/:pairId/sessions`;
const SESSION = `${SESSIONS}/:sessionId`;
/** The UID domain of the invitations (RFC 5545 wants a globally unique UID). */
const INVITATION_DOMAIN = "tandem.mentoring";

/** The sessions routes (contract above); any signed-in caller, checked against the pair. */
export function sessionRoutes(deps: { repos: Repositories; clock: Clock }): ApiRoute[] {
  const { repos, clock } = deps;
  const sessions = new SessionService(repos, clock);

  /** The caller, the pair (theirs) and, for session routes, the session (of that pair); NOT_FOUND otherwise. */
  async function place(r: ApiRequest, withSession: boolean) {
    const identity: Identity = signedIn(r);
    const waveId = pathParam(r, "waveId");
    const pairId = pathParam(r, "pairId");
    const { caller } = await callerInWave(repos, identity, waveId);
    const pair = await repos.pairs.get(waveId, pairId);
    if (pair === undefined || !pairMembers(pair.value).includes(caller.id)) throw notFound();
    if (!withSession) return { caller, pair: pair.value, sessionId: "" };
    const sessionId = pathParam(r, "sessionId");
    const session = await repos.sessions.get(waveId, sessionId);
    if (session === undefined || session.value.pairId !== pairId) throw notFound();
    return { caller, pair: pair.value, sessionId };
  }

  const change = (
    method: ApiRoute["method"],
    path: string,
    act: (p: Awaited<ReturnType<typeof place>>, body: Record<string, unknown>) => Promise<SessionOutcome>,
  ): ApiRoute => ({
    method,
    path,
    access: "signed-in",
    handle: async (r) => answer(await asNotFound(async () => act(await place(r, true), bodyOf(r)))),
  });

  return [
    {
      method: "GET",
      path: PAIRS,
      access: "signed-in",
      handle: async (r) => {
        const view: MyPairView[] = await myPairs(repos, clock, signedIn(r), pathParam(r, "waveId"));
        return { status: 200, body: view };
      },
    },
    {
      method: "POST",
      path: SESSIONS,
      access: "signed-in",
      handle: async (r) => {
        const body = bodyOf(r);
        const outcome = await asNotFound(async () => {
          const { caller, pair } = await place(r, false);
          return sessions.propose(caller, pair.id, {
            date: body["date"],
            time: body["time"],
            ...zoneOf(body),
          });
        });
        return answer(outcome, 201);
      },
    },
    change("POST", `${SESSION}/accept`, (p) => sessions.accept(p.caller, p.sessionId)),
    change("POST", `${SESSION}/reschedule`, (p, body) =>
      sessions.reschedule(p.caller, p.sessionId, {
        date: body["date"],
        time: body["time"],
        reason: body["reason"],
        ...zoneOf(body),
      }),
    ),
    change("POST", `${SESSION}/cancel`, (p, body) => sessions.cancel(p.caller, p.sessionId, body["reason"])),
    change("PUT", `${SESSION}/link`, (p, body) =>
      sessions.setMeetingLink(p.caller, p.sessionId, body["url"]),
    ),
    {
      method: "GET",
      path: `${SESSION}/invitation.ics`,
      access: "signed-in",
      handle: async (r) => {
        const { caller, pair, sessionId } = await place(r, true);
        const stored = await repos.sessions.get(pair.waveId, sessionId);
        if (stored === undefined) throw notFound();
        const members = await Promise.all(
          pairMembers(pair).map((id) => repos.participants.get(pair.waveId, id)),
        );
        const people = members.filter((m) => m !== undefined);
        const session = stored.value;
        const asked = r.query?.["lang"];
        const language = isLanguage(asked) ? asked : preferredLanguage(caller);
        const ics = sessionInvitation({
          session,
          attendees: people.map((m) => ({ name: m.displayName, email: m.email })),
          texts: invitationTexts(language, {
            sequence: session.sequence,
            names: people.map((m) => m.displayName),
            ...(session.meetingUrl ? { meetingUrl: session.meetingUrl } : {}),
          }),
          domain: INVITATION_DOMAIN,
        });
        const view: SessionInvitationView = { filename: `tandem-session-${session.sequence}.ics`, ics };
        return { status: 200, body: view };
      },
    },
  ];
}

function zoneOf(body: Record<string, unknown>): { timeZone?: string } {
  const zone = body["timeZone"];
  return typeof zone === "string" && zone !== "" ? { timeZone: zone } : {};
}

/** The service says FORBIDDEN for someone else's session; the routes say it does not exist. */
async function asNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TandemError && error.code === "FORBIDDEN") throw notFound();
    throw error;
  }
}

function answer(outcome: SessionOutcome, createdStatus = 200): ApiResponse {
  if (outcome.status === "refused") {
    const refusal: SessionRefusal = {
      code: "VALIDATION",
      message: "This change could not be made as it is.",
      problems: outcome.problems,
      fieldErrors: outcome.problems.map((p) => ({ field: p.field, message: problemMessage(p) })),
    };
    return { status: 400, body: refusal };
  }
  const view: SessionChangeView = { status: outcome.status, session: sessionView(outcome.session) };
  return { status: outcome.status === "changed" ? createdStatus : 200, body: view };
}

function problemMessage(p: SessionProblem): string {
  return `${p.field}: ${p.reason.replace(/-/g, " ")}.`;
}

function notFound(): TandemError {
  return new TandemError("NOT_FOUND", "There is no such session among yours.");
}
