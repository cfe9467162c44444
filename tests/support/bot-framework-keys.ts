import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from "jose";

/** A signing key the stand-in may publish, with the channels it is endorsed for (as the Bot Framework's keys are). */
interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyLike;
  readonly publicJwk: Record<string, unknown>;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, use: "sig", alg: "RS256" } };
}

/**
 * A local stand-in for login.botframework.com: OpenID metadata and a JWKS with one key endorsed for msteams
 * and one endorsed only for webchat; a third key is never published. Tests sign Bot Connector tokens with them.
 */
export class BotFrameworkKeys {
  private constructor(
    private readonly server: Server,
    readonly openIdMetadataUrl: string,
    private readonly keys: Readonly<Record<"teams" | "webchatOnly" | "unpublished", SigningKey>>,
  ) {}

  static async start(): Promise<BotFrameworkKeys> {
    const keys = {
      teams: await signingKey("teams-key"),
      webchatOnly: await signingKey("webchat-key"),
      unpublished: await signingKey("unpublished-key"),
    };
    const jwks = {
      keys: [
        { ...keys.teams.publicJwk, endorsements: ["msteams"] },
        { ...keys.webchatOnly.publicJwk, endorsements: ["webchat"] },
      ],
    };
    let base = "";
    const server = createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      if (req.url === "/keys") res.end(JSON.stringify(jwks));
      else res.end(JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `${base}/keys` }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new BotFrameworkKeys(server, `${base}/v1/.well-known/openidconfiguration`, keys);
  }

  /** A Bot Connector token (RS256) signed with one of the keys; `expiresIn` in seconds, negative for the past. */
  async token(
    claims: JWTPayload,
    options: { key?: "teams" | "webchatOnly" | "unpublished"; expiresIn?: number } = {},
  ): Promise<string> {
    const key = this.keys[options.key ?? "teams"];
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 3600;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .setIssuedAt(Math.min(now, now + expiresIn - 60))
      .setNotBefore(Math.min(now, now + expiresIn - 60))
      .setExpirationTime(now + expiresIn)
      .sign(key.privateKey);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
