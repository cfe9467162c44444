import type { FinalAssessment } from "../../core/assessments/assessment";
import type { Repositories } from "../../core/ports";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { inMemoryRepositories } from "../support/in-memory-repositories";

let cosmos: EmbeddedCosmos;
let cosmosRepos: Repositories;
const NOW = "2027-07-01T09:00:00.000Z";

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  cosmosRepos = await openCosmosStore(cosmos.client, "assessment-repository-test");
});
afterAll(async () => cosmos.stop());

const anAssessment = (
  waveId: string,
  participantId: string,
  overrides: Partial<FinalAssessment> = {},
): FinalAssessment => ({
  waveId,
  participantId,
  role: "mentee",
  themes: [
    { themeId: "cloud", rating: 4 },
    { themeId: "artificial-intelligence", rating: 3 },
  ],
  satisfaction: 5,
  wouldRecommend: true,
  comment: "Private thought",
  submittedAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

/** The same behaviour from the Cosmos adapter and from the in-memory fake the core tests use. */
describe.each([
  ["the Cosmos adapter", () => cosmosRepos],
  ["the in-memory fake", (): Repositories => inMemoryRepositories()],
])("assessments in %s", (_store, reposOf) => {
  let repos: Repositories;
  beforeAll(() => {
    repos = reposOf();
  });

  it("saveThenGet_returnsTheAssessmentAsSaved_andNothingForOthers", async () => {
    const saved = anAssessment("wave-a1", "p-1");
    await repos.assessments.save(saved);
    expect(await repos.assessments.get("wave-a1", "p-1")).toEqual(saved);
    expect(await repos.assessments.get("wave-a1", "p-2")).toBeUndefined();
    expect(await repos.assessments.get("wave-other", "p-1")).toBeUndefined();
  });

  it("saveAgain_overwritesTheOneDocument_insteadOfAddingASecond", async () => {
    await repos.assessments.save(anAssessment("wave-a2", "p-1"));
    await repos.assessments.save(
      anAssessment("wave-a2", "p-1", { satisfaction: 2, updatedAt: "2027-07-02T00:00:00.000Z" }),
    );
    const stored = await repos.assessments.listByWave("wave-a2");
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ satisfaction: 2, submittedAt: NOW });
  });

  it("listByWave_staysInItsWave_sortedByParticipant_andIgnoresOtherDocumentTypes", async () => {
    await repos.assessments.save(anAssessment("wave-a3", "p-b"));
    await repos.assessments.save(anAssessment("wave-a3", "p-a", { role: "mentor", themes: [] }));
    await repos.assessments.save(anAssessment("wave-a4", "p-c"));
    await repos.checkIns.save({
      id: "checkin:s1:p-a",
      waveId: "wave-a3",
      pairId: "pair-a",
      sessionId: "s1",
      participantId: "p-a",
      outcome: "held",
      rating: 4,
      at: NOW,
    });
    expect((await repos.assessments.listByWave("wave-a3")).map((a) => a.participantId)).toEqual([
      "p-a",
      "p-b",
    ]);
    expect(await repos.assessments.listByWave("wave-a3' OR 1=1 --")).toEqual([]);
  });
});
