/**
 * Erasure against the embedded Cosmos: a person with a trace in every container is erased, then every
 * document of every container (waves, users, deliveries) is scanned for their identifiers and their
 * words; the wave's aggregates (pairs, participants, ratings, satisfaction) are the same as before, and
 * their partner's own data survives. The export, taken before, holds their data and nothing of the other pair.
 */
import type { Container } from "@azure/cosmos";
import { DataRightsService } from "../../core/data-rights/data-rights-service";
import { exportPersonalData } from "../../core/data-rights/personal-data-export";
import type { Repositories } from "../../core/ports";
import { openCosmosStore, openDeliveryLog } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { openPersonalDataEraser } from "../../store/personal-data-eraser";
import { aParticipant, aWave } from "../support/domain-factories";
import {
  AT,
  OTHERS_TEXT,
  PERSON_TEXT,
  seedErasureScenario,
  type ErasureScenario,
} from "../support/erasure-scenario";
import { enrolWithAnswers, menteeAnswers, VETTED } from "../support/matching-factories";

const DATABASE = "personal-data-eraser-test";
const WAVE = "wave-erasure";
const EARLIER_WAVE = "wave-earlier";

let cosmos: EmbeddedCosmos;
let repos: Repositories;
let scenario: ErasureScenario;
let containers: Container[];

const person = aParticipant({
  waveId: WAVE,
  aadObjectId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  email: "erinna.quistgaard@contoso.example",
  displayName: "Erinna Quistgaard",
  managerEmail: "solveig.brannstrom.manager@contoso.example",
  department: "Treasury Operations",
  site: "Lyon",
  timeZone: "Europe/Paris",
});

async function everyDocument(): Promise<string[]> {
  const all: string[] = [];
  for (const container of containers) {
    const { resources } = await container.items.query("SELECT * FROM c").fetchAll();
    all.push(...resources.map((doc) => JSON.stringify(doc)));
  }
  return all;
}

async function aggregates() {
  const [pairs, participants, checkIns, assessments, responses] = await Promise.all([
    repos.pairs.listByWave(WAVE),
    repos.participants.listByWave(WAVE),
    repos.checkIns.listByWave(WAVE),
    repos.assessments.listByWave(WAVE),
    repos.responses.listByWave(WAVE),
  ]);
  return {
    pairs: pairs.length,
    participants: participants.length,
    ratings: checkIns.map((c) => c.rating).sort(),
    satisfaction: assessments.map((a) => a.satisfaction).sort(),
    themeRatings: assessments.flatMap((a) => a.themes.map((t) => t.rating)).sort(),
    comfort: responses
      .flatMap((r) => (r.answers.kind === "mentee" ? r.answers.needs.map((n) => n.comfort) : []))
      .sort(),
  };
}

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  repos = await openCosmosStore(cosmos.client, DATABASE);
  const deliveries = await openDeliveryLog(cosmos.client, DATABASE);
  await repos.waves.save(aWave({ id: WAVE, state: "running" }));
  await repos.waves.save(aWave({ id: EARLIER_WAVE, state: "closed", startDate: "2026-01-01" }));
  scenario = await seedErasureScenario(repos, deliveries, {
    person,
    mentor: aParticipant({ waveId: WAVE, role: "mentor", vetting: VETTED, displayName: "Marc Mentor" }),
    otherMentee: aParticipant({ waveId: WAVE, displayName: "Olga Other" }),
    otherMentor: aParticipant({ waveId: WAVE, role: "mentor", vetting: VETTED, displayName: "Oscar Other" }),
  });
  // The same person took part in an earlier wave too.
  await seedEarlierWave();
  const db = cosmos.client.database(DATABASE);
  containers = ["waves", "users", "deliveries"].map((id) => db.container(id));
});
afterAll(async () => cosmos.stop());

async function seedEarlierWave(): Promise<void> {
  await enrolWithAnswers(
    repos,
    { ...person, id: "p-earlier-erinna", waveId: EARLIER_WAVE },
    menteeAnswers([["cloud", 1]], "fr", `${PERSON_TEXT.goal} (earlier)`),
    AT,
  );
}

describe("exporting a person's data", () => {
  it("holds their records, answers, pair, sessions, notes, own check-ins and assessment across waves, and nothing of the other pair", async () => {
    const data = await exportPersonalData(
      repos,
      { tenantId: person.tenantId, aadObjectId: person.aadObjectId! },
      AT,
    );
    const raw = JSON.stringify(data);
    expect(data.waves.map((w) => w.wave.id)).toEqual([EARLIER_WAVE, WAVE]);
    for (const text of Object.values(PERSON_TEXT)) expect(raw).toContain(JSON.stringify(text).slice(1, -1));
    const current = data.waves[1]!;
    expect(current.pairs).toHaveLength(1);
    expect(current.pairs[0]!.partners).toEqual([{ displayName: "Marc Mentor", role: "mentor" }]);
    expect(current.shortlist?.choices).toEqual(["Marc Mentor"]);
    expect(current.checkIns.map((c) => c.participantId)).toEqual([person.id]);
    expect(data.user?.conversationReference).toBeDefined();
    expect(raw).not.toContain(OTHERS_TEXT.otherNotes);
    expect(raw).not.toContain(OTHERS_TEXT.mentorComment);
    expect(raw).not.toContain(OTHERS_TEXT.otherGoal);
    expect(raw).not.toContain("Olga Other");
    expect(raw).not.toContain(scenario.mentor.email);
    expect(raw).not.toContain(scenario.mentor.aadObjectId);
  });
});

describe("erasing a person", () => {
  let before: Awaited<ReturnType<typeof aggregates>>;
  let report: Awaited<ReturnType<DataRightsService["erase"]>>;

  beforeAll(async () => {
    const everything = (await everyDocument()).join("\n");
    // The scan below must be able to fail: every identifier is present before the erasure.
    for (const needle of identifiers()) expect(everything.toLowerCase()).toContain(needle.toLowerCase());
    before = await aggregates();
    let n = 0;
    const rights = new DataRightsService({
      repos,
      eraser: await openPersonalDataEraser(cosmos.client, DATABASE),
      clock: { now: () => AT },
      newId: () => `erasure-${++n}`,
    });
    report = await rights.erase({ tenantId: person.tenantId, aadObjectId: person.aadObjectId! });
  });

  function identifiers(): string[] {
    return [
      person.aadObjectId!,
      person.email,
      person.displayName,
      person.managerEmail!,
      scenario.meetingUrl,
      ...Object.values(PERSON_TEXT),
    ];
  }

  it("leaves none of their identifiers or words in any document of any container", async () => {
    const found = (await everyDocument()).filter((doc) =>
      identifiers().some((needle) => doc.toLowerCase().includes(needle.toLowerCase())),
    );
    expect(found).toEqual([]);
    expect(report).toMatchObject({ waves: 2, participants: 2, userRecordDeleted: true, notesDeleted: 1 });
  });

  it("keeps the wave's aggregates: pairs, participants, ratings, satisfaction and comfort", async () => {
    expect(await aggregates()).toEqual(before);
  });

  it("turns their records into withdrawn, flagged tombstones", async () => {
    const tombstone = await repos.participants.get(WAVE, person.id);
    expect(tombstone).toMatchObject({
      id: person.id,
      role: "mentee",
      status: "withdrawn",
      erased: true,
      email: "",
    });
    expect(tombstone?.aadObjectId).toBeUndefined();
    expect((await repos.participants.get(EARLIER_WAVE, "p-earlier-erinna"))?.erased).toBe(true);
    expect(await repos.shortlists.get(WAVE, person.id)).toBeUndefined();
  });

  it("keeps the partner's own data: their check-in comment, user record and messages, their shortlist without the person", async () => {
    const checkIns = await repos.checkIns.listByWave(WAVE);
    expect(checkIns.find((c) => c.participantId === scenario.mentor.id)?.comment).toBe(
      OTHERS_TEXT.mentorComment,
    );
    const mentorIdentity = { tenantId: scenario.mentor.tenantId, aadObjectId: scenario.mentor.aadObjectId! };
    expect((await repos.users.get(mentorIdentity))?.enrolments).toHaveLength(1);
    expect((await repos.shortlists.get(WAVE, scenario.mentor.id))?.choices).toEqual([
      scenario.otherMentee.id,
    ]);
    const deliveries = await openDeliveryLog(cosmos.client, DATABASE);
    for (const key of scenario.othersDeliveries) expect(await deliveries.get(key)).toBeDefined();
    for (const key of scenario.personDeliveries) expect(await deliveries.get(key)).toBeUndefined();
    expect((await repos.notes.get(WAVE, `session:${scenario.otherPairId}:1`))?.value.text).toBe(
      OTHERS_TEXT.otherNotes,
    );
  });

  it("records the erasure in each wave's audit log by participant id only", async () => {
    const entries = await repos.audit.listByWave(WAVE);
    const erased = entries.filter((e) => e.action === "participant.erased");
    expect(erased).toHaveLength(1);
    expect(erased[0]).toMatchObject({ target: person.id, actor: { aadObjectId: "participant" } });
    expect((await repos.audit.listByWave(EARLIER_WAVE)).map((e) => e.action)).toEqual(["participant.erased"]);
  });

  it("finds nothing left to erase the second time", async () => {
    const eraser = await openPersonalDataEraser(cosmos.client, DATABASE);
    const again = await eraser.erase({ tenantId: person.tenantId, aadObjectId: person.aadObjectId! });
    expect(again.participations).toEqual([]);
    expect(again.report).toMatchObject({ participants: 0, userRecordDeleted: false });
  });
});
