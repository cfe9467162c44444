/**
 * Headless Chromium for browser tests (playwright-core; never `npx playwright install`).
 *
 *   const browser = await launchBrowser();
 *   const page = await newLocalPage(browser);   // every non-local request is aborted
 *   ...
 *   await browser.close();
 */
import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { resolveChromium } from "./chromium";

/** Appended to the build's own flags: keep Chromium quiet and off the network. */
export const EXTRA_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Dropped from the build's flags:
 * - --single-process (@sparticuz/chromium needs it on AWS Lambda): with it, closing any BrowserContext
 *   kills the whole browser ("Target page, context or browser has been closed" on the next call).
 * - --disable-features=… / --enable-features=…: Chromium keeps only the last occurrence of a switch, so
 *   the build's Lambda-oriented lists would replace Playwright's own (which switch off background
 *   requests to Google services and the like).
 */
function keepArg(arg: string): boolean {
  return (
    arg !== "--single-process" &&
    !arg.startsWith("--disable-features=") &&
    !arg.startsWith("--enable-features=")
  );
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = resolveChromium();
  const all = [...new Set([...args.filter(keepArg), ...EXTRA_CHROMIUM_ARGS])];
  return chromium.launch({ executablePath, headless: true, args: all, timeout: 30_000 });
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"]);

/** True for URLs a test may load: loopback http(s)/ws(s), data:, blob:, about:. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (["data:", "blob:", "about:"].includes(parsed.protocol)) return true;
  if (!["http:", "https:", "ws:", "wss:"].includes(parsed.protocol)) return false;
  const host = parsed.hostname.toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface LocalPageOptions {
  /** Called for each aborted request (e.g. to assert the page asked for nothing remote). */
  onBlocked?: (url: string) => void;
}

/**
 * A page in a fresh browser context whose requests to any non-local host are aborted, so nothing
 * goes to the internet (the Agents Playground asks a font CDN, for instance). Close it with
 * `await page.context().close()` or just close the browser.
 */
export async function newLocalPage(browser: Browser, options: LocalPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.route(
    (url) => !isLocalUrl(url.href),
    async (route) => {
      const request: Request = route.request();
      options.onBlocked?.(request.url());
      await route.abort("blockedbyclient");
    },
  );
  // Routes don't see WebSockets: refuse non-local ones too (not connecting to the server = refused).
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.href),
    async (ws) => {
      options.onBlocked?.(ws.url());
      await ws.close({ code: 1008, reason: "non-local WebSocket blocked by the test harness" });
    },
  );
  return context.newPage();
}

export interface TabSignInOptions {
  /** Appended to /tab/, e.g. "?lang=fr". */
  readonly query?: string;
  /** Collects the URL of every script the page loads (to check which lazy chunks came). */
  readonly scripts?: string[];
}

/** A new local page on the tab at `baseUrl`, signed in through the development sign-in as `userId`. */
export async function signInToTab(
  browser: Browser,
  baseUrl: string,
  userId: string,
  options: TabSignInOptions = {},
): Promise<Page> {
  const page = await newLocalPage(browser);
  const { scripts } = options;
  if (scripts !== undefined)
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
  await page.goto(`${baseUrl}/tab/${options.query ?? ""}`);
  await page.getByTestId(`dev-user-${userId}`).click();
  return page;
}
