import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from "jose";
import { randomUUID } from "node:crypto";
import type { Identity } from "../core/participant";
import { REQUIRED_SCOPE } from "../tab/api/token-verifier";

/**
 * A development identity provider: mints real RS256 tokens shaped like Entra v2 access tokens and
 * publishes its public key as a JWKS, so the tab API verifies them exactly as it verifies Teams SSO
 * tokens. Exists only in local mode; the key lives in memory (a restart asks people to sign in again).
 */
export class LocalIssuer {
  private constructor(
    private readonly baseUrl: string,
    private readonly audience: string,
    private readonly keyId: string,
    private readonly privateKey: KeyLike,
    private readonly publicJwk: JWK,
  ) {}

  static async create(baseUrl: string, audience: string): Promise<LocalIssuer> {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const keyId = randomUUID();
    const publicJwk = { ...(await exportJWK(publicKey)), kid: keyId, alg: "RS256", use: "sig" };
    return new LocalIssuer(baseUrl.replace(/\/$/, ""), audience, keyId, privateKey, publicJwk);
  }

  /** Path of the JWKS on this server. */
  static readonly keysPath = "/dev/issuer/keys";

  get jwksUri(): string {
    return `${this.baseUrl}${LocalIssuer.keysPath}`;
  }

  issuerFor(tenantId: string): string {
    return `${this.baseUrl}/dev/issuer/${tenantId}/v2.0`;
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  /** A one-hour access token for the given person, as Entra would issue it for the tab. */
  async mint(
    identity: Identity & { name: string },
    lifetimeSeconds = 3600,
  ): Promise<{ token: string; expiresAt: string }> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      tid: identity.tenantId,
      oid: identity.aadObjectId,
      name: identity.name,
      scp: REQUIRED_SCOPE,
      ver: "2.0",
    })
      .setProtectedHeader({ alg: "RS256", kid: this.keyId, typ: "JWT" })
      .setIssuer(this.issuerFor(identity.tenantId))
      .setAudience(this.audience)
      .setSubject(identity.aadObjectId)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + lifetimeSeconds)
      .sign(this.privateKey);
    return { token, expiresAt: new Date((now + lifetimeSeconds) * 1000).toISOString() };
  }
}
