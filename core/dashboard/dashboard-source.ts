import type { Repositories } from "../ports";
import type { DashboardData } from "./wave-dashboard";

/**
 * Where the dashboard reads a wave's documents from: one read of the wave's partition for everything the
 * dashboard aggregates (a store can do it in one query rather than six), comments already left out.
 */
export interface DashboardSource {
  load(waveId: string): Promise<Omit<DashboardData, "wave">>;
}

/** The same read through the repositories (six queries): for hosts and tests without a dedicated store query. */
export function dashboardSourceFrom(repos: Repositories): DashboardSource {
  return {
    load: async (waveId) => {
      const [participants, responses, pairs, sessions, checkIns, assessments] = await Promise.all([
        repos.participants.listByWave(waveId),
        repos.responses.listByWave(waveId),
        repos.pairs.listByWave(waveId),
        repos.sessions.listByWave(waveId),
        repos.checkIns.listByWave(waveId),
        repos.assessments.listByWave(waveId),
      ]);
      return { participants, responses, pairs, sessions, checkIns, assessments };
    },
  };
}
