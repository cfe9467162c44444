/**
 * The HR channel routes: which team channel gets the weekly progress summary. HR only (access "hr": 401
 * without a valid token, 403 for anyone not an HR admin), always within the caller's tenant:
 *   GET /api/hr/hr-channel → HrChannelView: the tenant's HR channel (team id and name, registeredAt) or
 *       null, and the candidate teams the bot was added to by someone not listed as an HR admin (team id
 *       and name, addedAt), newest first. Never a conversation reference or service URL.
 *   PUT /api/hr/hr-channel { teamId } → { channel }: makes that candidate team the HR channel. The
 *       conversation reference is the one stored when the bot was installed in the team, never anything the
 *       request says (a body with any other field is refused with 400). 404 NOT_FOUND when the team is no
 *       candidate of the caller's tenant.
 * Not audited: the audit trail is per wave (tab/api/audit-trail.ts), and this names no wave.
 */
import { z } from "zod";
import { TandemError } from "../../core/errors";
import {
  registerCandidate,
  type HrChannel,
  type HrChannelCandidate,
  type HrChannelDirectory,
} from "../../core/hr-channel/hr-channel";
import type { Clock } from "../../core/ports";
import { signedIn, type ApiRoute } from "./api-route";

/** The tenant's HR channel as the tab shows it. */
export interface HrChannelSummary {
  readonly teamId: string;
  readonly teamName?: string;
  readonly registeredAt: string;
}

/** A candidate team as the tab shows it. */
export interface HrChannelCandidateSummary {
  readonly teamId: string;
  readonly teamName?: string;
  readonly addedAt: string;
}

/** The body of GET /api/hr/hr-channel. */
export interface HrChannelView {
  readonly channel: HrChannelSummary | null;
  readonly candidates: readonly HrChannelCandidateSummary[];
}

const registration = z.object({ teamId: z.string().trim().min(1).max(300) }).strict();

const channelSummary = (c: HrChannel): HrChannelSummary => ({
  teamId: c.teamId,
  ...(c.teamName !== undefined ? { teamName: c.teamName } : {}),
  registeredAt: c.registeredAt,
});

const candidateSummary = (c: HrChannelCandidate): HrChannelCandidateSummary => ({
  teamId: c.teamId,
  ...(c.teamName !== undefined ? { teamName: c.teamName } : {}),
  addedAt: c.addedAt,
});

/** The HR channel routes (contract above). */
export function hrChannelRoutes(deps: { channels: HrChannelDirectory; clock: Clock }): ApiRoute[] {
  return [
    {
      method: "GET",
      path: "/api/hr/hr-channel",
      access: "hr",
      handle: async (r) => {
        const { tenantId } = signedIn(r);
        const [channel, candidates] = await Promise.all([
          deps.channels.get(tenantId),
          deps.channels.listCandidates(tenantId),
        ]);
        const view: HrChannelView = {
          channel: channel !== undefined && channel.tenantId === tenantId ? channelSummary(channel) : null,
          candidates: candidates.filter((c) => c.tenantId === tenantId).map(candidateSummary),
        };
        return { status: 200, body: view };
      },
    },
    {
      method: "PUT",
      path: "/api/hr/hr-channel",
      access: "hr",
      handle: async (r) => {
        const parsed = registration.safeParse(r.body);
        if (!parsed.success)
          throw new TandemError("VALIDATION", "Say which team: send { teamId } and nothing else.", [
            { field: "teamId", message: "Give the id of one of the candidate teams." },
          ]);
        const { tenantId } = signedIn(r);
        const channel = await registerCandidate(
          deps.channels,
          tenantId,
          parsed.data.teamId,
          deps.clock.now(),
        );
        if (channel === undefined)
          throw new TandemError("NOT_FOUND", "The bot has not been added to that team.");
        return { status: 200, body: { channel: channelSummary(channel) } };
      },
    },
  ];
}
