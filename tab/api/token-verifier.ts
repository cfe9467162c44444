import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { TandemError } from "../../core/errors";
import type { Identity } from "../../core/participant";

/** The scope the tab's API requires in every token (exposed by the Entra app as api://…/access_as_user). */
export const REQUIRED_SCOPE = "access_as_user";

export interface TokenVerifierOptions {
  /** Where the signing keys are published (Entra: https://login.microsoftonline.com/common/discovery/v2.0/keys). */
  readonly jwksUri: string;
  /** The exact issuer expected for a tenant (Entra v2: https://login.microsoftonline.com/{tid}/v2.0). */
  readonly issuerFor: (tenantId: string) => string;
  /** The app's client id: tokens for any other audience are refused. */
  readonly audience: string;
  readonly allowedTenants: readonly string[];
  readonly clockToleranceSeconds?: number;
}

/** Turns a bearer token into a verified identity, or fails with UNAUTHENTICATED. */
export type TokenVerifier = (token: string) => Promise<Identity>;

/**
 * One code path for Teams SSO tokens (Entra ID) and the local issuer's dev tokens: RS256 signature
 * against the published keys, audience, tenant allow-list, exact issuer for that tenant, expiry and
 * not-before, required scope, and an object id (users are keyed by oid + tid, never by email).
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUri), {
    cacheMaxAge: 24 * 60 * 60 * 1000,
    cooldownDuration: 5 * 60 * 1000,
  });
  const allowed = new Set(options.allowedTenants);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds ?? 300,
        requiredClaims: ["exp", "iss", "tid", "oid"],
      }));
    } catch (error) {
      throw new TandemError("UNAUTHENTICATED", `The sign-in token was refused (${reason(error)}).`);
    }
    const tenantId = stringClaim(payload, "tid");
    const aadObjectId = stringClaim(payload, "oid");
    if (!allowed.has(tenantId))
      throw new TandemError("UNAUTHENTICATED", "Your organisation is not allowed to use this Tandem.");
    if (payload.iss !== options.issuerFor(tenantId))
      throw new TandemError("UNAUTHENTICATED", "The sign-in token has the wrong issuer.");
    const scopes = typeof payload["scp"] === "string" ? payload["scp"].split(" ") : [];
    if (!scopes.includes(REQUIRED_SCOPE))
      throw new TandemError("UNAUTHENTICATED", "The sign-in token lacks the access_as_user scope.");
    const name = typeof payload["name"] === "string" ? payload["name"] : undefined;
    const groups = Array.isArray(payload["groups"])
      ? payload["groups"].filter((g): g is string => typeof g === "string")
      : [];
    return { tenantId, aadObjectId, ...(name ? { name } : {}), ...(groups.length > 0 ? { groups } : {}) };
  };
}

function stringClaim(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== "string" || value.length === 0) {
    throw new TandemError("UNAUTHENTICATED", `The sign-in token has no ${claim}.`);
  }
  return value;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "invalid token";
}
