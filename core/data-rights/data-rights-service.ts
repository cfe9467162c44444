import { auditEntry, PARTICIPANT_ACTOR } from "../audit/audit-record";
import type { Identity } from "../participant";
import type { Clock, Repositories } from "../ports";
import type { ErasureReport } from "./erasure-plan";
import { exportPersonalData, type PersonalDataExport } from "./personal-data-export";

/** Where an erasure applied: the tombstones it left, by id only. */
export interface ErasedParticipation {
  readonly waveId: string;
  readonly tenantId: string;
  readonly participantId: string;
}

export interface ErasureResult {
  readonly participations: readonly ErasedParticipation[];
  readonly report: ErasureReport;
}

/**
 * The store-level side of erasure: it reaches every container (waves, users, deliveries) and deletes or
 * rewrites documents, which the aggregates' repositories deliberately cannot do.
 */
export interface PersonalDataEraser {
  /** Erases the person's personal data everywhere; idempotent (a second run finds nothing left to change). */
  erase(identity: Identity): Promise<ErasureResult>;
}

/**
 * A participant's data rights: download everything, or erase it at once. Erasure is immediate on the
 * person's own request (no HR approval: it is their right, and waiting would keep their data longer);
 * HR learns of it from the audit log, which names the tombstone's id only.
 */
export class DataRightsService {
  constructor(
    private readonly deps: {
      readonly repos: Repositories;
      readonly eraser: PersonalDataEraser;
      readonly clock: Clock;
      /** A unique suffix for audit entry ids (a random UUID in production). */
      readonly newId: () => string;
    },
  ) {}

  async exportFor(identity: Identity): Promise<PersonalDataExport> {
    const now = this.deps.clock.now();
    const data = await exportPersonalData(this.deps.repos, identity, now);
    for (const { wave, participant } of data.waves)
      await this.deps.repos.audit.record(
        auditEntry(
          {
            waveId: wave.id,
            tenantId: identity.tenantId,
            action: "participant.data-exported",
            target: participant.id,
          },
          PARTICIPANT_ACTOR,
          now,
          this.deps.newId(),
        ),
      );
    return data;
  }

  async erase(identity: Identity): Promise<ErasureReport> {
    const { participations, report } = await this.deps.eraser.erase(identity);
    const now = this.deps.clock.now();
    const details = Object.fromEntries(Object.entries(report).filter(([key]) => key !== "waves"));
    for (const p of participations)
      await this.deps.repos.audit.record(
        auditEntry(
          {
            waveId: p.waveId,
            tenantId: p.tenantId,
            action: "participant.erased",
            target: p.participantId,
            details,
          },
          PARTICIPANT_ACTOR,
          now,
          this.deps.newId(),
        ),
      );
    return report;
  }
}
