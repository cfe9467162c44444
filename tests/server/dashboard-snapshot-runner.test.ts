/**
 * The background refresh of HR's dashboards: it recomputes the snapshots of running and closing waves that
 * are missing or older than the age limit, leaves fresh ones and other states alone, and does nothing when
 * another instance holds the lease.
 */
import type { DashboardSnapshot, DashboardSnapshotStore } from "../../core/dashboard/dashboard-snapshot";
import { DashboardSnapshots } from "../../core/dashboard/dashboard-snapshots";
import type { DashboardSource } from "../../core/dashboard/dashboard-source";
import type { WaveState } from "../../core/wave";
import { DashboardSnapshotRunner } from "../../server/dashboard-snapshot-runner";
import { aWave } from "../support/domain-factories";
import { inMemoryRepositories } from "../support/in-memory-repositories";

const NOW = new Date("2026-12-15T12:00:00.000Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

async function setUp(waves: ReadonlyArray<{ id: string; state: WaveState; computedMinutesAgo?: number }>) {
  const repos = inMemoryRepositories();
  const stored = new Map<string, DashboardSnapshot>();
  const store: DashboardSnapshotStore = {
    get: async (waveId) => stored.get(waveId),
    save: async (snapshot) => void stored.set(snapshot.waveId, snapshot),
  };
  const loaded: string[] = [];
  const source: DashboardSource = {
    load: async (waveId) => {
      loaded.push(waveId);
      return { participants: [], responses: [], pairs: [], sessions: [], checkIns: [], assessments: [] };
    },
  };
  for (const w of waves) {
    const wave = aWave({ id: w.id, state: w.state });
    await repos.waves.save(wave);
    if (w.computedMinutesAgo !== undefined)
      stored.set(w.id, {
        waveId: w.id,
        tenantId: wave.tenantId,
        computedAt: minutesAgo(w.computedMinutesAgo),
        dashboard: {} as DashboardSnapshot["dashboard"],
      });
  }
  const clock = { now: () => NOW };
  const snapshots = new DashboardSnapshots({ repos, source, store, clock });
  return { repos, stored, loaded, snapshots, clock };
}

describe("DashboardSnapshotRunner", () => {
  it("runAll_refreshesMissingAndStaleSnapshotsOfRunningAndClosingWaves_only", async () => {
    const { repos, stored, loaded, snapshots, clock } = await setUp([
      { id: "running-none", state: "running" },
      { id: "running-fresh", state: "running", computedMinutesAgo: 1 },
      { id: "running-stale", state: "running", computedMinutesAgo: 6 },
      { id: "closing-stale", state: "closing", computedMinutesAgo: 30 },
      { id: "closed-stale", state: "closed", computedMinutesAgo: 600 },
      { id: "draft-none", state: "draft" },
    ]);

    await new DashboardSnapshotRunner({ snapshots, repos, clock }).runAll();

    expect(loaded.sort()).toEqual(["closing-stale", "running-none", "running-stale"]);
    expect(stored.get("running-stale")?.computedAt).toBe(NOW.toISOString());
    expect(stored.get("running-none")?.computedAt).toBe(NOW.toISOString());
    expect(stored.get("running-fresh")?.computedAt).toBe(minutesAgo(1));
    expect(stored.get("closed-stale")?.computedAt).toBe(minutesAgo(600));
    expect(stored.has("draft-none")).toBe(false);
  });

  it("runAll_whenAnotherInstanceHoldsTheLease_computesNothing", async () => {
    const { repos, stored, loaded, snapshots, clock } = await setUp([
      { id: "running-stale", state: "running", computedMinutesAgo: 6 },
    ]);
    const lease = { tryAcquire: async () => false };

    await new DashboardSnapshotRunner({
      snapshots,
      repos,
      clock,
      lease: { lease, holder: "me", ttlMs: 30_000 },
    }).runAll();

    expect(loaded).toEqual([]);
    expect(stored.get("running-stale")?.computedAt).toBe(minutesAgo(6));
  });

  it("runWave_recomputesThatWave_evenWhenItsSnapshotIsFresh", async () => {
    const { repos, stored, snapshots, clock } = await setUp([
      { id: "closed-fresh", state: "closed", computedMinutesAgo: 1 },
    ]);

    await new DashboardSnapshotRunner({ snapshots, repos, clock }).runWave("closed-fresh");

    expect(stored.get("closed-fresh")?.computedAt).toBe(NOW.toISOString());
    expect(stored.get("closed-fresh")?.dashboard.pairCount).toBe(0);
  });

  it("anOlderComputation_neverOverwritesANewerSnapshot", async () => {
    const { repos, stored, snapshots } = await setUp([{ id: "running", state: "running" }]);
    stored.set("running", {
      waveId: "running",
      tenantId: "t",
      computedAt: "2027-01-01T00:00:00.000Z",
      dashboard: {} as DashboardSnapshot["dashboard"],
    });
    const wave = await repos.waves.get("running");

    await snapshots.refresh(wave!);

    expect(stored.get("running")?.computedAt).toBe("2027-01-01T00:00:00.000Z");
  });
});
