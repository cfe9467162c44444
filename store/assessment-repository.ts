import type { Container } from "@azure/cosmos";
import { finalAssessmentId, type FinalAssessment } from "../core/assessments/assessment";
import type { AssessmentRepository } from "../core/ports";
import { WaveDocuments } from "./wave-documents";

/** End-of-wave assessments, one document per participant in their wave's partition. */
export class CosmosAssessmentRepository implements AssessmentRepository {
  private readonly docs: WaveDocuments<FinalAssessment>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "assessment", "This assessment");
  }

  async get(waveId: string, participantId: string): Promise<FinalAssessment | undefined> {
    return (await this.docs.get(waveId, finalAssessmentId(participantId)))?.value;
  }

  async listByWave(waveId: string): Promise<FinalAssessment[]> {
    return (await this.docs.listByWave(waveId)).sort((a, b) =>
      a.participantId.localeCompare(b.participantId),
    );
  }

  save(assessment: FinalAssessment): Promise<void> {
    return this.docs.upsert(assessment.waveId, finalAssessmentId(assessment.participantId), assessment);
  }
}
