/**
 * The bot endpoint with an app id configured (SECURITY-NOTES §1), against a local stand-in for the Bot
 * Framework's OpenID metadata and JWKS: only a token the Bot Connector would sign gets through; forged or
 * unsigned activities get 401 and change nothing (no store write, nothing sent to the connector).
 * tests/bot/bot-authentication.test.ts covers a missing and a malformed token; the production start-up
 * refusal of an empty app id is tested in tests/server/config.test.ts and tests/server/production-start.test.ts.
 */
import { DEMO_TENANT_ID } from "../../server/config";
import { BotFrameworkKeys } from "../support/bot-framework-keys";
import { CaptureConnector } from "../support/capture-connector";
import { storeFingerprint } from "../support/store-fingerprint";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(60_000);

const APP_ID = "6f1c7f0e-1111-4222-8333-944445555666";
const BOT_FRAMEWORK = "https://api.botframework.com";
/** Any Entra tenant: botbuilder's emulator path adds the token's own tenant to its accepted issuers. */
const ENTRA_TENANT = "3c9d1f2e-4b5a-4c6d-8e7f-901a2b3c4d5e";
let tandem: TestTandem;
let connector: CaptureConnector;
let keys: BotFrameworkKeys;

beforeAll(async () => {
  [connector, keys] = await Promise.all([CaptureConnector.start(), BotFrameworkKeys.start()]);
  tandem = await startTestTandem({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_TYPE: "MultiTenant" }, undefined, {
    botOpenIdMetadataUrl: keys.openIdMetadataUrl,
    campaignIntervalMs: 3_600_000,
  });
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop(), keys?.stop()]));

let sequence = 0;
/** A new user each time, so "their conversation reference was not stored" is meaningful per case. */
function newUser() {
  sequence += 1;
  return {
    aadObjectId: `7a000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    name: `User ${sequence}`,
  };
}

const valid = () => ({ iss: BOT_FRAMEWORK, aud: APP_ID, serviceurl: connector.url });
const unsigned = (claims: Record<string, unknown>) =>
  [
    { alg: "none", typ: "JWT" },
    { ...claims, exp: Math.floor(Date.now() / 1000) + 3600 },
  ]
    .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
    .join(".") + ".";

const forgeries: Array<[string, () => Promise<Record<string, string>>]> = [
  ["no Authorization header", async () => ({})],
  ["an unsigned token (alg none)", async () => ({ authorization: `Bearer ${unsigned(valid())}` })],
  [
    "a token signed by a key not in the JWKS",
    async () => ({ authorization: `Bearer ${await keys.token(valid(), { key: "unpublished" })}` }),
  ],
  [
    "an Entra v1 token whose client is the app id (issuer not the Bot Framework's)",
    async () => ({
      authorization: `Bearer ${await keys.token({
        iss: `https://sts.windows.net/${ENTRA_TENANT}/`,
        tid: ENTRA_TENANT,
        aud: APP_ID,
        appid: APP_ID,
        ver: "1.0",
        serviceurl: connector.url,
      })}`,
    }),
  ],
  [
    "an Entra v2 token whose authorized party is the app id",
    async () => ({
      authorization: `Bearer ${await keys.token({
        iss: `https://login.microsoftonline.com/${ENTRA_TENANT}/v2.0`,
        tid: ENTRA_TENANT,
        aud: APP_ID,
        azp: APP_ID,
        ver: "2.0",
        serviceurl: connector.url,
      })}`,
    }),
  ],
  [
    "a token from an unknown issuer",
    async () => ({
      authorization: `Bearer ${await keys.token({ ...valid(), iss: "https://evil.example" })}`,
    }),
  ],
  [
    "a token for another app (audience)",
    async () => ({
      authorization: `Bearer ${await keys.token({ ...valid(), aud: "0b0b0b0b-0000-4000-8000-000000000000" })}`,
    }),
  ],
  [
    "an expired token (beyond the 5-minute skew)",
    async () => ({ authorization: `Bearer ${await keys.token(valid(), { expiresIn: -600 })}` }),
  ],
  [
    "a serviceurl claim other than the activity's serviceUrl",
    async () => ({
      authorization: `Bearer ${await keys.token({ ...valid(), serviceurl: "https://smba.trafficmanager.net/emea/" })}`,
    }),
  ],
  [
    "a key endorsed for webchat but not msteams",
    async () => ({ authorization: `Bearer ${await keys.token(valid(), { key: "webchatOnly" })}` }),
  ],
];

describe("bot endpoint with an app id configured", () => {
  it("aTokenSignedAsTheBotConnectorWould_isAccepted_andTheConversationIsRemembered", async () => {
    const user = newUser();
    const headers = { authorization: `Bearer ${await keys.token(valid())}` };
    const { status } = await postActivity(
      tandem.url,
      teamsActivities(connector.url, user).installed(),
      headers,
    );
    expect(status).not.toBe(401);
    const stored = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: user.aadObjectId });
    expect(stored?.conversationReference).toMatchObject({ serviceUrl: connector.url });
  });

  it.each(forgeries)("activityWith_%s_is401_andNothingIsWrittenOrSent", async (_situation, headersOf) => {
    const user = newUser();
    const headers = await headersOf();
    connector.take();
    const before = await storeFingerprint(tandem.cosmos.client);
    for (const activity of [
      teamsActivities(connector.url, user).installed(),
      teamsActivities(connector.url, user).message("hi"),
      teamsActivities(connector.url, user).execute("questionnaire.submit", { waveId: "x" }),
    ]) {
      const { status } = await postActivity(tandem.url, activity, headers);
      expect(status).toBe(401);
    }
    expect(await storeFingerprint(tandem.cosmos.client)).toEqual(before);
    expect(connector.take()).toEqual([]);
    const stored = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: user.aadObjectId });
    expect(stored).toBeUndefined();
  });
});
