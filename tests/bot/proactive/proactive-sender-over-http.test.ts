import { createBotAdapter } from "../../../bot/bot-adapter";
import { CloudAdapterTransport } from "../../../bot/proactive/cloud-adapter-transport";
import type { ConnectorTransport } from "../../../bot/proactive/connector-transport";
import { ProactiveSender, type DeliveryProgress } from "../../../bot/proactive/proactive-sender";
import { TEAMS_CONVERSATION_WINDOWS, timerSleep, type RateWindow } from "../../../bot/proactive/rate-limiter";
import type { DeliveryLog, DeliveryOutcome, OutgoingMessage } from "../../../core/delivery";
import { openDeliveryLog } from "../../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../../store/embedded-cosmos";
import { aCardMessage, aReference } from "./outgoing-messages";
import { windowViolations } from "./rate-windows";
import { replies, ScriptedConnector } from "./scripted-connector";
import { seededRandom } from "./virtual-time";

/**
 * The whole chain on real time: ProactiveSender → CloudAdapterTransport (the production adapter,
 * auth off) → HTTP → a scripted local Bot Connector, with the delivery log on the embedded Cosmos.
 */
const TENANT_WINDOWS: RateWindow[] = [{ limit: 20, windowMs: 1000 }];
const RETRY_AFTER_SECONDS = 1;

let connector: ScriptedConnector;
let cosmos: EmbeddedCosmos;
let log: DeliveryLog;
let sender: ProactiveSender;
const turnErrors = jest.fn();
/** When the sender called the transport (the moment its rate-limit slot was granted), per conversation. */
const calls: Array<{ conversationId: string; at: number }> = [];

const ids = Array.from({ length: 40 }, (_, i) => String(i).padStart(2, "0"));
const conversation = (n: string) => `a:conv-${n}`;
const keyOf = (n: string) => `questionnaire:wave-e2e:p${n}:initial`;
const group = (from: number, to: number) => ids.slice(from, to + 1);
const THROTTLED = group(0, 7);
const UNAVAILABLE_TWICE = group(8, 13);
const PRECONDITION_FAILED_ONCE = group(14, 14);
const GATEWAY_TIMEOUT_ONCE = group(15, 15);
const BLOCKED = group(16, 19);
const NOT_FOUND = group(20, 23);
const REACHABLE = ids.filter((n) => !BLOCKED.includes(n) && !NOT_FOUND.includes(n));

let messages: OutgoingMessage[];
/** The first campaign run (in beforeAll): its outcomes and progress reports. */
let firstRun: Map<string, DeliveryOutcome>;
const progress: DeliveryProgress[] = [];

beforeAll(async () => {
  [connector, cosmos] = await Promise.all([ScriptedConnector.start(), startEmbeddedCosmos()]);
  log = await openDeliveryLog(cosmos.client, "proactive-over-http");
  const adapter = createBotAdapter(
    { appId: "", appType: "MultiTenant", appTenantId: "" },
    { error: turnErrors },
  );
  const botbuilder = new CloudAdapterTransport(adapter, "");
  const recorded: ConnectorTransport = {
    send: (reference, activity) => {
      calls.push({ conversationId: (reference["conversation"] as { id: string }).id, at: Date.now() });
      return botbuilder.send(reference, activity);
    },
  };
  sender = new ProactiveSender(
    {
      transport: recorded,
      log,
      clock: { now: () => new Date() },
      sleep: timerSleep,
      random: seededRandom(7),
    },
    {
      allowedServiceUrlHosts: ["127.0.0.1"],
      tenantWindows: TENANT_WINDOWS,
      concurrency: 8,
      retry: { baseDelayMs: 50, maxDelayMs: 400 },
    },
  );

  for (const n of THROTTLED)
    connector.script(conversation(n), replies.throttled(String(RETRY_AFTER_SECONDS)));
  for (const n of UNAVAILABLE_TWICE)
    connector.script(conversation(n), replies.unavailable(), replies.unavailable());
  for (const n of PRECONDITION_FAILED_ONCE) connector.script(conversation(n), replies.preconditionFailed());
  for (const n of GATEWAY_TIMEOUT_ONCE) connector.script(conversation(n), replies.gatewayTimeout());
  for (const n of BLOCKED)
    connector.script(
      conversation(n),
      Number(n) % 2 ? replies.messageWritesBlocked() : replies.blockedByUser(),
    );
  for (const n of NOT_FOUND) connector.script(conversation(n), replies.conversationNotFound());
  messages = ids.map((n) => aCardMessage(keyOf(n), aReference(connector.url, conversation(n))));
  firstRun = await sender.sendAll(messages, (p) => progress.push(p));
});
afterAll(async () => {
  await Promise.all([connector?.stop(), cosmos?.stop()]);
});
afterEach(() => expect(turnErrors).not.toHaveBeenCalled());

const outcomesOf = (outcomes: Map<string, DeliveryOutcome>, group: string[]) =>
  group.map((n) => outcomes.get(keyOf(n)));

describe("ProactiveSender over HTTP with the botbuilder transport", () => {
  it("fortyConversations_withThrottling503sBlocksAnd404s_eachReachableOneGetsExactlyOneMessage", () => {
    const outcomes = firstRun;
    expect(outcomesOf(outcomes, REACHABLE)).toEqual(
      REACHABLE.map(() => ({ status: "sent", activityId: expect.stringMatching(/^activity-/) })),
    );
    expect(outcomesOf(outcomes, BLOCKED)).toEqual(
      BLOCKED.map(() => ({ status: "unreachable", reason: "blocked" })),
    );
    expect(outcomesOf(outcomes, NOT_FOUND)).toEqual(
      NOT_FOUND.map(() => ({ status: "unreachable", reason: "not-installed" })),
    );
    expect(progress.map((p) => p.done)).toEqual(ids.map((_, i) => i + 1));

    for (const n of REACHABLE) expect(connector.delivered(conversation(n))).toHaveLength(1);
    for (const n of [...BLOCKED, ...NOT_FOUND]) {
      expect(connector.requestsTo(conversation(n))).toHaveLength(1); // final: never retried
      expect(connector.delivered(conversation(n))).toEqual([]);
    }
    expect(connector.delivered()).toHaveLength(REACHABLE.length);
    expect(connector.delivered(conversation("30"))[0]?.activity).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive" }],
    });

    for (const n of UNAVAILABLE_TWICE)
      expect(connector.requestsTo(conversation(n)).map((r) => r.status)).toEqual([503, 503, 201]);
    for (const n of [...PRECONDITION_FAILED_ONCE, ...GATEWAY_TIMEOUT_ONCE])
      expect(connector.requestsTo(conversation(n))).toHaveLength(2);
  });

  it("throttled429_theRetryArrivesNoEarlierThanRetryAfter", () => {
    for (const n of THROTTLED) {
      const [throttled, retry, ...more] = connector.requestsTo(conversation(n));
      expect(more).toEqual([]);
      expect(throttled?.status).toBe(429);
      expect(retry?.status).toBe(201);
      expect((retry?.receivedAt ?? 0) - (throttled?.answeredAt ?? 0)).toBeGreaterThanOrEqual(
        RETRY_AFTER_SECONDS * 1000,
      );
    }
  });

  it("rateLimits_heldOnRealTraffic_perConversationAndForTheTenant", () => {
    // Recorded after the limiter's grant, once the event loop gets to it: on a busy machine that can be
    // several ms late (8 ms seen in CI), so allow 50 ms of skew. A limiter bug breaks a window by far more.
    const SKEW_MS = 50;
    const slack = (windows: readonly RateWindow[]) =>
      windows.map((w) => ({ ...w, windowMs: w.windowMs - SKEW_MS }));
    expect(calls).toHaveLength(connector.requests.length);
    expect(
      windowViolations(
        calls.map((c) => c.at),
        slack(TENANT_WINDOWS),
      ),
    ).toEqual([]);
    for (const n of ids) {
      const times = calls.filter((c) => c.conversationId === conversation(n)).map((c) => c.at);
      expect(windowViolations(times, slack(TEAMS_CONVERSATION_WINDOWS))).toEqual([]);
    }
    const span = Math.max(...calls.map((c) => c.at)) - Math.min(...calls.map((c) => c.at));
    // At most 20 per second: the 21st call comes a second after the first, the 41st two seconds…
    expect(span).toBeGreaterThanOrEqual(Math.floor((calls.length - 1) / 20) * 1000 - SKEW_MS);
  });

  it("secondSendAll_ofTheSameMessages_sendsNothing_andReportsWhatTheLogHolds", async () => {
    const before = connector.requests.length;
    const outcomes = await sender.sendAll(messages);
    expect(connector.requests.length).toBe(before);
    expect(outcomesOf(outcomes, REACHABLE)).toEqual(REACHABLE.map(() => ({ status: "already-sent" })));
    expect(outcomesOf(outcomes, BLOCKED)).toEqual(
      BLOCKED.map(() => ({ status: "unreachable", reason: "blocked" })),
    );
    expect(outcomesOf(outcomes, NOT_FOUND)).toEqual(
      NOT_FOUND.map(() => ({ status: "unreachable", reason: "not-installed" })),
    );
  });

  it.each([
    ["the same connector under a host name off the allow-list", () => `http://localhost:${connector.port}`],
    ["another host", () => "https://evil.example.com/teams/"],
  ])("referenceTo_%s_isRefused_withoutAnyHttpRequest", async (_situation, serviceUrl) => {
    const before = connector.requests.length;
    const key = `questionnaire:wave-e2e:ssrf-${serviceUrl().length}:initial`;
    const outcome = await sender.send(aCardMessage(key, aReference(serviceUrl(), conversation("00"))));
    expect(outcome).toEqual({ status: "unreachable", reason: "bad-reference" });
    expect(connector.requests.length).toBe(before);
    expect(await log.get(key)).toBeUndefined();
  });
});
