/**
 * HR's progress route of the tab's API: how a running wave's pairs are doing, and how sessions were rated,
 * as aggregates only. Errors are `{ code, message }` as in hr-api-contract.ts.
 *
 * HR only (access "hr": 401 without a valid token, 403 for anyone who is not an HR admin):
 *   GET /api/hr/waves/:waveId/progress                                           → WaveProgress
 *       404 NOT_FOUND for a wave of another tenant or no wave at all. `pairs`: names, sessions held / booked /
 *       planned, last held session and last activity, and `atRisk` when no session was held for the wave's
 *       stall period (default 40 days; only while the wave runs). `ratings` (all check-ins) and `bySession`
 *       (per position in the plan) are `{ suppressed: true }` below 5 ratings — no count, no mean — else
 *       `{ suppressed: false, count, mean, distribution: [n1..n5] }`. Check-in comments, notes and
 *       per-person or per-pair ratings are never in the response.
 */
import { TandemError } from "../../core/errors";
import type { Clock, Repositories } from "../../core/ports";
import { waveProgress, type WaveProgress } from "../../core/sessions/wave-progress";
import { signedIn, type ApiRoute } from "./api-route";
import { pathParam } from "./request-fields";

export type {
  PairProgress,
  ProgressMember,
  RatingAggregate,
  SessionRatings,
  WaveProgress,
} from "../../core/sessions/wave-progress";

/** The progress route (contract above). */
export function progressRoutes(deps: { repos: Repositories; clock: Clock }): ApiRoute[] {
  return [
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/progress",
      access: "hr",
      handle: async (r) => ({
        status: 200,
        body: await loadProgress(deps, signedIn(r).tenantId, pathParam(r, "waveId")),
      }),
    },
  ];
}

async function loadProgress(
  { repos, clock }: { repos: Repositories; clock: Clock },
  tenantId: string,
  waveId: string,
): Promise<WaveProgress> {
  const wave = await repos.waves.get(waveId);
  if (wave === undefined || wave.tenantId !== tenantId)
    throw new TandemError("NOT_FOUND", "There is no such wave.");
  const [pairs, sessions, checkIns, participants] = await Promise.all([
    repos.pairs.listByWave(waveId),
    repos.sessions.listByWave(waveId),
    repos.checkIns.listByWave(waveId),
    repos.participants.listByWave(waveId),
  ]);
  const own = <T extends { tenantId?: string }>(items: readonly T[]) =>
    items.filter((i) => i.tenantId === undefined || i.tenantId === tenantId);
  return waveProgress(
    { wave, pairs: own(pairs), sessions: own(sessions), checkIns, participants: own(participants) },
    clock.now(),
  );
}
