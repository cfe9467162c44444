import type { Container, CosmosClient } from "@azure/cosmos";
import type { FinalAssessment } from "../core/assessments/assessment";
import type { DashboardSource } from "../core/dashboard/dashboard-source";
import type { DashboardData } from "../core/dashboard/wave-dashboard";
import type { PublishedPair } from "../core/matching/published-pair";
import type { Participant } from "../core/participant";
import type { QuestionnaireResponse } from "../core/questionnaire";
import type { CheckIn, MentoringSession } from "../core/sessions/session";
import { CONTAINERS, type WaveDocumentType } from "./containers";

const TYPES: readonly WaveDocumentType[] = [
  "participant",
  "response",
  "pair",
  "session",
  "checkin",
  "assessment",
];

type Row = { readonly type: WaveDocumentType; readonly data: unknown };

/**
 * The dashboard's read of a wave: one single-partition query for the six document types it aggregates, in
 * pages as large as Cosmos allows (maxItemCount -1: up to 4 MB a page) instead of six queries paged by the
 * SDK's default. Check-in and assessment comments are dropped here, so they never reach the dashboard's code.
 */
export class CosmosDashboardSource implements DashboardSource {
  constructor(private readonly container: Container) {}

  async load(waveId: string): Promise<Omit<DashboardData, "wave">> {
    const { resources } = await this.container.items
      .query<Row>(
        {
          query: "SELECT c.type, c.data FROM c WHERE c.waveId = @waveId AND ARRAY_CONTAINS(@types, c.type)",
          parameters: [
            { name: "@waveId", value: waveId },
            { name: "@types", value: [...TYPES] },
          ],
        },
        { partitionKey: waveId, maxItemCount: -1 },
      )
      .fetchAll();
    const participants: Participant[] = [];
    const responses: QuestionnaireResponse[] = [];
    const pairs: PublishedPair[] = [];
    const sessions: MentoringSession[] = [];
    const checkIns: CheckIn[] = [];
    const assessments: FinalAssessment[] = [];
    for (const { type, data } of resources) {
      if (type === "participant") participants.push(data as Participant);
      else if (type === "response") responses.push(data as QuestionnaireResponse);
      else if (type === "pair") pairs.push(data as PublishedPair);
      else if (type === "session") sessions.push(data as MentoringSession);
      else if (type === "checkin") checkIns.push(withoutComment(data as CheckIn));
      else if (type === "assessment") assessments.push(withoutComment(data as FinalAssessment));
    }
    return { participants, responses, pairs, sessions, checkIns, assessments };
  }
}

function withoutComment<T extends { readonly comment?: string }>(document: T): T {
  if (document.comment === undefined) return document;
  const { comment: _private, ...rest } = document;
  return rest as T;
}

/** The dashboard's reader on the waves container of `databaseId`. */
export async function openDashboardSource(
  client: CosmosClient,
  databaseId: string,
): Promise<CosmosDashboardSource> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const { container } = await database.containers.createIfNotExists({
    id: CONTAINERS.waves.id,
    partitionKey: { paths: [CONTAINERS.waves.partitionKey] },
  });
  return new CosmosDashboardSource(container);
}
