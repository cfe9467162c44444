/**
 * The meeting link a pair pastes on a session: only an https link to Microsoft Teams is kept, so a card or
 * an invitation never carries a link to somewhere else.
 */

export const MEETING_URL_MAX_LENGTH = 2048;

/** Hosts of Teams meeting links (work or school, and personal accounts); subdomains of the first too. */
const TEAMS_HOSTS = ["teams.microsoft.com", "teams.live.com"] as const;

export type MeetingLinkProblem = "not-a-url" | "not-https" | "not-teams" | "too-long";

/** The link as it will be stored, or why it is refused; "" (or only spaces) removes the link. */
export function checkMeetingLink(
  value: unknown,
): { ok: true; url: string | undefined } | { ok: false; problem: MeetingLinkProblem } {
  if (typeof value !== "string") return { ok: false, problem: "not-a-url" };
  const text = value.trim();
  if (text === "") return { ok: true, url: undefined };
  if (text.length > MEETING_URL_MAX_LENGTH) return { ok: false, problem: "too-long" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: "not-a-url" };
  }
  if (url.protocol !== "https:") return { ok: false, problem: "not-https" };
  if (url.username !== "" || url.password !== "" || url.port !== "" || !isTeamsHost(url.hostname))
    return { ok: false, problem: "not-teams" };
  return { ok: true, url: url.href };
}

function isTeamsHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return TEAMS_HOSTS.includes(host as (typeof TEAMS_HOSTS)[number]) || host.endsWith(".teams.microsoft.com");
}
