import {
  DELIVERY_SEND_BUDGET_MS,
  isFinalOutcome,
  outcomeOfUnclaimed,
  type DeliveryLog,
  type DeliveryOutcome,
  type OutgoingMessage,
  type RecordedOutcome,
} from "../../core/delivery";
import type { Clock } from "../../core/ports";
import { isAllowedServiceUrl } from "../service-url-policy";
import type { ConnectorTransport } from "./connector-transport";
import { forEachConcurrently, SerialLanes } from "./delivery-lanes";
import {
  acquireAll,
  LimiterRegistry,
  TEAMS_CONVERSATION_WINDOWS,
  TEAMS_TENANT_WINDOWS,
  type RateWindow,
  type Sleep,
} from "./rate-limiter";
import { DEFAULT_RETRY_OPTIONS, judgeFailure, type RetryOptions } from "./retry-policy";

export interface ProactiveSenderDeps {
  readonly transport: ConnectorTransport;
  readonly log: DeliveryLog;
  readonly clock: Clock;
  readonly sleep: Sleep;
  /** Uniform in [0, 1): the backoff jitter. */
  readonly random: () => number;
}

export interface ProactiveSenderOptions {
  /** Bot Connector hosts a reference may name (SECURITY-NOTES §4); any other reference is refused unsent. */
  readonly allowedServiceUrlHosts: readonly string[];
  /** Per conversation; default Teams' 7/1 s, 8/2 s, 60/30 s, 1800/h. */
  readonly conversationWindows?: readonly RateWindow[];
  /** Per tenant, for this process; default 50/s. Divide it between instances when running several. */
  readonly tenantWindows?: readonly RateWindow[];
  /** Conversations one sendAll serves at once (default 16). */
  readonly concurrency?: number;
  readonly retry?: Partial<RetryOptions>;
  /** No attempt starts later than this after the claim (default DELIVERY_SEND_BUDGET_MS, under the log's lease). */
  readonly sendBudgetMs?: number;
}

/** Reported after each message of a sendAll settles. */
export interface DeliveryProgress {
  readonly key: string;
  readonly outcome: DeliveryOutcome;
  readonly done: number;
  readonly total: number;
}

/** Where a reference points, once it passed the checks. */
interface Target {
  readonly conversationId: string;
  readonly tenantId: string;
}

/**
 * Tandem's one proactive sender. For each message: refuse a reference off the serviceUrl allow-list
 * (no request at all), claim the key in the delivery log (so a key is never sent twice, see
 * core/delivery.ts for the exact guarantee), wait for the conversation's and the tenant's rate limits,
 * send, retry what Teams says to retry, and record the outcome. Conversations run in parallel (bounded);
 * one conversation's messages go one at a time, in order, across calls.
 */
export class ProactiveSender {
  private readonly conversations: LimiterRegistry;
  private readonly tenants: LimiterRegistry;
  private readonly lanes = new SerialLanes();
  private readonly retry: RetryOptions;
  private readonly concurrency: number;
  private readonly sendBudgetMs: number;

  constructor(
    private readonly deps: ProactiveSenderDeps,
    private readonly options: ProactiveSenderOptions,
  ) {
    this.conversations = new LimiterRegistry(options.conversationWindows ?? TEAMS_CONVERSATION_WINDOWS);
    this.tenants = new LimiterRegistry(options.tenantWindows ?? TEAMS_TENANT_WINDOWS);
    this.retry = { ...DEFAULT_RETRY_OPTIONS, ...options.retry };
    this.concurrency = options.concurrency ?? 16;
    this.sendBudgetMs = options.sendBudgetMs ?? DELIVERY_SEND_BUDGET_MS;
    if (!(this.concurrency >= 1)) throw new Error("concurrency must be at least 1.");
    if (!(this.retry.maxAttempts >= 1)) throw new Error("retry.maxAttempts must be at least 1.");
  }

  async send(message: OutgoingMessage): Promise<DeliveryOutcome> {
    const outcome = (await this.sendAll([message])).get(message.key);
    if (outcome === undefined) throw new Error(`No outcome for "${message.key}".`);
    return outcome;
  }

  /**
   * Sends each message (a key listed twice is sent once) and answers the outcome per key, in the
   * order given. Problems with one message become its "failed" outcome; only `onProgress` throwing
   * stops the run (after the messages in flight), and rejects.
   */
  async sendAll(
    messages: readonly OutgoingMessage[],
    onProgress?: (progress: DeliveryProgress) => void,
  ): Promise<Map<string, DeliveryOutcome>> {
    const byKey = new Map<string, OutgoingMessage>();
    for (const message of messages) if (!byKey.has(message.key)) byKey.set(message.key, message);
    const unique = [...byKey.values()];
    const outcomes = new Map<string, DeliveryOutcome>();
    const report = (key: string, outcome: DeliveryOutcome) => {
      outcomes.set(key, outcome);
      onProgress?.({ key, outcome, done: outcomes.size, total: unique.length });
    };

    const lanes = new Map<string, { target: Target; messages: OutgoingMessage[] }>();
    for (const message of unique) {
      const target = this.targetOf(message.conversationReference);
      if (target === undefined) {
        report(message.key, { status: "unreachable", reason: "bad-reference" });
        continue;
      }
      const lane = lanes.get(target.conversationId) ?? { target, messages: [] };
      lane.messages.push(message);
      lanes.set(target.conversationId, lane);
    }

    await forEachConcurrently([...lanes.values()], this.concurrency, (lane) =>
      this.lanes.run(lane.target.conversationId, async () => {
        for (const message of lane.messages) report(message.key, await this.deliver(message, lane.target));
      }),
    );
    return new Map(unique.map((m) => [m.key, outcomes.get(m.key) as DeliveryOutcome]));
  }

  /** The reference's conversation, or undefined when it must not be used (serviceUrl off the allow-list, no conversation id). */
  private targetOf(reference: Readonly<Record<string, unknown>>): Target | undefined {
    if (!isAllowedServiceUrl(reference["serviceUrl"], this.options.allowedServiceUrlHosts)) return undefined;
    const conversation = reference["conversation"] as { id?: unknown; tenantId?: unknown } | undefined;
    if (typeof conversation?.id !== "string" || conversation.id === "") return undefined;
    const tenantId = typeof conversation.tenantId === "string" ? conversation.tenantId : "";
    return { conversationId: conversation.id, tenantId };
  }

  private async deliver(message: OutgoingMessage, target: Target): Promise<DeliveryOutcome> {
    let claimed: number | DeliveryOutcome;
    try {
      claimed = await this.claim(message.key);
    } catch (error) {
      return failed(`The delivery log could not be consulted, nothing was sent: ${textOf(error)}`);
    }
    if (typeof claimed !== "number") return claimed;

    const outcome = await this.attempt(message, target, claimed + this.sendBudgetMs);
    try {
      await this.deps.log.complete(message.key, outcome, this.deps.clock.now());
      return outcome;
    } catch (error) {
      const what = outcome.status === "sent" ? "was delivered" : `ended "${outcome.status}"`;
      return failed(
        `The message ${what}, but the delivery log could not record it (a later run may send it again): ${textOf(error)}`,
      );
    }
  }

  /** Claims the key: the claim time (ms), or the outcome to report when the key is not this sender's to send. */
  private async claim(key: string): Promise<number | DeliveryOutcome> {
    // A key can change hands between our claim and our read (released by a failure): look again, briefly.
    for (let round = 0; round < 3; round++) {
      const now = this.deps.clock.now();
      if (await this.deps.log.claim(key, now)) return now.getTime();
      const record = await this.deps.log.get(key);
      if (record === undefined) continue;
      if (record.state === "completed" && !isFinalOutcome(record.outcome)) continue;
      return outcomeOfUnclaimed(record);
    }
    return { status: "in-progress" };
  }

  /** Sends with rate limits and retries; starts no attempt after `deadline` (the claim's budget). */
  private async attempt(
    message: OutgoingMessage,
    target: Target,
    deadline: number,
  ): Promise<RecordedOutcome> {
    for (let attempt = 1; ; attempt++) {
      const slot = await acquireAll(
        (now) => [this.conversations.get(target.conversationId, now), this.tenants.get(target.tenantId, now)],
        this.deps.clock,
        this.deps.sleep,
        deadline,
      );
      if (!slot) return failed("Rate limits would hold this message past its claim; nothing more was sent.");
      try {
        const { activityId } = await this.deps.transport.send(
          message.conversationReference,
          message.activity,
        );
        return activityId === undefined ? { status: "sent" } : { status: "sent", activityId };
      } catch (error) {
        const now = this.deps.clock.now();
        const verdict = judgeFailure(error, attempt, now, this.deps.random, this.retry);
        if (verdict.kind === "final") return verdict.outcome;
        const resumeAt = now.getTime() + verdict.delayMs;
        if (resumeAt > deadline)
          return failed(
            `Waiting ${verdict.delayMs} ms to retry would outlast this claim. Last: ${verdict.error}`,
          );
        await this.sleepUntil(resumeAt);
      }
    }
  }

  /** Sleeps until the clock reads `at` or later (a timer may fire a little early). */
  private async sleepUntil(at: number): Promise<void> {
    for (let now = this.deps.clock.now().getTime(); now < at; now = this.deps.clock.now().getTime())
      await this.deps.sleep(at - now);
  }
}

function failed(error: string): RecordedOutcome {
  return { status: "failed", error };
}

function textOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
