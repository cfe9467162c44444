import { randomUUID } from "node:crypto";
import { auditEntry, type AuditFacts } from "../../core/audit/audit-record";
import type { Clock, Repositories } from "../../core/ports";
import { signedIn, type ApiRequest } from "./api-route";

/** Records one HR action, the actor being the verified caller of the request. */
export type AuditTrail = (request: ApiRequest, facts: Omit<AuditFacts, "tenantId">) => Promise<void>;

/**
 * The audit log as HR routes use it (imports, edits, approvals, publishing, exports): call it after the
 * action succeeded, with ids and counts only — never a participant's name, email or answers.
 */
export function auditTrail(repos: Repositories, clock: Clock): AuditTrail {
  return async (request, facts) => {
    const actor = signedIn(request);
    await repos.audit.record(
      auditEntry({ ...facts, tenantId: actor.tenantId }, actor, clock.now(), randomUUID()),
    );
  };
}

/** The names of the fields a change sent, for the log (names only, never values; odd keys dropped). */
export function changedFields(body: Readonly<Record<string, unknown>>): string {
  return Object.keys(body)
    .filter((key) => /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(key))
    .slice(0, 20)
    .sort()
    .join(",");
}
