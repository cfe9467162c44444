import type { CosmosClient } from "@azure/cosmos";
import type { DeliveryLog } from "../core/delivery";
import type { Repositories } from "../core/ports";
import { CosmosAssessmentRepository } from "./assessment-repository";
import { CosmosAuditLog } from "./audit-log";
import { CosmosCheckInRepository } from "./check-in-repository";
import { CONTAINERS } from "./containers";
import { CosmosDeliveryLog } from "./delivery-log";
import { CosmosMatchProposalRepository } from "./match-proposal-repository";
import { CosmosPairRepository } from "./pair-repository";
import { CosmosParticipantRepository } from "./participant-repository";
import { CosmosQuestionnaireResponseRepository } from "./questionnaire-response-repository";
import { CosmosSessionNotesRepository } from "./session-notes-repository";
import { CosmosSessionRepository } from "./session-repository";
import { CosmosShortlistRepository } from "./shortlist-repository";
import { CosmosUserDirectory } from "./user-directory";
import { CosmosWaveRepository } from "./wave-repository";

/** Creates the database and containers if needed and returns the repositories over them. */
export async function openCosmosStore(client: CosmosClient, databaseId: string): Promise<Repositories> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const { container: waves } = await database.containers.createIfNotExists({
    id: CONTAINERS.waves.id,
    partitionKey: { paths: [CONTAINERS.waves.partitionKey] },
  });
  const { container: users } = await database.containers.createIfNotExists({
    id: CONTAINERS.users.id,
    partitionKey: { paths: [CONTAINERS.users.partitionKey] },
  });
  return {
    waves: new CosmosWaveRepository(waves),
    participants: new CosmosParticipantRepository(waves),
    responses: new CosmosQuestionnaireResponseRepository(waves),
    users: new CosmosUserDirectory(users),
    proposals: new CosmosMatchProposalRepository(waves),
    pairs: new CosmosPairRepository(waves),
    shortlists: new CosmosShortlistRepository(waves),
    sessions: new CosmosSessionRepository(waves),
    checkIns: new CosmosCheckInRepository(waves),
    notes: new CosmosSessionNotesRepository(waves),
    assessments: new CosmosAssessmentRepository(waves),
    audit: new CosmosAuditLog(waves),
  };
}

/** Creates the database and the deliveries container if needed and returns the proactive delivery log over it. */
export async function openDeliveryLog(client: CosmosClient, databaseId: string): Promise<DeliveryLog> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const { container } = await database.containers.createIfNotExists({
    id: CONTAINERS.deliveries.id,
    partitionKey: { paths: [CONTAINERS.deliveries.partitionKey] },
  });
  return new CosmosDeliveryLog(container);
}
