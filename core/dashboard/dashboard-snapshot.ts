/**
 * A wave's dashboard as last computed, stored so that HR's dashboard reads one document instead of the
 * wave's tens of thousands. It holds figures only: everything is already suppressed below 5 people, and the
 * pairs at risk are kept as pair and participant ids (opaque, as in the pair documents) and dates — their
 * names are looked up when HR reads it, so an erased person's name, email or Entra id never sits in a snapshot.
 */
import type { DashboardPairAtRisk } from "./dashboard-sessions";
import type { WaveDashboard } from "./wave-dashboard";

/** How old a running or closing wave's snapshot may get before the background refresh recomputes it. */
export const SNAPSHOT_MAX_AGE_MS = 5 * 60_000;

/** A pair at risk with its members' ids only (their names are read when HR reads the dashboard). */
export type SnapshotPairAtRisk = Omit<DashboardPairAtRisk, "mentor" | "mentees"> & {
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
};

/** The stored figures of one wave's dashboard. */
export interface DashboardSnapshot {
  readonly waveId: string;
  readonly tenantId: string;
  /** When the figures were computed (ISO): the tab shows it as "Updated …". */
  readonly computedAt: string;
  readonly dashboard: Omit<WaveDashboard, "pairsAtRisk"> & {
    readonly pairsAtRisk: readonly SnapshotPairAtRisk[];
  };
}

/**
 * How many pairs at risk the dashboard lists (longest without a session first): enough for the committee's
 * view; the Progress section lists them all. Keeps the served dashboard's name reads bounded in large waves.
 */
export const AT_RISK_LISTED = 25;

/**
 * A dashboard as HR gets it: the figures, the members of the first AT_RISK_LISTED pairs at risk, how many
 * pairs are at risk in all, and when it was computed.
 */
export type ServedDashboard = WaveDashboard & {
  readonly computedAt: string;
  readonly pairsAtRiskTotal: number;
};

/** Where the snapshots are kept (one per wave). */
export interface DashboardSnapshotStore {
  get(waveId: string): Promise<DashboardSnapshot | undefined>;
  /** Creates or overwrites the wave's snapshot. */
  save(snapshot: DashboardSnapshot): Promise<void>;
}

/** The dashboard computed at `dashboard.asOf`, without the members of its pairs at risk. */
export function snapshotOf(dashboard: WaveDashboard, tenantId: string): DashboardSnapshot {
  return {
    waveId: dashboard.waveId,
    tenantId,
    computedAt: dashboard.asOf,
    dashboard: {
      ...dashboard,
      pairsAtRisk: dashboard.pairsAtRisk.map(({ mentor, mentees, ...risk }) => ({
        ...risk,
        mentorId: mentor.id,
        menteeIds: mentees.map((m) => m.id),
      })),
    },
  };
}

/** True when the snapshot was computed more than `maxAgeMs` before `now`. */
export function isStale(snapshot: DashboardSnapshot, now: Date, maxAgeMs = SNAPSHOT_MAX_AGE_MS): boolean {
  return now.getTime() - Date.parse(snapshot.computedAt) > maxAgeMs;
}

/** Every participant id the snapshot's pairs at risk name (each once). */
export function atRiskMemberIds(snapshot: DashboardSnapshot): string[] {
  const ids = new Set<string>();
  for (const r of snapshot.dashboard.pairsAtRisk.slice(0, AT_RISK_LISTED))
    for (const id of [r.mentorId, ...r.menteeIds]) ids.add(id);
  return [...ids];
}

/**
 * The snapshot as HR reads it: the wave's current name and state, and the members of each pair at risk
 * named from `names` (the id where a name is missing).
 */
export function servedDashboard(
  snapshot: DashboardSnapshot,
  wave: { readonly name: string; readonly state: WaveDashboard["state"] },
  names: ReadonlyMap<string, string>,
): ServedDashboard {
  const member = (id: string) => ({ id, displayName: names.get(id) ?? id });
  const pairsAtRisk: DashboardPairAtRisk[] = snapshot.dashboard.pairsAtRisk
    .slice(0, AT_RISK_LISTED)
    .map(({ mentorId, menteeIds, ...risk }) => ({
      ...risk,
      mentor: member(mentorId),
      mentees: menteeIds.map(member),
    }));
  return {
    ...snapshot.dashboard,
    waveName: wave.name,
    state: wave.state,
    pairsAtRisk,
    pairsAtRiskTotal: snapshot.dashboard.pairsAtRisk.length,
    computedAt: snapshot.computedAt,
  };
}
