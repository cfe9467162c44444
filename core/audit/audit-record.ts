import type { Identity } from "../participant";
import type { AuditAction, AuditEntry } from "./audit-entry";

/**
 * Who a self-service action (a participant downloading or erasing their own data) is recorded as: not
 * their Entra object id, which would leave an identifier of an erased person in the log.
 */
export const PARTICIPANT_ACTOR: AuditEntry["actor"] = { aadObjectId: "participant" };

/** What an audit line says, before it gets its time and id. */
export interface AuditFacts {
  readonly waveId: string;
  readonly tenantId: string;
  readonly action: AuditAction;
  /** An id (participant id, export name), never a name or an email. */
  readonly target?: string;
  /** Counts, states and ids only. */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * One audit entry, time-ordered by its id (`audit:<ISO time>:<suffix>`). The actor is an HR member as
 * their verified token names them, or PARTICIPANT_ACTOR; the caller gives a unique suffix (a random id),
 * since core draws no randomness.
 */
export function auditEntry(
  facts: AuditFacts,
  actor: Identity | AuditEntry["actor"],
  at: Date,
  suffix: string,
): AuditEntry {
  const time = at.toISOString();
  return {
    id: `audit:${time}:${suffix}`,
    waveId: facts.waveId,
    tenantId: facts.tenantId,
    at: time,
    actor:
      actor.name === undefined
        ? { aadObjectId: actor.aadObjectId }
        : { aadObjectId: actor.aadObjectId, name: actor.name },
    action: facts.action,
    ...(facts.target === undefined ? {} : { target: facts.target }),
    ...(facts.details === undefined ? {} : { details: facts.details }),
  };
}
