import type { MatchProposal } from "../../core/matching/match-proposal";
import { publishedPairId, type PublishedPair } from "../../core/matching/published-pair";
import type { Repositories } from "../../core/ports";
import { DEFAULT_MATCH_WEIGHTS } from "../../core/wave";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { TENANT } from "../support/domain-factories";
import { inMemoryRepositories } from "../support/in-memory-repositories";

let cosmos: EmbeddedCosmos;
let cosmosRepos: Repositories;
const NOW = "2027-02-01T09:00:00.000Z";

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  cosmosRepos = await openCosmosStore(cosmos.client, "matching-repositories-test");
});
afterAll(async () => cosmos.stop());

const aProposal = (waveId: string, overrides: Partial<MatchProposal> = {}): MatchProposal => ({
  waveId,
  tenantId: TENANT,
  generatedAt: NOW,
  updatedAt: NOW,
  weights: DEFAULT_MATCH_WEIGHTS,
  pairs: [],
  unmatchedMentees: [],
  idleMentors: [],
  totalCost: 0,
  optimalCost: 0,
  certified: true,
  edited: false,
  ...overrides,
});

const aPair = (waveId: string, mentorId: string, menteeId: string, score = 80): PublishedPair => ({
  id: publishedPairId("one-to-one", mentorId, menteeId),
  waveId,
  tenantId: TENANT,
  format: "one-to-one",
  mentorId,
  menteeIds: [menteeId],
  scores: { [menteeId]: score },
  reasons: { [menteeId]: [{ kind: "mutual-choice" }] },
  sharedThemeIds: ["cloud"],
  publishedAt: NOW,
});

/** The same behaviour from the Cosmos adapters and from the in-memory fakes the core tests use. */
describe.each([
  ["the Cosmos adapters", () => cosmosRepos],
  ["the in-memory fakes", (): Repositories => inMemoryRepositories()],
])("%s", (_store, reposOf) => {
  let repos: Repositories;
  beforeAll(() => {
    repos = reposOf();
  });

  describe("match proposals", () => {
    it("createThenReplace_withTheCurrentEtag_storesTheNewVersion", async () => {
      const created = await repos.proposals.create(aProposal("wave-p1"));
      expect(await repos.proposals.get("wave-p1")).toEqual(created);
      const replaced = await repos.proposals.replace(aProposal("wave-p1", { edited: true }), created.etag);
      expect(replaced.etag).not.toBe(created.etag);
      expect((await repos.proposals.get("wave-p1"))?.value.edited).toBe(true);
      expect(await repos.proposals.get("wave-none")).toBeUndefined();
    });

    it("createTwice_failsConflict_andKeepsTheFirst", async () => {
      await repos.proposals.create(aProposal("wave-p2", { totalCost: 1 }));
      await expect(repos.proposals.create(aProposal("wave-p2", { totalCost: 2 }))).rejects.toMatchObject({
        code: "CONFLICT",
      });
      expect((await repos.proposals.get("wave-p2"))?.value.totalCost).toBe(1);
    });

    it("replaceWithAStaleEtag_failsPreconditionFailed_andKeepsTheNewerVersion", async () => {
      const first = await repos.proposals.create(aProposal("wave-p3"));
      await repos.proposals.replace(aProposal("wave-p3", { totalCost: 10 }), first.etag);
      await expect(
        repos.proposals.replace(aProposal("wave-p3", { totalCost: 99 }), first.etag),
      ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      expect((await repos.proposals.get("wave-p3"))?.value.totalCost).toBe(10);
    });
  });

  describe("published pairs", () => {
    it("createIfAbsentTwice_answersExists_andTheFirstStays", async () => {
      expect(await repos.pairs.createIfAbsent(aPair("wave-x1", "mentor-a", "mentee-a", 80))).toBe("created");
      expect(await repos.pairs.createIfAbsent(aPair("wave-x1", "mentor-a", "mentee-a", 10))).toBe("exists");
      const stored = await repos.pairs.get("wave-x1", publishedPairId("one-to-one", "mentor-a", "mentee-a"));
      expect(stored?.value.scores).toEqual({ "mentee-a": 80 });
      expect(await repos.pairs.listByWave("wave-x1")).toHaveLength(1);
    });

    it("replaceWithAStaleEtag_failsPreconditionFailed", async () => {
      await repos.pairs.createIfAbsent(aPair("wave-x2", "mentor-b", "mentee-b"));
      const id = publishedPairId("one-to-one", "mentor-b", "mentee-b");
      const first = await repos.pairs.get("wave-x2", id);
      if (first === undefined) throw new Error("pair not stored");
      const proposal = { proposedBy: "mentor-b", start: "2027-03-01T10:00:00.000Z", proposedAt: NOW };
      const updated = await repos.pairs.replace(
        { ...first.value, firstSessionProposal: proposal },
        first.etag,
      );
      expect(updated.value.firstSessionProposal).toEqual(proposal);
      await expect(repos.pairs.replace(first.value, first.etag)).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
      });
      expect((await repos.pairs.get("wave-x2", id))?.value.firstSessionProposal).toEqual(proposal);
    });

    it("listByWave_staysInItsWave_andIgnoresOtherDocumentTypes", async () => {
      await repos.pairs.createIfAbsent(aPair("wave-x3", "m1", "e1"));
      await repos.pairs.createIfAbsent(aPair("wave-x3", "m2", "e2"));
      await repos.pairs.createIfAbsent(aPair("wave-x4", "m3", "e3"));
      await repos.proposals.create(aProposal("wave-x3"));
      expect((await repos.pairs.listByWave("wave-x3")).map((p) => p.mentorId)).toEqual(["m1", "m2"]);
      expect(await repos.pairs.listByWave("wave-x3' OR 1=1 --")).toEqual([]);
      expect(await repos.pairs.get("wave-x4", publishedPairId("one-to-one", "m1", "e1"))).toBeUndefined();
    });
  });

  describe("shortlists", () => {
    it("save_overwritesThePersonsShortlist_andListByWaveStaysInTheWave", async () => {
      const shortlist = { waveId: "wave-s1", participantId: "ana", role: "mentee" as const, updatedAt: NOW };
      await repos.shortlists.save({ ...shortlist, choices: ["m1", "m2"] });
      await repos.shortlists.save({ ...shortlist, choices: ["m3"] });
      await repos.shortlists.save({ ...shortlist, participantId: "bob", choices: ["m1"] });
      await repos.shortlists.save({ ...shortlist, waveId: "wave-s2", choices: ["m9"] });
      expect((await repos.shortlists.get("wave-s1", "ana"))?.choices).toEqual(["m3"]);
      expect(await repos.shortlists.get("wave-s2", "bob")).toBeUndefined();
      expect((await repos.shortlists.listByWave("wave-s1")).map((s) => s.participantId)).toEqual([
        "ana",
        "bob",
      ]);
    });
  });
});
