import { TandemError } from "../../core/errors";
import {
  MatchReviewService,
  type MatchEngine,
  type MatchingSnapshot,
} from "../../core/matching/match-review";
import type { Clock, Repositories } from "../../core/ports";
import { signedIn, type ApiRequest, type ApiRoute } from "./api-route";
import { auditTrail } from "./audit-trail";
import { matchingView } from "./matching-view";
import { bodyOf, pathParam, textField } from "./request-fields";

const MATCHING = "/api/hr/waves/:waveId/matching";

/** How the routes reach the bot's introductions (the tab never imports the bot: the host wires this). */
export interface IntroductionPort {
  /** Pairs of the wave were published: introduce each pair and tell the unmatched, in the background. */
  published(waveId: string): void;
}

/** HR's matching routes of the tab's API (contract: matching-api-contract.ts). The host checks the HR role. */
export function matchingRoutes(deps: {
  repos: Repositories;
  clock: Clock;
  engine: MatchEngine;
  introductions: IntroductionPort;
}): ApiRoute[] {
  const review = new MatchReviewService(deps.repos, deps.clock, deps.engine);
  const tenant = (r: ApiRequest) => signedIn(r).tenantId;
  const wave = (r: ApiRequest) => pathParam(r, "waveId");
  const menteeId = (r: ApiRequest) => textField(bodyOf(r), "menteeId");
  const audit = auditTrail(deps.repos, deps.clock);

  return [
    route("GET", MATCHING, async (r) => review.view(tenant(r), wave(r))),
    route("PUT", `${MATCHING}/weights`, async (r) => {
      const snapshot = await review.setWeights(tenant(r), wave(r), bodyOf(r)["weights"]);
      await audit(r, {
        waveId: snapshot.wave.id,
        action: "wave.settings-changed",
        details: { fields: "matchWeights" },
      });
      return snapshot;
    }),
    route("POST", `${MATCHING}/propose`, async (r) => review.propose(tenant(r), wave(r))),
    route("POST", `${MATCHING}/swap`, async (r) => {
      const [a, b] = twoMentees(bodyOf(r)["menteeIds"]);
      return review.swap(tenant(r), wave(r), a, b);
    }),
    route("POST", `${MATCHING}/assign`, async (r) =>
      review.assign(tenant(r), wave(r), menteeId(r), textField(bodyOf(r), "mentorId")),
    ),
    route("POST", `${MATCHING}/remove`, async (r) => review.remove(tenant(r), wave(r), menteeId(r))),
    route("POST", `${MATCHING}/lock`, async (r) => review.lock(tenant(r), wave(r), menteeId(r))),
    route("POST", `${MATCHING}/unlock`, async (r) => review.unlock(tenant(r), wave(r), menteeId(r))),
    route("POST", `${MATCHING}/publish`, async (r) => {
      const snapshot = await review.publish(tenant(r), wave(r), signedIn(r).aadObjectId);
      deps.introductions.published(snapshot.wave.id);
      await audit(r, {
        waveId: snapshot.wave.id,
        action: "matching.published",
        details: { pairs: snapshot.publishedPairs, edited: snapshot.proposal?.edited ?? false },
      });
      return snapshot;
    }),
  ];
}

function twoMentees(value: unknown): [string, string] {
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === "string" && v !== "" && v.length <= 300)
  ) {
    return [value[0] as string, value[1] as string];
  }
  throw new TandemError("VALIDATION", "Choose the two mentees to swap.", [
    { field: "menteeIds", message: "Give exactly two mentee ids." },
  ]);
}

function route(
  method: ApiRoute["method"],
  path: string,
  handle: (request: ApiRequest) => Promise<MatchingSnapshot>,
): ApiRoute {
  return {
    method,
    path,
    access: "hr",
    handle: async (r) => ({ status: 200, body: matchingView(await handle(r)) }),
  };
}
