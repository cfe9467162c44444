import type { Container, ItemDefinition } from "@azure/cosmos";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";

/** Tries before a write that keeps meeting concurrent writers gives up (and throws their 409/412). */
const MAX_ATTEMPTS = 8;

/**
 * Read-modify-write of one document under its ETag. Reads it (undefined when absent), asks `next` for
 * the document to write (undefined: write nothing), then creates it when it was absent or replaces it
 * if it is still the version read. A concurrent writer — a create that meets one (409), a replace of a
 * changed (412) or deleted (404) document — makes it read again and ask `next` again. Never retried on
 * transient errors: a timed-out write may have landed, and `next` need not be idempotent.
 * Answers the document written, or undefined when `next` wrote nothing.
 */
export async function writeUnderEtag<D extends ItemDefinition>(
  container: Container,
  id: string,
  partitionKey: string,
  next: (current: D | undefined) => D | undefined,
): Promise<D | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await readOrUndefined(() => container.item(id, partitionKey).read<D>(), id);
    const document = next(current);
    if (document === undefined) return undefined;
    try {
      if (current === undefined) await container.items.create(document);
      else
        await container
          .item(id, partitionKey)
          .replace(document, { accessCondition: { type: "IfMatch", condition: current._etag ?? "" } });
      return document;
    } catch (error) {
      const status = cosmosStatus(error);
      if ((status !== 409 && status !== 412 && status !== 404) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
