import { TandemError } from "./errors";
import type { Identity } from "./participant";

/** Who runs the programme: HR admins by Entra object id, and/or members of one Entra group. */
export interface HrPolicy {
  readonly adminObjectIds: readonly string[];
  readonly adminGroupId?: string;
}

/** True when the verified caller is an HR admin. */
export function isHrAdmin(identity: Identity, policy: HrPolicy): boolean {
  if (policy.adminObjectIds.includes(identity.aadObjectId)) return true;
  return policy.adminGroupId !== undefined && (identity.groups ?? []).includes(policy.adminGroupId);
}

/** Fails with FORBIDDEN unless the caller is an HR admin. */
export function assertHrAdmin(identity: Identity, policy: HrPolicy): void {
  if (!isHrAdmin(identity, policy)) {
    throw new TandemError("FORBIDDEN", "Only the HR programme team can do this.");
  }
}
