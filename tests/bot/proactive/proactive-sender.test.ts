import { ProactiveSender, type ProactiveSenderOptions } from "../../../bot/proactive/proactive-sender";
import { TEAMS_CONVERSATION_WINDOWS, type RateWindow } from "../../../bot/proactive/rate-limiter";
import { DELIVERY_LEASE_MS, type DeliveryOutcome, type OutgoingMessage } from "../../../core/delivery";
import { FakeTransport, httpError, networkError, throttled } from "./fake-transport";
import { InMemoryDeliveryLog } from "./in-memory-delivery-log";
import { aMessage, aReference } from "./outgoing-messages";
import { windowViolations } from "./rate-windows";
import { VirtualTime } from "./virtual-time";

const CONNECTOR = "https://smba.trafficmanager.net/emea/";
const ALLOWED = ["smba.trafficmanager.net"];

/** A sender on virtual time with a fake transport and an in-memory log; jitter is always half the ceiling. */
function setUp(options: Partial<ProactiveSenderOptions> = {}, latencyMs = 0) {
  const time = new VirtualTime();
  const transport = new FakeTransport(time, latencyMs);
  const log = new InMemoryDeliveryLog();
  const sender = new ProactiveSender(
    { transport, log, clock: time, sleep: time.sleep, random: () => 0.5 },
    { allowedServiceUrlHosts: ALLOWED, ...options },
  );
  const start = time.ms;
  const sendAll = (messages: readonly OutgoingMessage[]) => time.run(sender.sendAll(messages));
  const send = (message: OutgoingMessage) => time.run(sender.send(message));
  const elapsed = (at: number) => at - start;
  return { time, transport, log, sender, sendAll, send, elapsed };
}

const to = (conversationId: string, tenantId = "tenant-1") => aReference(CONNECTOR, conversationId, tenantId);
const statuses = (outcomes: Map<string, DeliveryOutcome>) => [...outcomes.values()].map((o) => o.status);

describe("ProactiveSender on virtual time", () => {
  it("burstToOneConversation_neverExceedsAnyTeamsWindow_andKeepsOrder", async () => {
    const { transport, sendAll, elapsed } = setUp();
    const messages = Array.from({ length: 130 }, (_, i) =>
      aMessage(`m${String(i).padStart(3, "0")}`, to("c1")),
    );
    const outcomes = await sendAll(messages);
    expect(new Set(statuses(outcomes))).toEqual(new Set(["sent"]));
    expect(transport.delivered("c1")).toEqual(messages.map((m) => m.key));
    const times = transport.attempts.map((a) => a.at);
    expect(windowViolations(times, TEAMS_CONVERSATION_WINDOWS)).toEqual([]);
    expect(elapsed(Math.max(...times))).toBeGreaterThanOrEqual(60_000); // 130 > 2 × 60 per 30 s
  });

  it("manyConversations_shareTheTenantLimit_andRunAtMostConcurrencyAtOnce", async () => {
    const tenantWindows: RateWindow[] = [{ limit: 50, windowMs: 1000 }];
    const { transport, sendAll } = setUp({ concurrency: 8, tenantWindows }, 40);
    const messages = Array.from({ length: 300 }, (_, i) => aMessage(`k${i}`, to(`c${i}`)));
    const outcomes = await sendAll(messages);
    expect(statuses(outcomes).filter((s) => s === "sent")).toHaveLength(300);
    expect(transport.peakInFlight).toBe(8);
    expect(
      windowViolations(
        transport.attempts.map((a) => a.at),
        tenantWindows,
      ),
    ).toEqual([]);
  });

  it("tenants_haveSeparateLimits", async () => {
    const tenantWindows: RateWindow[] = [{ limit: 2, windowMs: 1000 }];
    const { transport, sendAll, elapsed } = setUp({ tenantWindows });
    await sendAll([
      ...["a1", "a2", "a3"].map((c) => aMessage(c, to(c, "tenant-a"))),
      ...["b1", "b2"].map((c) => aMessage(c, to(c, "tenant-b"))),
    ]);
    const at = Object.fromEntries(transport.attempts.map((a) => [a.conversationId, elapsed(a.at)]));
    expect(at).toEqual({ a1: 0, a2: 0, a3: 1000, b1: 0, b2: 0 });
  });

  it("throttled429_waitsRetryAfterSeconds_thenSendsOnce", async () => {
    const { transport, send, elapsed } = setUp();
    transport.script("c1", throttled("30"));
    expect(await send(aMessage("k", to("c1")))).toEqual({ status: "sent", activityId: "activity-2" });
    expect(transport.attemptsTo("c1").map((a) => [a.reply, elapsed(a.at)])).toEqual([
      ["429", 0],
      ["ok", 30_000],
    ]);
  });

  it("throttled429_withAnHttpDate_waitsUntilThatDate", async () => {
    const { time, transport, send, elapsed } = setUp();
    transport.script("c1", throttled(new Date(time.ms + 12_000).toUTCString()));
    await send(aMessage("k", to("c1")));
    expect(elapsed(transport.attemptsTo("c1")[1]?.at ?? 0)).toBe(12_000);
  });

  it("unavailable503_thenOk_retriesWithFullJitterExponentialBackoff", async () => {
    const { transport, send, elapsed } = setUp();
    transport.script("c1", httpError(503), httpError(502), httpError(504), httpError(412));
    expect((await send(aMessage("k", to("c1")))).status).toBe("sent");
    // random() = 0.5: delays 500, 1000, 2000, 4000 ms.
    expect(transport.attemptsTo("c1").map((a) => elapsed(a.at))).toEqual([0, 500, 1500, 3500, 7500]);
  });

  it("networkError_isRetried_thenSends", async () => {
    const { transport, send } = setUp();
    transport.script("c1", networkError());
    expect((await send(aMessage("k", to("c1")))).status).toBe("sent");
    expect(transport.attemptsTo("c1")).toHaveLength(2);
  });

  it("alwaysUnavailable_givesUpAfterFiveAttempts_thenALaterRunRetriesTheKey", async () => {
    const { transport, send, log } = setUp();
    transport.script("c1", ...Array.from({ length: 5 }, () => httpError(503)));
    const first = await send(aMessage("k", to("c1")));
    expect(first).toMatchObject({
      status: "failed",
      error: expect.stringContaining("Gave up after 5 attempts"),
    });
    expect(transport.attemptsTo("c1")).toHaveLength(5);
    expect(log.records.get("k")).toMatchObject({ state: "completed", outcome: { status: "failed" } });

    expect((await send(aMessage("k", to("c1")))).status).toBe("sent");
    expect(log.records.get("k")).toMatchObject({ claims: 2, outcome: { status: "sent" } });
  });

  it("maxAttempts_isConfigurable", async () => {
    const { transport, send } = setUp({ retry: { maxAttempts: 2 } });
    transport.script("c1", httpError(503), httpError(503), httpError(503));
    expect((await send(aMessage("k", to("c1")))).status).toBe("failed");
    expect(transport.attemptsTo("c1")).toHaveLength(2);
  });

  it("blocked403_isUnreachableAfterOneAttempt_andALaterRunDoesNotTryAgain", async () => {
    const { transport, sendAll } = setUp();
    transport.script("c1", httpError(403, { code: "Forbidden", subCode: "MessageWritesBlocked" }));
    const messages = [aMessage("k", to("c1"))];
    expect((await sendAll(messages)).get("k")).toEqual({ status: "unreachable", reason: "blocked" });
    expect((await sendAll(messages)).get("k")).toEqual({ status: "unreachable", reason: "blocked" });
    expect(transport.attemptsTo("c1")).toHaveLength(1);
  });

  it("notFound404_isUnreachable_notInstalled", async () => {
    const { transport, send } = setUp();
    transport.script("c1", httpError(404, { code: "ConversationNotFound" }));
    expect(await send(aMessage("k", to("c1")))).toEqual({ status: "unreachable", reason: "not-installed" });
    expect(transport.attemptsTo("c1")).toHaveLength(1);
  });

  it("badRequest400_failsWithoutRetry", async () => {
    const { transport, send } = setUp();
    transport.script("c1", httpError(400, { code: "BadArgument" }));
    expect((await send(aMessage("k", to("c1")))).status).toBe("failed");
    expect(transport.attemptsTo("c1")).toHaveLength(1);
  });

  it.each([
    ["a host off the allow-list", { ...to("c1"), serviceUrl: "https://evil.example.com/teams/" }],
    ["a look-alike host", { ...to("c1"), serviceUrl: "https://smba.trafficmanager.net.evil.example.com/" }],
    ["plain http to the connector", { ...to("c1"), serviceUrl: "http://smba.trafficmanager.net/emea/" }],
    ["credentials in the URL", { ...to("c1"), serviceUrl: "https://user:pw@smba.trafficmanager.net/" }],
    ["no serviceUrl", { ...to("c1"), serviceUrl: undefined }],
    ["no conversation id", { ...to("c1"), conversation: { tenantId: "tenant-1" } }],
  ])("referenceWith_%s_isRefusedAsBadReference_withoutTransportOrLog", async (_situation, reference) => {
    const { transport, log, send } = setUp();
    expect(await send(aMessage("k", reference))).toEqual({ status: "unreachable", reason: "bad-reference" });
    expect(transport.attempts).toEqual([]);
    expect(log.calls).toEqual([]);
  });

  it("secondSendAll_ofTheSameMessages_sendsNothing_andReportsAlreadySent", async () => {
    const { transport, sendAll } = setUp();
    const messages = ["c1", "c2", "c3"].map((c) => aMessage(`invite:${c}`, to(c)));
    expect(statuses(await sendAll(messages))).toEqual(["sent", "sent", "sent"]);
    expect(statuses(await sendAll(messages))).toEqual(["already-sent", "already-sent", "already-sent"]);
    expect(transport.attempts).toHaveLength(3);
  });

  it("sameKeyTwice_inOneCall_isSentOnce", async () => {
    const { transport, sendAll } = setUp();
    const outcomes = await sendAll([aMessage("k", to("c1")), aMessage("k", to("c2"))]);
    expect([...outcomes.keys()]).toEqual(["k"]);
    expect(transport.delivered()).toEqual(["k"]);
    expect(transport.attemptsTo("c1")).toHaveLength(1);
  });

  it("twoSenders_sameMessagesAtOnce_sendEachKeyOnce", async () => {
    const { time, transport, log, sender } = setUp({}, 50);
    const other = new ProactiveSender(
      { transport, log, clock: time, sleep: time.sleep, random: () => 0.5 },
      { allowedServiceUrlHosts: ALLOWED },
    );
    const messages = Array.from({ length: 20 }, (_, i) => aMessage(`k${i}`, to(`c${i}`)));
    const [a, b] = await time.run(Promise.all([sender.sendAll(messages), other.sendAll(messages)]));
    expect(transport.delivered().sort()).toEqual(messages.map((m) => m.key).sort());
    for (const { key } of messages) {
      const pair = [a.get(key)?.status, b.get(key)?.status];
      expect(pair.filter((s) => s === "sent")).toHaveLength(1);
      expect(pair.find((s) => s !== "sent")).toMatch(/^(in-progress|already-sent)$/);
    }
  });

  it("crashAfterClaim_isInProgressUntilTheLeaseRunsOut_thenSent", async () => {
    const { time, transport, log, send } = setUp();
    await log.claim("k", time.now()); // a sender that claimed, then died
    expect(await send(aMessage("k", to("c1")))).toEqual({ status: "in-progress" });
    expect(transport.attempts).toEqual([]);
    time.advance(DELIVERY_LEASE_MS);
    expect((await send(aMessage("k", to("c1")))).status).toBe("sent");
    expect(log.records.get("k")).toMatchObject({ claims: 2, state: "completed" });
  });

  it("retryAfterLongerThanTheClaimBudget_failsAtOnce_andALaterRunMayRetry", async () => {
    const { time, transport, send, log } = setUp();
    transport.script("c1", throttled("3600"));
    const outcome = await send(aMessage("k", to("c1")));
    expect(outcome).toMatchObject({ status: "failed", error: expect.stringContaining("outlast this claim") });
    expect(time.ms - Date.parse(log.records.get("k")?.claimedAt ?? "")).toBe(0);
    expect(transport.attemptsTo("c1")).toHaveLength(1);
    expect((await send(aMessage("k", to("c1")))).status).toBe("sent");
  });

  it("retriesOfTheFirstMessage_holdBackTheNextOneInTheSameConversation", async () => {
    const { transport, sendAll, elapsed } = setUp();
    transport.script("c1", throttled("5"));
    await sendAll([aMessage("first", to("c1")), aMessage("second", to("c1")), aMessage("other", to("c2"))]);
    expect(transport.delivered("c1")).toEqual(["first", "second"]);
    const second = transport.attemptsTo("c1").find((a) => a.text === "second");
    expect(elapsed(second?.at ?? 0)).toBeGreaterThanOrEqual(5000);
    expect(elapsed(transport.attemptsTo("c2")[0]?.at ?? -1)).toBe(0);
  });

  it("concurrentCalls_forOneConversation_stayInCallOrder", async () => {
    const { time, transport, sender } = setUp({}, 10);
    await time.run(
      Promise.all([
        sender.sendAll([aMessage("a1", to("c1")), aMessage("a2", to("c1"))]),
        sender.sendAll([aMessage("b1", to("c1"))]),
      ]),
    );
    expect(transport.delivered("c1")).toEqual(["a1", "a2", "b1"]);
  });

  it("logFailsToRecordADeliveredMessage_reportsFailed_sayingItWasDelivered", async () => {
    const { log, send } = setUp();
    log.failNextComplete = true;
    const outcome = await send(aMessage("k", to("c1")));
    expect(outcome).toMatchObject({ status: "failed", error: expect.stringContaining("was delivered") });
  });

  it("onProgress_reportsEveryKeyOnce_withARunningCount", async () => {
    const { time, sender } = setUp();
    const progress: Array<[string, string, number, number]> = [];
    await time.run(
      sender.sendAll(
        [aMessage("a", to("c1")), aMessage("b", { ...to("c2"), serviceUrl: "https://evil.example.com" })],
        (p) => progress.push([p.key, p.outcome.status, p.done, p.total]),
      ),
    );
    expect(progress).toEqual([
      ["b", "unreachable", 1, 2],
      ["a", "sent", 2, 2],
    ]);
  });
});
