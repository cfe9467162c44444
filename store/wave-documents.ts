import type { Container, ItemDefinition } from "@azure/cosmos";
import type { Versioned } from "../core/ports";
import type { WaveDocument, WaveDocumentType } from "./containers";
import { cosmosStatus, readOrUndefined, translateCosmosError } from "./cosmos-errors";
import { retryTransient } from "./cosmos-retry";

type Doc<T> = WaveDocument<T> & ItemDefinition;

/**
 * One kind of document in the waves container, in its wave's partition: the envelope, ETags and error
 * mapping the aggregates' repositories share (each repository only says its type and ids).
 */
export class WaveDocuments<T> {
  constructor(
    private readonly container: Container,
    private readonly type: WaveDocumentType,
    /** How the domain object is named in error messages ("This proposal"). */
    private readonly what: string,
  ) {}

  async get(waveId: string, id: string): Promise<Versioned<T> | undefined> {
    const doc = await readOrUndefined(() => this.container.item(id, waveId).read<Doc<T>>(), id);
    return doc === undefined || doc.type !== this.type ? undefined : versioned(doc);
  }

  /** Every document of this type in the wave: a single-partition, parameterised query. */
  async listByWave(waveId: string): Promise<T[]> {
    const { resources } = await this.container.items
      .query<Doc<T>>(
        {
          query: "SELECT * FROM c WHERE c.waveId = @waveId AND c.type = @type",
          parameters: [
            { name: "@waveId", value: waveId },
            { name: "@type", value: this.type },
          ],
        },
        { partitionKey: waveId },
      )
      .fetchAll();
    return resources.map((d) => d.data);
  }

  /** The wave's documents of this type whose domain field `field` equals `value` (e.g. a pair's sessions). */
  async listWhere(waveId: string, field: keyof T & string, value: string): Promise<T[]> {
    // The field is a property name from the code, never user input; checked so it cannot alter the query.
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`Not a document field: ${field}`);
    const { resources } = await this.container.items
      .query<Doc<T>>(
        {
          query: `SELECT * FROM c WHERE c.waveId = @waveId AND c.type = @type AND c.data.${field} = @value`,
          parameters: [
            { name: "@waveId", value: waveId },
            { name: "@type", value: this.type },
            { name: "@value", value },
          ],
        },
        { partitionKey: waveId },
      )
      .fetchAll();
    return resources.map((d) => d.data);
  }

  /** Fails with CONFLICT when a document with the same id exists. */
  async create(waveId: string, id: string, data: T): Promise<Versioned<T>> {
    try {
      const { resource } = await this.container.items.create<Doc<T>>(this.envelope(waveId, id, data));
      return versioned(written(resource));
    } catch (error) {
      return translateCosmosError(error, this.what);
    }
  }

  /** Creates the document unless its id is taken; an existing one is left untouched. */
  async createIfAbsent(waveId: string, id: string, data: T): Promise<"created" | "exists"> {
    try {
      // Retried: an attempt applied before a timeout makes the next one answer 409, i.e. "exists".
      await retryTransient(() => this.container.items.create<Doc<T>>(this.envelope(waveId, id, data)));
      return "created";
    } catch (error) {
      if (cosmosStatus(error) === 409) return "exists";
      throw error;
    }
  }

  /** Fails with PRECONDITION_FAILED when the stored version is no longer `etag`. */
  async replace(waveId: string, id: string, data: T, etag: string): Promise<Versioned<T>> {
    try {
      const { resource } = await this.container
        .item(id, waveId)
        .replace<Doc<T>>(this.envelope(waveId, id, data), {
          accessCondition: { type: "IfMatch", condition: etag },
        });
      return versioned(written(resource));
    } catch (error) {
      return translateCosmosError(error, this.what);
    }
  }

  async upsert(waveId: string, id: string, data: T): Promise<void> {
    await retryTransient(() => this.container.items.upsert(this.envelope(waveId, id, data)));
  }

  private envelope(waveId: string, id: string, data: T): Doc<T> {
    return { id, waveId, type: this.type, data };
  }
}

function versioned<T>(doc: Doc<T>): Versioned<T> {
  return { value: doc.data, etag: written(doc._etag) };
}

function written<V>(value: V | undefined): V {
  if (value === undefined) throw new Error("Cosmos DB answered a write without the document.");
  return value;
}
