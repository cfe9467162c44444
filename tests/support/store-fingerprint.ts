import type { CosmosClient } from "@azure/cosmos";

/**
 * Every document in every container of the account, as "database/container/id@etag", sorted: two equal
 * fingerprints mean nothing was created, changed or deleted in between (security tests: "nothing written").
 * The scheduler's lease documents (`lease:*`, renewed on every tick whatever the requests) are left out.
 */
export async function storeFingerprint(
  client: CosmosClient,
  /** Only the documents this keeps (all by default), judged on the document's JSON. */
  keep: (json: string) => boolean = () => true,
): Promise<string[]> {
  const entries: string[] = [];
  const { resources: databases } = await client.databases.readAll().fetchAll();
  for (const database of databases) {
    const { resources: containers } = await client.database(database.id).containers.readAll().fetchAll();
    for (const container of containers) {
      const { resources: items } = await client
        .database(database.id)
        .container(container.id)
        .items.readAll<{ id: string; _etag?: string }>()
        .fetchAll();
      for (const item of items.filter((i) => !i.id.startsWith("lease:") && keep(JSON.stringify(i))))
        entries.push(`${database.id}/${container.id}/${item.id}@${item._etag ?? ""}`);
    }
  }
  return entries.sort();
}
