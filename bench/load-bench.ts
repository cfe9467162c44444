/**
 * Load (issue 8): the Tandem server as `npm start` runs it (server/main.ts bundled, its own process, local
 * mode, embedded Cosmos) with a wave of 1,000 enrolled participants, under autocannon: questionnaire
 * submissions (Action.Execute invokes on /api/messages, each from another of the 1,000 users) and GET /api/me
 * with a local-issuer token per user, at a fixed 100 requests/s and at the highest rate it takes. Beside it,
 * in the same run, a bare botbuilder echo bot (bench/echo-bot-server.ts) under the same load as the reference.
 * Prints throughput, p50/p99 latency, errors, and CPU time per request of each server process (from
 * /proc/<pid>/stat), with Tandem's cost as a multiple of the echo bot's. Goals: p99 ≤ 50 ms at 100 requests/s,
 * ≤ 2× the echo bot's cost per request, 0 errors.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { pacedLoad, quantile, type LoadRequest } from "./paced-load";
import pino from "pino";
import { enrolParticipant } from "../core/enrolment";
import type { Participant } from "../core/participant";
import { DEFAULT_THEMES } from "../core/theme";
import type { Wave } from "../core/wave";
import { DEMO_TENANT_ID, loadConfig } from "../server/config";
import { startTandem } from "../server/tandem-app";

export interface LoadBenchOptions {
  readonly users?: number;
  /** Seconds per run at the highest rate. */
  readonly seconds?: number;
  /** Seconds per run at the fixed rate: long enough that one short stall of the machine is not the p99. */
  readonly fixedRateSeconds?: number;
}

const WAVE_ID = "bench-load-wave";
/** The repository (this file runs as dist/bench/load-bench.js, after `prebench` compiled everything). */
const ROOT = join(__dirname, "..", "..");
const FIXED_RATE = 100;
/** Concurrent connections at the highest rate: enough to keep a single Node process busy. */
const MAX_RATE_CONNECTIONS = 16;
const CLOCK_TICKS_PER_SECOND = 100;
/** Before the measured runs, each target gets this many requests per second for this long, unmeasured. */
const WARM_UP_RATE = 50;
const WARM_UP_SECONDS = 3;

interface RunResult {
  readonly name: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly errors: number;
  readonly cpuMsPerRequest: number;
  /** The Cosmos emulator's CPU per request, for Tandem's runs (in production that work is Azure's). */
  readonly dbCpuMsPerRequest: number | undefined;
}

/** `npm run bench -- --only load`. */
export async function runLoadBenchmark(options: LoadBenchOptions = {}): Promise<void> {
  const users = options.users ?? 1_000;
  const seconds = options.seconds ?? 10;
  const fixedRateSeconds = options.fixedRateSeconds ?? 30;
  const dataDir = await mkdtemp(join(tmpdir(), "tandem-load-"));
  const connector = await startConnector();
  const children: ChildProcess[] = [];
  try {
    const emulator = spawnNode(join(__dirname, "cosmos-emulator-server.js"), {});
    children.push(emulator);
    const cosmos = await emulatorPrinted(emulator);
    const env = { ...tandemEnv(dataDir), COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key };
    const people = await seed(env, users);
    const port = await freePort();
    const tandem = spawnNode(join(__dirname, "..", "server", "main.js"), { ...env, PORT: String(port) });
    tandem.stdout?.resume(); // its log lines are not read: a full pipe must never block it
    children.push(tandem);
    const echo = spawnNode(join(__dirname, "echo-bot-server.js"), {});
    children.push(echo);
    const tandemUrl = `http://127.0.0.1:${port}`;
    const echoUrl = `http://127.0.0.1:${await portPrinted(echo)}`;
    await untilUp(`${tandemUrl}/dev/issuer/keys`); // the local issuer is ready after the server listens
    const tokens = await mintTokens(tandemUrl, people);
    console.log(
      `${users} participants, ${tokens.length} tokens; ${fixedRateSeconds} s per run at ${FIXED_RATE}/s, ` +
        `${seconds} s at the highest rate; echo bot as the reference; ` +
        `Cosmos emulator in its own process (pid ${emulator.pid})`,
    );

    const submit = submissions(connector.url, people);
    const me = meRequests(tokens);
    const echoes = echoMessages(connector.url, people);
    const targets = [
      { name: "Tandem questionnaire submit", child: tandem, url: tandemUrl, next: submit, db: emulator },
      { name: "Tandem GET /api/me", child: tandem, url: tandemUrl, next: me, db: emulator },
      { name: "echo bot message", child: echo, url: echoUrl, next: echoes, db: undefined },
    ];
    // Warm-up, not measured: the first requests of a fresh process run unoptimised code.
    for (const t of targets) await pacedLoad(t.url, t.next, { rate: WARM_UP_RATE, seconds: WARM_UP_SECONDS });
    const results: RunResult[] = [];
    for (const rate of [FIXED_RATE, undefined] as const) {
      const label = rate === undefined ? "max" : `${rate}/s`;
      for (const t of targets)
        results.push(
          await run(
            `${t.name} @ ${label}`,
            t.child,
            t.db,
            t.url,
            t.next,
            rate === undefined ? seconds : fixedRateSeconds,
            rate,
          ),
        );
    }
    report(results);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map(exited));
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A wave in its questionnaire phase with `count` enrolled mentees, saved as local data for the child process. */
async function seed(env: Record<string, string>, count: number): Promise<Participant[]> {
  const app = await startTandem(loadConfig({ ...env, PORT: "0" }), {
    log: pino({ level: "silent" }),
    campaignIntervalMs: 3_600_000,
  });
  const people = Array.from({ length: count }, (_, k): Participant => ({
    id: `load-${k}`,
    waveId: WAVE_ID,
    tenantId: DEMO_TENANT_ID,
    aadObjectId: `00000000-0000-4000-8000-${String(k).padStart(12, "0")}`,
    email: `load${k}@contoso.example`,
    displayName: `Load ${k}`,
    role: "mentee",
    department: "Finance",
    site: "Paris",
    languages: ["en"],
  }));
  try {
    const wave: Wave = {
      id: WAVE_ID,
      tenantId: DEMO_TENANT_ID,
      name: "Load benchmark wave",
      state: "questionnaire",
      startDate: "2026-01-01",
      endDate: "2099-06-30",
      cadence: "monthly",
      sessionMinutes: 90,
      themes: DEFAULT_THEMES,
      questionnaireDeadline: "2099-01-31T23:59:59.000Z",
    };
    await app.repos.waves.save(wave);
    const now = new Date();
    for (let k = 0; k < people.length; k += 20)
      await Promise.all(people.slice(k, k + 20).map((p) => enrolParticipant(app.repos, p, now)));
  } finally {
    await app.stop();
  }
  return people;
}

function tandemEnv(dataDir: string): Record<string, string> {
  return {
    TANDEM_MODE: "local",
    HOST: "127.0.0.1",
    TANDEM_DATA_DIR: dataDir,
    TANDEM_SEED_DEMO: "false",
    LOG_LEVEL: "warn",
  };
}

/** Request k: user k's submission (Action.Execute), with a goal that changes each round so it is written. */
function submissions(serviceUrl: string, people: readonly Participant[]): (k: number) => LoadRequest {
  return (k) => {
    const p = people[k % people.length]!;
    const data = {
      participantId: p.id,
      kind: "mentee",
      need1: "social-networks",
      comfort1: "2",
      need2: "artificial-intelligence",
      comfort2: "1",
      need3: "",
      comfort3: "",
      goal: `Post about our projects on LinkedIn, round ${Math.floor(k / people.length) + 1}`,
      preferredLanguage: "en",
    };
    const value = {
      action: { type: "Action.Execute", verb: "questionnaire.submit", data },
      trigger: "manual",
    };
    return {
      method: "POST",
      path: "/api/messages",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ...activityOf(serviceUrl, p, k),
        type: "invoke",
        name: "adaptiveCard/action",
        value,
      }),
    };
  };
}

function echoMessages(serviceUrl: string, people: readonly Participant[]): (k: number) => LoadRequest {
  return (k) => ({
    method: "POST",
    path: "/api/messages",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      ...activityOf(serviceUrl, people[k % people.length]!, k),
      type: "message",
      text: `hello ${k}`,
    }),
  });
}

function meRequests(tokens: readonly string[]): (k: number) => LoadRequest {
  return (k) => ({
    method: "GET",
    path: "/api/me",
    headers: { authorization: `Bearer ${tokens[k % tokens.length]!}` },
  });
}

/** The Teams personal-chat envelope of an activity from `p`. */
function activityOf(serviceUrl: string, p: Participant, k: number) {
  return {
    id: `load-${k}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl,
    from: { id: `29:${p.aadObjectId}`, name: p.displayName, aadObjectId: p.aadObjectId },
    recipient: { id: "28:tandem-bot", name: "Tandem" },
    conversation: { id: `a:personal-${p.aadObjectId}`, conversationType: "personal", tenantId: p.tenantId },
    channelData: { tenant: { id: p.tenantId } },
    locale: "en-US",
  };
}

/**
 * One measured run: at a fixed rate, evenly spaced requests from the paced generator; at the highest rate,
 * autocannon with 16 connections. Each run continues the request numbering where the last stopped.
 */
async function run(
  name: string,
  child: ChildProcess,
  db: ChildProcess | undefined,
  url: string,
  next: (k: number) => LoadRequest,
  seconds: number,
  rate: number | undefined,
): Promise<RunResult> {
  const cpuBefore = cpuMs(child);
  const dbBefore = db === undefined ? 0 : cpuMs(db);
  const measured =
    rate === undefined ? await maxRate(url, next, seconds) : await fixedRate(url, next, seconds, rate);
  const cpu = cpuMs(child) - cpuBefore;
  const dbCpu = db === undefined ? 0 : cpuMs(db) - dbBefore;
  return {
    name,
    ...measured,
    cpuMsPerRequest: measured.requests === 0 ? Number.NaN : cpu / measured.requests,
    dbCpuMsPerRequest: db === undefined || measured.requests === 0 ? undefined : dbCpu / measured.requests,
  };
}

type Measured = Omit<RunResult, "name" | "cpuMsPerRequest" | "dbCpuMsPerRequest">;

const counters = new WeakMap<(k: number) => LoadRequest, number>();

/** The next request number of a request stream (each stream keeps counting across runs). */
function numbered(next: (k: number) => LoadRequest): (k: number) => LoadRequest {
  return () => {
    const k = counters.get(next) ?? 0;
    counters.set(next, k + 1);
    return next(k);
  };
}

async function fixedRate(
  url: string,
  next: (k: number) => LoadRequest,
  seconds: number,
  rate: number,
): Promise<Measured> {
  const result = await pacedLoad(url, numbered(next), { rate, seconds });
  const sum = result.latencies.reduce((a, b) => a + b, 0);
  return {
    requests: result.requests,
    perSecond: result.requests / result.seconds,
    p50: quantile(result.latencies, 0.5),
    p99: quantile(result.latencies, 0.99),
    mean: sum / result.latencies.length,
    errors: result.errors,
  };
}

async function maxRate(url: string, next: (k: number) => LoadRequest, seconds: number): Promise<Measured> {
  const stream = numbered(next);
  const result = await autocannon({
    url,
    duration: seconds,
    connections: MAX_RATE_CONNECTIONS,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, ...stream(0) }) }],
  });
  const total = result.requests.total;
  return {
    requests: total,
    perSecond: total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean ?? result.latency.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function report(results: readonly RunResult[]): void {
  console.log(
    "run                                      | req    | req/s  | p50 ms | p99 ms | mean ms | errors | CPU ms/req | Cosmos emulator CPU ms/req",
  );
  for (const r of results)
    console.log(
      `${r.name.padEnd(40)} | ${String(r.requests).padStart(6)} | ${r.perSecond.toFixed(0).padStart(6)} | ${r.p50.toFixed(1).padStart(6)} | ${r.p99.toFixed(1).padStart(6)} | ${r.mean.toFixed(1).padStart(7)} | ${String(r.errors).padStart(6)} | ${r.cpuMsPerRequest.toFixed(2).padStart(10)} | ${r.dbCpuMsPerRequest === undefined ? "-" : r.dbCpuMsPerRequest.toFixed(2)}`,
    );
  for (const label of [`${FIXED_RATE}/s`, "max"]) {
    const echo = results.find((r) => r.name === `echo bot message @ ${label}`);
    for (const r of results.filter((x) => x.name.startsWith("Tandem") && x.name.endsWith(`@ ${label}`))) {
      if (echo === undefined) continue;
      console.log(
        `${r.name}: ${(r.cpuMsPerRequest / echo.cpuMsPerRequest).toFixed(2)}× the echo bot's CPU per request, ` +
          `${(r.mean / echo.mean).toFixed(2)}× its mean latency`,
      );
    }
  }
}

/** User + system CPU time of a process so far, in ms (Linux /proc). */
function cpuMs(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

async function mintTokens(url: string, people: readonly Participant[]): Promise<string[]> {
  const tokens: string[] = [];
  for (let k = 0; k < people.length; k += 20) {
    const batch = await Promise.all(
      people.slice(k, k + 20).map(async (p) => {
        const response = await fetch(`${url}/api/dev/token`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ userId: p.id }),
        });
        if (!response.ok) throw new Error(`no token for ${p.id}: ${response.status}`);
        return ((await response.json()) as { token: string }).token;
      }),
    );
    tokens.push(...batch);
  }
  return tokens;
}

/** A stand-in Bot Connector that accepts every activity (replies of the echo bot, anything Tandem sends). */
async function startConnector(): Promise<{ url: string; stop: () => Promise<void> }> {
  let id = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `sent-${++id}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function spawnNode(file: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [file], {
    cwd: ROOT,
    env: { PATH: process.env["PATH"], ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return child;
}

function emulatorPrinted(child: ChildProcess): Promise<{ endpoint: string; key: string }> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /listening (\S+) key (\S+)/.exec(out);
      if (match) resolve({ endpoint: match[1]!, key: match[2]! });
    });
    child.once("exit", () => reject(new Error("the Cosmos emulator exited before listening")));
  });
}

function portPrinted(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", () => reject(new Error("the echo bot exited before listening")));
  });
}

async function untilUp(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}
