import { toApiError } from "../backend/api-error";
import { toThemeName, type ThemeName } from "./theme-name";

/** How long to wait for Teams to answer before deciding the page runs in a plain browser. */
const TEAMS_HANDSHAKE_TIMEOUT_MS = 5_000;

/** A live connection to the Teams client hosting the tab. */
export interface TeamsConnection {
  /** Only for presentation: the context is not proof of identity (SECURITY-NOTES §2). */
  readonly theme: ThemeName;
  readonly locale: string;
  /** The Teams SSO token for Tandem's API; Teams caches and renews it. */
  getToken(): Promise<string>;
  /** Teams keeps one theme handler: a new listener replaces the previous one. */
  onThemeChange(listener: (theme: ThemeName) => void): void;
}

/** Teams shows tabs in an iframe on desktop and web, and passes ?inTeams=1 on mobile (manifest contentUrl). */
export function mayBeInTeams(win: Window = window): boolean {
  if (new URLSearchParams(win.location.search).get("inTeams") === "1") return true;
  try {
    return win.self !== win.top;
  } catch {
    return true; // a cross-origin parent blocks the comparison: framed all the same
  }
}

/** Connects to Teams; undefined when no Teams client answers in time (a plain browser, another host). */
export async function connectToTeams(
  timeoutMs = TEAMS_HANDSHAKE_TIMEOUT_MS,
): Promise<TeamsConnection | undefined> {
  // Loaded on demand: a plain browser never downloads teams-js, which also calls a Microsoft CDN when loaded.
  const { app, authentication } = await import("./teams-sdk");
  const connected = await settlesWithin(app.initialize(), timeoutMs);
  if (!connected) return undefined;
  const context = await app.getContext();
  try {
    await app.notifySuccess();
  } catch (error) {
    // Only matters when the manifest asks for a loading indicator; the tab works either way.
    console.warn("Tandem: Teams notifySuccess failed", error);
  }
  return {
    theme: toThemeName(context.app.theme) ?? "default",
    locale: context.app.locale,
    getToken: async () => {
      try {
        return await authentication.getAuthToken();
      } catch (error) {
        throw toApiError(error, "TEAMS_SIGN_IN", "Teams could not sign you in to Tandem");
      }
    },
    onThemeChange: (listener) =>
      app.registerOnThemeChangeHandler((theme) => listener(toThemeName(theme) ?? "default")),
  };
}

/** True when `promise` resolves within `timeoutMs`; false when it rejects or takes longer. */
async function settlesWithin(promise: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } catch (error) {
    console.warn("Tandem: Teams did not initialise", error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
