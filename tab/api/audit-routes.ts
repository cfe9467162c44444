/**
 * HR's audit log route. HR only (access "hr": 401 without a valid token, 403 for anyone not an HR admin):
 *   GET /api/hr/waves/:waveId/audit → { entries: AuditEntry[] }, newest first, at most 1,000.
 *       404 NOT_FOUND for a wave of another tenant or no wave. Entries hold ids and counts, never a
 *       participant's name, email or answers (self-service actions name the actor "participant").
 */
import type { AuditEntry } from "../../core/audit/audit-entry";
import { TandemError } from "../../core/errors";
import type { Repositories } from "../../core/ports";
import { signedIn, type ApiRoute } from "./api-route";
import { pathParam } from "./request-fields";

const MAX_ENTRIES = 1000;

/** The body of GET /api/hr/waves/:waveId/audit. */
export interface AuditLogView {
  readonly entries: readonly AuditEntry[];
  /** True when older entries were left out. */
  readonly truncated: boolean;
}

/** The audit route (contract above). */
export function auditRoutes(deps: { repos: Repositories }): ApiRoute[] {
  return [
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/audit",
      access: "hr",
      handle: async (r) => {
        const waveId = pathParam(r, "waveId");
        const wave = await deps.repos.waves.get(waveId);
        if (wave === undefined || wave.tenantId !== signedIn(r).tenantId)
          throw new TandemError("NOT_FOUND", "There is no such wave.");
        const all = (await deps.repos.audit.listByWave(waveId)).filter((e) => e.tenantId === wave.tenantId);
        const view: AuditLogView = {
          entries: all.slice(0, MAX_ENTRIES),
          truncated: all.length > MAX_ENTRIES,
        };
        return { status: 200, body: view };
      },
    },
  ];
}
