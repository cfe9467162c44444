import { TandemError } from "../../../core/errors";
import { MatchReviewService, type MatchEngine } from "../../../core/matching/match-review";
import { matchWave } from "../../../core/matching/matching-engine";
import type { Participant } from "../../../core/participant";
import type { Repositories } from "../../../core/ports";
import type { MatchingRules, Wave } from "../../../core/wave";
import { aParticipant, aWave, TENANT } from "../../support/domain-factories";
import { inMemoryRepositories } from "../../support/in-memory-repositories";
import { enrolWithAnswers, menteeAnswers, mentorAnswers, VETTED } from "../../support/matching-factories";

const NOW = new Date("2027-02-01T09:00:00Z");
const clock = { now: () => NOW };
const HR = "hr-object-id";
const engine: MatchEngine = matchWave;

/**
 * A wave in its matching state. Mentees: Ann (cloud), Ben (social networks), Dan (AI; Xavier reports
 * to him), Cid (has not answered). Mentors, one place each: Xavier (cloud), Yves (social networks),
 * Zoe (AI), Nils (Dutch only: no common language with anyone), Will (not trained).
 */
async function setUp(rules?: MatchingRules, extra: (repos: Repositories) => Promise<void> = async () => {}) {
  const repos = inMemoryRepositories();
  const wave: Wave = aWave({ state: "matching", ...(rules ? { rules } : {}) });
  await repos.waves.save(wave);
  const person = (name: string, role: Participant["role"], more: Partial<Participant> = {}) =>
    aParticipant({
      displayName: name,
      email: `${name.toLowerCase()}@contoso.example`,
      role,
      department: name,
      ...(role === "mentor" ? { vetting: VETTED } : {}),
      ...more,
    });
  const ann = await enrolWithAnswers(repos, person("Ann", "mentee"), menteeAnswers([["cloud", 1]]), NOW);
  const ben = await enrolWithAnswers(
    repos,
    person("Ben", "mentee"),
    menteeAnswers([["social-networks", 1]]),
    NOW,
  );
  const dan = await enrolWithAnswers(
    repos,
    person("Dan", "mentee"),
    menteeAnswers([
      ["artificial-intelligence", 1],
      ["cloud", 2],
    ]),
    NOW,
  );
  const cid = await enrolWithAnswers(repos, person("Cid", "mentee"), undefined, NOW);
  const xavier = await enrolWithAnswers(
    repos,
    person("Xavier", "mentor", { managerEmail: "dan@contoso.example" }),
    mentorAnswers([["cloud", 5]]),
    NOW,
  );
  const yves = await enrolWithAnswers(
    repos,
    person("Yves", "mentor"),
    mentorAnswers([["social-networks", 5]]),
    NOW,
  );
  const zoe = await enrolWithAnswers(
    repos,
    person("Zoe", "mentor"),
    mentorAnswers([
      ["artificial-intelligence", 5],
      ["cloud", 4],
    ]),
    NOW,
  );
  const nils = await enrolWithAnswers(
    repos,
    person("Nils", "mentor", { languages: ["nl"] }),
    mentorAnswers([["cloud", 5]], 1, ["nl"]),
    NOW,
  );
  const will = await enrolWithAnswers(
    repos,
    person("Will", "mentor", { vetting: { approval: "approved" } }),
    mentorAnswers([["cloud", 5]]),
    NOW,
  );
  await extra(repos);
  const service = new MatchReviewService(repos, clock, engine);
  return { repos, service, ann, ben, dan, cid, xavier, yves, zoe, nils, will };
}

async function refusal(promise: Promise<unknown>): Promise<TandemError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(error)}`);
  return error;
}

const mentorOf = (snapshot: {
  proposal?: { pairs: ReadonlyArray<{ menteeId: string; mentorId: string }> };
}) => Object.fromEntries((snapshot.proposal?.pairs ?? []).map((p) => [p.menteeId, p.mentorId]));

describe("MatchReviewService: propose and view", () => {
  it("view_beforeAnyProposal_showsThePool_andAllowsProposing", async () => {
    const { service } = await setUp();
    const view = await service.view(TENANT, "wave-1");
    expect(view.proposal).toBeUndefined();
    expect(view.pool.mentees.map((m) => m.displayName)).toEqual(["Ann", "Ben", "Dan"]);
    expect(view.pool.mentors.map((m) => m.displayName).sort()).toEqual(["Nils", "Xavier", "Yves", "Zoe"]);
    expect(view.propose).toEqual({ allowed: true });
    expect(view.publish).toEqual({ allowed: false, reason: "Propose pairs first." });
  });

  it("propose_pairsEachMenteeWithTheBestAllowedMentor_andListsWhoIsLeftOutAndWhy", async () => {
    const { service, ann, ben, dan, cid, xavier, yves, zoe, nils, will } = await setUp();
    const view = await service.propose(TENANT, "wave-1");
    expect(mentorOf(view)).toEqual({ [ann.id]: xavier.id, [ben.id]: yves.id, [dan.id]: zoe.id });
    expect(view.proposal?.unmatchedMentees).toContainEqual({
      menteeId: cid.id,
      reasons: [{ kind: "no-answers" }],
    });
    expect(view.proposal?.idleMentors).toEqual(
      expect.arrayContaining([
        { mentorId: will.id, reason: "not-eligible" },
        expect.objectContaining({ mentorId: nils.id }),
      ]),
    );
    expect(view.proposal).toMatchObject({ edited: false, generatedAt: NOW.toISOString() });
    expect(view.proposal?.totalCost).toBe(view.proposal?.optimalCost);
    expect(view.publish).toEqual({ allowed: true });
  });

  it("propose_whileTheQuestionnaireIsOpen_isRefusedInPlainWords", async () => {
    const { service, repos } = await setUp();
    const wave = await repos.waves.get("wave-1");
    await repos.waves.save({ ...wave!, state: "questionnaire" });
    const error = await refusal(service.propose(TENANT, "wave-1"));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toMatch(/matching state first/);
  });

  it("view_ofAnotherTenantsWave_failsNotFound", async () => {
    const { service } = await setUp();
    expect((await refusal(service.view("another-tenant", "wave-1"))).code).toBe("NOT_FOUND");
  });
});

describe("MatchReviewService: HR's edits", () => {
  it("swap_exchangesMentors_reScoresBothPairs_andMarksTheProposalEdited", async () => {
    const { service, ann, ben, xavier, yves } = await setUp();
    const proposed = await service.propose(TENANT, "wave-1");
    const swapped = await service.swap(TENANT, "wave-1", ann.id, ben.id);
    expect(mentorOf(swapped)).toMatchObject({ [ann.id]: yves.id, [ben.id]: xavier.id });
    const annPair = swapped.proposal?.pairs.find((p) => p.menteeId === ann.id);
    expect(annPair?.reasons).toContainEqual({ kind: "topic-not-covered", themeId: "cloud", rank: 1 });
    expect(swapped.proposal?.edited).toBe(true);
    expect(swapped.proposal?.totalCost).toBe(swapped.proposal?.pairs.reduce((s, p) => s + p.cost, 0));
    expect(swapped.proposal!.totalCost).toBeGreaterThan(proposed.proposal!.totalCost);
  });

  it("swap_intoAReportingLine_isRefusedWithTheRule_andChangesNothing", async () => {
    const { service, repos, ann, dan } = await setUp();
    await service.propose(TENANT, "wave-1");
    const before = await repos.proposals.get("wave-1");
    const error = await refusal(service.swap(TENANT, "wave-1", ann.id, dan.id));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toBe(
      "Dan and Xavier cannot be paired: one of them is in the other's reporting line.",
    );
    expect(await repos.proposals.get("wave-1")).toEqual(before);
  });

  it("assign_toAFullMentor_isRefused_andToAMentorWithoutACommonLanguage_namesTheRule", async () => {
    const { service, ann, ben, xavier, nils } = await setUp();
    await service.propose(TENANT, "wave-1");
    const full = await refusal(service.assign(TENANT, "wave-1", ben.id, xavier.id));
    expect(full.message).toBe("Xavier already has 1 mentee, the most this wave allows them.");
    const language = await refusal(service.assign(TENANT, "wave-1", ann.id, nils.id));
    expect(language.message).toBe("Ann and Nils cannot be paired: they have no language in common.");
  });

  it("assign_aMentorWhoIsNotTrained_orAMenteeWithoutAnswers_isRefused", async () => {
    const { service, ann, cid, yves, will } = await setUp();
    await service.propose(TENANT, "wave-1");
    expect((await refusal(service.assign(TENANT, "wave-1", ann.id, will.id))).message).toBe(
      "Will is not approved and trained yet.",
    );
    expect((await refusal(service.assign(TENANT, "wave-1", cid.id, yves.id))).message).toMatch(
      /Cid has not answered the questionnaire/,
    );
  });

  it("assign_anIdOutsideTheWave_isAValidationError", async () => {
    const { service, ann, yves } = await setUp();
    await service.propose(TENANT, "wave-1");
    expect((await refusal(service.assign(TENANT, "wave-1", "nobody", yves.id))).code).toBe("VALIDATION");
    expect((await refusal(service.assign(TENANT, "wave-1", ann.id, ann.id))).code).toBe("VALIDATION");
  });

  it("removeThenAssign_movesTheMenteeToTheFreedMentor_andUpdatesTheIdleMentors", async () => {
    const { service, ann, ben, yves } = await setUp();
    await service.propose(TENANT, "wave-1");
    const removed = await service.remove(TENANT, "wave-1", ben.id);
    expect(mentorOf(removed)[ben.id]).toBeUndefined();
    expect(removed.proposal?.unmatchedMentees).toContainEqual({
      menteeId: ben.id,
      reasons: [{ kind: "removed-by-hr" }],
    });
    expect(removed.proposal?.idleMentors).toContainEqual({ mentorId: yves.id, reason: "not-needed" });
    const assigned = await service.assign(TENANT, "wave-1", ann.id, yves.id);
    expect(mentorOf(assigned)[ann.id]).toBe(yves.id);
    expect(assigned.proposal?.idleMentors.map((m) => m.mentorId)).not.toContain(yves.id);
  });

  it("lock_blocksSwapsUntilUnlocked", async () => {
    const { service, ann, ben } = await setUp();
    await service.propose(TENANT, "wave-1");
    const locked = await service.lock(TENANT, "wave-1", ann.id);
    const pair = locked.proposal?.pairs.find((p) => p.menteeId === ann.id);
    expect(pair).toMatchObject({ locked: "hr" });
    expect(pair?.reasons).toContainEqual({ kind: "locked", origin: "hr" });
    const error = await refusal(service.swap(TENANT, "wave-1", ben.id, ann.id));
    expect(error.message).toBe("The pair of Ann and Xavier is locked: unlock it first.");
    const unlocked = await service.unlock(TENANT, "wave-1", ann.id);
    expect(unlocked.proposal?.pairs.find((p) => p.menteeId === ann.id)?.locked).toBeUndefined();
    expect((await service.swap(TENANT, "wave-1", ben.id, ann.id)).proposal?.edited).toBe(true);
  });

  it("proposeAgain_keepsLockedPairs_andResetsOtherEdits", async () => {
    const { service, ann, ben, dan, xavier, yves, zoe } = await setUp();
    await service.propose(TENANT, "wave-1");
    await service.swap(TENANT, "wave-1", ann.id, ben.id);
    await service.lock(TENANT, "wave-1", ann.id);
    await service.remove(TENANT, "wave-1", dan.id);
    const again = await service.propose(TENANT, "wave-1");
    expect(mentorOf(again)).toEqual({ [ann.id]: yves.id, [ben.id]: xavier.id, [dan.id]: zoe.id });
    expect(again.proposal?.pairs.find((p) => p.menteeId === ann.id)?.locked).toBe("hr");
    expect(again.proposal?.edited).toBe(false);
  });

  it("concurrentEdits_areBothKept", async () => {
    const { service, ann, ben } = await setUp();
    await service.propose(TENANT, "wave-1");
    await Promise.all([service.lock(TENANT, "wave-1", ann.id), service.remove(TENANT, "wave-1", ben.id)]);
    const view = await service.view(TENANT, "wave-1");
    expect(view.proposal?.pairs.find((p) => p.menteeId === ann.id)?.locked).toBe("hr");
    expect(mentorOf(view)[ben.id]).toBeUndefined();
  });

  it("setWeights_validatesThem_andSavesThemOnTheWave", async () => {
    const { service, repos } = await setUp();
    const bad = await refusal(service.setWeights(TENANT, "wave-1", { topics: 500 }));
    expect(bad.code).toBe("VALIDATION");
    const weights = { topics: 60, level: 10, language: 10, site: 0, mutualChoice: 50 };
    await service.setWeights(TENANT, "wave-1", { ...weights, extra: 1 });
    expect((await repos.waves.get("wave-1"))?.matchWeights).toEqual(weights);
    expect((await service.propose(TENANT, "wave-1")).proposal?.weights).toEqual(weights);
  });
});

describe("MatchReviewService: publish", () => {
  it("publish_writesEachPairOnce_movesTheWaveToRunning_andIsIdempotent", async () => {
    const { service, repos, ann, xavier } = await setUp();
    await service.propose(TENANT, "wave-1");
    const published = await service.publish(TENANT, "wave-1", HR);
    expect(published.wave.state).toBe("running");
    expect(published.proposal).toMatchObject({
      publishedAt: NOW.toISOString(),
      publishing: { startedAt: NOW.toISOString(), by: HR },
    });
    const pairs = await repos.pairs.listByWave("wave-1");
    expect(pairs).toHaveLength(3);
    expect(pairs.find((p) => p.mentorId === xavier.id)).toMatchObject({
      id: `pair:${xavier.id}:${ann.id}`,
      format: "one-to-one",
      menteeIds: [ann.id],
      sharedThemeIds: ["cloud"],
    });
    const again = await service.publish(TENANT, "wave-1", HR);
    expect(again.publishedPairs).toBe(3);
    expect(await repos.pairs.listByWave("wave-1")).toEqual(pairs);
    expect(again.propose.allowed).toBe(false);
    expect((await refusal(service.lock(TENANT, "wave-1", ann.id))).message).toBe("Pairs are published.");
  });

  it("publish_interruptedAfterOnePair_isFinishedByARetry_withEachPairPublishedExactlyOnce", async () => {
    const { service, repos, ann } = await setUp();
    await service.propose(TENANT, "wave-1");
    const crashing = crashingAfter(repos, 1);
    const interrupted = new MatchReviewService(crashing, clock, engine);
    await expect(interrupted.publish(TENANT, "wave-1", HR)).rejects.toThrow("connection lost");
    expect((await repos.waves.get("wave-1"))?.state).toBe("matching");
    expect(await repos.pairs.listByWave("wave-1")).toHaveLength(1);
    expect((await refusal(service.remove(TENANT, "wave-1", ann.id))).message).toMatch(
      /Publishing has started/,
    );
    expect((await refusal(service.propose(TENANT, "wave-1"))).code).toBe("INVALID_TRANSITION");

    const finished = await service.publish(TENANT, "wave-1", HR);
    expect(finished.wave.state).toBe("running");
    expect(finished.proposal?.publishedAt).toBeDefined();
    const pairs = await repos.pairs.listByWave("wave-1");
    expect(pairs.map((p) => p.menteeIds[0]).sort()).toEqual(
      finished.proposal?.pairs.map((p) => p.menteeId).sort(),
    );
    expect(new Set(pairs.map((p) => p.id)).size).toBe(3);
  });

  it("publish_retriedOnceTheWaveRuns_finishesTheMissingStep", async () => {
    const { service, repos } = await setUp();
    await service.propose(TENANT, "wave-1");
    const failingLastStep = {
      ...repos,
      proposals: { ...repos.proposals, replace: failOnCall(2, repos.proposals.replace) },
    };
    await expect(
      new MatchReviewService(failingLastStep, clock, engine).publish(TENANT, "wave-1", HR),
    ).rejects.toThrow();
    expect((await repos.waves.get("wave-1"))?.state).toBe("running");
    expect((await repos.proposals.get("wave-1"))?.value.publishedAt).toBeUndefined();
    const finished = await service.publish(TENANT, "wave-1", HR);
    expect(finished.proposal?.publishedAt).toBe(NOW.toISOString());
    expect(await repos.pairs.listByWave("wave-1")).toHaveLength(3);
  });

  it("publish_withoutAProposal_isRefused", async () => {
    const { service } = await setUp();
    expect((await refusal(service.publish(TENANT, "wave-1", HR))).message).toBe("Propose pairs first.");
  });

  it("publish_inTheGroupFormat_writesOneDocumentPerMentorsGroup_withTheirSharedThemes", async () => {
    const rules: MatchingRules = {
      forbidReportingLine: true,
      forbidSameDepartment: false,
      maxMenteesPerMentor: 1,
      format: "group",
      groupSize: 3,
    };
    const { service, repos, ann, dan, zoe } = await setUp(rules);
    await service.propose(TENANT, "wave-1");
    await service.assign(TENANT, "wave-1", ann.id, zoe.id);
    const view = await service.publish(TENANT, "wave-1", HR);
    const docs = await repos.pairs.listByWave("wave-1");
    expect(docs.length).toBe(new Set(view.proposal?.pairs.map((p) => p.mentorId)).size);
    const group = docs.find((d) => d.mentorId === zoe.id);
    expect(group).toMatchObject({ id: `pair:group:${zoe.id}`, format: "group" });
    expect([...(group?.menteeIds ?? [])].sort()).toEqual([ann.id, dan.id].sort());
    expect(group?.sharedThemeIds).toEqual(["cloud", "artificial-intelligence"]);
    expect(Object.keys(group?.scores ?? {}).sort()).toEqual([ann.id, dan.id].sort());
  });
});

/** The repositories, except that writing pairs fails after `k` successful writes (a crash halfway). */
function crashingAfter(repos: Repositories, k: number): Repositories {
  let written = 0;
  return {
    ...repos,
    pairs: {
      ...repos.pairs,
      createIfAbsent: async (pair) => {
        if (written >= k) throw new Error("connection lost");
        written++;
        return repos.pairs.createIfAbsent(pair);
      },
    },
  };
}

/** Wraps a function so that its `n`th call fails. */
function failOnCall<A extends unknown[], R>(
  n: number,
  f: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let calls = 0;
  return async (...args: A) => {
    calls++;
    if (calls === n) throw new Error("connection lost");
    return f(...args);
  };
}
