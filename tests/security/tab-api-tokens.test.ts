/**
 * Every tab API route, enumerated from the running server's own route table, refuses every kind of bad
 * token with 401 before its handler runs; a valid token gets past the check. Public routes and the
 * non-API endpoints are listed here with the reason they need no token, and any route the server mounts
 * that this file does not know about fails the suite, so a new route cannot be forgotten.
 */
import { SignJWT, UnsecuredJWT } from "jose";
import { apiCall } from "../support/api-client";
import {
  AUDIENCE,
  HR_LEAD_OID,
  issuerFor,
  OTHER_TENANT,
  routeKey,
  concretePath,
  startSecurityTandem,
  type SecurityTandem,
} from "./security-tandem";
import { TENANT } from "../support/domain-factories";

/** Routes reachable without a token, and why that is safe. */
const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  "GET /api/config":
    "the tab's client configuration (mode, client id): needed before sign-in, no personal data",
  "GET /dev/issuer/keys": "local mode only: the local issuer's public keys (a JWKS is public by design)",
  "GET /api/dev/users":
    "local mode only: the demo people the dev sign-in offers (production has no such route)",
  "POST /api/dev/token": "local mode only: the dev sign-in itself (config refuses local auth in production)",
};

/** Endpoints mounted outside the tab API's route table, and how each is protected. */
const NON_API_ENDPOINTS: Readonly<Record<string, string>> = {
  "POST /api/messages":
    "the bot endpoint: Bot Framework JWT checked by the adapter (tests/security bot suites)",
  "GET /health": "liveness probe, constant body",
  "GET /": "redirect to /tab/",
  "GET /tab": "redirect to /tab/",
  "GET /tab/*": "the static tab bundle (no data; the tab calls the API with its token)",
};

/** Sample values for every path parameter: ids that exist nowhere, so a request that passes the token check changes nothing. */
const PARAMS = {
  waveId: "wave-absent",
  participantId: "participant-absent",
  sessionId: "session-absent",
  pairId: "pair-absent",
  itemId: "item-absent",
};

let sec: SecurityTandem;
beforeAll(async () => {
  sec = await startSecurityTandem();
});
afterAll(async () => sec?.stop());

const protectedRoutes = () => sec.tandem.routes.filter((r) => r.access !== "public");

/** Each bad token with what makes it bad. */
async function badTokens(): Promise<Array<[string, string | undefined]>> {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = new UnsecuredJWT({ tid: TENANT, oid: HR_LEAD_OID, scp: "access_as_user" })
    .setIssuer(issuerFor(TENANT))
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .encode();
  const hs256 = await new SignJWT({ tid: TENANT, oid: HR_LEAD_OID, scp: "access_as_user" })
    .setProtectedHeader({ alg: "HS256", kid: "trusted" })
    .setIssuer(issuerFor(TENANT))
    .setAudience(AUDIENCE)
    .setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode("a-shared-secret-an-attacker-picked-32b"));
  const hr = { oid: HR_LEAD_OID };
  return [
    ["missing", undefined],
    ["unsigned (alg none)", unsigned],
    ["HS256 (algorithm confusion)", hs256],
    ["wrong signature (key not in the JWKS)", await sec.sign({ ...hr, key: "foreign" })],
    ["expired (beyond the 5-minute skew)", await sec.sign({ ...hr, expiresIn: -600 })],
    ["not yet valid (nbf in 10 minutes)", await sec.sign({ ...hr, notBefore: 600 })],
    ["wrong issuer", await sec.sign({ ...hr, issuer: "https://login.attacker.test/v2.0" })],
    ["wrong audience", await sec.sign({ ...hr, audience: "another-app-client-id" })],
    ["tenant not allowed", await sec.sign({ ...hr, tid: OTHER_TENANT })],
    ["issuer of another tenant", await sec.sign({ ...hr, issuer: issuerFor(OTHER_TENANT) })],
    ["missing scope", await sec.sign({ ...hr, scp: null })],
    ["other scope only", await sec.sign({ ...hr, scp: "User.Read" })],
    ["garbage", "not.a.jwt"],
  ];
}

describe("tab API tokens: the route table", () => {
  it("everyMountedRoute_isEitherInTheApiTableOrAListedNonApiEndpoint", () => {
    const table = new Set(sec.tandem.routes.map(routeKey));
    const unknown = sec.tandem.mountedRoutes
      .map(routeKey)
      .filter((k) => !table.has(k) && !(k in NON_API_ENDPOINTS));
    expect(unknown).toEqual([]);
  });

  it("theOnlyPublicApiRoutes_areTheListedOnes", () => {
    const publicRoutes = sec.tandem.routes.filter((r) => r.access === "public").map(routeKey);
    expect(publicRoutes.sort()).toEqual(Object.keys(PUBLIC_ROUTES).sort());
  });

  it("theTableHasProtectedRoutes_andEveryPathParameterHasASampleValue", () => {
    expect(protectedRoutes().length).toBeGreaterThan(40);
    for (const route of protectedRoutes()) expect(() => concretePath(route.path, PARAMS)).not.toThrow();
  });
});

describe("tab API tokens: every protected route", () => {
  it("refusesEveryBadToken_with401_andAnUnauthenticatedCode", async () => {
    const tokens = await badTokens();
    const failures: string[] = [];
    for (const route of protectedRoutes()) {
      const path = concretePath(route.path, PARAMS);
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : {};
      for (const [kind, token] of tokens) {
        const result = await apiCall<{ code?: string }>(sec.tandem.url, route.method, path, token, body);
        if (result.status !== 401 || result.body?.code !== "UNAUTHENTICATED")
          failures.push(`${routeKey(route)} with a ${kind} token → ${result.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("letsAValidTokenPastTheCheck_onEveryRoute", async () => {
    const valid = await sec.sign({ oid: HR_LEAD_OID });
    const failures: string[] = [];
    for (const route of protectedRoutes()) {
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : {};
      const result = await apiCall(
        sec.tandem.url,
        route.method,
        concretePath(route.path, PARAMS),
        valid,
        body,
      );
      if (result.status === 401 || result.status >= 500)
        failures.push(`${routeKey(route)} → ${result.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("aTokenWithinTheClockSkew_isStillAccepted", async () => {
    const justExpired = await sec.sign({ oid: HR_LEAD_OID, expiresIn: -60 });
    expect((await apiCall(sec.tandem.url, "GET", "/api/hr/access", justExpired)).status).toBe(200);
  });
});

describe("tab API tokens: the public routes", () => {
  it("answerWithoutAToken_andEachHasAReason", async () => {
    for (const [key, reason] of Object.entries(PUBLIC_ROUTES)) {
      expect(reason.length).toBeGreaterThan(10);
      const [method = "", path = ""] = key.split(" ");
      const body = method === "POST" ? { userId: "nobody-here" } : undefined;
      const result = await apiCall(sec.tandem.url, method, path, undefined, body);
      expect([key, result.status === 401]).toEqual([key, false]);
    }
  });
});
