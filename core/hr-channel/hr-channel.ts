/**
 * The HR team's channel: where the bot, once an HR admin adds it to the HR team, posts the weekly progress
 * summary. One per tenant (the latest installation wins). Only the team's conversation is kept — no
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
}
