import type { Container, CosmosClient, ItemDefinition } from "@azure/cosmos";
import { mayAcquire, type LeaseRecord, type SchedulerLease } from "../core/scheduler-lease";
import { CONTAINERS } from "./containers";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";

/** One document per lease in the deliveries container (partition key /id): `lease:<name>`. */
interface LeaseDocument extends ItemDefinition {
  readonly id: string;
  readonly type: "lease";
  readonly data: LeaseRecord;
}

/** The document id of a lease, beside the delivery records (whose keys never start with "lease:"). */
export function leaseDocumentId(name: string): string {
  return `lease:${name}`;
}

/**
 * Scheduler leases on Cosmos DB: taking a free lease is a create (409 = another instance was first);
 * taking an expired one or renewing one's own is a replace under the ETag just read (412 = someone else
 * wrote in between). Of instances racing for a lease, exactly one wins.
 */
export class CosmosSchedulerLease implements SchedulerLease {
  constructor(private readonly container: Container) {}

  async tryAcquire(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const id = leaseDocumentId(name);
    const record: LeaseRecord = { name, holder, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
    const document: LeaseDocument = { id, type: "lease", data: record };
    const current = await readOrUndefined(() => this.container.item(id, id).read<LeaseDocument>());
    if (!mayAcquire(current?.data, holder, now)) return false;
    try {
      if (current === undefined) await this.container.items.create<LeaseDocument>(document);
      else
        await this.container.item(id, id).replace<LeaseDocument>(document, {
          accessCondition: { type: "IfMatch", condition: current._etag ?? "" },
        });
      return true;
    } catch (error) {
      const status = cosmosStatus(error);
      if (status === 409 || status === 412 || status === 404) return false;
      throw error;
    }
  }
}

/** The scheduler leases, in the deliveries container (created when missing). */
export async function openSchedulerLease(client: CosmosClient, databaseId: string): Promise<SchedulerLease> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const { container } = await database.containers.createIfNotExists({
    id: CONTAINERS.deliveries.id,
    partitionKey: { paths: [CONTAINERS.deliveries.partitionKey] },
  });
  return new CosmosSchedulerLease(container);
}
