import type { Container, ItemDefinition } from "@azure/cosmos";
import type { QuestionnaireResponseRepository, Versioned } from "../core/ports";
import { questionnaireResponseId, type QuestionnaireResponse } from "../core/questionnaire";
import type { WaveDocument } from "./containers";
import { readOrUndefined, translateCosmosError } from "./cosmos-errors";

type ResponseDocument = WaveDocument<QuestionnaireResponse> & ItemDefinition;

/** Questionnaire answers, one document per participant (deterministic id), written under ETag checks. */
export class CosmosQuestionnaireResponseRepository implements QuestionnaireResponseRepository {
  constructor(private readonly container: Container) {}

  async get(waveId: string, participantId: string): Promise<Versioned<QuestionnaireResponse> | undefined> {
    const doc = await readOrUndefined(
      () => this.container.item(questionnaireResponseId(participantId), waveId).read<ResponseDocument>(),
      questionnaireResponseId(participantId),
    );
    return doc === undefined ? undefined : versioned(doc);
  }

  async listByWave(waveId: string): Promise<QuestionnaireResponse[]> {
    const { resources } = await this.container.items
      .query<ResponseDocument>(
        {
          query: "SELECT * FROM c WHERE c.waveId = @waveId AND c.type = @type",
          parameters: [
            { name: "@waveId", value: waveId },
            { name: "@type", value: "response" },
          ],
        },
        { partitionKey: waveId },
      )
      .fetchAll();
    return resources.map((d) => d.data);
  }

  async create(response: QuestionnaireResponse): Promise<Versioned<QuestionnaireResponse>> {
    try {
      const { resource } = await this.container.items.create<ResponseDocument>(toDocument(response));
      return versioned(required(resource));
    } catch (error) {
      return translateCosmosError(error, "These questionnaire answers");
    }
  }

  async replace(response: QuestionnaireResponse, etag: string): Promise<Versioned<QuestionnaireResponse>> {
    try {
      const { resource } = await this.container
        .item(response.id, response.waveId)
        .replace<ResponseDocument>(toDocument(response), {
          accessCondition: { type: "IfMatch", condition: etag },
        });
      return versioned(required(resource));
    } catch (error) {
      return translateCosmosError(error, "These questionnaire answers");
    }
  }
}

function toDocument(response: QuestionnaireResponse): ResponseDocument {
  return { id: response.id, waveId: response.waveId, type: "response", data: response };
}

function versioned(doc: ResponseDocument): Versioned<QuestionnaireResponse> {
  return { value: doc.data, etag: required(doc._etag) };
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("Cosmos DB answered a write without the document.");
  return value;
}
