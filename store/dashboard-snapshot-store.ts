import type { Container, CosmosClient } from "@azure/cosmos";
import type { DashboardSnapshot, DashboardSnapshotStore } from "../core/dashboard/dashboard-snapshot";
import { CONTAINERS } from "./containers";
import { WaveDocuments } from "./wave-documents";

/** The id of a wave's snapshot document in its partition (one per wave). */
export function snapshotDocumentId(waveId: string): string {
  return `dashboard:${waveId}`;
}

/**
 * The dashboard snapshots in the waves container, one "dashboard" document in each wave's partition: a point
 * read serves HR's dashboard, an upsert replaces it.
 */
export class CosmosDashboardSnapshotStore implements DashboardSnapshotStore {
  private readonly docs: WaveDocuments<DashboardSnapshot>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "dashboard", "This dashboard snapshot");
  }

  async get(waveId: string): Promise<DashboardSnapshot | undefined> {
    return (await this.docs.get(waveId, snapshotDocumentId(waveId)))?.value;
  }

  async save(snapshot: DashboardSnapshot): Promise<void> {
    await this.docs.upsert(snapshot.waveId, snapshotDocumentId(snapshot.waveId), snapshot);
  }
}

/** The snapshot store on the waves container of `databaseId`. */
export async function openDashboardSnapshotStore(
  client: CosmosClient,
  databaseId: string,
): Promise<CosmosDashboardSnapshotStore> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const { container } = await database.containers.createIfNotExists({
    id: CONTAINERS.waves.id,
    partitionKey: { paths: [CONTAINERS.waves.partitionKey] },
  });
  return new CosmosDashboardSnapshotStore(container);
}
