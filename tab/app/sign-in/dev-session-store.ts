import type { DevUser } from "../backend/tandem-api";

/** A demo sign-in: the local issuer's token and who it was issued for. */
export interface DevSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: DevUser;
}

type StoredDevSession =
  | { readonly status: "active"; readonly session: DevSession }
  | { readonly status: "expired" }
  | { readonly status: "none" };

// sessionStorage: the demo token dies with the browser tab and is never shared between tabs.
const STORAGE_KEY = "tandem.devSession";

/** The stored demo sign-in, if any; pure, so it can run during render. */
export function readDevSession(now: number): StoredDevSession {
  const session = parse(storage()?.getItem(STORAGE_KEY) ?? null);
  if (session === undefined) return { status: "none" };
  if (!(Date.parse(session.expiresAt) > now)) return { status: "expired" };
  return { status: "active", session };
}

export function saveDevSession(session: DevSession): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearDevSession(): void {
  storage()?.removeItem(STORAGE_KEY);
}

/** Storage can be blocked (privacy settings, some iframes): the demo sign-in then lasts one page load. */
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function parse(text: string | null): DevSession | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { token, expiresAt, user } = value as Partial<Record<keyof DevSession, unknown>>;
    if (typeof token !== "string" || typeof expiresAt !== "string") return undefined;
    if (typeof user !== "object" || user === null) return undefined;
    return { token, expiresAt, user: user as DevUser };
  } catch {
    return undefined; // a corrupt entry is the same as no sign-in
  }
}
