import { createBotAdapter } from "../bot/bot-adapter";
import { CloudAdapterTransport } from "../bot/proactive/cloud-adapter-transport";
import { ProactiveSender } from "../bot/proactive/proactive-sender";
import { timerSleep, type RateWindow } from "../bot/proactive/rate-limiter";
import type { OutgoingMessage } from "../core/delivery";
import { CONTAINERS } from "../store/containers";
import { CosmosDeliveryLog } from "../store/delivery-log";
import { createEmulatorClient } from "../store/embedded-cosmos";
import { seededRandom } from "./seeded-random";

/** What the benchmark hands a sender process (as JSON in argv[2]). */
export interface FanoutWorkerJob {
  readonly cosmosEndpoint: string;
  readonly cosmosKey: string;
  readonly databaseId: string;
  readonly connectorUrl: string;
  readonly messages: number;
  readonly perConversation: number;
  readonly conversationWindows: readonly RateWindow[];
  readonly tenantWindows: readonly RateWindow[];
  readonly leaseMs: number;
  readonly sendBudgetMs: number;
}

/** What a sender process reports back when it is done. */
export interface FanoutWorkerReport {
  readonly outcomes: Record<string, number>;
  readonly rounds: number;
}

/** The deterministic reminder messages: `perConversation` per conversation, keyed by conversation and index. */
export function reminderMessages(job: FanoutWorkerJob): OutgoingMessage[] {
  return Array.from({ length: job.messages }, (_, i) => {
    const conversation = Math.floor(i / job.perConversation);
    const key = `reminder:bench-wave:c${conversation}:${i % job.perConversation}`;
    return {
      key,
      conversationReference: {
        serviceUrl: job.connectorUrl,
        channelId: "msteams",
        bot: { id: "bot", name: "Tandem" },
        user: { id: `user-${conversation}` },
        conversation: { id: `a:bench-conv-${conversation}`, conversationType: "personal", tenantId: "bench" },
      },
      activity: { type: "message", text: key },
    };
  });
}

/**
 * One sender process: the real ProactiveSender, CloudAdapterTransport and Cosmos delivery log (on the
 * benchmark's emulator, so the log outlives this process). Sends everything; keys another (killed)
 * process left pending are sent again once their lease has run out.
 */
async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? "{}") as FanoutWorkerJob;
  const client = createEmulatorClient(job.cosmosEndpoint, job.cosmosKey);
  const container = client.database(job.databaseId).container(CONTAINERS.deliveries.id);
  const adapter = createBotAdapter(
    { appId: "", appType: "MultiTenant", appTenantId: "" },
    { error: (details, message) => console.error(message, details) },
  );
  const sender = new ProactiveSender(
    {
      transport: new CloudAdapterTransport(adapter, ""),
      log: new CosmosDeliveryLog(container, job.leaseMs),
      clock: { now: () => new Date() },
      sleep: timerSleep,
      random: seededRandom(11),
    },
    {
      allowedServiceUrlHosts: ["127.0.0.1"],
      conversationWindows: job.conversationWindows,
      tenantWindows: job.tenantWindows,
      sendBudgetMs: job.sendBudgetMs,
    },
  );
  const all = reminderMessages(job);
  const outcomes: Record<string, number> = {};
  let pending = all;
  let rounds = 0;
  while (pending.length > 0) {
    rounds++;
    const results = await sender.sendAll(pending);
    const again = new Set<string>();
    for (const [key, outcome] of results) {
      if (outcome.status === "in-progress" || outcome.status === "failed") again.add(key);
      else outcomes[outcome.status] = (outcomes[outcome.status] ?? 0) + 1;
    }
    pending = all.filter((m) => again.has(m.key));
    if (pending.length > 0 && rounds >= 20) {
      outcomes["given-up"] = pending.length;
      break;
    }
    if (pending.length > 0) await timerSleep(Math.min(job.leaseMs, 2_000));
  }
  client.dispose();
  const report: FanoutWorkerReport = { outcomes, rounds };
  process.send?.(report);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
