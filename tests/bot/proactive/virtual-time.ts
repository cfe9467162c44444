import type { Clock } from "../../../core/ports";
import type { Sleep } from "../../../bot/proactive/rate-limiter";

/**
 * A clock and a sleep on virtual time: `run(work)` lets every promise settle, and when all that is left
 * is sleeping, jumps the clock to the earliest wake-up. Only for work that waits on nothing but
 * promises and this sleep (fake transport, in-memory log): real I/O would look like a deadlock.
 */
export class VirtualTime implements Clock {
  private current: number;
  private sequence = 0;
  private readonly timers: Array<{ at: number; order: number; wake: () => void }> = [];

  constructor(start = Date.parse("2027-03-01T09:00:00Z")) {
    this.current = start;
  }

  readonly now = (): Date => new Date(this.current);

  get ms(): number {
    return this.current;
  }

  readonly sleep: Sleep = (ms) =>
    new Promise<void>((wake) => {
      this.timers.push({ at: this.current + Math.max(0, ms), order: this.sequence++, wake });
    });

  advance(ms: number): void {
    this.current += ms;
  }

  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (settled) return work;
      this.timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = this.timers.shift();
      if (next === undefined)
        throw new Error("Deadlock: the work waits on something other than virtual time.");
      this.current = Math.max(this.current, next.at);
      next.wake();
    }
  }
}

/** A deterministic uniform [0, 1) generator (mulberry32), for jitter in tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
