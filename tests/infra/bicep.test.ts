/** infra/: what can be checked without a Bicep compiler (none installs here), read statically. */
import { readdirSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../../server/config";
import { CONTAINERS } from "../../store/containers";
import {
  bicepWithoutComments,
  placeholdersIn,
  readBicep,
  readText,
  ROOT,
  type BicepSource,
} from "./deploy-files";

const BICEP_FILES = [
  "infra/main.bicep",
  ...readdirSync(path.join(ROOT, "infra", "modules")).map((f) => `infra/modules/${f}`),
];
const main = () => readBicep("infra/main.bicep");
const cosmos = () => readBicep("infra/modules/cosmos.bicep");

/** Settings read by the platform, not by server/config.ts: App Insights' auto-instrumentation, the deploy engine. */
const PLATFORM_SETTINGS = [
  "APPLICATIONINSIGHTS_CONNECTION_STRING",
  "ApplicationInsightsAgent_EXTENSION_VERSION",
  "SCM_DO_BUILD_DURING_DEPLOYMENT",
];

/** The environment variables server/config.ts reads: the keys of its envSchema. */
function configVariables(): string[] {
  const source = readText("server/config.ts");
  const schema = /const envSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(source)![1]!;
  return [...schema.matchAll(/^ {2}([A-Z_]+):/gm)].map((m) => m[1]!);
}

/** The web app's app settings (the sites/config "appsettings" resource): name → Bicep value expression. */
function appSettings(): Map<string, string> {
  const block = /name: 'appsettings'\s*properties:\s*\{([\s\S]*?)\n {2}\}/.exec(main().text)![1]!;
  return new Map(
    [...bicepWithoutComments(block).matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*):\s*(.+?)\s*$/gm)].map(
      (m) => [m[1]!, m[2]!] as const,
    ),
  );
}

/** A parameter is used when its name appears in the file outside its declaration and comments. */
function unusedParams(source: BicepSource): string[] {
  const code = bicepWithoutComments(source.text);
  return source.params.filter((name) => (code.match(new RegExp(`\\b${name}\\b`, "g")) ?? []).length < 2);
}

describe("infra/*.bicep", () => {
  it.each(BICEP_FILES)("%s uses every parameter it declares", (file) => {
    const source = readBicep(file);

    expect(source.params.length).toBeGreaterThan(0);
    expect(unusedParams(source)).toEqual([]);
  });

  it.each(BICEP_FILES)("%s names an API version on every resource", (file) => {
    const resources = [...readBicep(file).resources.entries()];

    expect(resources.length).toBeGreaterThan(0);
    expect(
      resources.filter(([, type]) => !/^[A-Za-z.]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/.test(type)),
    ).toEqual([]);
  });

  it("passes each module exactly the parameters the module declares", () => {
    for (const [symbol, module] of main().modules) {
      const declared = readBicep(path.join("infra", module.path)).params;
      expect([symbol, [...module.params].sort()]).toEqual([symbol, [...declared].sort()]);
    }
  });

  it("infra/azure.parameters.json gives a value to exactly the parameters of main.bicep", () => {
    const file = JSON.parse(readText("infra/azure.parameters.json")) as {
      parameters: Record<string, unknown>;
    };

    expect(Object.keys(file.parameters).sort()).toEqual([...main().params].sort());
  });

  it("every output of main.bicep is read by teamsapp.yml or a file its actions fill (toolkit upper-cases names)", () => {
    const consumers = [
      "teamsapp.yml",
      "aad.manifest.json",
      "manifest/manifest.json",
      "manifest/fr.json",
      "manifest/nl.json",
    ];
    const read = new Set(consumers.flatMap((file) => placeholdersIn(readText(file))));

    expect(main().outputs.length).toBeGreaterThan(0);
    expect(main().outputs.filter((output) => !read.has(output.toUpperCase()))).toEqual([]);
  });

  it("creates the containers and partition keys of store/containers.ts, no more and no fewer", () => {
    const block = /var containers = \[([\s\S]*?)\n\]/.exec(cosmos().text)![1]!;
    const declared = [...block.matchAll(/\{\s*id:\s*'([^']+)',\s*partitionKey:\s*'([^']+)'\s*\}/g)].map(
      (m) => ({
        id: m[1],
        partitionKey: m[2],
      }),
    );

    const expected = Object.values(CONTAINERS).map((c) => ({ id: c.id, partitionKey: c.partitionKey }));
    expect(declared.sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("creates the database the server uses by default (COSMOS_DATABASE)", () => {
    expect(main().text).toMatch(/var cosmosDatabaseName = 'tandem'/);
    expect(appSettings().get("COSMOS_DATABASE")).toBe("cosmosDatabaseName");
  });

  it("has no secret-like literal: no keys, passwords, connection strings or listKeys() calls", () => {
    for (const file of [...BICEP_FILES, "infra/azure.parameters.json"]) {
      const text = readText(file);
      const suspicious = [
        ...(text.match(
          /AccountKey=|InstrumentationKey=|SharedAccessKey|listKeys\(|listConnectionStrings\(/gi,
        ) ?? []),
        ...(text.match(/\b(password|secret|apikey|key|accountkey)\s*:\s*'[^']+'/gi) ?? []),
        ...(text.match(/'[A-Za-z0-9+/]{40,}={0,2}'/g) ?? []),
      ];
      expect([file, suspicious]).toEqual([file, []]);
    }
  });
});

describe("the resources", () => {
  it("runs the app on a Linux Node 20 web app: HTTPS only, always on, FTP off, TLS 1.2", () => {
    const text = main().text;

    expect(text).toContain("kind: 'app,linux'");
    expect(text).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(text).toMatch(/httpsOnly: true/);
    expect(text).toMatch(/alwaysOn: true/);
    expect(text).toMatch(/ftpsState: 'Disabled'/);
    expect(text).toMatch(/minTlsVersion: '1.2'/);
  });

  it("registers the bot with the user-assigned identity, the Teams channel and /api/messages on the web app", () => {
    const text = main().text;

    expect(text).toContain("msaAppType: 'UserAssignedMSI'");
    expect(text).toContain("msaAppId: identity.properties.clientId");
    expect(text).toContain("msaAppMSIResourceId: identity.id");
    expect(text).toContain("msaAppTenantId: identity.properties.tenantId");
    expect(text).toContain("channelName: 'MsTeamsChannel'");
    expect(text).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
  });

  it("makes Cosmos DB serverless by default, with local (key) auth disabled", () => {
    const text = cosmos().text;

    expect(text).toContain("disableLocalAuth: true");
    expect(text).toContain("serverless ? [{ name: 'EnableServerless' }] : []");
    expect(readText("env/.env.dev")).toMatch(/^COSMOS_CAPACITY_MODE=Serverless$/m);
  });

  it("grants the identity the Cosmos DB Built-in Data Contributor role on Tandem's database only", () => {
    const text = cosmos().text;

    expect(text).toContain("var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'");
    expect(text).toContain("scope: '${account.id}/dbs/${databaseName}'");
    expect(main().text).toContain("dataContributorPrincipalId: identity.properties.principalId");
  });

  it("sends telemetry to Application Insights backed by Log Analytics, its connection string kept in an RBAC Key Vault", () => {
    const text = main().text;

    expect(text).toContain("WorkspaceResourceId: workspace.id");
    expect(text).toContain("enableRbacAuthorization: true");
    expect(appSettings().get("APPLICATIONINSIGHTS_CONNECTION_STRING")).toMatch(
      /^'@Microsoft\.KeyVault\(SecretUri=/,
    );
  });
});

describe("the web app's settings", () => {
  it("sets only variables server/config.ts reads, besides the platform's own", () => {
    const known = new Set([...configVariables(), ...PLATFORM_SETTINGS]);

    expect([...appSettings().keys()].filter((name) => !known.has(name))).toEqual([]);
  });

  it("describe a configuration production mode accepts", () => {
    const guid = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    const samples: Record<string, string> = {
      COSMOS_ENDPOINT: "https://tandem-cosmos.documents.azure.com:443/",
      COSMOS_DATABASE: "tandem",
      MICROSOFT_APP_ID: guid,
      MICROSOFT_APP_TENANT_ID: guid,
      AAD_APP_CLIENT_ID: guid,
      AAD_ALLOWED_TENANTS: guid,
      HR_ADMIN_GROUP_ID: guid,
      HR_ADMIN_OBJECT_IDS: "",
    };
    const env: Record<string, string> = {};
    for (const [name, value] of appSettings()) {
      if (PLATFORM_SETTINGS.includes(name)) continue;
      const literal = /^'([^']*)'$/.exec(value)?.[1];
      env[name] = literal?.replace(/\$\{[^}]+\}/g, "tandem-x") ?? samples[name] ?? `no sample for ${value}`;
    }

    const config = loadConfig(env);

    expect(config.mode).toBe("production");
    expect(config.bot.appType).toBe("UserAssignedMSI");
    expect(config.publicUrl).toBe("https://tandem-x");
  });
});
