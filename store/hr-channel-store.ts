import type { Container, CosmosClient, ItemDefinition } from "@azure/cosmos";
import {
  withCandidate,
  type HrChannel,
  type HrChannelCandidate,
  type HrChannelDirectory,
} from "../core/hr-channel/hr-channel";
import { CONTAINERS } from "./containers";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";
import { writeUnderEtag } from "./etag-update";

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

/**
 * A tenant's candidate teams, one document per tenant (`hr-channel-candidates:<tenantId>`) holding at most
 * MAX_HR_CHANNEL_CANDIDATES, newest first: the tab's list and its registration are one point read, in one
 * partition, with no query; installations change it by read-modify-write under its ETag.
 */
interface HrChannelCandidatesDocument extends ItemDefinition {
  readonly id: string;
  readonly type: "hr-channel-candidates";
  readonly tenantId: string;
  readonly candidates: readonly HrChannelCandidate[];
}

/** The document id of a tenant's candidate teams. */
export function hrChannelCandidatesDocumentId(tenantId: string): string {
  return `hr-channel-candidates:${tenantId}`;
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

  async listCandidates(tenantId: string): Promise<HrChannelCandidate[]> {
    const document = await this.readCandidates(tenantId);
    return (document?.candidates ?? []).filter((c) => c.tenantId === tenantId);
  }

  async addCandidate(candidate: HrChannelCandidate): Promise<void> {
    await this.changeCandidates(candidate.tenantId, (candidates) => withCandidate(candidates, candidate));
  }

  async removeCandidate(tenantId: string, teamId: string): Promise<void> {
    await this.changeCandidates(tenantId, (candidates) => candidates.filter((c) => c.teamId !== teamId));
  }

  private readCandidates(tenantId: string): Promise<HrChannelCandidatesDocument | undefined> {
    const id = hrChannelCandidatesDocumentId(tenantId);
    return readOrUndefined(() => this.container.item(id, id).read<HrChannelCandidatesDocument>(), id);
  }

  /** Read-modify-write of the tenant's candidates under the document's ETag (a concurrent change is re-applied). */
  private async changeCandidates(
    tenantId: string,
    change: (candidates: readonly HrChannelCandidate[]) => HrChannelCandidate[],
  ): Promise<void> {
    const id = hrChannelCandidatesDocumentId(tenantId);
    await writeUnderEtag<HrChannelCandidatesDocument>(this.container, id, id, (current) => {
      const before = current?.candidates ?? [];
      const candidates = change(before);
      if (JSON.stringify(candidates) === JSON.stringify(before)) return undefined;
      return { id, type: "hr-channel-candidates", tenantId, candidates };
    });
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
