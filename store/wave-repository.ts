import type { Container } from "@azure/cosmos";
import type { Versioned, WaveRepository } from "../core/ports";
import type { Wave } from "../core/wave";
import type { WaveDocument } from "./containers";
import { WaveDocuments } from "./wave-documents";

/** The wave's own document id, in the partition of the same name. */
export const waveDocId = (waveId: string): string => `wave:${waveId}`;
const docId = waveDocId;

/** Waves in the waves container, one document in each wave's own partition. */
export class CosmosWaveRepository implements WaveRepository {
  private readonly documents: WaveDocuments<Wave>;

  constructor(private readonly container: Container) {
    this.documents = new WaveDocuments<Wave>(container, "wave", "This wave");
  }

  async get(waveId: string): Promise<Wave | undefined> {
    return (await this.getVersioned(waveId))?.value;
  }

  getVersioned(waveId: string): Promise<Versioned<Wave> | undefined> {
    return this.documents.get(waveId, docId(waveId));
  }

  async replace(wave: Wave, etag: string): Promise<void> {
    await this.documents.replace(wave.id, docId(wave.id), wave, etag);
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

  createIfAbsent(wave: Wave): Promise<"created" | "exists"> {
    return this.documents.createIfAbsent(wave.id, docId(wave.id), wave);
  }

  save(wave: Wave): Promise<void> {
    return this.documents.upsert(wave.id, docId(wave.id), wave);
  }
}
