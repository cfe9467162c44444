import { z } from "zod";
import { TandemError } from "../core/errors";
import type { Repositories } from "../core/ports";
import { isActiveWave } from "../core/wave";
import type { ApiRoute } from "../tab/api/api-route";
import { LocalIssuer } from "./local-issuer";

const tokenRequest = z.object({ userId: z.string().min(1).max(200) }).strict();

/**
 * The development sign-in, mounted only in local mode: pick a demo participant, get a real signed token
 * from the local issuer. Production has no such routes (config refuses local auth there).
 */
/** A demo person who is not a participant (the HR programme lead), offered by the dev sign-in too. */
export interface DevStaffMember {
  readonly id: string;
  readonly displayName: string;
  readonly department: string;
  readonly tenantId: string;
  readonly aadObjectId: string;
}

export function devSignInRoutes(
  repos: Repositories,
  issuer: () => LocalIssuer | undefined,
  staff: readonly DevStaffMember[] = [],
): ApiRoute[] {
  const ready = (): LocalIssuer => {
    const current = issuer();
    if (current === undefined) throw new TandemError("UNAUTHENTICATED", "The local issuer is not ready yet.");
    return current;
  };
  return [
    {
      method: "GET",
      path: LocalIssuer.keysPath,
      access: "public",
      handle: async () => ({ status: 200, body: ready().jwks() }),
    },
    {
      method: "GET",
      path: "/api/dev/users",
      access: "public",
      handle: async () => {
        const users: Array<Record<string, string>> = staff.map((m) => ({
          id: m.id,
          displayName: m.displayName,
          role: "hr",
          department: m.department,
          waveName: "All waves",
        }));
        for (const wave of (await repos.waves.list()).filter(isActiveWave)) {
          for (const p of await repos.participants.listByWave(wave.id)) {
            users.push({
              id: p.id,
              displayName: p.displayName,
              role: p.role,
              department: p.department,
              waveName: wave.name,
            });
          }
        }
        return { status: 200, body: { users } };
      },
    },
    {
      method: "POST",
      path: "/api/dev/token",
      access: "public",
      handle: async (request) => {
        const parsed = tokenRequest.safeParse(request.body);
        if (!parsed.success)
          throw new TandemError("VALIDATION", "Send { userId } with the id of a demo participant.");
        const member = staff.find((m) => m.id === parsed.data.userId);
        if (member !== undefined) {
          const minted = await ready().mint({
            tenantId: member.tenantId,
            aadObjectId: member.aadObjectId,
            name: member.displayName,
          });
          return { status: 200, body: minted };
        }
        for (const wave of await repos.waves.list()) {
          const participant = await repos.participants.get(wave.id, parsed.data.userId);
          if (participant?.aadObjectId !== undefined) {
            const minted = await ready().mint({
              tenantId: participant.tenantId,
              aadObjectId: participant.aadObjectId,
              name: participant.displayName,
            });
            return { status: 200, body: minted };
          }
        }
        throw new TandemError("NOT_FOUND", "There is no demo participant with that id.");
      },
    },
  ];
}
