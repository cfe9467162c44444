import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { loadConfig } from "../../server/config";
import { startTandem, type StartOptions, type TandemApp } from "../../server/tandem-app";

export interface TestTandem extends TandemApp {
  readonly dataDir: string;
}

/**
 * The whole server in-process, as `npm start` runs it (embedded Cosmos, demo wave, local issuer),
 * on a random port with its own temporary data folder. The tab is served from the built dist/tab.
 */
export async function startTestTandem(
  env: Record<string, string> = {},
  dataDir?: string,
  options: Pick<StartOptions, "clock" | "campaignIntervalMs" | "tokenKeys" | "botOpenIdMetadataUrl"> = {},
): Promise<TestTandem> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), "tandem-test-")));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    TANDEM_DATA_DIR: dir,
    LOG_LEVEL: "silent",
    ...env,
  });
  const app = await startTandem(config, {
    log: pino({ level: process.env["TANDEM_TEST_LOG"] ?? "silent" }),
    tabDirectory: join(__dirname, "..", "..", "dist", "public", "tab"),
    ...options,
  });
  return {
    ...app,
    dataDir: dir,
    stop: async () => {
      await app.stop();
      if (dataDir === undefined) await rm(dir, { recursive: true, force: true });
    },
  };
}
