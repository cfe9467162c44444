import type { Container } from "@azure/cosmos";
import type { ItemDefinition } from "@azure/cosmos";
import type { Versioned, WaveRepository } from "../core/ports";
import type { Wave } from "../core/wave";
import type { WaveDocument } from "./containers";
import { cosmosStatus, readOrUndefined, translateCosmosError } from "./cosmos-errors";
import { retryTransient } from "./cosmos-retry";

/** The wave's own document id, in the partition of the same name. */
export const waveDocId = (waveId: string): string => `wave:${waveId}`;
const docId = waveDocId;

/** Waves in the waves container, one document in each wave's own partition. */
export class CosmosWaveRepository implements WaveRepository {
  constructor(private readonly container: Container) {}

  async get(waveId: string): Promise<Wave | undefined> {
    const doc = await readOrUndefined(
      () => this.container.item(docId(waveId), waveId).read<WaveDocument<Wave>>(),
      docId(waveId),
    );
    return doc?.data;
  }

  async getVersioned(waveId: string): Promise<Versioned<Wave> | undefined> {
    const doc = await readOrUndefined(() =>
      this.container.item(docId(waveId), waveId).read<WaveDocument<Wave> & ItemDefinition>(),
    );
    return doc?._etag === undefined ? undefined : { value: doc.data, etag: doc._etag };
  }

  async replace(wave: Wave, etag: string): Promise<void> {
    const doc: WaveDocument<Wave> = { id: docId(wave.id), waveId: wave.id, type: "wave", data: wave };
    try {
      await this.container
        .item(doc.id, wave.id)
        .replace(doc, { accessCondition: { type: "IfMatch", condition: etag } });
    } catch (error) {
      translateCosmosError(error, "This wave");
    }
  }

  /** All waves, newest first. Cross-partition, but there are only a handful of waves per tenant. */
  async list(): Promise<Wave[]> {
    const { resources } = await this.container.items
      .query<WaveDocument<Wave>>({
        query: "SELECT * FROM c WHERE c.type = @type",
        parameters: [{ name: "@type", value: "wave" }],
      })
      .fetchAll();
    return resources.map((d) => d.data).sort((a, b) => b.startDate.localeCompare(a.startDate));
  }

  async createIfAbsent(wave: Wave): Promise<"created" | "exists"> {
    const doc: WaveDocument<Wave> = { id: docId(wave.id), waveId: wave.id, type: "wave", data: wave };
    try {
      // Retried: an attempt applied before a timeout makes the next one answer 409, i.e. "exists".
      await retryTransient(() => this.container.items.create(doc));
      return "created";
    } catch (error) {
      if (cosmosStatus(error) === 409) return "exists";
      throw error;
    }
  }

  async save(wave: Wave): Promise<void> {
    const doc: WaveDocument<Wave> = { id: docId(wave.id), waveId: wave.id, type: "wave", data: wave };
    await retryTransient(() => this.container.items.upsert(doc));
  }
}
