import { CosmosClient } from "@azure/cosmos";
import { rename } from "node:fs/promises";
import { join } from "node:path";
import { CosmosSnapshot } from "../store/cosmos-snapshot";
import { createEmulatorClient, startEmbeddedCosmos } from "../store/embedded-cosmos";
import { cosmosCredential } from "./azure-credential";
import type { Config } from "./config";
import type { Logger } from "./logger";

export interface CosmosConnection {
  readonly client: CosmosClient;
  /** "embedded" when this process runs the emulator and keeps its data in the data folder. */
  readonly kind: "embedded" | "emulator" | "azure";
  /** Saves pending data (embedded mode) and releases everything. */
  close(): Promise<void>;
}

export const SNAPSHOT_FILE = "cosmos-snapshot.json";

/**
 * Connects to Cosmos DB as configured: Azure with the managed identity (production), an emulator with a
 * key (local), or the embedded emulator whose data is restored from and saved to the data folder.
 */
export async function connectCosmos(
  config: Config,
  log: Logger,
  options: { reset?: boolean } = {},
): Promise<CosmosConnection> {
  const { endpoint, key } = config.cosmos;
  if (endpoint !== undefined && config.mode === "production") {
    // Entra ID only (the account has local auth disabled) and the SDK's default TLS verification.
    const client = new CosmosClient({ endpoint, aadCredentials: cosmosCredential(config.bot) });
    return { client, kind: "azure", close: async () => client.dispose() };
  }
  // Below: the emulators, whose TLS relaxation is for a developer's machine only.
  if (config.mode === "production") throw new Error("production never connects to a Cosmos emulator");
  if (endpoint !== undefined) {
    const client = createEmulatorClient(endpoint, key ?? "");
    return { client, kind: "emulator", close: async () => client.dispose() };
  }
  const embedded = await startEmbeddedCosmos();
  const file = join(config.dataDir, SNAPSHOT_FILE);
  if (options.reset) await moveAside(file, log);
  const snapshot = new CosmosSnapshot(embedded.client, file, (message, err) => log.error({ err }, message));
  const restored = await snapshot.restore();
  log.info({ file, restored }, restored ? "local data restored" : "no local data yet");
  embedded.onChange(() => snapshot.scheduleSave());
  return {
    client: embedded.client,
    kind: "embedded",
    close: async () => {
      await snapshot.flush();
      await embedded.stop();
    },
  };
}

/** `npm run reset` keeps the previous data as a dated backup rather than deleting it. */
async function moveAside(file: string, log: Logger): Promise<void> {
  const backup = `${file}.${new Date().toISOString().replace(/[:.]/g, "-")}.bak`;
  try {
    await rename(file, backup);
    log.info({ backup }, "previous local data kept as a backup");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
