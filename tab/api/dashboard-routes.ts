/**
 * HR's dashboard routes: one wave's dashboard, two waves compared, and the wave report as CSV. Errors are
 * `{ code, message }` as in hr-api-contract.ts.
 *
 * HR only (access "hr": 401 without a valid token, 403 for anyone who is not an HR admin):
 *   GET /api/hr/waves/:waveId/dashboard[?refresh=1]           → WaveDashboard (dashboard-api-contract.ts)
 *   GET /api/hr/dashboard/compare?a=<waveId>&b=<waveId>       → WaveComparison
 *   GET /api/hr/waves/:waveId/report.csv?separator=comma|semicolon → text/csv attachment (csv-response.ts)
 * 404 NOT_FOUND for a wave of another tenant or no wave; 400 VALIDATION for a missing a/b or another
 * separator. Every figure about fewer than 5 people is `{ suppressed: true }` ("fewer than 5" in the CSV);
 * notes, check-in and assessment comments and individual answers are never read into a response. Each
 * report download is recorded in HR's audit log ("export.downloaded", target "report.csv").
 *
 * The figures come from the wave's stored snapshot (core/dashboard/dashboard-snapshots.ts) with its
 * `computedAt`; the first request of a wave without one, and `?refresh=1`, compute and store it first.
 */
import { dashboardSourceFrom, type DashboardSource } from "../../core/dashboard/dashboard-source";
import { DashboardSnapshots } from "../../core/dashboard/dashboard-snapshots";
import { compareWaves } from "../../core/dashboard/wave-comparison";
import { waveReportLines } from "../../core/dashboard/wave-report";
import { TandemError } from "../../core/errors";
import type { Clock, Repositories } from "../../core/ports";
import type { ApiRequest, ApiRoute } from "./api-route";
import { signedIn } from "./api-route";
import { auditTrail } from "./audit-trail";
import { csvResponse, csvSeparator } from "./csv-response";
import {
  compareQuerySchema,
  refreshQuerySchema,
  waveComparisonSchema,
  waveDashboardSchema,
} from "./dashboard-api-contract";
import { pathParam } from "./request-fields";
import { waveReportColumns } from "./wave-report-csv";

interface DashboardDeps {
  readonly repos: Repositories;
  readonly clock: Clock;
  /** The wave's documents in one read (store/dashboard-documents.ts); the repositories' six queries otherwise. */
  readonly source?: DashboardSource;
  /** The stored snapshots; without them every request computes its figures. */
  readonly snapshots?: DashboardSnapshots;
}

/** The dashboard routes (contract above). */
export function dashboardRoutes(deps: DashboardDeps): ApiRoute[] {
  const audit = auditTrail(deps.repos, deps.clock);
  const snapshots =
    deps.snapshots ??
    new DashboardSnapshots({
      repos: deps.repos,
      clock: deps.clock,
      source: deps.source ?? dashboardSourceFrom(deps.repos),
    });
  return [
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/dashboard",
      access: "hr",
      handle: async (r) => ({
        status: 200,
        body: waveDashboardSchema.parse(
          await snapshots.dashboard(signedIn(r).tenantId, pathParam(r, "waveId"), {
            refresh: refreshQuerySchema.parse(r.query ?? {}).refresh === "1",
          }),
        ),
      }),
    },
    {
      method: "GET",
      path: "/api/hr/dashboard/compare",
      access: "hr",
      handle: async (r) => {
        const { a, b } = compareQuery(r);
        const tenantId = signedIn(r).tenantId;
        const [left, right] = await Promise.all([
          snapshots.dashboard(tenantId, a),
          snapshots.dashboard(tenantId, b),
        ]);
        return { status: 200, body: waveComparisonSchema.parse(compareWaves(left, right)) };
      },
    },
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/report.csv",
      access: "hr",
      handle: async (r) => {
        const separator = csvSeparator(r);
        const waveId = pathParam(r, "waveId");
        // The lines read only fields of the dashboard's contract (the allow-list above).
        const dashboard = await snapshots.dashboard(signedIn(r).tenantId, waveId);
        const lines = waveReportLines(dashboard);
        const labels = new Map(dashboard.themes.map((t) => [t.id, t.labels.en]));
        await audit(r, {
          waveId,
          action: "export.downloaded",
          target: "report.csv",
          details: { rows: lines.length, separator },
        });
        return csvResponse(
          lines,
          waveReportColumns(separator, (id) => labels.get(id)),
          separator,
          `report-${waveId}.csv`,
        );
      },
    },
  ];
}

function compareQuery(request: ApiRequest): { a: string; b: string } {
  const parsed = compareQuerySchema.safeParse(request.query ?? {});
  if (parsed.success) return parsed.data;
  throw new TandemError("VALIDATION", "Choose two waves to compare.", [
    { field: "a", message: "Give the ids of two waves as a and b." },
  ]);
}
