import {
  acquireAll,
  LimiterRegistry,
  SlidingWindowLimiter,
  TEAMS_CONVERSATION_WINDOWS,
  TEAMS_TENANT_WINDOWS,
  type RateWindow,
} from "../../../bot/proactive/rate-limiter";
import { windowViolations } from "./rate-windows";
import { seededRandom, VirtualTime } from "./virtual-time";

/** Takes `count` slots as fast as the limiter allows, on a fake clock starting at 0; returns the grant times. */
function drain(
  limiter: SlidingWindowLimiter,
  count: number,
  arrivals: (i: number) => number = () => 0,
): number[] {
  const granted: number[] = [];
  let clock = 0;
  for (let i = 0; i < count; i++) {
    clock = Math.max(clock, arrivals(i));
    clock = limiter.nextFreeAt(clock);
    limiter.record(clock);
    granted.push(clock);
  }
  return granted;
}

describe("SlidingWindowLimiter", () => {
  it("teamsConversationWindows_burst_firstSevenAtOnce_thenPacedByEightPerTwoSeconds", () => {
    const granted = drain(new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS), 12);
    expect(granted).toEqual([0, 0, 0, 0, 0, 0, 0, 1000, 2000, 2000, 2000, 2000]);
  });

  it("teamsConversationWindows_200Sends_neverExceedAnyWindow_andSixtyPerThirtySecondsBinds", () => {
    const granted = drain(new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS), 200);
    expect(windowViolations(granted, TEAMS_CONVERSATION_WINDOWS)).toEqual([]);
    expect(granted.filter((t) => t < 30_000)).toHaveLength(60);
    expect(granted[60]).toBeGreaterThanOrEqual(30_000);
  });

  it("teamsConversationWindows_2000Sends_hourLimitHolds_andTheNextHourOpens", () => {
    const granted = drain(new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS), 2000);
    expect(windowViolations(granted, TEAMS_CONVERSATION_WINDOWS)).toEqual([]);
    expect(granted.filter((t) => t < 3_600_000)).toHaveLength(1800);
    expect(granted[1800]).toBeGreaterThanOrEqual(3_600_000);
  });

  it.each([1, 2, 3])("randomArrivals_seed%i_neverExceedAnyWindow_andNeverGrantBeforeArrival", (seed) => {
    const random = seededRandom(seed);
    let at = 0;
    const arrivals = Array.from({ length: 500 }, () => (at += Math.floor(random() * 400)));
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    const granted = drain(limiter, arrivals.length, (i) => arrivals[i] ?? 0);
    expect(windowViolations(granted, TEAMS_CONVERSATION_WINDOWS)).toEqual([]);
    granted.forEach((t, i) => expect(t).toBeGreaterThanOrEqual(arrivals[i] ?? 0));
  });

  it("tenantWindow_fiftyPerSecond_burstOf120_takesThreeSeconds", () => {
    const granted = drain(new SlidingWindowLimiter(TEAMS_TENANT_WINDOWS), 120);
    expect(windowViolations(granted, TEAMS_TENANT_WINDOWS)).toEqual([]);
    expect(granted.slice(-1)[0]).toBe(2000);
  });

  it.each([
    [[]],
    [[{ limit: 0, windowMs: 1000 }]],
    [[{ limit: 1.5, windowMs: 1000 }]],
    [[{ limit: 5, windowMs: 0 }]],
  ] as Array<[RateWindow[]]>)("invalidWindows_%j_areRefused", (windows) => {
    expect(() => new SlidingWindowLimiter(windows)).toThrow();
  });
});

describe("acquireAll", () => {
  it("conversationAndTenant_slotIsTakenFromBothAtOnce_whenBothAreFree", async () => {
    const time = new VirtualTime(0);
    const conversation = new SlidingWindowLimiter([{ limit: 1, windowMs: 1000 }]);
    const tenant = new SlidingWindowLimiter([{ limit: 2, windowMs: 1000 }]);
    const taken: number[] = [];
    await time.run(
      (async () => {
        for (let i = 0; i < 3; i++) {
          await acquireAll(() => [conversation, tenant], time, time.sleep);
          taken.push(time.ms);
        }
      })(),
    );
    expect(taken).toEqual([0, 1000, 2000]);
    expect(conversation.nextFreeAt(2000)).toBe(3000);
    expect(tenant.nextFreeAt(2000)).toBe(2000);
  });

  it("manyConcurrentCallers_neverOverdrawTheSharedLimiter", async () => {
    const time = new VirtualTime(0);
    const tenant = new SlidingWindowLimiter([{ limit: 5, windowMs: 1000 }]);
    const taken: number[] = [];
    await time.run(
      Promise.all(
        Array.from({ length: 23 }, async () => {
          await acquireAll(() => [tenant], time, time.sleep);
          taken.push(time.ms);
        }),
      ),
    );
    expect(taken).toHaveLength(23);
    expect(windowViolations(taken, [{ limit: 5, windowMs: 1000 }])).toEqual([]);
    expect(Math.max(...taken)).toBe(4000);
  });

  it("slotOnlyAfterTheDeadline_returnsFalse_andTakesNothing", async () => {
    const time = new VirtualTime(0);
    const limiter = new SlidingWindowLimiter([{ limit: 1, windowMs: 60_000 }]);
    limiter.record(0);
    await expect(time.run(acquireAll(() => [limiter], time, time.sleep, 30_000))).resolves.toBe(false);
    expect(time.ms).toBe(0);
    expect(limiter.nextFreeAt(0)).toBe(60_000);
  });
});

describe("LimiterRegistry", () => {
  it("idleLimiters_areDroppedBySweep_busyOnesKept", () => {
    const registry = new LimiterRegistry([{ limit: 2, windowMs: 1000 }]);
    registry.get("a", 0).record(0);
    registry.get("b", 900).record(900);
    registry.sweep(1500);
    expect(registry.size).toBe(1);
    expect(registry.get("b", 1500).nextFreeAt(1500)).toBe(1500);
  });
});
