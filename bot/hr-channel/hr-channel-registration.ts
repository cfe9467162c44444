import { TurnContext, type Activity } from "botbuilder";
import { isHrAdmin, type HrPolicy } from "../../core/hr-access";
import type { HrChannel, HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import type { Clock } from "../../core/ports";
import { identityOf } from "../turn-identity";

/** What the bot reports about a team installation, for its log line. */
export type TeamInstallation = "registered" | "refused" | "not-a-team";

/** The team an activity comes from, when it comes from a team channel. */
function teamOf(activity: Partial<Activity>): { id: string; name?: string } | undefined {
  const team = (activity.channelData as { team?: { id?: unknown; name?: unknown } } | undefined)?.team;
  if (typeof team?.id !== "string" || team.id === "") return undefined;
  return { id: team.id, ...(typeof team.name === "string" ? { name: team.name } : {}) };
}

/**
 * Records the HR team's channel when an HR admin adds the bot to a team (conversationUpdate with the bot
 * among the members added, or installationUpdate "add" in team scope). Who installed it comes from the
 * authenticated activity; only an HR admin named by object id in the policy can make a team the HR channel
 * (Teams activities carry no group claims), so the bot added to any other team never posts aggregates there.
 * The stored reference keeps the channel and the bot, not the installer.
 */
export class HrChannelRegistration {
  constructor(private readonly deps: { channels: HrChannelDirectory; hrPolicy: HrPolicy; clock: Clock }) {}

  /** The bot was added to the activity's team: keep the team's channel if an HR admin added it. */
  async installed(context: TurnContext): Promise<TeamInstallation> {
    const activity = context.activity;
    const team = teamOf(activity);
    if (team === undefined || activity.conversation?.conversationType !== "channel") return "not-a-team";
    const identity = identityOf(activity);
    if (identity === undefined || !isHrAdmin(identity, this.deps.hrPolicy)) return "refused";
    const {
      user: _installer,
      activityId: _activity,
      ...reference
    } = TurnContext.getConversationReference(activity);
    // The team's General channel is the team id: post there, not in reply to the installation event.
    const channel: HrChannel = {
      tenantId: identity.tenantId,
      teamId: team.id,
      ...(team.name !== undefined ? { teamName: team.name } : {}),
      conversationReference: JSON.parse(
        JSON.stringify({ ...reference, conversation: { ...reference.conversation, id: team.id } }),
      ) as Record<string, unknown>,
      registeredAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.channels.save(channel);
    return "registered";
  }

  /** The bot was removed from the activity's team: forget it if it was the HR channel. */
  async removed(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const team = teamOf(activity);
    const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
    const tenantId = activity.conversation?.tenantId ?? channelTenant;
    if (team === undefined || typeof tenantId !== "string" || tenantId === "") return;
    await this.deps.channels.remove(tenantId, team.id);
  }
}
