/**
 * Which Chromium the browser tests launch, as resolved by tests/support/global-setup.js.
 *
 * Order: TANDEM_CHROMIUM_PATH/TANDEM_CHROMIUM_ARGS (set by global setup, inherited by jest workers) →
 * TANDEM_CHROMIUM (a browser the developer chose, e.g. /usr/bin/chromium) → the unpacked
 * @sparticuz/chromium copy recorded in <tmpdir>/tandem-chromium-<version>/ready.json.
 * Nothing here imports @sparticuz/chromium: it is ESM-only and jest's module runtime cannot load it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ChromiumInfo {
  executablePath: string;
  /** Launch flags recommended for this build (for @sparticuz/chromium: its `chromium.args`). */
  args: string[];
}

/** Flags for a regular (Debian, multi-process) Chromium chosen with TANDEM_CHROMIUM; same list as global-setup.js. */
const CUSTOM_CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"];

function parseArgs(json: string | undefined): string[] | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((a) => typeof a === "string")
      ? (value as string[])
      : undefined;
  } catch {
    return undefined;
  }
}

function fromMarker(): ChromiumInfo | undefined {
  try {
    const pkg = path.join(__dirname, "..", "..", "node_modules", "@sparticuz", "chromium", "package.json");
    const { version } = JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string };
    const marker = path.join(os.tmpdir(), `tandem-chromium-${version}`, "ready.json");
    const info = JSON.parse(fs.readFileSync(marker, "utf8")) as Partial<ChromiumInfo>;
    if (
      typeof info.executablePath === "string" &&
      Array.isArray(info.args) &&
      fs.existsSync(info.executablePath)
    ) {
      return { executablePath: info.executablePath, args: info.args };
    }
  } catch {
    /* not unpacked yet */
  }
  return undefined;
}

export function resolveChromium(): ChromiumInfo {
  const fromSetup = process.env.TANDEM_CHROMIUM_PATH;
  if (fromSetup) {
    return {
      executablePath: fromSetup,
      args: parseArgs(process.env.TANDEM_CHROMIUM_ARGS) ?? CUSTOM_CHROMIUM_ARGS,
    };
  }
  const custom = process.env.TANDEM_CHROMIUM;
  if (custom) return { executablePath: custom, args: CUSTOM_CHROMIUM_ARGS };
  const unpacked = fromMarker();
  if (unpacked) return unpacked;
  throw new Error(
    "No Chromium resolved: run the tests through jest (its globalSetup tests/support/global-setup.js unpacks " +
      "@sparticuz/chromium), or set TANDEM_CHROMIUM=/usr/bin/chromium.",
  );
}
