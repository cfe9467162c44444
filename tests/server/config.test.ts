import { ConfigError, loadConfig, TEAMS_SERVICE_URL_HOSTS } from "../../server/config";

const production = {
  TANDEM_MODE: "production",
  TANDEM_PUBLIC_URL: "https://tandem.contoso.com",
  MICROSOFT_APP_ID: "6f1c7f0e-1111-4222-8333-944445555666",
  MICROSOFT_APP_TYPE: "UserAssignedMSI",
  MICROSOFT_APP_TENANT_ID: "72f988bf-0000-0000-0000-000000000000",
  AAD_APP_CLIENT_ID: "0b7c6a5d-1111-4222-8333-944445555666",
  AAD_ALLOWED_TENANTS: "72f988bf-0000-0000-0000-000000000000",
  COSMOS_ENDPOINT: "https://tandem.documents.azure.com:443/",
  HR_ADMIN_GROUP_ID: "3f2b1a00-1111-4222-8333-944445555666",
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("emptyEnvironment_runsLocallyOnTheEmbeddedDefaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: "local",
      port: 3978,
      publicUrl: "http://localhost:3978",
      dataDir: ".data",
      seedDemo: true,
      cosmos: { databaseId: "tandem" },
      bot: { appId: "", allowedServiceUrlHosts: ["localhost", "127.0.0.1"] },
      auth: { issuer: "local" },
    });
    expect(config.cosmos.endpoint).toBeUndefined();
  });

  it("completeProductionSettings_areAccepted_withTeamsConnectorHostsOnly", () => {
    const config = loadConfig(production);
    expect(config.bot.allowedServiceUrlHosts).toEqual(TEAMS_SERVICE_URL_HOSTS);
    expect(config.auth).toMatchObject({
      issuer: "entra",
      allowedTenants: ["72f988bf-0000-0000-0000-000000000000"],
    });
    expect(config.seedDemo).toBe(false);
  });

  it("production_withAnEmptyAppId_refusesToStart", () => {
    expect(problems({ ...production, MICROSOFT_APP_ID: "" })).toEqual([
      expect.stringContaining("MICROSOFT_APP_ID"),
    ]);
  });

  it.each([
    ["AAD_APP_CLIENT_ID", { AAD_APP_CLIENT_ID: "" }],
    ["AAD_ALLOWED_TENANTS", { AAD_ALLOWED_TENANTS: "" }],
    ["COSMOS_ENDPOINT", { COSMOS_ENDPOINT: "" }],
    ["COSMOS_KEY", { COSMOS_KEY: "secret" }],
    ["TANDEM_PUBLIC_URL", { TANDEM_PUBLIC_URL: "http://tandem.contoso.com" }],
    ["BOT_SERVICE_URL_HOSTS", { BOT_SERVICE_URL_HOSTS: "localhost" }],
    ["TANDEM_SEED_DEMO", { TANDEM_SEED_DEMO: "true" }],
    ["HR_ADMIN_OBJECT_IDS", { HR_ADMIN_GROUP_ID: "" }],
    ["TANDEM_TEST_CLOCK_START", { TANDEM_TEST_CLOCK_START: "2027-02-10T16:00:00Z" }],
  ])("production_withoutA_safe_%s_refusesToStart", (name, override) => {
    expect(problems({ ...production, ...override }).join("\n")).toContain(name);
  });

  it("localMode_acceptsATestClockStartAndAFasterProactiveInterval_andRejectsAMalformedClock", () => {
    expect(
      loadConfig({ TANDEM_TEST_CLOCK_START: "2027-02-10T16:00:00Z", TANDEM_PROACTIVE_INTERVAL_MS: "200" }),
    ).toMatchObject({ testClockStart: "2027-02-10T16:00:00Z", proactiveIntervalMs: 200 });
    expect(loadConfig({}).proactiveIntervalMs).toBe(60_000);
    expect(problems({ TANDEM_TEST_CLOCK_START: "yesterday" }).join("\n")).toContain(
      "TANDEM_TEST_CLOCK_START",
    );
  });

  it("malformedValues_areAllReported", () => {
    const found = problems({ PORT: "eighty", TANDEM_MODE: "staging", LOG_LEVEL: "loud" });
    expect(found).toHaveLength(3);
  });
});
