import type { AuditAction } from "../../../core/audit/audit-entry";

/** The HR "Audit log" section's texts: who did what to the wave, with ids and counts only. */
export interface AuditTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly failed: string;
  readonly empty: string;
  readonly truncated: string;
  readonly columns: {
    readonly when: string;
    readonly who: string;
    readonly action: string;
    readonly target: string;
    readonly details: string;
  };
  /** The actor of a participant's own request (data download, erasure). */
  readonly participantActor: string;
  /** An HR member whose token carried no name. */
  readonly unnamedActor: string;
  /** A target whose record no longer has a name (an erased participant). */
  readonly erasedTarget: (id: string) => string;
  readonly actions: Readonly<Record<AuditAction, string>>;
}
