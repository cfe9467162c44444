import { DEMO_TENANT_ID } from "../../server/config";

/** A Teams user as the Bot Connector describes them in activities. */
export interface TeamsUser {
  readonly aadObjectId: string;
  readonly name: string;
}

let sequence = 0;

/** Builders for the activities Teams posts to /api/messages in a personal chat. */
export function teamsActivities(serviceUrl: string, user: TeamsUser, tenantId = DEMO_TENANT_ID) {
  const base = () => ({
    id: `activity-${++sequence}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl,
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: "28:tandem-bot", name: "Tandem" },
    conversation: { id: `a:personal-${user.aadObjectId}`, conversationType: "personal", tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: "en-US",
  });
  return {
    message: (text: string) => ({ ...base(), type: "message", text }),
    installed: () => ({
      ...base(),
      type: "conversationUpdate",
      membersAdded: [
        { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId },
        { id: "28:tandem-bot" },
      ],
    }),
    execute: (verb: string, data: unknown) => ({
      ...base(),
      type: "invoke",
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    }),
  };
}

/** POSTs an activity to the bot endpoint and returns the HTTP status and JSON body (invoke responses). */
export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}
