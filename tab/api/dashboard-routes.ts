/**
 * HR's dashboard routes: one wave's dashboard, two waves compared, and the wave report as CSV. Errors are
 * `{ code, message }` as in hr-api-contract.ts.
 *
 * HR only (access "hr": 401 without a valid token, 403 for anyone who is not an HR admin):
 *   GET /api/hr/waves/:waveId/dashboard                       → WaveDashboard (dashboard-api-contract.ts)
 *   GET /api/hr/dashboard/compare?a=<waveId>&b=<waveId>       → WaveComparison
 *   GET /api/hr/waves/:waveId/report.csv?separator=comma|semicolon → text/csv attachment (csv-response.ts)
 * 404 NOT_FOUND for a wave of another tenant or no wave; 400 VALIDATION for a missing a/b or another
 * separator. Every figure about fewer than 5 people is `{ suppressed: true }` ("fewer than 5" in the CSV);
 * notes, check-in and assessment comments and individual answers are never read into a response. Each
 * report download is recorded in HR's audit log ("export.downloaded", target "report.csv").
 */
import { dashboardSourceFrom, type DashboardSource } from "../../core/dashboard/dashboard-source";
import { compareWaves } from "../../core/dashboard/wave-comparison";
import { waveDashboard } from "../../core/dashboard/wave-dashboard";
import { waveReportLines } from "../../core/dashboard/wave-report";
import { TandemError } from "../../core/errors";
import type { Clock, Repositories } from "../../core/ports";
import type { ApiRequest, ApiRoute } from "./api-route";
import { signedIn } from "./api-route";
import { auditTrail } from "./audit-trail";
import { csvResponse, csvSeparator } from "./csv-response";
import { compareQuerySchema, waveComparisonSchema, waveDashboardSchema } from "./dashboard-api-contract";
import { pathParam } from "./request-fields";
import { waveReportColumns } from "./wave-report-csv";

interface DashboardDeps {
  readonly repos: Repositories;
  readonly clock: Clock;
  /** The wave's documents in one read (store/dashboard-documents.ts); the repositories' six queries otherwise. */
  readonly source?: DashboardSource;
}

/** The dashboard routes (contract above). */
export function dashboardRoutes(deps: DashboardDeps): ApiRoute[] {
  const audit = auditTrail(deps.repos, deps.clock);
  return [
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/dashboard",
      access: "hr",
      handle: async (r) => ({
        status: 200,
        body: waveDashboardSchema.parse(
          await loadDashboard(deps, signedIn(r).tenantId, pathParam(r, "waveId")),
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
          loadDashboard(deps, tenantId, a),
          loadDashboard(deps, tenantId, b),
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
        const dashboard = await loadDashboard(deps, signedIn(r).tenantId, waveId);
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

/** The wave's documents of the caller's tenant, aggregated (nothing but the wave's partition is read). */
async function loadDashboard({ repos, clock, source }: DashboardDeps, tenantId: string, waveId: string) {
  const wave = await repos.waves.get(waveId);
  if (wave === undefined || wave.tenantId !== tenantId)
    throw new TandemError("NOT_FOUND", "There is no such wave.");
  const { participants, responses, pairs, sessions, checkIns, assessments } = await (
    source ?? dashboardSourceFrom(repos)
  ).load(waveId);
  const own = <T extends { tenantId?: string }>(items: readonly T[]) =>
    items.filter((i) => i.tenantId === undefined || i.tenantId === tenantId);
  return waveDashboard(
    {
      wave,
      participants: own(participants),
      responses,
      pairs: own(pairs),
      sessions: own(sessions),
      checkIns,
      assessments,
    },
    clock.now(),
  );
}
