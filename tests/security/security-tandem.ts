/**
 * The whole server for the security suites, verifying tab tokens against a JWKS this module serves and
 * signs for, so a test can mint every kind of token (valid, expired, foreign key, wrong audience…) for any
 * person. Everything else runs as in production: the same verifier, the same route table, the same host.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from "jose";
import { TENANT } from "../support/domain-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

export const AUDIENCE = "5c1d6a0e-7e3b-4f7a-9a51-3c2b1d0e9f88";
export const HR_LEAD_OID = "hr-lead-oid-0001";
export const OTHER_TENANT = "99999999-9999-9999-9999-999999999999";
export const issuerFor = (tid: string): string => `https://login.security.test/${tid}/v2.0`;

export interface TokenOptions {
  readonly tid?: string;
  readonly oid?: string;
  readonly key?: "trusted" | "foreign";
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds from now. */
  readonly expiresIn?: number;
  /** Seconds from now. */
  readonly notBefore?: number;
  readonly scp?: string | null;
}

export interface SecurityTandem {
  readonly tandem: TestTandem;
  sign(options?: TokenOptions): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the server (tenant TENANT allowed, HR_LEAD_OID an HR admin) behind a JWKS only this module signs for;
 * `env` adds or overrides settings (another allowed tenant, more HR admins…).
 */
export async function startSecurityTandem(
  env: Readonly<Record<string, string>> = {},
): Promise<SecurityTandem> {
  const trusted = await generateKeyPair("RS256");
  const foreign = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: "trusted", alg: "RS256", use: "sig" };
  const jwks: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", () => resolve()));
  const jwksUri = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`;
  const tandem = await startTestTandem(
    { AAD_APP_CLIENT_ID: AUDIENCE, AAD_ALLOWED_TENANTS: TENANT, HR_ADMIN_OBJECT_IDS: HR_LEAD_OID, ...env },
    undefined,
    { tokenKeys: { jwksUri, issuerFor } },
  );
  const keys: Record<"trusted" | "foreign", KeyLike> = {
    trusted: trusted.privateKey,
    foreign: foreign.privateKey,
  };
  return {
    tandem,
    sign: async (o = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const tid = o.tid ?? TENANT;
      const claims: Record<string, unknown> = { tid, oid: o.oid ?? "someone-oid", name: "Test Person" };
      if (o.scp !== null) claims["scp"] = o.scp ?? "access_as_user";
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "trusted", typ: "JWT" })
        .setIssuer(o.issuer ?? issuerFor(tid))
        .setAudience(o.audience ?? AUDIENCE)
        .setIssuedAt(now)
        .setNotBefore(now + (o.notBefore ?? 0))
        .setExpirationTime(now + (o.expiresIn ?? 3600))
        .sign(keys[o.key ?? "trusted"]);
    },
    stop: async () => {
      await tandem.stop();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    },
  };
}

/** "METHOD /path/:pattern", the key every expectation table of the security suites uses. */
export const routeKey = (route: { readonly method: string; readonly path: string }): string =>
  `${route.method} ${route.path}`;

/** The route's path with its parameters filled in from `params` (fails on a parameter the test did not give). */
export function concretePath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no sample value for :${name} in ${path}`);
    return encodeURIComponent(value);
  });
}

export interface RawResult {
  readonly status: number;
  readonly raw: string;
  /** The body as JSON, when it is JSON (CSV and calendar downloads are not). */
  readonly json: unknown;
  readonly contentType: string;
}

/** One request with an optional bearer token; unlike apiCall, a non-JSON answer (a download) is kept as text. */
export async function rawCall(
  baseUrl: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<RawResult> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const raw = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  let json: unknown;
  if (contentType.includes("json") && raw !== "") json = JSON.parse(raw);
  return { status: response.status, raw, json, contentType };
}
