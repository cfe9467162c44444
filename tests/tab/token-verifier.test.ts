import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from "jose";
import { createTokenVerifier, type TokenVerifier } from "../../tab/api/token-verifier";

const TENANT = "11111111-2222-3333-4444-555555555555";
const AUDIENCE = "0b7c6a5d-1111-4222-8333-944445555666";
const issuerFor = (tid: string) => `https://login.example.test/${tid}/v2.0`;

let jwksServer: Server;
let verify: TokenVerifier;
let signingKey: KeyLike;
let foreignKey: KeyLike;

beforeAll(async () => {
  const trusted = await generateKeyPair("RS256");
  signingKey = trusted.privateKey;
  foreignKey = (await generateKeyPair("RS256")).privateKey;
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: "trusted", alg: "RS256", use: "sig" };
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", () => resolve()));
  verify = createTokenVerifier({
    jwksUri: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/keys`,
    issuerFor,
    audience: AUDIENCE,
    allowedTenants: [TENANT],
  });
});
afterAll(async () => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

interface Options {
  key?: KeyLike;
  kid?: string;
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresIn?: number;
  notBefore?: number;
}

async function token(options: Options = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    tid: TENANT,
    oid: "user-oid-1",
    name: "Isabelle Marchand",
    scp: "access_as_user",
    ...options.claims,
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "trusted" })
    .setIssuer(options.issuer ?? issuerFor(String(claims.tid)))
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(now)
    .setNotBefore(now + (options.notBefore ?? 0))
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(options.key ?? signingKey);
}

const refused = async (jwt: string) => expect(verify(jwt)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

describe("createTokenVerifier (one code path for Teams SSO and dev tokens)", () => {
  it("validToken_givesTheIdentityByTenantAndObjectId", async () => {
    await expect(verify(await token())).resolves.toEqual({
      tenantId: TENANT,
      aadObjectId: "user-oid-1",
      name: "Isabelle Marchand",
    });
  });

  it("tokenSignedByAnotherKey_isRefused", async () => refused(await token({ key: foreignKey })));
  it("tamperedPayload_isRefused", async () => {
    const [header, , signature] = (await token()).split(".");
    const payload = Buffer.from(
      JSON.stringify({ tid: TENANT, oid: "someone-else", scp: "access_as_user" }),
    ).toString("base64url");
    await refused(`${header}.${payload}.${signature}`);
  });
  it("unsignedAlgNoneToken_isRefused", async () => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    await refused(
      `${enc({ alg: "none" })}.${enc({ tid: TENANT, oid: "x", scp: "access_as_user", aud: AUDIENCE, iss: issuerFor(TENANT), exp: now + 60 })}.`,
    );
  });
  it("expiredToken_isRefused_beyondTheClockSkew", async () => refused(await token({ expiresIn: -400 })));
  it("notYetValidToken_isRefused_beyondTheClockSkew", async () =>
    refused(await token({ notBefore: 900, expiresIn: 3600 })));
  it("wrongAudience_isRefused", async () => refused(await token({ audience: "api://someone-else" })));
  it("wrongIssuer_isRefused", async () =>
    refused(await token({ issuer: "https://login.example.test/common/v2.0" })));
  it("tenantNotAllowed_isRefused", async () =>
    refused(await token({ claims: { tid: "99999999-0000-0000-0000-000000000000" } })));
  it("missingScope_isRefused", async () => refused(await token({ claims: { scp: "User.Read" } })));
  it("missingObjectId_isRefused", async () => refused(await token({ claims: { oid: undefined } })));
  it("garbage_isRefused", async () => refused("not-a-jwt"));
});
