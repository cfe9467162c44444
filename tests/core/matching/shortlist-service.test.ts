import { TandemError } from "../../../core/errors";
import { publishedPairId } from "../../../core/matching/published-pair";
import { ShortlistService } from "../../../core/matching/shortlist-service";
import type { Participant } from "../../../core/participant";
import { DEFAULT_MATCH_WEIGHTS, type Wave } from "../../../core/wave";
import { aParticipant, aWave, identityOf, TENANT } from "../../support/domain-factories";
import { inMemoryRepositories } from "../../support/in-memory-repositories";
import { enrolWithAnswers, menteeAnswers, mentorAnswers, VETTED } from "../../support/matching-factories";

const NOW = new Date("2027-01-20T09:00:00Z");
const clock = { now: () => NOW };

/**
 * A wave where Claire (mentee, French first) may choose among mentors: Hugo and Nina are fine; Théo has
 * not answered, Pia is not trained, Walt withdrew, Bram reports to Claire, Ola speaks no common language
 * and Max was Claire's mentor in an earlier wave.
 */
async function setUp(waveOverrides: Partial<Wave> = {}) {
  const repos = inMemoryRepositories();
  await repos.waves.save(aWave(waveOverrides));
  const mentor = (name: string, extra: Partial<Participant> = {}) =>
    aParticipant({
      role: "mentor",
      displayName: name,
      email: `${name.toLowerCase()}@contoso.example`,
      vetting: VETTED,
      ...extra,
    });
  const claire = await enrolWithAnswers(
    repos,
    aParticipant({ displayName: "Claire", email: "Claire@Contoso.example", languages: ["fr", "en"] }),
    menteeAnswers(
      [
        ["cloud", 2],
        ["social-networks", 1],
      ],
      "fr",
      "My private goal about my team",
    ),
    NOW,
  );
  const hugo = await enrolWithAnswers(
    repos,
    mentor("Hugo"),
    mentorAnswers([["cloud", 5]], 1, ["fr"], "Cloud every day"),
    NOW,
  );
  const nina = await enrolWithAnswers(repos, mentor("Nina"), mentorAnswers([["social-networks", 4]]), NOW);
  await enrolWithAnswers(repos, mentor("Theo"), undefined, NOW);
  await enrolWithAnswers(
    repos,
    mentor("Pia", { vetting: { approval: "approved" } }),
    mentorAnswers([["cloud", 4]]),
    NOW,
  );
  await enrolWithAnswers(repos, mentor("Walt", { status: "withdrawn" }), mentorAnswers([["cloud", 4]]), NOW);
  await enrolWithAnswers(
    repos,
    mentor("Bram", { managerEmail: "claire@contoso.example" }),
    mentorAnswers([["cloud", 4]]),
    NOW,
  );
  await enrolWithAnswers(
    repos,
    mentor("Ola", { languages: ["nl"] }),
    mentorAnswers([["cloud", 4]], 1, ["nl"]),
    NOW,
  );
  const max = await enrolWithAnswers(repos, mentor("Max"), mentorAnswers([["cloud", 4]]), NOW);

  const earlier = aWave({ id: "wave-0", startDate: "2026-01-01", endDate: "2026-06-30", state: "closed" });
  await repos.waves.save(earlier);
  const oldClaire = aParticipant({ waveId: "wave-0", email: "claire@contoso.example", role: "mentee" });
  const oldMax = aParticipant({ waveId: "wave-0", email: "max@contoso.example", role: "mentor" });
  await repos.participants.save(oldClaire);
  await repos.participants.save(oldMax);
  await repos.pairs.createIfAbsent({
    id: publishedPairId("one-to-one", oldMax.id, oldClaire.id),
    waveId: "wave-0",
    tenantId: TENANT,
    format: "one-to-one",
    mentorId: oldMax.id,
    menteeIds: [oldClaire.id],
    scores: {},
    reasons: {},
    sharedThemeIds: [],
    publishedAt: "2026-01-10T09:00:00.000Z",
  });
  return { repos, service: new ShortlistService(repos, clock), claire, hugo, nina, max };
}

async function refusal(promise: Promise<unknown>): Promise<TandemError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(error)}`);
  return error;
}

describe("ShortlistService", () => {
  it("view_forAMentee_offersOnlyEligibleAnsweredMentorsTheHardRulesAllow_inTheCallersLanguage", async () => {
    const { service, claire } = await setUp();
    const view = await service.view(identityOf(claire), "wave-1");
    expect(view.candidates.map((c) => c.displayName)).toEqual(["Hugo", "Nina"]);
    expect(view).toMatchObject({ open: true, max: 3, choices: [] });
    expect(view.candidates[0]).toMatchObject({
      role: "mentor",
      languages: ["fr"],
      motivation: "Cloud every day",
      themes: [{ themeId: "cloud", themeLabel: "Cloud", level: 5 }],
    });
    expect(view.candidates[1]?.themes).toEqual([
      { themeId: "social-networks", themeLabel: "Réseaux sociaux", level: 4 },
    ]);
  });

  it("view_forAMentor_showsTheMenteesNeedsInRankOrder_butNeverTheirGoal", async () => {
    const { service, hugo } = await setUp();
    const view = await service.view(identityOf(hugo), "wave-1");
    expect(view.candidates).toHaveLength(1);
    expect(view.candidates[0]).toMatchObject({
      displayName: "Claire",
      role: "mentee",
      themes: [
        { themeId: "cloud", themeLabel: "Cloud" },
        { themeId: "social-networks", themeLabel: "Réseaux sociaux" },
      ],
    });
    expect(view.candidates[0]?.themes.some((t) => t.level !== undefined)).toBe(false);
    expect(JSON.stringify(view)).not.toContain("private goal");
  });

  it("save_validChoices_areStored_andShownInOrder", async () => {
    const { service, repos, claire, hugo, nina } = await setUp();
    const view = await service.save(identityOf(claire), "wave-1", [nina.id, hugo.id]);
    expect(view.choices).toEqual([nina.id, hugo.id]);
    expect(await repos.shortlists.get("wave-1", claire.id)).toMatchObject({
      role: "mentee",
      choices: [nina.id, hugo.id],
      updatedAt: NOW.toISOString(),
    });
  });

  it.each([
    ["not a list", "nope"],
    ["a number among the ids", [1]],
    ["the same person twice", ["HUGO", "HUGO"]],
    ["more than three", ["HUGO", "NINA", "HUGO", "NINA"]],
    ["someone a hard rule excludes (met before)", ["MAX"]],
    ["someone of the same side", ["CLAIRE"]],
  ])("save_%s_isRefusedWithValidation_andNothingIsSaved", async (_situation, raw) => {
    const { service, repos, claire, hugo, nina, max } = await setUp();
    const ids: Record<string, string> = { HUGO: hugo.id, NINA: nina.id, MAX: max.id, CLAIRE: claire.id };
    const choices = Array.isArray(raw) ? raw.map((c) => (typeof c === "string" ? (ids[c] ?? c) : c)) : raw;
    const error = await refusal(service.save(identityOf(claire), "wave-1", choices));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.map((e) => e.field)).toEqual(["choices"]);
    expect(await repos.shortlists.get("wave-1", claire.id)).toBeUndefined();
  });

  it.each([["running"], ["enrolling"]] as const)("save_whenTheWaveIs%s_isRefusedAsClosed", async (state) => {
    const { service, claire, hugo } = await setUp({ state });
    expect((await service.view(identityOf(claire), "wave-1")).open).toBe(false);
    expect((await refusal(service.save(identityOf(claire), "wave-1", [hugo.id]))).code).toBe(
      "INVALID_TRANSITION",
    );
  });

  it("save_oncePublishingStarted_isRefusedAsClosed", async () => {
    const { service, repos, claire, hugo } = await setUp({ state: "matching" });
    await repos.proposals.create({
      waveId: "wave-1",
      tenantId: TENANT,
      generatedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      weights: DEFAULT_MATCH_WEIGHTS,
      pairs: [],
      unmatchedMentees: [],
      idleMentors: [],
      totalCost: 0,
      optimalCost: 0,
      certified: true,
      edited: false,
      publishing: { startedAt: NOW.toISOString(), by: "hr" },
    });
    expect((await refusal(service.save(identityOf(claire), "wave-1", [hugo.id]))).code).toBe(
      "INVALID_TRANSITION",
    );
  });

  it("view_forSomeoneNotInTheWave_orFromAnotherTenant_failsNotEnrolled", async () => {
    const { service, claire } = await setUp();
    expect((await refusal(service.view({ tenantId: TENANT, aadObjectId: "stranger" }, "wave-1"))).code).toBe(
      "NOT_ENROLLED",
    );
    const elsewhere = { ...identityOf(claire), tenantId: "another-tenant" };
    expect((await refusal(service.view(elsewhere, "wave-1"))).code).toBe("NOT_ENROLLED");
    expect((await refusal(service.view(identityOf(claire), "wave-0"))).code).toBe("NOT_ENROLLED");
  });
});
