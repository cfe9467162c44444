import type {
  CampaignInput,
  CampaignStatus,
  ImportPreview,
  ImportResult,
  NeedsAnalytics,
  ParticipantInput,
  ParticipantRow,
  VettingInput,
  WaveDetail,
  WaveInput,
  WaveSummary,
} from "../../../api/hr-api-contract";
import type { WaveState } from "../../../../core/wave";
import { ApiError } from "../../backend/api-error";
import { isRecord, requestJson, unexpectedAnswer } from "../../backend/tandem-api";
import { createMatchingApi, type HrCall, type MatchingApi } from "./matching-api";
import { createDashboardApi, type DashboardApi } from "./dashboard-api";
import { fetchFile } from "./file-download";
import type { WaveProgress } from "../../../../core/sessions/wave-progress";
import type { AuditLogView } from "../../../api/audit-routes";
import type { HrChannelSummary, HrChannelView } from "../../../api/hr-channel-routes";

/** The HR routes of Tandem's API (tab/api/hr-api-contract.ts), called as the signed-in HR lead. */
export interface HrApi {
  listWaves(signal?: AbortSignal): Promise<readonly WaveSummary[]>;
  getWave(waveId: string, signal?: AbortSignal): Promise<WaveDetail>;
  createWave(input: WaveInput): Promise<WaveDetail>;
  updateWave(waveId: string, input: Partial<WaveInput>): Promise<WaveDetail>;
  transitionWave(waveId: string, to: WaveState): Promise<WaveDetail>;
  listParticipants(waveId: string, signal?: AbortSignal): Promise<readonly ParticipantRow[]>;
  addParticipant(waveId: string, input: ParticipantInput): Promise<ParticipantRow>;
  updateParticipant(waveId: string, id: string, input: Partial<ParticipantInput>): Promise<ParticipantRow>;
  withdrawParticipant(waveId: string, id: string): Promise<ParticipantRow>;
  setVetting(waveId: string, id: string, input: VettingInput): Promise<ParticipantRow>;
  previewImport(waveId: string, csv: string): Promise<ImportPreview>;
  commitImport(waveId: string, csv: string): Promise<ImportResult>;
  launchCampaign(waveId: string, input: CampaignInput): Promise<CampaignStatus>;
  getCampaign(waveId: string, signal?: AbortSignal): Promise<CampaignStatus>;
  getNeeds(waveId: string, signal?: AbortSignal): Promise<NeedsAnalytics>;
  /** How the running wave's pairs are doing; ratings as aggregates only (tab/api/progress-routes.ts). */
  getProgress(waveId: string, signal?: AbortSignal): Promise<WaveProgress>;
  /** The wave's audit log, newest first (tab/api/audit-routes.ts). */
  getAuditLog(waveId: string, signal?: AbortSignal): Promise<AuditLogView>;
  /** The tenant's HR channel and the candidate teams (tab/api/hr-channel-routes.ts). */
  getHrChannel(signal?: AbortSignal): Promise<HrChannelView>;
  /** Makes a candidate team the HR channel that gets the weekly summaries. */
  registerHrChannel(teamId: string): Promise<HrChannelSummary>;
  /** An export (CSV) under /api/hr, e.g. `/waves/w1/pairs.csv?separator=semicolon`, as the file's bytes. */
  downloadFile(path: string): Promise<Blob>;
  /** Proposing, editing and publishing a wave's pairs. */
  readonly matching: MatchingApi;
  /** A wave's dashboard and the comparison of two waves (aggregates only). */
  readonly dashboard: DashboardApi;
}

/**
 * An HrApi sending `getToken()`'s token with every call (the same token as GET /api/me). A 401 also calls
 * `onUnauthorized`, so the demo sign-in can ask for a new session; the caller still gets the error.
 */
export function createHrApi(getToken: () => Promise<string>, onUnauthorized?: () => void): HrApi {
  const call: HrCall = async (method, path, body, signal) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${await getToken()}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    try {
      return await requestJson(`/api/hr${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (error instanceof ApiError && error.isUnauthorized) onUnauthorized?.();
      throw error;
    }
  };
  const wave = (waveId: string) => `/waves/${encodeURIComponent(waveId)}`;
  const person = (waveId: string, id: string) => `${wave(waveId)}/participants/${encodeURIComponent(id)}`;

  return {
    listWaves: async (signal) => arrayIn(await call("GET", "/waves", undefined, signal), "waves"),
    getWave: async (waveId, signal) => has(await call("GET", wave(waveId), undefined, signal), "transitions"),
    createWave: async (input) => has(await call("POST", "/waves", input), "transitions"),
    updateWave: async (waveId, input) => has(await call("PATCH", wave(waveId), input), "transitions"),
    transitionWave: async (waveId, to) =>
      has(await call("POST", `${wave(waveId)}/transition`, { to }), "transitions"),
    listParticipants: async (waveId, signal) =>
      arrayIn(await call("GET", `${wave(waveId)}/participants`, undefined, signal), "participants"),
    addParticipant: async (waveId, input) =>
      has(await call("POST", `${wave(waveId)}/participants`, input), "id"),
    updateParticipant: async (waveId, id, input) => has(await call("PATCH", person(waveId, id), input), "id"),
    withdrawParticipant: async (waveId, id) =>
      has(await call("POST", `${person(waveId, id)}/withdraw`, {}), "id"),
    setVetting: async (waveId, id, input) =>
      has(await call("POST", `${person(waveId, id)}/vetting`, input), "id"),
    previewImport: async (waveId, csv) =>
      has(await call("POST", `${wave(waveId)}/import/preview`, { csv }), "rows"),
    commitImport: async (waveId, csv) =>
      has(await call("POST", `${wave(waveId)}/import/commit`, { csv }), "created"),
    launchCampaign: async (waveId, input) =>
      has(await call("POST", `${wave(waveId)}/campaign`, input), "state"),
    getCampaign: async (waveId, signal) =>
      has(await call("GET", `${wave(waveId)}/campaign`, undefined, signal), "state"),
    getNeeds: async (waveId, signal) =>
      has(await call("GET", `${wave(waveId)}/analytics/needs`, undefined, signal), "themes"),
    getProgress: async (waveId, signal) =>
      has(await call("GET", `${wave(waveId)}/progress`, undefined, signal), "pairs"),
    getAuditLog: async (waveId, signal) =>
      has(await call("GET", `${wave(waveId)}/audit`, undefined, signal), "entries"),
    getHrChannel: async (signal) => has(await call("GET", "/hr-channel", undefined, signal), "candidates"),
    registerHrChannel: async (teamId) =>
      has<{ channel: HrChannelSummary }>(await call("PUT", "/hr-channel", { teamId }), "channel").channel,
    downloadFile: async (path) => {
      try {
        return await fetchFile(`/api/hr${path}`, await getToken());
      } catch (error) {
        if (error instanceof ApiError && error.isUnauthorized) onUnauthorized?.();
        throw error;
      }
    },
    matching: createMatchingApi(call),
    dashboard: createDashboardApi(call),
  };
}

/** A light shape check: the answer is an object with `key`; the contract types the rest. */
function has<T>(body: unknown, key: string): T {
  if (!isRecord(body) || !(key in body)) throw unexpectedAnswer();
  return body as T;
}

function arrayIn<T>(body: unknown, key: string): readonly T[] {
  if (!isRecord(body) || !Array.isArray(body[key])) throw unexpectedAnswer();
  return body[key] as T[];
}
