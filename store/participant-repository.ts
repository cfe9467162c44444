import { BulkOperationType, type Container, type ItemDefinition } from "@azure/cosmos";
import type { Participant } from "../core/participant";
import type { Wave } from "../core/wave";
import type { ParticipantRepository } from "../core/ports";
import type { WaveDocument } from "./containers";
import { readOrUndefined } from "./cosmos-errors";
import { writeUnderEtag } from "./etag-update";
import { retryTransient } from "./cosmos-retry";
import { waveDocId } from "./wave-repository";

const docId = (participantId: string): string => `participant:${participantId}`;
/** Writers racing on one participant: each lost race re-reads and re-applies its change. */

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

  /**
   * One transactional batch of two point reads in the wave's partition. A missing document fails a
   * transactional batch as a whole on Cosmos DB (the other read answers 424, without its document), and
   * an id Cosmos DB cannot hold fails it too: then each is read alone, as get() reads.
   */
  async getWithWave(
    waveId: string,
    participantId: string,
  ): Promise<{ wave: Wave | undefined; participant: Participant | undefined }> {
    try {
      const { result } = await retryTransient(() =>
        this.container.items.batch(
          [
            // The partition key on each read too: the embedded emulator needs it there.
            { operationType: BulkOperationType.Read, id: waveDocId(waveId), partitionKey: waveId },
            { operationType: BulkOperationType.Read, id: docId(participantId), partitionKey: waveId },
          ],
          waveId,
        ),
      );
      const [wave, participant] = result ?? [];
      if (wave?.statusCode === 200 && participant?.statusCode === 200) {
        return {
          wave: (wave.resourceBody as unknown as WaveDocument<Wave>).data,
          participant: (participant.resourceBody as unknown as WaveDocument<Participant>).data,
        };
      }
    } catch {
      // Read each alone below: a lasting fault shows there, with the error a single read gives.
    }
    const [wave, participant] = await Promise.all([
      readOrUndefined(
        () => this.container.item(waveDocId(waveId), waveId).read<WaveDocument<Wave>>(),
        waveDocId(waveId),
      ),
      this.get(waveId, participantId),
    ]);
    return { wave: wave?.data, participant };
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

  async update(
    waveId: string,
    participantId: string,
    change: (current: Participant) => Participant | undefined,
  ): Promise<Participant | undefined> {
    const id = docId(participantId);
    let result: Participant | undefined;
    await writeUnderEtag<WaveDocument<Participant> & ItemDefinition>(this.container, id, waveId, (doc) => {
      result = doc?.data; // absent (or erased meanwhile): undefined
      if (doc === undefined) return undefined;
      const changed = change(doc.data);
      if (changed === undefined) return undefined;
      if (changed.id !== participantId || changed.waveId !== waveId)
        throw new Error("a participant update cannot change the participant's id or wave");
      result = changed;
      return { id, waveId, type: "participant", data: changed };
    });
    return result;
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
