/**
 * A participant's data rights. Signed-in (401 without a valid token); the person is always the caller of
 * the verified token — no route takes a user, participant or wave id, so nobody can reach another's data.
 *   GET  /api/me/data     → a JSON file (attachment) of everything Tandem holds about the caller
 *                           (core/data-rights/personal-data-export.ts); an empty `waves` when not enrolled.
 *   POST /api/me/erasure  { confirm: "erase-my-data" } → { erased: true, report } — immediate and final:
 *                           personal data removed from every container, anonymised records kept for
 *                           counts (docs/PRIVACY.md). 400 VALIDATION without the exact confirmation.
 */
import { z } from "zod";
import type { DataRightsService } from "../../core/data-rights/data-rights-service";
import { TandemError } from "../../core/errors";
import type { Clock } from "../../core/ports";
import { signedIn, type ApiRoute } from "./api-route";

/** The words the client must send to erase: a deliberate act, not a stray POST. */
export const ERASURE_CONFIRMATION = "erase-my-data";

const erasureRequest = z.object({ confirm: z.literal(ERASURE_CONFIRMATION) }).strict();

/** The data-rights routes (contract above). */
export function dataRightsRoutes(deps: { rights: DataRightsService; clock: Clock }): ApiRoute[] {
  return [
    {
      method: "GET",
      path: "/api/me/data",
      access: "signed-in",
      handle: async (r) => {
        const data = await deps.rights.exportFor(signedIn(r));
        const day = deps.clock.now().toISOString().slice(0, 10);
        return {
          status: 200,
          body: undefined,
          file: {
            contentType: "application/json; charset=utf-8",
            fileName: `tandem-my-data-${day}.json`,
            bytes: new TextEncoder().encode(JSON.stringify(data, null, 2)),
          },
        };
      },
    },
    {
      method: "POST",
      path: "/api/me/erasure",
      access: "signed-in",
      handle: async (r) => {
        if (!erasureRequest.safeParse(r.body).success)
          throw new TandemError(
            "VALIDATION",
            `Confirm the erasure with { "confirm": "${ERASURE_CONFIRMATION}" }.`,
            [{ field: "confirm", message: `Send "${ERASURE_CONFIRMATION}" to confirm.` }],
          );
        const report = await deps.rights.erase(signedIn(r));
        return { status: 200, body: { erased: true, report } };
      },
    },
  ];
}
