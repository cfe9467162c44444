/**
 * The HR team's channel: where the bot posts the weekly progress summary. An HR admin listed by object id
 * who adds the bot to a team makes it the channel at once; a team the bot is added to by anyone else becomes
 * a candidate that HR (who may be known only by group, which installations do not carry) picks in the tab.
 * One per tenant (the latest registration wins). Only the team's conversation is kept — no
 * person's identifiers — so nothing here is personal data to erase.
 */

/** A team channel the bot may post HR's aggregates to. */
export interface HrChannel {
  readonly tenantId: string;
  /** Teams' team id (the General channel's conversation id), for the logs and a later uninstall. */
  readonly teamId: string;
  readonly teamName?: string;
  /** The channel's conversation reference, from the authenticated installation activity, without its user. */
  readonly conversationReference: Readonly<Record<string, unknown>>;
  readonly registeredAt: string;
}

/** Where HR channels are kept: point reads by tenant. */
export interface HrChannelDirectory {
  get(tenantId: string): Promise<HrChannel | undefined>;
  /** Creates or replaces the tenant's HR channel. */
  save(channel: HrChannel): Promise<void>;
  /** Forgets the tenant's HR channel if it is still `teamId` (the bot was removed from that team). */
  remove(tenantId: string, teamId: string): Promise<void>;
  /** The tenant's candidate teams, newest first (at most MAX_HR_CHANNEL_CANDIDATES). */
  listCandidates(tenantId: string): Promise<HrChannelCandidate[]>;
  /** Keeps a candidate team (replacing that team's earlier one); the oldest beyond the cap are dropped. */
  addCandidate(candidate: HrChannelCandidate): Promise<void>;
  /** Forgets the tenant's candidate `teamId` (the bot was removed from that team). */
  removeCandidate(tenantId: string, teamId: string): Promise<void>;
}

/**
 * A team the bot was added to by someone who is not a listed HR admin (the installation carries no group
 * claims, so it cannot tell HR from anyone else): kept so that HR, signed in to the tab, can make it the HR
 * channel. Only the team and its channel's reference are kept — nothing about who installed the bot.
 */
export interface HrChannelCandidate {
  readonly tenantId: string;
  readonly teamId: string;
  readonly teamName?: string;
  /** Built as for an HrChannel: the team's General channel, without the installer and their activity. */
  readonly conversationReference: Readonly<Record<string, unknown>>;
  readonly addedAt: string;
}

/** How many candidate teams a tenant keeps: the most recent installations. */
export const MAX_HR_CHANNEL_CANDIDATES = 20;

/** A tenant's candidates with `candidate` added (replacing its team's earlier one), newest first, capped. */
export function withCandidate(
  candidates: readonly HrChannelCandidate[],
  candidate: HrChannelCandidate,
): HrChannelCandidate[] {
  return [candidate, ...candidates.filter((c) => c.teamId !== candidate.teamId)]
    .sort((a, b) => b.addedAt.localeCompare(a.addedAt))
    .slice(0, MAX_HR_CHANNEL_CANDIDATES);
}

/**
 * Makes the tenant's candidate team `teamId` its HR channel, with the reference stored at the installation
 * (never one from the caller). Undefined when the tenant has no such candidate.
 */
export async function registerCandidate(
  channels: HrChannelDirectory,
  tenantId: string,
  teamId: string,
  now: Date,
): Promise<HrChannel | undefined> {
  const candidate = (await channels.listCandidates(tenantId)).find((c) => c.teamId === teamId);
  if (candidate === undefined || candidate.tenantId !== tenantId) return undefined;
  const channel = channelFrom(candidate, now.toISOString());
  await channels.save(channel);
  return channel;
}

/** The HR channel a candidate team becomes, with the reference stored at its installation. */
export function channelFrom(candidate: HrChannelCandidate, registeredAt: string): HrChannel {
  return {
    tenantId: candidate.tenantId,
    teamId: candidate.teamId,
    ...(candidate.teamName !== undefined ? { teamName: candidate.teamName } : {}),
    conversationReference: candidate.conversationReference,
    registeredAt,
  };
}
