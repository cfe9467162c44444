import type { Container, CosmosClient, ItemDefinition } from "@azure/cosmos";
import type { HrChannel, HrChannelDirectory } from "../core/hr-channel/hr-channel";
import { CONTAINERS } from "./containers";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";

/**
 * One document per tenant in the users container (partition key /id): `hr-channel:<tenantId>`, beside the
 * user documents (whose ids are `<tenant>:<object id>`, never starting with "hr-channel:"). The users
 * container is the tenant-and-identity keyed one, and the runner needs a point read by tenant.
 */
interface HrChannelDocument extends ItemDefinition {
  readonly id: string;
  readonly type: "hr-channel";
  readonly data: HrChannel;
}

/** The document id of a tenant's HR channel. */
export function hrChannelDocumentId(tenantId: string): string {
  return `hr-channel:${tenantId}`;
}

/** HR channels on Cosmos DB: upsert on installation (the latest wins), delete on removal from that team. */
export class CosmosHrChannelDirectory implements HrChannelDirectory {
  constructor(private readonly container: Container) {}

  async get(tenantId: string): Promise<HrChannel | undefined> {
    const id = hrChannelDocumentId(tenantId);
    return (await readOrUndefined(() => this.container.item(id, id).read<HrChannelDocument>()))?.data;
  }

  async save(channel: HrChannel): Promise<void> {
    const document: HrChannelDocument = {
      id: hrChannelDocumentId(channel.tenantId),
      type: "hr-channel",
      data: channel,
    };
    await this.container.items.upsert<HrChannelDocument>(document);
  }

  async remove(tenantId: string, teamId: string): Promise<void> {
    const id = hrChannelDocumentId(tenantId);
    const current = await readOrUndefined(() => this.container.item(id, id).read<HrChannelDocument>());
    if (current?.data.teamId !== teamId) return;
    try {
      await this.container
        .item(id, id)
        .delete({ accessCondition: { type: "IfMatch", condition: current._etag ?? "" } });
    } catch (error) {
      // Gone already, or replaced by a newer installation meanwhile: that one stays.
      const status = cosmosStatus(error);
      if (status !== 404 && status !== 412) throw error;
    }
  }
}

/** The HR channels, in the users container (created when missing). */
export async function openHrChannelDirectory(
  client: CosmosClient,
  databaseId: string,
): Promise<HrChannelDirectory> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const { container } = await database.containers.createIfNotExists({
    id: CONTAINERS.users.id,
    partitionKey: { paths: [CONTAINERS.users.partitionKey] },
  });
  return new CosmosHrChannelDirectory(container);
}
