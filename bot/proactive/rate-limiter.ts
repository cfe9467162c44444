import type { Clock } from "../../core/ports";

/** At most `limit` sends in any `windowMs`-long stretch of time. */
export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
}

/** Teams' limits for a bot posting to one conversation (DESIGN.md "Teams limits"). */
export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1800, windowMs: 3_600_000 },
];

/** Teams' limit for one app across a tenant (~50 requests per second). */
export const TEAMS_TENANT_WINDOWS: readonly RateWindow[] = [{ limit: 50, windowMs: 1_000 }];

export type Sleep = (ms: number) => Promise<void>;

/** The real Sleep, on a timer. */
export const timerSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A sliding-window limiter: it remembers when it granted each slot (the last hour's worth at most) and
 * grants a new one only when every window would stay within its limit. In-process: several instances
 * of Tandem each keep their own counts, so split the tenant limit between them.
 */
export class SlidingWindowLimiter {
  /** Grant times, ascending. */
  private readonly granted: number[] = [];
  private readonly horizonMs: number;

  constructor(readonly windows: readonly RateWindow[]) {
    if (windows.length === 0) throw new Error("A rate limiter needs at least one window.");
    for (const w of windows)
      if (!Number.isInteger(w.limit) || w.limit < 1 || !(w.windowMs > 0))
        throw new Error(`Invalid rate window: ${w.limit} per ${w.windowMs} ms.`);
    this.horizonMs = Math.max(...windows.map((w) => w.windowMs));
  }

  /** The earliest time (ms, ≥ now) at which a slot is free. */
  nextFreeAt(now: number): number {
    this.forgetBefore(now - this.horizonMs);
    let at = now;
    for (const { limit, windowMs } of this.windows) {
      // The limit-th most recent grant must have left the window before another one fits in.
      const blocking = this.granted[this.granted.length - limit];
      if (blocking !== undefined) at = Math.max(at, blocking + windowMs);
    }
    return at;
  }

  /** Records a grant at `at` (callers only record a time `nextFreeAt` allowed). */
  record(at: number): void {
    const last = this.granted[this.granted.length - 1];
    this.granted.push(last !== undefined && last > at ? last : at);
  }

  /** True when nothing granted is still inside any window: the limiter can be dropped. */
  isIdle(now: number): boolean {
    this.forgetBefore(now - this.horizonMs);
    return this.granted.length === 0;
  }

  private forgetBefore(cutoff: number): void {
    let stale = 0;
    while (stale < this.granted.length && (this.granted[stale] ?? Infinity) <= cutoff) stale++;
    if (stale > 0) this.granted.splice(0, stale);
  }
}

/**
 * Waits until every limiter has a free slot at the same moment, then takes them all at once (one
 * synchronous step, so concurrent callers cannot overdraw). Returns false, taking nothing, when that
 * moment would come after `deadline`. `limiters` is asked again after every wait, so a registry may
 * drop idle limiters meanwhile.
 */
export async function acquireAll(
  limiters: (now: number) => readonly SlidingWindowLimiter[],
  clock: Clock,
  sleep: Sleep,
  deadline = Infinity,
): Promise<boolean> {
  for (;;) {
    const now = clock.now().getTime();
    const current = limiters(now);
    const at = Math.max(...current.map((limiter) => limiter.nextFreeAt(now)));
    if (at <= now) {
      for (const limiter of current) limiter.record(now);
      return true;
    }
    if (at > deadline) return false;
    await sleep(at - now);
  }
}

/** Limiters by key (conversation, tenant), created on first use and dropped once idle. */
export class LimiterRegistry {
  private readonly limiters = new Map<string, SlidingWindowLimiter>();
  private uses = 0;

  constructor(private readonly windows: readonly RateWindow[]) {}

  get(key: string, now: number): SlidingWindowLimiter {
    if (++this.uses % 1000 === 0) this.sweep(now);
    let limiter = this.limiters.get(key);
    if (limiter === undefined) {
      limiter = new SlidingWindowLimiter(this.windows);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  get size(): number {
    return this.limiters.size;
  }

  sweep(now: number): void {
    for (const [key, limiter] of this.limiters) if (limiter.isIdle(now)) this.limiters.delete(key);
  }
}
