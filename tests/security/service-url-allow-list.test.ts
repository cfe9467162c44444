/**
 * The serviceUrl allow-list (SECURITY-NOTES §4, SSRF and token leakage): in local mode Tandem talks only to
 * loopback connector hosts it is configured with (localhost, 127.0.0.1). A second connector on 127.0.0.2
 * stands for an attacker's host: an activity naming it is refused, a stored reference pointing at it is
 * refused by the proactive sender, and card data naming it is ignored — it never receives anything.
 */
import { CloudAdapterTransport } from "../../bot/proactive/cloud-adapter-transport";
import { ProactiveSender } from "../../bot/proactive/proactive-sender";
import { timerSleep } from "../../bot/proactive/rate-limiter";
import { createBotAdapter } from "../../bot/bot-adapter";
import { CARD_VERBS } from "../../bot/cards/adaptive-card";
import { DEMO_TENANT_ID } from "../../server/config";
import { openDeliveryLog } from "../../store/cosmos-store";
import type { CampaignStatus, WaveDetail } from "../../tab/api/hr-api-contract";
import { aMessage, aReference } from "../bot/proactive/outgoing-messages";
import { CaptureConnector } from "../support/capture-connector";
import { storeFingerprint } from "../support/store-fingerprint";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(90_000);

let tandem: TestTandem;
let connector: CaptureConnector;
let elsewhere: CaptureConnector;
let hrToken: string;

beforeAll(async () => {
  [tandem, connector, elsewhere] = await Promise.all([
    startTestTandem({}, undefined, { campaignIntervalMs: 300 }),
    CaptureConnector.start(),
    CaptureConnector.start("127.0.0.2"),
  ]);
  const token = await fetch(`${tandem.url}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: "demo-hr-lead" }),
  });
  hrToken = ((await token.json()) as { token: string }).token;
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop(), elsewhere?.stop()]));

async function hr<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${tandem.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${hrToken}`, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const alex = { aadObjectId: "5b000000-0000-4000-8000-000000000001", name: "Alex Wilber" };

describe("an incoming activity naming a serviceUrl off the allow-list", () => {
  it.each([
    ["another loopback host", () => elsewhere.url, 403],
    ["a public host", () => "https://attacker.example/teams/", 403],
    ["a look-alike host", () => "https://smba.trafficmanager.net.attacker.example/", 403],
    ["credentials in the URL", () => `http://user:secret@${new URL(connector.url).host}/`, 403],
    ["a non-http scheme", () => `file://${new URL(connector.url).host}/etc/passwd`, 403],
    ["no serviceUrl (not an activity)", () => undefined, 400],
    [
      "a serviceUrl that is not a string (not an activity)",
      () => ({ href: connector.url }) as unknown as string,
      400,
    ],
  ])(
    "from_%s_isRefused_nothingIsSentThere_andNothingIsWritten",
    async (_situation, serviceUrlOf, refusal) => {
      connector.take();
      elsewhere.take();
      const before = await storeFingerprint(tandem.cosmos.client);
      const user = teamsActivities(serviceUrlOf() as string, alex);
      for (const activity of [
        user.installed(),
        user.message("hi"),
        user.execute(CARD_VERBS.openQuestionnaire, {}),
      ]) {
        expect((await postActivity(tandem.url, activity)).status).toBe(refusal);
      }
      expect(elsewhere.take()).toEqual([]);
      expect(connector.take()).toEqual([]);
      expect(await storeFingerprint(tandem.cosmos.client)).toEqual(before);
    },
  );
});

describe("card data naming another serviceUrl or conversation", () => {
  it.each(Object.values(CARD_VERBS).map((verb, i) => [verb, i] as const))(
    "verb_%s_repliesOnlyOnTheActivitysOwnConversation",
    async (verb, i) => {
      const user = {
        aadObjectId: `5b000000-0000-4000-8000-${String(100 + i).padStart(12, "0")}`,
        name: "Card User",
      };
      const activities = teamsActivities(connector.url, user);
      expect((await postActivity(tandem.url, activities.installed())).status).toBe(200);
      const reference = (
        await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: user.aadObjectId })
      )?.conversationReference;
      expect(reference).toMatchObject({ serviceUrl: connector.url });
      elsewhere.take();
      connector.take();

      const hostile = {
        serviceUrl: elsewhere.url,
        conversation: { id: "a:someone-else" },
        conversationId: "a:someone-else",
        conversationReference: aReference(elsewhere.url, "a:someone-else", DEMO_TENANT_ID),
        replyToId: "x",
      };
      const { status } = await postActivity(tandem.url, activities.execute(verb, hostile));
      expect(status).toBeLessThan(500);

      expect(elsewhere.take()).toEqual([]);
      for (const sent of connector.take())
        expect(decodeURIComponent(sent.path)).toContain(`/v3/conversations/a:personal-${user.aadObjectId}/`);
      const after = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: user.aadObjectId });
      expect(after?.conversationReference).toMatchObject({
        serviceUrl: connector.url,
        conversation: { id: `a:personal-${user.aadObjectId}` },
      });
    },
  );
});

describe("a stored conversation reference pointing off the allow-list", () => {
  it("theProactiveSender_refusesIt_asABadReference_sendsNothingThere_andLogsNoDelivery", async () => {
    const deliveries = await openDeliveryLog(tandem.cosmos.client, "security-allow-list");
    const sender = new ProactiveSender(
      {
        transport: new CloudAdapterTransport(
          createBotAdapter(
            { appId: "", appType: "MultiTenant", appTenantId: "" },
            { error: () => undefined },
          ),
          "",
        ),
        log: deliveries,
        clock: { now: () => new Date() },
        sleep: timerSleep,
        random: () => 0.5,
      },
      { allowedServiceUrlHosts: ["localhost", "127.0.0.1"] },
    );
    const outcomes = await sender.sendAll([
      aMessage("allowed", aReference(connector.url, "a:allowed")),
      aMessage("elsewhere", aReference(elsewhere.url, "a:elsewhere")),
      aMessage("public", aReference("https://attacker.example/", "a:public")),
    ]);
    expect(outcomes.get("allowed")).toMatchObject({ status: "sent" });
    expect(outcomes.get("elsewhere")).toEqual({ status: "unreachable", reason: "bad-reference" });
    expect(outcomes.get("public")).toEqual({ status: "unreachable", reason: "bad-reference" });
    expect(elsewhere.take()).toEqual([]);
    expect(connector.take().map((sent) => sent.activity.text)).toEqual(["allowed"]);
    expect(await deliveries.get("elsewhere")).toBeUndefined();
  });

  it("aCampaign_sendsTheQuestionnaireOnlyToTheAllowedConnector_andNothingToTheStoredForeignHost", async () => {
    const wave = await hr<WaveDetail>("POST", "/api/hr/waves", {
      name: "Allow-list wave",
      startDate: "2027-02-01",
      endDate: "2027-07-31",
      cadence: "monthly",
      sessionMinutes: 90,
      reminderLeadDays: 3,
      defaultLanguage: "en",
      themes: [{ id: "cloud", labels: { fr: "Cloud", en: "Cloud", nl: "Cloud" } }],
      rules: { forbidReportingLine: true, forbidSameDepartment: false, maxMenteesPerMentor: 1 },
    });
    expect(wave.status).toBe(201);
    const honest = { oid: "5c000000-0000-4000-8000-000000000001", name: "Honest Reference" };
    const hijacked = { oid: "5c000000-0000-4000-8000-000000000002", name: "Hijacked Reference" };
    const csv = [
      "email,name,role,aadObjectId,languages",
      `honest@contoso.example,${honest.name},mentee,${honest.oid},en`,
      `hijacked@contoso.example,${hijacked.name},mentor,${hijacked.oid},en`,
    ].join("\n");
    expect((await hr("POST", `/api/hr/waves/${wave.body.id}/import/commit`, { csv })).status).toBe(200);
    expect((await hr("POST", `/api/hr/waves/${wave.body.id}/transition`, { to: "enrolling" })).status).toBe(
      200,
    );
    const now = new Date();
    await tandem.repos.users.saveConversationReference(
      { tenantId: DEMO_TENANT_ID, aadObjectId: honest.oid },
      aReference(connector.url, "a:honest", DEMO_TENANT_ID),
      now,
    );
    await tandem.repos.users.saveConversationReference(
      { tenantId: DEMO_TENANT_ID, aadObjectId: hijacked.oid },
      aReference(elsewhere.url, "a:hijacked", DEMO_TENANT_ID),
      now,
    );
    connector.take();
    elsewhere.take();

    const launch = await hr<CampaignStatus>("POST", `/api/hr/waves/${wave.body.id}/campaign`, {
      deadline: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      reminderIntervalDays: 2,
    });
    expect(launch.status).toBe(200);
    const status = await until(
      async () => (await hr<CampaignStatus>("GET", `/api/hr/waves/${wave.body.id}/campaign`)).body,
      (s) => s.sent === 1,
      "the honest participant's questionnaire",
    );
    expect(status.sent).toBe(1);
    expect(connector.sent.map((s) => s.path)).toEqual([expect.stringContaining("a%3Ahonest")]);
    expect(elsewhere.take()).toEqual([]);
  });
});
