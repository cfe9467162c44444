import type { Container } from "@azure/cosmos";
import type { CheckInRepository } from "../core/ports";
import { checkInId, type CheckIn } from "../core/sessions/session";
import { WaveDocuments } from "./wave-documents";

/** Check-ins after sessions, one document per session and author, in the wave's partition. */
export class CosmosCheckInRepository implements CheckInRepository {
  private readonly docs: WaveDocuments<CheckIn>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "checkin", "This check-in");
  }

  async listBySession(waveId: string, sessionId: string): Promise<CheckIn[]> {
    return (await this.docs.listWhere(waveId, "sessionId", sessionId)).sort(byId);
  }

  async listByWave(waveId: string): Promise<CheckIn[]> {
    return (await this.docs.listByWave(waveId)).sort(byId);
  }

  save(checkIn: CheckIn): Promise<void> {
    return this.docs.upsert(checkIn.waveId, checkInId(checkIn.sessionId, checkIn.participantId), checkIn);
  }
}

function byId(a: CheckIn, b: CheckIn): number {
  return a.sessionId.localeCompare(b.sessionId) || a.participantId.localeCompare(b.participantId);
}
