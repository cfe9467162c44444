import type { Container } from "@azure/cosmos";
import type { PublishedPair } from "../core/matching/published-pair";
import type { PairRepository, Versioned } from "../core/ports";
import { WaveDocuments } from "./wave-documents";

/** Published pairs and groups, in their wave's partition, each under its deterministic id. */
export class CosmosPairRepository implements PairRepository {
  private readonly docs: WaveDocuments<PublishedPair>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "pair", "This pair");
  }

  get(waveId: string, pairId: string): Promise<Versioned<PublishedPair> | undefined> {
    return this.docs.get(waveId, pairId);
  }

  async listByWave(waveId: string): Promise<PublishedPair[]> {
    return (await this.docs.listByWave(waveId)).sort((a, b) => a.id.localeCompare(b.id));
  }

  createIfAbsent(pair: PublishedPair): Promise<"created" | "exists"> {
    return this.docs.createIfAbsent(pair.waveId, pair.id, pair);
  }

  replace(pair: PublishedPair, etag: string): Promise<Versioned<PublishedPair>> {
    return this.docs.replace(pair.waveId, pair.id, pair, etag);
  }
}
