/**
 * Every tab API write route (enumerated from the running server's route table, so a new one is fuzzed
 * too) receives random JSON bodies from callers it would serve — HR on HR routes, the pair's mentee and
 * mentor elsewhere, with path parameters naming their real wave, pair and session: never a 5xx, nothing
 * written, no prototype polluted, and the server keeps serving.
 */
import fc from "fast-check";
import type { ApiRoute } from "../../tab/api/api-route";
import { seedPairWithSession, type PairWithSession } from "../support/notes-factories";
import { storeFingerprint } from "../support/store-fingerprint";
import { assertPrototypesClean, hostileJson, hostileJsonText } from "./hostile-json";
import {
  concretePath,
  HR_LEAD_OID,
  routeKey,
  startSecurityTandem,
  type SecurityTandem,
} from "./security-tandem";

jest.setTimeout(300_000);

const WAVE = "wave-fuzz-api";
let sec: SecurityTandem;
let seeded: PairWithSession;
let tokens: { hr: string; mentee: string; mentor: string };

/** Field names the tab API's bodies use, so mutations reach the validators and handlers. */
const FIELDS = [
  "name",
  "startDate",
  "endDate",
  "cadence",
  "sessionMinutes",
  "reminderLeadDays",
  "defaultLanguage",
  "themes",
  "labels",
  "rules",
  "forbidReportingLine",
  "forbidSameDepartment",
  "maxMenteesPerMentor",
  "id",
  "csv",
  "to",
  "deadline",
  "reminderIntervalDays",
  "revision",
  "text",
  "actionItems",
  "owner",
  "done",
  "start",
  "timeZone",
  "meetingUrl",
  "mentorIds",
  "participantIds",
  "pairs",
  "locked",
  "confirm",
  "answers",
  "scores",
  "comment",
  "rating",
  "outcome",
  "language",
  "ownerOid",
  "tenantId",
  "role",
  "pairId",
  "waveId",
];

beforeAll(async () => {
  sec = await startSecurityTandem();
  seeded = await seedPairWithSession(sec.tandem.repos, { waveId: WAVE });
  tokens = {
    hr: await sec.sign({ oid: HR_LEAD_OID }),
    mentee: await sec.sign({ oid: seeded.mentees[0]?.aadObjectId ?? "" }),
    mentor: await sec.sign({ oid: seeded.mentor.aadObjectId ?? "" }),
  };
});
afterAll(async () => sec?.stop());

const writeRoutes = (): ApiRoute[] => sec.tandem.routes.filter((r) => r.method !== "GET");

async function send(method: string, path: string, token: string, body: string): Promise<number> {
  const response = await fetch(`${sec.tandem.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

describe("fuzzed tab API bodies", () => {
  it("theRouteTableHasWriteRoutes_soTheFuzzingBelowCoversSomething", () => {
    expect(writeRoutes().length).toBeGreaterThanOrEqual(5);
  });

  it("everyWriteRoute_withRandomJsonBodies_neverAnswers5xx_writesNothingWhenItRefuses_andStaysUp", async () => {
    const params = {
      waveId: WAVE,
      pairId: seeded.pair.id,
      sessionId: seeded.session.id,
      participantId: seeded.mentees[0]?.id ?? "",
      itemId: "a1",
    };
    const samples = [WAVE, seeded.pair.id, seeded.session.id, seeded.mentor.id, 0, 1, "en", "running"];
    const failures: string[] = [];
    const seen = new Map<string, Set<number>>();
    for (const route of writeRoutes()) {
      const path = concretePath(route.path, params);
      const callers: Array<keyof typeof tokens> = route.access === "hr" ? ["hr"] : ["mentee", "mentor"];
      const before = await storeFingerprint(sec.tandem.cosmos.client);
      const statuses = new Set<number>();
      seen.set(routeKey(route), statuses);
      await fc
        .assert(
          fc.asyncProperty(
            fc.constantFrom(...callers),
            hostileJson(FIELDS, samples),
            async (caller, body) => {
              const status = await send(route.method, path, tokens[caller], hostileJsonText(body));
              statuses.add(status);
              expect(status).toBeLessThan(500);
            },
          ),
          { numRuns: 50 },
        )
        .catch((error: Error) => failures.push(`${routeKey(route)}: ${error.message.slice(0, 900)}`));
      // A route that acts on its path alone (accept, withdraw) or takes an empty patch may answer 2xx and
      // write; when it refused every random body, nothing may have changed.
      const refusedAll = [...statuses].every((status) => status >= 400);
      const after = await storeFingerprint(sec.tandem.cosmos.client);
      if (refusedAll && JSON.stringify(after) !== JSON.stringify(before))
        failures.push(`${routeKey(route)} refused every body but wrote something`);
      if ((await fetch(`${sec.tandem.url}/health`)).status !== 200)
        failures.push(`${routeKey(route)}: server down`);
    }
    assertPrototypesClean();
    expect(failures).toEqual([]);
    // The callers are the route's own users: bodies reach validation, not just the token or role checks.
    const onlyAuthRefusals = [...seen].filter(([, statuses]) =>
      [...statuses].every((s) => s === 401 || s === 403),
    );
    expect(onlyAuthRefusals.map(([key]) => key)).toEqual([]);
  });
});
