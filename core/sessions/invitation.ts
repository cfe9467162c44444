/**
 * The calendar invitation (.ics, RFC 5545) of a session, sent to each member when it is booked, moved or
 * cancelled. The UID stays the session's, so calendars update the same event; SEQUENCE grows with every
 * change a calendar shows; a cancelled session is sent with STATUS:CANCELLED. There is no ORGANIZER (the
 * app books on the pair's behalf), so the method is PUBLISH: the file adds or updates the event.
 */
import { createEvent, type EventAttributes } from "ics";
import type { MentoringSession, SessionChange } from "./session";

/** The words of the invitation, already in the reader's language. */
export interface InvitationTexts {
  readonly title: string;
  readonly description: string;
}

export interface InvitationAttendee {
  readonly name: string;
  readonly email?: string;
}

/** Changes after which calendars must replace the event they hold (time, status, place). */
const REVISIONS: ReadonlySet<SessionChange["action"]> = new Set([
  "accepted",
  "rescheduled",
  "cancelled",
  "link-set",
]);

const PRODUCT_ID = "-//Tandem//Mentoring sessions//EN";
const MAX_LINE_OCTETS = 75;
const EMAIL = /^[^\s@"<>:;,\\]+@[^\s@"<>:;,\\]+\.[^\s@"<>:;,\\]+$/;

/** The event's UID: the session id under the app's domain, the same for every version of the event. */
export function invitationUid(session: Pick<MentoringSession, "id">, domain: string): string {
  return `${session.id}@${domain}`;
}

/** The revision number of the session's event: how many calendar-visible changes it went through. */
export function invitationSequence(session: Pick<MentoringSession, "history">): number {
  return session.history.filter((change) => REVISIONS.has(change.action)).length;
}

/** The .ics text of the session (CRLF line endings, lines folded at 75 octets). */
export function sessionInvitation(input: {
  readonly session: MentoringSession;
  readonly attendees: readonly InvitationAttendee[];
  readonly texts: InvitationTexts;
  /** The app's domain, for a globally unique UID. */
  readonly domain: string;
}): string {
  const { session, attendees, texts, domain } = input;
  const start = Date.parse(session.start);
  const link = session.meetingUrl;
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    method: "PUBLISH",
    uid: invitationUid(session, domain),
    sequence: invitationSequence(session),
    timestamp: Date.parse(session.updatedAt),
    created: Date.parse(session.createdAt),
    lastModified: Date.parse(session.updatedAt),
    start,
    startInputType: "utc",
    startOutputType: "utc",
    end: start + session.durationMinutes * 60_000,
    endInputType: "utc",
    endOutputType: "utc",
    title: oneLine(texts.title),
    description: texts.description,
    status: status(session),
    busyStatus: session.status === "cancelled" ? "FREE" : "BUSY",
    transp: session.status === "cancelled" ? "TRANSPARENT" : "OPAQUE",
    ...(link === undefined ? {} : { url: link, location: link }),
    attendees: attendees.map((a) => ({
      name: parameterText(a.name),
      ...(a.email !== undefined && EMAIL.test(a.email) ? { email: a.email } : {}),
      role: "REQ-PARTICIPANT" as const,
      rsvp: false,
    })),
  };
  const { error, value } = createEvent(attributes);
  if (error !== null || value === null)
    throw new Error(`The invitation could not be built: ${String(error)}`);
  return refold(value);
}

function status(session: MentoringSession): "TENTATIVE" | "CONFIRMED" | "CANCELLED" {
  if (session.status === "cancelled") return "CANCELLED";
  return session.status === "proposed" ? "TENTATIVE" : "CONFIRMED";
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").trim();
}

/** A parameter value (CN) may not hold quotes or control characters (RFC 5545 §3.1). */
function parameterText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/["\u0000-\u001f\u007f]/g, "").trim() || "?";
}

/**
 * Unfolds the library's lines (it folds by characters) and folds them again by octets, as RFC 5545 §3.1
 * requires: at most 75 octets per line, never inside a multi-byte character, continuation lines start with a space.
 */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}
