/**
 * server/main.ts as its own process in production mode (bundled by esbuild; App Service runs the tsc build of
 * the same file): without the settings production needs,
 * the process exits 1 with one message naming each missing setting, before listening or touching Cosmos DB.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(__dirname, "..", "..");
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tandem-production-start-"));
  bundle = join(dir, "server-main.js");
  await build({
    entryPoints: [join(ROOT, "server", "main.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    logLevel: "silent",
  });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

function startInProduction(settings: Record<string, string>) {
  const { PATH, SYSTEMROOT } = process.env;
  return spawnSync(process.execPath, [bundle], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
    // Only these variables: nothing from the developer's shell may complete the configuration.
    env: {
      PATH,
      SYSTEMROOT,
      NODE_PATH: join(ROOT, "node_modules"),
      TANDEM_MODE: "production",
      PORT: "0",
      ...settings,
    },
  });
}

describe("production start-up", () => {
  it("withoutAnySetting_exits1_listingEverySettingProductionNeeds", () => {
    const run = startInProduction({});

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Tandem cannot start, the configuration is incomplete:");
    for (const name of [
      "MICROSOFT_APP_ID",
      "MICROSOFT_APP_TYPE",
      "AAD_APP_CLIENT_ID",
      "AAD_ALLOWED_TENANTS",
      "COSMOS_ENDPOINT",
      "TANDEM_PUBLIC_URL",
    ]) {
      expect(run.stderr).toContain(`  - ${name}`);
    }
    expect(run.stdout).not.toContain("Tandem is running");
  });

  it("withTheBicepSettingsButTlsVerificationOff_exits1_namingIt", () => {
    const run = startInProduction({
      TANDEM_PUBLIC_URL: "https://tandem-dev.azurewebsites.net",
      TANDEM_SEED_DEMO: "false",
      COSMOS_ENDPOINT: "https://tandem-cosmos.documents.azure.com:443/",
      MICROSOFT_APP_ID: "6f1c7f0e-1111-4222-8333-944445555666",
      MICROSOFT_APP_TYPE: "UserAssignedMSI",
      MICROSOFT_APP_TENANT_ID: "72f988bf-0000-0000-0000-000000000000",
      AAD_APP_CLIENT_ID: "0b7c6a5d-1111-4222-8333-944445555666",
      AAD_ALLOWED_TENANTS: "72f988bf-0000-0000-0000-000000000000",
      HR_ADMIN_GROUP_ID: "3f2b1a00-1111-4222-8333-944445555666",
      NODE_TLS_REJECT_UNAUTHORIZED: "0",
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("  - NODE_TLS_REJECT_UNAUTHORIZED=0 must not be set in production");
    expect(run.stderr.match(/^ {2}- /gm)).toHaveLength(1);
  });
});
