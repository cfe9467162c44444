/**
 * HR's pair-list export: one CSV line per mentee of each published pair or group, for HR's own follow-up in
 * Excel. Names, emails, dates and counts only — never notes, check-in comments or ratings.
 *
 * HR only (access "hr": 401 without a valid token, 403 for anyone who is not an HR admin):
 *   GET /api/hr/waves/:waveId/pairs.csv?separator=comma|semicolon        → text/csv attachment (csv-response.ts)
 *       Columns: pair id, mentor name, mentor email, mentee name, mentee email, published (date), sessions
 *       held, last activity (date). 404 NOT_FOUND for a wave of another tenant; 400 VALIDATION for another
 *       separator. Each download is recorded in HR's audit log ("export.downloaded", target "pairs.csv").
 */
import { TandemError } from "../../core/errors";
import type { Participant } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import { waveProgress } from "../../core/sessions/wave-progress";
import { signedIn, type ApiRoute } from "./api-route";
import { auditTrail } from "./audit-trail";
import { csvResponse, csvSeparator, type CsvColumn } from "./csv-response";
import { pathParam } from "./request-fields";

/** One line of the export: a mentee and their pair. */
export interface PairListRow {
  readonly pairId: string;
  readonly mentorName: string;
  readonly mentorEmail: string;
  readonly menteeName: string;
  readonly menteeEmail: string;
  readonly publishedAt: string;
  readonly held: number;
  readonly lastActivityAt?: string;
}

/** The export's columns, in order (headers in English: HR's spreadsheets are shared across sites). */
export const PAIR_LIST_COLUMNS: readonly CsvColumn<PairListRow>[] = [
  { header: "Pair", value: (r) => r.pairId },
  { header: "Mentor", value: (r) => r.mentorName },
  { header: "Mentor email", value: (r) => r.mentorEmail },
  { header: "Mentee", value: (r) => r.menteeName },
  { header: "Mentee email", value: (r) => r.menteeEmail },
  { header: "Published", value: (r) => r.publishedAt.slice(0, 10) },
  { header: "Sessions held", value: (r) => r.held },
  { header: "Last activity", value: (r) => r.lastActivityAt?.slice(0, 10) },
];

/** The pair-list export route (contract above). */
export function pairListExportRoutes(deps: { repos: Repositories; clock: Clock }): ApiRoute[] {
  const audit = auditTrail(deps.repos, deps.clock);
  return [
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/pairs.csv",
      access: "hr",
      handle: async (request) => {
        const identity = signedIn(request);
        const separator = csvSeparator(request);
        const waveId = pathParam(request, "waveId");
        const rows = await pairListRows(deps, identity.tenantId, waveId);
        await audit(request, {
          waveId,
          action: "export.downloaded",
          target: "pairs.csv",
          details: { rows: rows.length, separator },
        });
        return csvResponse(rows, PAIR_LIST_COLUMNS, separator, `pairs-${waveId}.csv`);
      },
    },
  ];
}

async function pairListRows(
  { repos, clock }: { repos: Repositories; clock: Clock },
  tenantId: string,
  waveId: string,
): Promise<PairListRow[]> {
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
  const ownPairs = own(pairs);
  const progress = waveProgress(
    { wave, pairs: ownPairs, sessions: own(sessions), checkIns, participants: own(participants) },
    clock.now(),
  );
  const byPair = new Map(progress.pairs.map((p) => [p.pairId, p]));
  const people = new Map<string, Participant>(own(participants).map((p) => [p.id, p]));
  const person = (id: string) => ({
    name: people.get(id)?.displayName ?? id,
    email: people.get(id)?.email ?? "",
  });
  return [...ownPairs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((pair) => {
      const mentor = person(pair.mentorId);
      const seen = byPair.get(pair.id);
      return pair.menteeIds.map((menteeId): PairListRow => {
        const mentee = person(menteeId);
        return {
          pairId: pair.id,
          mentorName: mentor.name,
          mentorEmail: mentor.email,
          menteeName: mentee.name,
          menteeEmail: mentee.email,
          publishedAt: pair.publishedAt,
          held: seen?.held ?? 0,
          ...(seen?.lastActivityAt ? { lastActivityAt: seen.lastActivityAt } : {}),
        };
      });
    });
}
