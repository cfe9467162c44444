/**
 * Which server instance runs a background job right now. With several instances, only the holder of a
 * job's lease runs it; a holder renews it on every run, and a dead instance's lease simply expires.
 */

/** A named lease held by one instance at a time, for `ttlMs` after its last renewal. */
export interface SchedulerLease {
  /** True when `holder` now holds `name` (it was free, expired, or already theirs, and is renewed until now + ttlMs). */
  tryAcquire(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean>;
}

/** What the store keeps about one lease. */
export interface LeaseRecord {
  readonly name: string;
  readonly holder: string;
  /** ISO instant after which another holder may take it. */
  readonly expiresAt: string;
}

/** True when `holder` may take (or renew) the lease described by `current` at `now`. */
export function mayAcquire(current: LeaseRecord | undefined, holder: string, now: Date): boolean {
  return current === undefined || current.holder === holder || Date.parse(current.expiresAt) <= now.getTime();
}
