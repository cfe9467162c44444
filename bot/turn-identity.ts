import type { Activity } from "botbuilder";
import type { Identity } from "../core/participant";

/**
 * Who sent an activity: Entra object id and tenant, as Teams states them. Trusted only because the
 * activity passed the Bot Connector's authentication (SECURITY-NOTES §3). Undefined when Teams did not
 * say (e.g. a channel without Entra identities).
 */
export function identityOf(activity: Partial<Activity>): Identity | undefined {
  const aadObjectId = activity.from?.aadObjectId;
  const tenantId = tenantOf(activity);
  if (!aadObjectId || !tenantId) return undefined;
  return { tenantId, aadObjectId, ...(activity.from?.name ? { name: activity.from.name } : {}) };
}

/** The tenant an activity belongs to, as Teams states it (the conversation's, else the channel data's). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId = activity.conversation?.tenantId ?? channelTenant;
  return typeof tenantId === "string" && tenantId !== "" ? tenantId : undefined;
}
