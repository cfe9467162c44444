/**
 * The HR dashboard on a large wave: 5,000 pairs and 30,000 sessions by default (plus 10,000 participants and
 * answers, a check-in per held session and the closing assessments) written to the embedded Cosmos emulator
 * through the real repositories. Timed apart: (a) GET /api/hr/waves/:id/dashboard over HTTP on the real
 * server, served from the wave's stored snapshot (median and p95); (b) the refresh that computes the snapshot
 * (GET ?refresh=1: the Cosmos read, the aggregation and the write), up to 2,000 pairs by default; (c) the
 * aggregation alone in memory at 5,000 pairs. Also builds the tab
 * and prints its first paint (the JavaScript loaded before any on-demand section) gzipped. Goals (issue 6):
 * ≤ 300 ms server time, ≤ 250 KB gzip.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { waveDashboard } from "../core/dashboard/wave-dashboard";
import { hasErrorCode } from "../core/errors";
import type { Repositories } from "../core/ports";
import { DashboardSnapshots } from "../core/dashboard/dashboard-snapshots";
import { openDashboardSource } from "../store/dashboard-documents";
import { openDashboardSnapshotStore } from "../store/dashboard-snapshot-store";
import { loadConfig } from "../server/config";
import { DEMO_WAVE_ID } from "../server/demo-wave";
import { startTandem } from "../server/tandem-app";
import { startEmbeddedCosmos } from "../store/embedded-cosmos";
import { benchWave, type BenchWave } from "./dashboard-wave-data";

export interface DashboardBenchOptions {
  readonly pairs?: number;
  readonly sessions?: number;
  readonly calls?: number;
  /** Time the refresh (Cosmos read + aggregation + write); by default only up to DEFAULT_REFRESH_PAIRS. */
  readonly refresh?: boolean;
}

const NOW = new Date("2027-01-20T12:00:00.000Z");
const WAVE_ID = "bench-dashboard-wave";
const WRITERS = 32;
/**
 * Pairs written to the emulator by default: 1,000 (6,000 sessions, ~16,000 documents). At issue 6's 5,000
 * (`--pairs 5000`, ~82,000 documents) the embedded emulator, which copies and filters its whole collection
 * in JavaScript on every query, had not answered the first dashboard read after 7 minutes.
 */
const DEFAULT_COSMOS_PAIRS = 1_000;
/** Largest wave whose refresh is timed by default: beyond it the emulator's read takes many minutes. */
const DEFAULT_REFRESH_PAIRS = 2_000;

/** The aggregation alone (core/dashboard, pure) on issue 6's full wave, generated in memory. */
function aggregationAtScale(pairs: number, sessions: number): void {
  const data = benchWave(WAVE_ID, "bench-tenant", pairs, sessions);
  const times: number[] = [];
  let atRisk = 0;
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    atRisk = waveDashboard(data, NOW).pairsAtRisk.length;
    times.push(performance.now() - started);
  }
  console.log(
    `aggregation of ${pairs} pairs, ${sessions} sessions, ${data.checkIns.length} check-ins, ` +
      `${data.assessments.length} assessments (in memory, ${atRisk} pairs at risk): ${stats(times)}`,
  );
}

/** Runs the benchmark and prints its figures. */
export async function runDashboardBenchmark(options: DashboardBenchOptions = {}): Promise<void> {
  aggregationAtScale(5_000, 30_000);
  const pairs = options.pairs ?? DEFAULT_COSMOS_PAIRS;
  const sessions = options.sessions ?? pairs * 6;
  const calls = options.calls ?? 20;
  const dataDir = await mkdtemp(join(tmpdir(), "tandem-dashboard-bench-"));
  // The embedded emulator started here and given as an endpoint: the same emulator as `npm start`, without
  // the local data folder's snapshot, which would re-save the whole database every 250 ms of writing.
  const cosmos = await startEmbeddedCosmos();
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    TANDEM_DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: cosmos.key,
  });
  const app = await startTandem(config, {
    log: pino({ level: "silent" }),
    clock: { now: () => NOW },
    campaignIntervalMs: 24 * 3_600_000,
    tabDirectory: join(__dirname, "..", "public", "tab"),
  });
  try {
    const demo = await app.repos.waves.get(DEMO_WAVE_ID);
    if (demo === undefined) throw new Error("no demo wave to take the tenant from");
    const data = benchWave(WAVE_ID, demo.tenantId, pairs, sessions);
    await writeWave(app.repos, data);

    const token = await hrToken(app.url);
    const url = `${app.url}/api/hr/waves/${WAVE_ID}/dashboard`;
    const wave = await app.repos.waves.get(WAVE_ID);
    if (wave === undefined) throw new Error("the benchmark wave is gone");
    const store = await openDashboardSnapshotStore(cosmos.client, config.cosmos.databaseId);
    const refreshing = options.refresh ?? pairs <= DEFAULT_REFRESH_PAIRS;
    if (refreshing) {
      // (b) The refresh as HR triggers it: read the wave from Cosmos, aggregate, write the snapshot.
      const refreshes: number[] = [];
      for (let i = 0; i < Math.min(calls, 3); i++)
        refreshes.push((await timed(() => getJson(`${url}?refresh=1`, token))).ms);
      console.log(`refresh (GET ?refresh=1: Cosmos read + aggregation + write): ${stats(refreshes)}`);
      const reads: number[] = [];
      const aggregation: number[] = [];
      const source = await openDashboardSource(cosmos.client, config.cosmos.databaseId);
      for (let i = 0; i < Math.min(calls, 3); i++) {
        const loaded = await timed(() => source.load(WAVE_ID));
        reads.push(loaded.ms);
        aggregation.push((await timed(async () => waveDashboard({ wave, ...loaded.value }, NOW))).ms);
      }
      console.log(`  of which the Cosmos read (one single-partition query): ${stats(reads)}`);
      console.log(`  of which aggregation (core/dashboard, pure):         ${stats(aggregation)}`);
    } else {
      // The emulator cannot read this many documents in reasonable time (its queries are quadratic in the
      // container's size): the snapshot is computed from the same generated data in this process and stored
      // through the same store, exactly the document a refresh would write.
      const seeded = await timed(() =>
        new DashboardSnapshots({
          repos: app.repos,
          clock: { now: () => NOW },
          store,
          source: { load: async () => data },
        }).refresh(wave),
      );
      console.log(`snapshot computed in memory and written (no Cosmos read): ${seeded.ms.toFixed(0)} ms`);
    }
    const snapshot = await store.get(WAVE_ID);
    if (snapshot === undefined) throw new Error("no snapshot was stored");
    console.log(
      `snapshot document: ${(JSON.stringify(snapshot).length / 1024).toFixed(1)} KB, ` +
        `${snapshot.dashboard.pairsAtRisk.length} pairs at risk`,
    );
    // (a) HR's dashboard served from the snapshot: a point read of the wave, of the snapshot, and of the
    // pairs at risk and their members.
    await getJson(url, token);
    const http: number[] = [];
    for (let i = 0; i < calls; i++) http.push((await timed(() => getJson(url, token))).ms);
    console.log(`GET dashboard from the snapshot over HTTP, ${calls} calls: ${stats(http)}  (goal ≤ 300 ms)`);
  } finally {
    await app.stop();
    await cosmos.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`tab first paint: ${firstPaint()}  (goal ≤ 250 KB gzip)`);
}

async function writeWave(repos: Repositories, data: BenchWave): Promise<void> {
  const jobs: (() => Promise<unknown>)[] = [
    ...data.participants.map((p) => () => repos.participants.save(p)),
    ...data.responses.map((r) => () => repos.responses.create(r)),
    ...data.pairs.map((p) => () => repos.pairs.createIfAbsent(p)),
    ...data.sessions.map((s) => () => repos.sessions.create(s)),
    ...data.checkIns.map((c) => () => repos.checkIns.save(c)),
    ...data.assessments.map((a) => () => repos.assessments.save(a)),
  ];
  console.log(
    `writing ${jobs.length} documents (${data.participants.length} participants and answers, ${data.pairs.length} pairs, ` +
      `${data.sessions.length} sessions, ${data.checkIns.length} check-ins, ${data.assessments.length} assessments), ${WRITERS} at a time…`,
  );
  await repos.waves.save(data.wave);
  const started = performance.now();
  let next = 0;
  let done = 0;
  let reported = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job !== undefined) await withRetries(job);
      done++;
      if (done - reported >= jobs.length / 10) {
        reported = done;
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `  ${done}/${jobs.length} written (${seconds.toFixed(0)} s, ${(done / seconds).toFixed(0)} per second)`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, worker));
  console.log(`  all written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * The emulator drops a connection now and then under many concurrent writes (ECONNRESET): try again. A
 * create that did land before the drop answers CONFLICT on the retry, which means it is written.
 */
async function withRetries(write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      if (attempt > 1 && hasErrorCode(error, "CONFLICT")) return;
      if (attempt >= 6) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function hrToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: "demo-hr-lead" }),
  });
  if (response.status !== 200) throw new Error(`dev sign-in answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

async function getJson(url: string, token: string): Promise<unknown> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200)
    throw new Error(`dashboard answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

function stats(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, min ${(sorted[0] ?? NaN).toFixed(0)} ms`;
}

/** Builds the tab and reads back the build's own first-paint line (main.js and its static imports). */
function firstPaint(): string {
  const root = join(__dirname, "..", "..");
  const output = execFileSync(process.execPath, [join(root, "tab", "build-tab.mjs")], {
    cwd: root,
    encoding: "utf8",
  });
  return (
    /first paint \(([^)]*)\) (.*)$/m.exec(output)?.slice(1).join(": ") ?? "not found in the build's output"
  );
}
