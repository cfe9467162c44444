import type { MatchingView, MatchWeights } from "../../../api/matching-api-contract";
import { isRecord, unexpectedAnswer } from "../../backend/tandem-api";

/** One authenticated call to the HR routes (see createHrApi): method, path under /api/hr, JSON body. */
export type HrCall = (
  method: "GET" | "POST" | "PATCH" | "PUT",
  path: string,
  body?: unknown,
  signal?: AbortSignal,
) => Promise<unknown>;

/** The matching routes of a wave (tab/api/matching-api-contract.ts); every edit answers the whole view. */
export interface MatchingApi {
  get(waveId: string, signal?: AbortSignal): Promise<MatchingView>;
  saveWeights(waveId: string, weights: MatchWeights): Promise<MatchingView>;
  propose(waveId: string): Promise<MatchingView>;
  swap(waveId: string, menteeIds: readonly [string, string]): Promise<MatchingView>;
  assign(waveId: string, menteeId: string, mentorId: string): Promise<MatchingView>;
  remove(waveId: string, menteeId: string): Promise<MatchingView>;
  lock(waveId: string, menteeId: string): Promise<MatchingView>;
  unlock(waveId: string, menteeId: string): Promise<MatchingView>;
  publish(waveId: string): Promise<MatchingView>;
}

export function createMatchingApi(call: HrCall): MatchingApi {
  const path = (waveId: string, action = "") =>
    `/waves/${encodeURIComponent(waveId)}/matching${action === "" ? "" : `/${action}`}`;
  const post = async (waveId: string, action: string, body: unknown) =>
    matchingView(await call("POST", path(waveId, action), body));
  return {
    get: async (waveId, signal) => matchingView(await call("GET", path(waveId), undefined, signal)),
    saveWeights: async (waveId, weights) =>
      matchingView(await call("PUT", path(waveId, "weights"), { weights })),
    propose: (waveId) => post(waveId, "propose", {}),
    swap: (waveId, menteeIds) => post(waveId, "swap", { menteeIds }),
    assign: (waveId, menteeId, mentorId) => post(waveId, "assign", { menteeId, mentorId }),
    remove: (waveId, menteeId) => post(waveId, "remove", { menteeId }),
    lock: (waveId, menteeId) => post(waveId, "lock", { menteeId }),
    unlock: (waveId, menteeId) => post(waveId, "unlock", { menteeId }),
    publish: (waveId) => post(waveId, "publish", {}),
  };
}

/** A light shape check; the contract types the rest. */
function matchingView(body: unknown): MatchingView {
  if (!isRecord(body) || !isRecord(body.pool) || !isRecord(body.weights)) throw unexpectedAnswer();
  return body as unknown as MatchingView;
}
