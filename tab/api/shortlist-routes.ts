import type { Clock, Repositories } from "../../core/ports";
import { ShortlistService } from "../../core/matching/shortlist-service";
import { signedIn, type ApiRoute } from "./api-route";
import type { ShortlistView } from "./matching-api-contract";
import { bodyOf, pathParam } from "./request-fields";

const SHORTLIST = "/api/me/waves/:waveId/shortlist";

/** A participant's shortlist of the other side (contract: matching-api-contract.ts); any signed-in caller. */
export function shortlistRoutes(deps: { repos: Repositories; clock: Clock }): ApiRoute[] {
  const shortlists = new ShortlistService(deps.repos, deps.clock);
  return [
    {
      method: "GET",
      path: SHORTLIST,
      access: "signed-in",
      handle: async (r) => ok(await shortlists.view(signedIn(r), pathParam(r, "waveId"))),
    },
    {
      method: "PUT",
      path: SHORTLIST,
      access: "signed-in",
      handle: async (r) =>
        ok(await shortlists.save(signedIn(r), pathParam(r, "waveId"), bodyOf(r)["choices"])),
    },
  ];
}

function ok(view: ShortlistView) {
  return { status: 200, body: view };
}
