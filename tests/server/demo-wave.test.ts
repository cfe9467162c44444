import { loadWaveMatchingFacts } from "../../core/matching/matching-input";
import { candidatesFor } from "../../core/matching/shortlist-service";
import { validateMenteeDraft, validateMentorDraft } from "../../core/questionnaire-validation";
import { DEMO_TENANT_ID } from "../../server/config";
import { DEMO_ANSWERS, DEMO_SHORTLISTS } from "../../server/demo-answers";
import { DEMO_WAVE_ID, demoParticipants, demoWave, seedDemoWave } from "../../server/demo-wave";
import { inMemoryRepositories } from "../support/in-memory-repositories";

const NOW = new Date("2026-10-20T09:00:00Z");

describe("demo wave", () => {
  const people = demoParticipants(DEMO_TENANT_ID);
  const wave = demoWave(DEMO_TENANT_ID, NOW);

  it("everySeededAnswer_belongsToADemoParticipantOfThatRole_andPassesTheQuestionnairesValidation", () => {
    for (const [id, answers] of Object.entries(DEMO_ANSWERS)) {
      const person = people.find((p) => p.id === id);
      expect(person?.role).toBe(answers.kind);
      const validation =
        answers.kind === "mentee" ? validateMenteeDraft(answers, wave) : validateMentorDraft(answers, wave);
      expect(validation).toEqual({ ok: true, value: answers });
    }
  });

  it("theEndToEndAndTabTestsPeople_andSomeOthers_haveNotAnswered", () => {
    for (const id of ["demo-alex.wilber", "demo-megan.bowen", "demo-isabelle.marchand"])
      expect(DEMO_ANSWERS[id]).toBeUndefined();
    expect(Object.keys(DEMO_ANSWERS).length).toBeLessThan(people.length - 3);
  });

  it("everySeededShortlistChoice_isACandidateTheShortlistServiceOffers_andTwoAreMutual", async () => {
    const repos = inMemoryRepositories();
    await seedDemoWave(repos, DEMO_TENANT_ID, { now: () => NOW });
    const facts = await loadWaveMatchingFacts(repos, (await repos.waves.get(DEMO_WAVE_ID))!);
    for (const [id, choices] of Object.entries(DEMO_SHORTLISTS)) {
      const person = people.find((p) => p.id === id)!;
      const offered = candidatesFor(person, facts).map((c) => c.id);
      expect(choices.filter((c) => !offered.includes(c))).toEqual([]);
    }
    const mutual = Object.entries(DEMO_SHORTLISTS).flatMap(([id, choices]) =>
      choices.filter((c) => DEMO_SHORTLISTS[c]?.includes(id) && id < c),
    );
    expect(mutual).toHaveLength(2);
    expect((await repos.responses.listByWave(DEMO_WAVE_ID)).length).toBe(Object.keys(DEMO_ANSWERS).length);
  });
});
