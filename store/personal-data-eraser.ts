/**
 * Erasure on Cosmos DB: the one place that deletes and rewrites documents across every container (waves,
 * users, deliveries) for one person. What changes in each document is decided in core/data-rights/
 * erasure-plan.ts; this module finds the documents and writes the result. Cross-partition queries are fine
 * here: an erasure is rare, and thoroughness matters more than cost.
 */
import type { Container, CosmosClient, ItemDefinition, SqlParameter } from "@azure/cosmos";
import type { FinalAssessment } from "../core/assessments/assessment";
import { finalAssessmentId } from "../core/assessments/assessment";
import type {
  ErasedParticipation,
  ErasureResult,
  PersonalDataEraser,
} from "../core/data-rights/data-rights-service";
import {
  anonymisedAssessment,
  anonymisedCheckIn,
  anonymisedParticipant,
  anonymisedResponse,
  anonymisedSession,
  isDeliveryFor,
  shortlistWithout,
  type ErasureReport,
} from "../core/data-rights/erasure-plan";
import type { PublishedPair } from "../core/matching/published-pair";
import { shortlistId, type Shortlist } from "../core/matching/shortlist";
import type { Identity, Participant } from "../core/participant";
import type { UserRecord } from "../core/ports";
import { questionnaireResponseId, type QuestionnaireResponse } from "../core/questionnaire";
import type { CheckIn, MentoringSession } from "../core/sessions/session";
import { CONTAINERS, type UserDocument, type WaveDocument } from "./containers";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";
import { userKey } from "./user-directory";

type Doc<T> = WaveDocument<T> & ItemDefinition;
type Counts = { -readonly [K in keyof ErasureReport]: ErasureReport[K] };

/** The eraser over the three containers. */
export class CosmosPersonalDataEraser implements PersonalDataEraser {
  constructor(private readonly containers: { waves: Container; users: Container; deliveries: Container }) {}

  async erase(identity: Identity): Promise<ErasureResult> {
    const counts: Counts = {
      waves: 0,
      participants: 0,
      responses: 0,
      shortlistsDeleted: 0,
      shortlistsEdited: 0,
      sessions: 0,
      checkIns: 0,
      notesDeleted: 0,
      assessments: 0,
      deliveriesDeleted: 0,
      userRecordDeleted: false,
    };
    const found = await this.participations(identity);
    for (const participant of found) await this.eraseInWave(participant, identity.aadObjectId, counts);
    counts.waves = new Set(found.map((p) => p.waveId)).size;
    const key = userKey(identity);
    counts.userRecordDeleted = await deleteIfPresent(this.containers.users, key, key);
    const participations: ErasedParticipation[] = found.map((p) => ({
      waveId: p.waveId,
      tenantId: p.tenantId,
      participantId: p.id,
    }));
    return { participations, report: counts };
  }

  /** Their records: from their user record's enrolments, and by Entra id in case an enrolment was never indexed. */
  private async participations(identity: Identity): Promise<Participant[]> {
    const key = userKey(identity);
    const user = await readOrUndefined(() =>
      this.containers.users.item(key, key).read<UserDocument<UserRecord> & ItemDefinition>(),
    );
    const byEnrolment = await Promise.all(
      (user?.data.enrolments ?? []).map(
        async (e) => (await this.waveDoc<Participant>(e.waveId, `participant:${e.participantId}`))?.data,
      ),
    );
    const byIdentity = await this.query<Participant>(
      "SELECT * FROM c WHERE c.type = 'participant' AND c.data.tenantId = @tid AND c.data.aadObjectId = @aad",
      [
        { name: "@tid", value: identity.tenantId },
        { name: "@aad", value: identity.aadObjectId },
      ],
    );
    const mine = new Map<string, Participant>();
    for (const p of [...byEnrolment, ...byIdentity.map((d) => d.data)]) {
      if (p === undefined || p.tenantId !== identity.tenantId || p.aadObjectId !== identity.aadObjectId)
        continue;
      mine.set(`${p.waveId}/${p.id}`, p);
    }
    return [...mine.values()];
  }

  private async eraseInWave(participant: Participant, aadObjectId: string, counts: Counts): Promise<void> {
    const { waveId, id } = participant;
    await this.rewrite<Participant>(waveId, `participant:${id}`, () => anonymisedParticipant(participant));
    counts.participants++;
    if (await this.rewrite<QuestionnaireResponse>(waveId, questionnaireResponseId(id), anonymisedResponse))
      counts.responses++;
    if (await this.rewrite<FinalAssessment>(waveId, finalAssessmentId(id), anonymisedAssessment))
      counts.assessments++;
    if (await deleteIfPresent(this.containers.waves, shortlistId(id), waveId)) counts.shortlistsDeleted++;
    for (const doc of await this.inWave<Shortlist>(
      waveId,
      "shortlist",
      "ARRAY_CONTAINS(c.data.choices, @id)",
      id,
    )) {
      const edited = shortlistWithout(doc.data, id);
      if (edited !== undefined) await this.replace(doc, edited);
      counts.shortlistsEdited++;
    }
    for (const doc of await this.inWave<CheckIn>(waveId, "checkin", "c.data.participantId = @id", id)) {
      await this.replace(doc, anonymisedCheckIn(doc.data));
      counts.checkIns++;
    }
    const pairs = await this.inWave<PublishedPair>(
      waveId,
      "pair",
      "(c.data.mentorId = @id OR ARRAY_CONTAINS(c.data.menteeIds, @id))",
      id,
    );
    for (const pair of pairs) {
      for (const doc of await this.inWave<MentoringSession>(
        waveId,
        "session",
        "c.data.pairId = @id",
        pair.id,
      )) {
        await this.replace(doc, anonymisedSession(doc.data, id, aadObjectId));
        counts.sessions++;
      }
      // Notes are co-written and cannot be attributed line by line: the pair's notes go (docs/PRIVACY.md).
      for (const doc of await this.inWave<unknown>(waveId, "notes", "c.data.pairId = @id", pair.id)) {
        if (await deleteIfPresent(this.containers.waves, doc.id, waveId)) counts.notesDeleted++;
      }
    }
    const waveIds = new Set(
      (await this.inWave<Participant>(waveId, "participant", "true", id)).map((d) => d.data.id),
    );
    const { resources: deliveries } = await this.containers.deliveries.items
      .query<{ id: string }>({
        query: "SELECT c.id FROM c WHERE CONTAINS(c.id, @id) OR CONTAINS(LOWER(c.id), @aad)",
        parameters: [
          { name: "@id", value: id },
          { name: "@aad", value: aadObjectId.toLowerCase() },
        ],
      })
      .fetchAll();
    for (const { id: key } of deliveries) {
      if (!isDeliveryFor(key, id, aadObjectId, waveIds)) continue;
      if (await deleteIfPresent(this.containers.deliveries, key, key)) counts.deliveriesDeleted++;
    }
  }

  private async waveDoc<T>(waveId: string, id: string): Promise<Doc<T> | undefined> {
    return readOrUndefined(() => this.containers.waves.item(id, waveId).read<Doc<T>>());
  }

  /** Rewrites one document's data when it exists; true when it did. */
  private async rewrite<T>(waveId: string, id: string, change: (data: T) => T): Promise<boolean> {
    const doc = await this.waveDoc<T>(waveId, id);
    if (doc === undefined) return false;
    await this.replace(doc, change(doc.data));
    return true;
  }

  /** Replaces the whole document (an erasure wins over any concurrent edit: no ETag condition). */
  private async replace<T>(doc: Doc<T>, data: T): Promise<void> {
    const envelope: WaveDocument<T> = { id: doc.id, waveId: doc.waveId, type: doc.type, data };
    await this.containers.waves.item(doc.id, doc.waveId).replace(envelope);
  }

  /** Documents of one type in one wave matching `condition` (which may use @id). */
  private async inWave<T>(waveId: string, type: string, condition: string, id: string): Promise<Doc<T>[]> {
    const { resources } = await this.containers.waves.items
      .query<Doc<T>>(
        {
          query: `SELECT * FROM c WHERE c.waveId = @waveId AND c.type = @type AND ${condition}`,
          parameters: [
            { name: "@waveId", value: waveId },
            { name: "@type", value: type },
            { name: "@id", value: id },
          ],
        },
        { partitionKey: waveId },
      )
      .fetchAll();
    return resources;
  }

  private async query<T>(query: string, parameters: SqlParameter[]): Promise<Doc<T>[]> {
    const { resources } = await this.containers.waves.items.query<Doc<T>>({ query, parameters }).fetchAll();
    return resources;
  }
}

/** Deletes one document; false when it was already gone. */
async function deleteIfPresent(container: Container, id: string, partitionKey: string): Promise<boolean> {
  try {
    await container.item(id, partitionKey).delete();
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 404) return false;
    throw error;
  }
}

/** Opens the eraser over the store's containers (created if needed, as the other adapters do). */
export async function openPersonalDataEraser(
  client: CosmosClient,
  databaseId: string,
): Promise<CosmosPersonalDataEraser> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const open = async (spec: { id: string; partitionKey: string }) =>
    (
      await database.containers.createIfNotExists({
        id: spec.id,
        partitionKey: { paths: [spec.partitionKey] },
      })
    ).container;
  return new CosmosPersonalDataEraser({
    waves: await open(CONTAINERS.waves),
    users: await open(CONTAINERS.users),
    deliveries: await open(CONTAINERS.deliveries),
  });
}
