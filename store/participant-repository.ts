import type { Container } from "@azure/cosmos";
import type { Participant } from "../core/participant";
import type { ParticipantRepository } from "../core/ports";
import type { WaveDocument } from "./containers";
import { readOrUndefined } from "./cosmos-errors";
import { retryTransient } from "./cosmos-retry";

const docId = (participantId: string): string => `participant:${participantId}`;

/** Participants, in their wave's partition. */
export class CosmosParticipantRepository implements ParticipantRepository {
  constructor(private readonly container: Container) {}

  async get(waveId: string, participantId: string): Promise<Participant | undefined> {
    const doc = await readOrUndefined(
      () => this.container.item(docId(participantId), waveId).read<WaveDocument<Participant>>(),
      docId(participantId),
    );
    return doc?.data;
  }

  async listByWave(waveId: string): Promise<Participant[]> {
    const { resources } = await this.container.items
      .query<WaveDocument<Participant>>(
        {
          query: "SELECT * FROM c WHERE c.waveId = @waveId AND c.type = @type",
          parameters: [
            { name: "@waveId", value: waveId },
            { name: "@type", value: "participant" },
          ],
        },
        { partitionKey: waveId },
      )
      .fetchAll();
    return resources.map((d) => d.data).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async save(participant: Participant): Promise<void> {
    const doc: WaveDocument<Participant> = {
      id: docId(participant.id),
      waveId: participant.waveId,
      type: "participant",
      data: participant,
    };
    await retryTransient(() => this.container.items.upsert(doc));
  }
}
