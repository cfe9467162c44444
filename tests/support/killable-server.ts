import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import type { DeliveryRecord } from "../../core/delivery";
import { SNAPSHOT_FILE } from "../../server/cosmos-connection";

const ROOT = join(__dirname, "..", "..");

/**
 * The Tandem server as `npm start` runs it (server/main.ts bundled by esbuild), started as its own process
 * on a data folder so a test can SIGKILL it mid-run and start it again on what reached the disk. Local mode
 * with a test clock (TANDEM_TEST_CLOCK_START) and a fast proactive interval; stderr kept for failures.
 */
export class KillableServer {
  private readonly children: ChildProcess[] = [];
  /** What the server processes wrote to stderr: shown when a wait times out. */
  stderr = "";

  private constructor(
    private readonly bundle: string,
    readonly dataDir: string,
  ) {}

  static async bundle(dataDir: string): Promise<KillableServer> {
    const bundle = join(dataDir, "server-main.js");
    await build({
      entryPoints: [join(ROOT, "server", "main.ts")],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "cjs",
      packages: "external",
      logLevel: "silent",
    });
    return new KillableServer(bundle, dataDir);
  }

  /** Starts a server process on the data folder, its clock starting at `clock`; `port` 0 = don't care. */
  start(clock: string, port = 0): ChildProcess {
    const child = spawn(process.execPath, [this.bundle], {
      cwd: ROOT,
      env: {
        PATH: process.env["PATH"],
        NODE_PATH: join(ROOT, "node_modules"),
        TANDEM_MODE: "local",
        PORT: String(port),
        HOST: "127.0.0.1",
        TANDEM_DATA_DIR: this.dataDir,
        TANDEM_SEED_DEMO: "false",
        LOG_LEVEL: "warn",
        TANDEM_TEST_CLOCK_START: clock,
        TANDEM_PROACTIVE_INTERVAL_MS: "200",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.children.push(child);
    child.stdout?.resume();
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr += chunk.toString("utf8");
    });
    return child;
  }

  /** Waits until `done()` holds, failing after two minutes with the servers' stderr. */
  async until(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (!(await done())) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills whatever is still running. */
  killAll(): void {
    for (const child of this.children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }

  /** The delivery records in the snapshot file: what a restart begins from. */
  async persistedDeliveries(): Promise<DeliveryRecord[]> {
    const snapshot = JSON.parse(await readFile(join(this.dataDir, SNAPSHOT_FILE), "utf8")) as {
      databases: Array<{ containers: Array<{ id: string; documents: Array<{ data: DeliveryRecord }> }> }>;
    };
    return snapshot.databases
      .flatMap((d) => d.containers)
      .filter((c) => c.id === "deliveries")
      .flatMap((c) => c.documents.map((d) => d.data));
  }

  /**
   * Splits what reached the connector before the kill: messages recorded as sent on disk (a restart must not
   * send them again) and the rest, in flight at the kill (a restart may send them again: Teams has no
   * idempotency key). `conversationOfKey` names a delivery key's conversation (undefined: not one of ours).
   */
  async splitAtKill(
    beforeKill: readonly string[],
    conversationOfKey: (key: string) => string | undefined,
  ): Promise<KillSplit> {
    const recordedSent = new Set(
      (await this.persistedDeliveries())
        .filter((r) => r.state === "completed" && r.outcome.status === "sent")
        .map((r) => conversationOfKey(r.key))
        .filter((c): c is string => c !== undefined),
    );
    for (const c of recordedSent) expect(beforeKill).toContain(c);
    return { recordedSent, inFlight: new Set(beforeKill.filter((c) => !recordedSent.has(c))) };
  }

  /** The wave documents of a type in the snapshot file (e.g. "pair"). */
  async persistedWaveDocuments<T>(type: string): Promise<T[]> {
    const snapshot = JSON.parse(await readFile(join(this.dataDir, SNAPSHOT_FILE), "utf8")) as {
      databases: Array<{ containers: Array<{ id: string; documents: Array<{ type?: string; data: T }> }> }>;
    };
    return snapshot.databases
      .flatMap((d) => d.containers)
      .filter((c) => c.id === "waves")
      .flatMap((c) => c.documents.filter((d) => d.type === type).map((d) => d.data));
  }
}

/** What reached the connector before a kill, by whether the dead server had recorded it as sent. */
export interface KillSplit {
  readonly recordedSent: ReadonlySet<string>;
  readonly inFlight: ReadonlySet<string>;
}

/**
 * Exactly once in effect, after a kill and a restart: every expected conversation got its message, none
 * more than twice, twice only if it was in flight at the kill, once if the dead server had recorded it.
 */
export function expectDeliveredOnceInEffect(
  received: readonly string[],
  expected: readonly string[],
  { recordedSent, inFlight }: KillSplit,
): void {
  const counts = new Map<string, number>();
  for (const c of received) counts.set(c, (counts.get(c) ?? 0) + 1);
  expect([...counts.keys()].sort()).toEqual([...expected].sort());
  expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  for (const [c, n] of counts) if (n > 1) expect(inFlight).toContain(c);
  for (const c of recordedSent) expect(counts.get(c)).toBe(1);
}

/** Resolves when the process has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** A port free right now (for a server process whose URL the test must know in advance). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Waits until the server at `url` serves its local issuer's keys (ready for dev tokens), up to a minute. */
export async function untilServing(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/dev/issuer/keys`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not start within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A local-issuer token for a demo staff member or participant (POST /api/dev/token). */
export async function devToken(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`no dev token for ${userId}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
