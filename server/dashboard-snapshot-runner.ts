import type { DashboardSnapshots } from "../core/dashboard/dashboard-snapshots";
import type { Clock, Repositories } from "../core/ports";
import type { SchedulerLease } from "../core/scheduler-lease";
import type { WaveRunner } from "./campaign-scheduler";

/** The lease that lets one server instance at a time recompute the snapshots. */
export const DASHBOARD_LEASE_NAME = "dashboard-snapshots";

/**
 * Keeps HR's dashboards recent: every scheduler tick, the running and closing waves whose snapshot is
 * missing or older than the snapshot age limit are recomputed. With a lease, only its holder computes
 * (the writes are idempotent overwrites, so two instances racing would only waste work).
 */
export class DashboardSnapshotRunner implements WaveRunner {
  constructor(
    private readonly deps: {
      readonly snapshots: DashboardSnapshots;
      readonly repos: Repositories;
      readonly clock: Clock;
      readonly lease?: { readonly lease: SchedulerLease; readonly holder: string; readonly ttlMs: number };
    },
  ) {}

  /** Recomputes one wave's snapshot; returns 0 (no message is sent). */
  async runWave(waveId: string): Promise<number> {
    const wave = await this.deps.repos.waves.get(waveId);
    if (wave !== undefined) await this.deps.snapshots.refresh(wave);
    return 0;
  }

  /** Recomputes the stale snapshots of the running and closing waves. */
  async runAll(): Promise<void> {
    const hold = this.deps.lease;
    if (
      hold !== undefined &&
      !(await hold.lease.tryAcquire(DASHBOARD_LEASE_NAME, hold.holder, this.deps.clock.now(), hold.ttlMs))
    )
      return;
    await this.deps.snapshots.refreshStale();
  }
}
