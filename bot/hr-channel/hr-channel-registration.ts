import { TurnContext, type Activity } from "botbuilder";
import { isHrAdmin, type HrPolicy } from "../../core/hr-access";
import {
  channelFrom,
  type HrChannelCandidate,
  type HrChannelDirectory,
} from "../../core/hr-channel/hr-channel";
import type { Clock } from "../../core/ports";
import { identityOf, tenantOf } from "../turn-identity";

/** What the bot reports about a team installation, for its log line. */
export type TeamInstallation = "registered" | "candidate" | "refused" | "not-a-team";

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
 * at once (Teams activities carry no group claims). A team the bot is added to by anyone else is kept as a
 * candidate only: nothing is posted there until HR, signed in to the tab (where group claims count), picks it.
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
    const {
      user: _installer,
      activityId: _activity,
      ...reference
    } = TurnContext.getConversationReference(activity);
    // The team's General channel is the team id: post there, not in reply to the installation event.
    const conversationReference = JSON.parse(
      JSON.stringify({ ...reference, conversation: { ...reference.conversation, id: team.id } }),
    ) as Record<string, unknown>;
    const tenantId = identity?.tenantId ?? tenantOf(activity);
    if (tenantId === undefined) return "refused";
    const candidate: HrChannelCandidate = {
      tenantId,
      teamId: team.id,
      ...(team.name !== undefined ? { teamName: team.name } : {}),
      conversationReference,
      addedAt: this.deps.clock.now().toISOString(),
    };
    // Every team the bot is in stays a candidate, the HR admin's too: HR can pick it again in the tab
    // after choosing another one.
    await this.deps.channels.addCandidate(candidate);
    if (identity === undefined || !isHrAdmin(identity, this.deps.hrPolicy)) return "candidate";
    await this.deps.channels.save(channelFrom(candidate, candidate.addedAt));
    return "registered";
  }

  /** The bot was removed from the activity's team: forget it as a candidate, and as the HR channel if it was. */
  async removed(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const team = teamOf(activity);
    const tenantId = tenantOf(activity);
    if (team === undefined || tenantId === undefined) return;
    await this.deps.channels.removeCandidate(tenantId, team.id);
    await this.deps.channels.remove(tenantId, team.id);
  }
}
