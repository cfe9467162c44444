import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import {
  TEAMS_CONVERSATION_WINDOWS,
  TEAMS_TENANT_WINDOWS,
  type RateWindow,
} from "../bot/proactive/rate-limiter";
import { CONTAINERS } from "../store/containers";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../store/embedded-cosmos";
import { RateLimitedConnector } from "./rate-limited-connector";
import type { FanoutWorkerJob, FanoutWorkerReport } from "./reminder-fanout-worker";

/** Issue 5's figure is 10,000 reminders; by default a 3,000 share keeps the run near a minute per scenario. */
export const DEFAULT_REMINDER_MESSAGES = 3_000;

export interface ReminderFanoutOptions {
  readonly messages?: number;
  /** Per-tenant requests per second (default Teams' 50). */
  readonly tenantRate?: number;
}

interface RunFigures {
  readonly label: string;
  readonly seconds: number;
  readonly throttled: number;
  readonly duplicates: number;
  readonly losses: number;
  readonly accepted: number;
  readonly outcomes: string;
}

/** Lease of the benchmark's delivery log: short, so the restarted sender takes the killed one's claims over soon. */
const LEASE_MS = 10_000;
const SEND_BUDGET_MS = 6_000;

/**
 * Fans reminders (two per conversation) out through the real ProactiveSender and CloudAdapterTransport
 * to a local connector that enforces Teams' limits (429 + Retry-After), with the delivery log on the
 * embedded Cosmos emulator. Runs it once undisturbed, and once with the sender SIGKILLed halfway and a
 * new sender process started on the same log. Reports throughput against the tenant limit, 429s,
 * duplicates and losses as counted at the connector.
 */
export async function runReminderFanoutBenchmark(options: ReminderFanoutOptions = {}): Promise<void> {
  const messages = options.messages ?? DEFAULT_REMINDER_MESSAGES;
  const tenantRate = options.tenantRate ?? TEAMS_TENANT_WINDOWS[0]?.limit ?? 50;
  const tenantWindows: RateWindow[] = [{ limit: tenantRate, windowMs: 1_000 }];
  const conversationWindows = TEAMS_CONVERSATION_WINDOWS;
  const [connector, cosmos] = await Promise.all([
    RateLimitedConnector.start({ conversationWindows, tenantWindows }),
    startEmbeddedCosmos(),
  ]);
  const bestSeconds = messages / tenantRate;
  console.log(
    `${messages} reminders to ${Math.ceil(messages / 2)} conversations (2 each); limits: per conversation ` +
      `${conversationWindows.map((w) => `${w.limit}/${w.windowMs / 1000} s`).join(", ")}, per tenant ${tenantRate}/s` +
      ` → best possible ${bestSeconds.toFixed(1)} s. Issue 5's figure is 10,000 (--messages 10000, ≥ ${(10_000 / tenantRate).toFixed(0)} s per run).`,
  );
  console.log(`delivery log: Cosmos on the embedded emulator, lease ${LEASE_MS / 1000} s for the benchmark`);
  try {
    const job = (databaseId: string): FanoutWorkerJob => ({
      cosmosEndpoint: cosmos.endpoint,
      cosmosKey: cosmos.key,
      databaseId,
      connectorUrl: connector.url,
      messages,
      perConversation: 2,
      conversationWindows,
      tenantWindows,
      leaseMs: LEASE_MS,
      sendBudgetMs: SEND_BUDGET_MS,
    });
    const figures: RunFigures[] = [];
    figures.push(await runScenario("normal", job, cosmos, connector, messages, false));
    figures.push(await runScenario("killed at 50 % + restarted", job, cosmos, connector, messages, true));
    printTable(figures, messages, tenantRate);
  } finally {
    await Promise.all([connector.stop(), cosmos.stop()]);
  }
}

async function runScenario(
  label: string,
  job: (databaseId: string) => FanoutWorkerJob,
  cosmos: EmbeddedCosmos,
  connector: RateLimitedConnector,
  messages: number,
  killHalfway: boolean,
): Promise<RunFigures> {
  const databaseId = `fanout-${killHalfway ? "killed" : "normal"}`;
  const { database } = await cosmos.client.databases.createIfNotExists({ id: databaseId });
  await database.containers.createIfNotExists({
    id: CONTAINERS.deliveries.id,
    partitionKey: { paths: [CONTAINERS.deliveries.partitionKey] },
  });
  connector.reset();
  const started = process.hrtime.bigint();
  if (killHalfway) {
    const first = startWorker(job(databaseId));
    await until(() => connector.accepted >= messages / 2 || first.exitCode !== null);
    first.process.kill("SIGKILL");
    await first.done;
    console.log(
      `${label}: SIGKILL after ${connector.accepted} accepted; starting a new sender on the same log`,
    );
  }
  const worker = startWorker(job(databaseId));
  const report = await worker.done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let duplicates = 0;
  for (const count of connector.acceptedByKey.values()) duplicates += count - 1;
  const expected = Array.from(
    { length: messages },
    (_, i) => `reminder:bench-wave:c${Math.floor(i / 2)}:${i % 2}`,
  );
  const losses = expected.filter((key) => !connector.acceptedByKey.has(key)).length;
  return {
    label,
    seconds,
    throttled: connector.throttled,
    duplicates,
    losses,
    accepted: connector.accepted,
    outcomes: report
      ? `${Object.entries(report.outcomes)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}; ${report.rounds} round(s)`
      : "no report",
  };
}

interface Worker {
  readonly process: ChildProcess;
  readonly done: Promise<FanoutWorkerReport | undefined>;
  readonly exitCode: number | null;
}

function startWorker(job: FanoutWorkerJob): Worker {
  const child = fork(join(__dirname, "reminder-fanout-worker.js"), [JSON.stringify(job)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let report: FanoutWorkerReport | undefined;
  child.on("message", (message) => (report = message as FanoutWorkerReport));
  const done = new Promise<FanoutWorkerReport | undefined>((resolve) =>
    child.on("exit", () => resolve(report)),
  );
  return {
    process: child,
    done,
    get exitCode() {
      return child.exitCode;
    },
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

function printTable(figures: readonly RunFigures[], messages: number, tenantRate: number): void {
  const header = ["run", "messages", "seconds", "msg/s", "share of max", "429s", "duplicates", "losses"];
  const rows = figures.map((f) => [
    f.label,
    String(messages),
    f.seconds.toFixed(1),
    (messages / f.seconds).toFixed(1),
    `${((100 * messages) / f.seconds / tenantRate).toFixed(1)} %`,
    String(f.throttled),
    String(f.duplicates),
    String(f.losses),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const f of figures) console.log(`${f.label}: sender outcomes ${f.outcomes}; ${f.accepted} accepted`);
}
