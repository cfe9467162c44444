import type { WaveComparison, WaveDashboard } from "../../../api/dashboard-api-contract";
import { isRecord, unexpectedAnswer } from "../../backend/tandem-api";
import type { HrCall } from "./matching-api";

/** HR's dashboard routes (tab/api/dashboard-routes.ts): one wave's figures, and two waves compared. */
export interface DashboardApi {
  /** The stored figures; `refresh` recomputes them first (slower: the whole wave is read). */
  get(waveId: string, signal?: AbortSignal, refresh?: boolean): Promise<WaveDashboard>;
  compare(a: string, b: string, signal?: AbortSignal): Promise<WaveComparison>;
}

export function createDashboardApi(call: HrCall): DashboardApi {
  return {
    get: async (waveId, signal, refresh = false) => {
      const path = `/waves/${encodeURIComponent(waveId)}/dashboard${refresh ? "?refresh=1" : ""}`;
      return shaped(await call("GET", path, undefined, signal), "funnel");
    },
    compare: async (a, b, signal) => {
      const query = new URLSearchParams({ a, b }).toString();
      return shaped(await call("GET", `/dashboard/compare?${query}`, undefined, signal), "rows");
    },
  };
}

/** A light shape check: the answer is an object with `key`; the contract types the rest. */
function shaped<T>(body: unknown, key: string): T {
  if (!isRecord(body) || !Array.isArray(body[key])) throw unexpectedAnswer();
  return body as T;
}
