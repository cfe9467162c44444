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

  it.each([
    "MICROSOFT_APP_ID",
    "MICROSOFT_APP_TYPE",
    "MICROSOFT_APP_TENANT_ID",
    "AAD_APP_CLIENT_ID",
    "AAD_ALLOWED_TENANTS",
    "COSMOS_ENDPOINT",
    "TANDEM_PUBLIC_URL",
  ])("production_withoutRequired_%s_refusesToStart_namingIt", (name) => {
    const env: Record<string, string> = { ...production };
    delete env[name];

    const found = problems(env);

    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${name} (is required|must be)`));
  });

  it("production_withNothingSet_listsEveryMissingSetting_inOneError", () => {
    let message = "";
    try {
      loadConfig({ TANDEM_MODE: "production" });
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toMatch(/^Tandem cannot start, the configuration is incomplete:/);
    for (const name of [
      "MICROSOFT_APP_ID",
      "MICROSOFT_APP_TYPE",
      "AAD_APP_CLIENT_ID",
      "AAD_ALLOWED_TENANTS",
      "HR_ADMIN_OBJECT_IDS or HR_ADMIN_GROUP_ID",
      "COSMOS_ENDPOINT",
      "TANDEM_PUBLIC_URL",
    ]) {
      expect(message).toContain(`  - ${name}`);
    }
  });

  it("production_withAMultiTenantBot_refusesToStart", () => {
    expect(problems({ ...production, MICROSOFT_APP_TYPE: "MultiTenant" })).toEqual([
      expect.stringContaining("MICROSOFT_APP_TYPE must be UserAssignedMSI or SingleTenant"),
    ]);
  });

  it("production_withTlsVerificationTurnedOff_refusesToStart", () => {
    expect(problems({ ...production, NODE_TLS_REJECT_UNAUTHORIZED: "0" })).toEqual([
      expect.stringContaining("NODE_TLS_REJECT_UNAUTHORIZED=0 must not be set"),
    ]);
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
