/**
 * The role matrix: every tab API route (from the running server's table) × five callers — a mentee, their
 * mentor, a member of another pair, the HR lead and a stranger (valid token, not enrolled) — each cell
 * asserting the route lets the caller in or refuses with 403/404. Notes and check-in comments, planted with
 * marker strings, never appear in an answer to someone who may not read them.
 */
import { concretePath, rawCall, routeKey, startSecurityTandem, type SecurityTandem } from "./security-tandem";
import {
  ASSESSMENT_MARKER,
  CALLERS,
  COMMENT_MARKER,
  NOTE_MARKER,
  seedRoles,
  type Caller,
  type RoleSeed,
} from "./role-seed";

/** Reached the handler (a success, or a refusal of the body or state that says nothing about others' data). */
const IN = "in";
type Cell = typeof IN | 403 | 404;

/** Who may use a route, by the scope of what it touches. */
const ACCESS = {
  /** HR programme routes: the HR lead only; everyone else is told 403 by the host. */
  hr: { mentee: 403, mentor: 403, otherPair: 403, hr: IN, stranger: 403 },
  /** The caller's own data (no id in the path): anyone signed in, each sees only themself. */
  self: { mentee: IN, mentor: IN, otherPair: IN, hr: IN, stranger: IN },
  /** The caller's own part of a wave: its participants; HR and strangers are not enrolled. */
  enrolled: { mentee: IN, mentor: IN, otherPair: IN, hr: 404, stranger: 404 },
  /** One pair's sessions and notes: its two members; anyone else is told it does not exist. */
  pair: { mentee: IN, mentor: IN, otherPair: 404, hr: 404, stranger: 404 },
} as const satisfies Record<string, Record<Caller, Cell>>;

/** The expectation table: every protected route has a row (a new route without one fails the suite). */
const ROWS: Readonly<Record<string, keyof typeof ACCESS>> = {
  "GET /api/me": "self",
  "GET /api/me/data": "self",
  "POST /api/me/erasure": "self",
  "GET /api/me/final-assessment": "self",
  "PUT /api/me/final-assessment": "self",
  "GET /api/me/waves/:waveId/shortlist": "enrolled",
  "PUT /api/me/waves/:waveId/shortlist": "enrolled",
  "GET /api/me/waves/:waveId/pairs": "enrolled",
  "GET /api/me/waves/:waveId/sessions/:sessionId/notes": "pair",
  "PUT /api/me/waves/:waveId/sessions/:sessionId/notes": "pair",
  "POST /api/me/waves/:waveId/sessions/:sessionId/notes/action-items/:itemId": "pair",
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions": "pair",
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/accept": "pair",
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/reschedule": "pair",
  "POST /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/cancel": "pair",
  "PUT /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/link": "pair",
  "GET /api/me/waves/:waveId/pairs/:pairId/sessions/:sessionId/invitation.ics": "pair",
  "GET /api/hr/access": "hr",
  "GET /api/hr/waves": "hr",
  "POST /api/hr/waves": "hr",
  "GET /api/hr/waves/:waveId": "hr",
  "PATCH /api/hr/waves/:waveId": "hr",
  "POST /api/hr/waves/:waveId/transition": "hr",
  "GET /api/hr/waves/:waveId/participants": "hr",
  "POST /api/hr/waves/:waveId/participants": "hr",
  "PATCH /api/hr/waves/:waveId/participants/:participantId": "hr",
  "POST /api/hr/waves/:waveId/participants/:participantId/withdraw": "hr",
  "POST /api/hr/waves/:waveId/participants/:participantId/vetting": "hr",
  "POST /api/hr/waves/:waveId/import/preview": "hr",
  "POST /api/hr/waves/:waveId/import/commit": "hr",
  "POST /api/hr/waves/:waveId/campaign": "hr",
  "GET /api/hr/waves/:waveId/campaign": "hr",
  "GET /api/hr/waves/:waveId/analytics/needs": "hr",
  "GET /api/hr/waves/:waveId/matching": "hr",
  "PUT /api/hr/waves/:waveId/matching/weights": "hr",
  "POST /api/hr/waves/:waveId/matching/propose": "hr",
  "POST /api/hr/waves/:waveId/matching/swap": "hr",
  "POST /api/hr/waves/:waveId/matching/assign": "hr",
  "POST /api/hr/waves/:waveId/matching/remove": "hr",
  "POST /api/hr/waves/:waveId/matching/lock": "hr",
  "POST /api/hr/waves/:waveId/matching/unlock": "hr",
  "POST /api/hr/waves/:waveId/matching/publish": "hr",
  "GET /api/hr/waves/:waveId/progress": "hr",
  "GET /api/hr/waves/:waveId/dashboard": "hr",
  "GET /api/hr/dashboard/compare": "hr",
  "GET /api/hr/waves/:waveId/report.csv": "hr",
  "GET /api/hr/waves/:waveId/audit": "hr",
  "GET /api/hr/hr-channel": "hr",
  "PUT /api/hr/hr-channel": "hr",
  "GET /api/hr/waves/:waveId/pairs.csv": "hr",
  "GET /api/hr/waves/:waveId/assessments/summary": "hr",
};

/** Who may read what was planted: the shared notes are the pair's; a check-in comment is its author's alone. */
const MAY_READ: Readonly<Record<string, readonly Caller[]>> = {
  [NOTE_MARKER]: ["mentee", "mentor"],
  [COMMENT_MARKER]: ["mentee"],
  [ASSESSMENT_MARKER]: ["mentee"],
};

/** What a status means for the matrix. */
function cellOf(status: number): Cell | `unexpected ${number}` {
  if (status === 403 || status === 404) return status;
  if ((status >= 200 && status < 300) || status === 400 || status === 409 || status === 412) return IN;
  return `unexpected ${status}`;
}

let sec: SecurityTandem;
let seed: RoleSeed;
beforeAll(async () => {
  sec = await startSecurityTandem();
  seed = await seedRoles(sec);
});
afterAll(async () => sec?.stop());

const protectedRoutes = () => sec.tandem.routes.filter((r) => r.access !== "public");

describe("role matrix: the table", () => {
  it("everyProtectedRoute_hasARow_andEveryRowIsARoute", () => {
    const routes = protectedRoutes().map(routeKey).sort();
    expect(Object.keys(ROWS).sort()).toEqual(routes);
  });

  it("everyHrRow_isAnHrRouteForTheHost_andNoOtherIs", () => {
    const hostHr = protectedRoutes()
      .filter((r) => r.access === "hr")
      .map(routeKey)
      .sort();
    const rowsHr = Object.entries(ROWS)
      .filter(([, kind]) => kind === "hr")
      .map(([key]) => key)
      .sort();
    expect(rowsHr).toEqual(hostHr);
  });
});

describe("role matrix: every route × every caller", () => {
  it("eachCell_isAllowedOrRefusedAsTheTableSays_andNoAnswerCarriesWhatTheCallerMayNotRead", async () => {
    const mismatches: string[] = [];
    const leaks: string[] = [];
    for (const route of protectedRoutes()) {
      const key = routeKey(route);
      const row = ROWS[key];
      if (row === undefined) continue; // reported by the table test above
      const path = concretePath(route.path, seed.params);
      for (const caller of CALLERS) {
        const body = route.method === "GET" ? undefined : {};
        const result = await rawCall(sec.tandem.url, route.method, path, seed.tokens[caller], body);
        const expected = ACCESS[row][caller];
        const actual = cellOf(result.status);
        if (actual !== expected) mismatches.push(`${key} as ${caller}: expected ${expected}, got ${actual}`);
        for (const [marker, readers] of Object.entries(MAY_READ))
          if (!readers.includes(caller) && result.raw.includes(marker.slice(0, 18)))
            leaks.push(`${key} as ${caller} shows ${marker.slice(0, 14)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it("theMarkersArePlanted_soTheLeakCheckCanFail", async () => {
    const notes = `/api/me/waves/${seed.params["waveId"]}/sessions/${encodeURIComponent(seed.pair.session.id)}/notes`;
    expect((await rawCall(sec.tandem.url, "GET", notes, seed.tokens.mentor)).raw).toContain(NOTE_MARKER);
    const own = (await rawCall(sec.tandem.url, "GET", "/api/me/data", seed.tokens.mentee)).raw;
    expect(own).toContain(COMMENT_MARKER);
    expect(own).toContain(ASSESSMENT_MARKER);
  });
});
