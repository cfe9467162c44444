import { DEMO_TENANT_ID } from "../../server/config";
import { CaptureConnector } from "../support/capture-connector";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

/** With an app id configured, the bot endpoint only accepts activities carrying a valid Bot Connector token. */
let tandem: TestTandem;
let connector: CaptureConnector;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({
      MICROSOFT_APP_ID: "6f1c7f0e-1111-4222-8333-944445555666",
      MICROSOFT_APP_TYPE: "MultiTenant",
    }),
    CaptureConnector.start(),
  ]);
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

const alex = { aadObjectId: "00000000-0000-0000-0000-0000000000020", name: "Alex Wilber" };

describe("bot endpoint with an app id configured", () => {
  it.each([
    ["no token", {}],
    ["a bogus bearer token", { authorization: "Bearer not-a-token" }],
  ])("activityWith_%s_is401_andNothingHappens", async (_situation, headers) => {
    const { status } = await postActivity(
      tandem.url,
      teamsActivities(connector.url, alex).message("hi"),
      headers,
    );
    expect(status).toBe(401);
    expect(connector.take()).toEqual([]);
    const user = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: alex.aadObjectId });
    expect(user?.conversationReference).toBeUndefined();
  });
});
