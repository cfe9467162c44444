import type { Container } from "@azure/cosmos";
import { shortlistId, type Shortlist } from "../core/matching/shortlist";
import type { ShortlistRepository } from "../core/ports";
import { WaveDocuments } from "./wave-documents";

/** Participants' shortlists, one document per participant in their wave's partition. */
export class CosmosShortlistRepository implements ShortlistRepository {
  private readonly docs: WaveDocuments<Shortlist>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "shortlist", "This shortlist");
  }

  async get(waveId: string, participantId: string): Promise<Shortlist | undefined> {
    return (await this.docs.get(waveId, shortlistId(participantId)))?.value;
  }

  async listByWave(waveId: string): Promise<Shortlist[]> {
    return (await this.docs.listByWave(waveId)).sort((a, b) =>
      a.participantId.localeCompare(b.participantId),
    );
  }

  save(shortlist: Shortlist): Promise<void> {
    return this.docs.upsert(shortlist.waveId, shortlistId(shortlist.participantId), shortlist);
  }
}
