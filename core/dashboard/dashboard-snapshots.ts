/**
 * HR's dashboards served from stored snapshots: reading a wave of 5,000 pairs takes far longer than a
 * request may, so the figures are computed in the background (and when HR asks for a refresh, or when a
 * wave has none yet) and a request reads one document plus the members of the pairs at risk.
 */
import { TandemError } from "../errors";
import type { Clock, Repositories } from "../ports";
import type { Wave } from "../wave";
import type { DashboardSource } from "./dashboard-source";
import {
  atRiskMemberIds,
  isStale,
  servedDashboard,
  snapshotOf,
  SNAPSHOT_MAX_AGE_MS,
  type DashboardSnapshot,
  type DashboardSnapshotStore,
  type ServedDashboard,
} from "./dashboard-snapshot";
import { waveDashboard } from "./wave-dashboard";

/** Waves whose figures still move: the background refresh keeps their snapshots recent. */
const LIVE_STATES: ReadonlySet<Wave["state"]> = new Set(["running", "closing"]);

/** How many point reads resolve the pairs at risk at a time. */
const READS_AT_ONCE = 128;

export interface DashboardSnapshotsDeps {
  readonly repos: Repositories;
  readonly source: DashboardSource;
  /** Without a store every request computes (hosts and tests without one). */
  readonly store?: DashboardSnapshotStore;
  readonly clock: Clock;
  readonly maxAgeMs?: number;
}

/** Computes, stores and serves the waves' dashboard snapshots. */
export class DashboardSnapshots {
  /** One computation per wave at a time in this process: a second caller waits for the first's result. */
  private readonly inFlight = new Map<string, Promise<DashboardSnapshot>>();

  constructor(private readonly deps: DashboardSnapshotsDeps) {}

  /**
   * The wave's dashboard for HR of `tenantId`: the stored snapshot, or a fresh one when there is none or
   * HR asked for it. NOT_FOUND for a wave of another tenant.
   */
  async dashboard(tenantId: string, waveId: string, options: { refresh?: boolean } = {}) {
    const wave = await this.deps.repos.waves.get(waveId);
    if (wave === undefined || wave.tenantId !== tenantId)
      throw new TandemError("NOT_FOUND", "There is no such wave.");
    const stored = options.refresh === true ? undefined : await this.deps.store?.get(waveId);
    const snapshot = stored ?? (await this.refresh(wave));
    return this.served(snapshot, wave);
  }

  /** Computes the wave's figures now and stores them (an older computation never overwrites a newer one). */
  refresh(wave: Wave): Promise<DashboardSnapshot> {
    const running = this.inFlight.get(wave.id);
    if (running !== undefined) return running;
    const work = this.compute(wave).finally(() => this.inFlight.delete(wave.id));
    this.inFlight.set(wave.id, work);
    return work;
  }

  /** Refreshes the running and closing waves whose snapshot is missing or stale; returns how many. */
  async refreshStale(): Promise<number> {
    let refreshed = 0;
    for (const wave of await this.deps.repos.waves.list()) {
      if (!LIVE_STATES.has(wave.state)) continue;
      const stored = await this.deps.store?.get(wave.id);
      if (stored !== undefined && !isStale(stored, this.deps.clock.now(), this.maxAgeMs)) continue;
      await this.refresh(wave);
      refreshed++;
    }
    return refreshed;
  }

  private get maxAgeMs(): number {
    return this.deps.maxAgeMs ?? SNAPSHOT_MAX_AGE_MS;
  }

  private async compute(wave: Wave): Promise<DashboardSnapshot> {
    const { participants, responses, pairs, sessions, checkIns, assessments } = await this.deps.source.load(
      wave.id,
    );
    const own = <T extends { tenantId?: string }>(items: readonly T[]) =>
      items.filter((i) => i.tenantId === undefined || i.tenantId === wave.tenantId);
    const dashboard = waveDashboard(
      {
        wave,
        participants: own(participants),
        responses,
        pairs: own(pairs),
        sessions: own(sessions),
        checkIns,
        assessments,
      },
      this.deps.clock.now(),
    );
    const snapshot = snapshotOf(dashboard, wave.tenantId);
    const store = this.deps.store;
    if (store !== undefined) {
      const current = await store.get(wave.id);
      if (current === undefined || current.computedAt <= snapshot.computedAt) await store.save(snapshot);
    }
    return snapshot;
  }

  /** The snapshot with the names of its pairs at risk's members (point reads, many at a time). */
  private async served(snapshot: DashboardSnapshot, wave: Wave): Promise<ServedDashboard> {
    const ids = atRiskMemberIds(snapshot);
    const people = await inBatches(ids, (id) => this.deps.repos.participants.get(wave.id, id));
    const names = new Map<string, string>();
    people.forEach((p, i) => {
      if (p !== undefined) names.set(ids[i] ?? p.id, p.displayName);
    });
    return servedDashboard(snapshot, wave, names);
  }
}

/** `read` over every item, READS_AT_ONCE at a time, results in the items' order. */
async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += READS_AT_ONCE)
    results.push(...(await Promise.all(items.slice(i, i + READS_AT_ONCE).map(read))));
  return results;
}
