import type { Container } from "@azure/cosmos";
import type { AuditEntry } from "../core/audit/audit-entry";
import type { AuditLog } from "../core/ports";
import { WaveDocuments } from "./wave-documents";

/** HR's audit log, one document per entry in the wave's partition: entries are only ever created. */
export class CosmosAuditLog implements AuditLog {
  private readonly docs: WaveDocuments<AuditEntry>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "audit", "This audit entry");
  }

  async record(entry: AuditEntry): Promise<void> {
    // createIfAbsent: a retried request that reuses its entry id is recorded once.
    await this.docs.createIfAbsent(entry.waveId, entry.id, entry);
  }

  /** Newest first. */
  async listByWave(waveId: string): Promise<AuditEntry[]> {
    return (await this.docs.listByWave(waveId)).sort(
      (a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id),
    );
  }
}
