/**
 * Cosmos DB faults through a fault-injecting proxy in front of the embedded emulator: 429 with
 * x-ms-retry-after-ms, 503, requests that never get an answer (client timeout) and writes applied but
 * whose answer is lost. Reads, upserts and create-if-absent writes are retried (the SDK for 429, the store's
 * retryTransient for the rest); what the SDK and the store do not retry (a plain create or an ETag replace
 * after a 503 or timeout) fails the operation without changing data, and trying again lands it once.
 * Counts are read from the emulator directly, around the proxy.
 */
import type { Container } from "@azure/cosmos";
import type { Repositories } from "../../core/ports";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import { NotesService } from "../../core/sessions/notes-service";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { CosmosFaultProxy } from "../support/cosmos-fault-proxy";
import { aParticipant, aWave, identityOf } from "../support/domain-factories";
import { aPublishedPair, seedPairWithSession } from "../support/notes-factories";

jest.setTimeout(60_000);

const DATABASE = "faults-test";
let cosmos: EmbeddedCosmos;
let proxy: CosmosFaultProxy;
let repos: Repositories;
let direct: Container;

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  proxy = await CosmosFaultProxy.start(cosmos.endpoint);
  repos = await openCosmosStore(proxy.client(cosmos.key, { requestTimeoutMs: 400 }), DATABASE);
  direct = cosmos.client.database(DATABASE).container("waves");
});
beforeEach(() => proxy.reset());
afterAll(async () => {
  await proxy.stop();
  await cosmos.stop();
});

/** How many documents of a type the wave holds, read from the emulator without the proxy. */
async function countOf(waveId: string, type: string): Promise<number> {
  const { resources } = await direct.items
    .query<number>({
      query: "SELECT VALUE COUNT(1) FROM c WHERE c.waveId = @waveId AND c.type = @type",
      parameters: [
        { name: "@waveId", value: waveId },
        { name: "@type", value: type },
      ],
    })
    .fetchAll();
  return resources[0] ?? 0;
}

const aResponse = (participantId: string, waveId: string): QuestionnaireResponse => ({
  id: `response:${participantId}`,
  waveId,
  participantId,
  role: "mentee",
  answers: {
    kind: "mentee",
    needs: [{ themeId: "social-networks", comfort: 2 }],
    goal: "Post on LinkedIn",
    preferredLanguage: "fr",
  },
  submittedAt: "2027-01-10T09:00:00.000Z",
  updatedAt: "2027-01-10T09:00:00.000Z",
  revision: 1,
});

describe("Cosmos DB answering 429 with x-ms-retry-after-ms", () => {
  it("questionnaireSubmission_throttledTwice_isRetriedByTheSdk_andStoredOnce", async () => {
    const waveId = "wave-throttled";
    proxy.inject("write", { kind: "throttle", retryAfterMs: 20 }, 2);
    const stored = await repos.responses.create(aResponse("p-throttled", waveId));

    expect(stored.value.participantId).toBe("p-throttled");
    expect(proxy.count("write", "throttle")).toBe(2);
    expect(await countOf(waveId, "response")).toBe(1);
  });

  it("notesSaveWithEtag_throttledOnReadAndWrite_savesOneRevision", async () => {
    const place = await seedPairWithSession(repos, { waveId: "wave-notes-throttled" });
    const notes = new NotesService(repos, { now: () => new Date("2027-03-01T12:00:00.000Z") });
    const who = identityOf(place.mentor);
    await notes.save(who, place.pair.waveId, place.session.id, {
      revision: 0,
      text: "first",
      actionItems: [],
    });

    proxy.inject("any", { kind: "throttle", retryAfterMs: 10 }, 3);
    const outcome = await notes.save(who, place.pair.waveId, place.session.id, {
      revision: 1,
      text: "second",
      actionItems: [],
    });

    expect(outcome.status).toBe("saved");
    expect(proxy.log.filter((r) => r.fault === "throttle")).toHaveLength(3);
    const read = await notes.read(who, place.pair.waveId, place.session.id);
    expect(read).toMatchObject({ revision: 2, text: "second" });
    expect(await countOf(place.pair.waveId, "notes")).toBe(1);
  });
});

describe("Cosmos DB answering 503 or not answering at all", () => {
  it("pointReads_after503AndATimeout_areRetriedByTheStore_andAnswer", async () => {
    const person = aParticipant({ waveId: "wave-reads" });
    await repos.participants.save(person);
    proxy.inject("read", { kind: "unavailable" }, 1).inject("read", { kind: "hang" }, 1);

    expect((await repos.participants.get("wave-reads", person.id))?.id).toBe(person.id);
    expect(proxy.count("read", "unavailable")).toBe(1);
    expect(proxy.count("read", "hang")).toBe(1);
    expect(proxy.count("read", "passed")).toBe(1);
  });

  it("upsertsWithDeterministicIds_after503AndALostAnswer_areRetried_andLeaveOneDocument", async () => {
    proxy.inject("write", { kind: "unavailable" }, 1).inject("write", { kind: "apply-then-hang" }, 1);
    await repos.waves.save(aWave({ id: "wave-upsert", name: "Spring" }));

    expect(proxy.count("write", "passed")).toBe(1);
    expect(await countOf("wave-upsert", "wave")).toBe(1);
    expect((await repos.waves.get("wave-upsert"))?.name).toBe("Spring");
  });

  it("publishedPairWrites_whoseAnswersAreLostOr503_eachExistOnce", async () => {
    const waveId = "wave-publish-faults";
    const pairs = Array.from({ length: 6 }, () =>
      aPublishedPair(waveId, aParticipant({ waveId, role: "mentor" }), [aParticipant({ waveId })]),
    );
    // The first three pairs' writes are applied and their answers lost (their retries pass); the fourth meets a 503.
    for (let k = 0; k < 3; k++)
      proxy.inject("write", { kind: "apply-then-hang" }, 1).inject("write", { kind: "pass" }, 1);
    proxy.inject("write", { kind: "unavailable" }, 1);

    const outcomes = [];
    for (const pair of pairs) outcomes.push(await repos.pairs.createIfAbsent(pair));

    expect(proxy.count("write", "apply-then-hang")).toBe(3);
    expect(proxy.count("write", "unavailable")).toBe(1);
    expect(await countOf(waveId, "pair")).toBe(pairs.length);
    expect((await repos.pairs.listByWave(waveId)).map((p) => p.id).sort()).toEqual(
      pairs.map((p) => p.id).sort(),
    );
    // A lost answer makes the retry find the pair there: "exists", never a second document.
    expect(outcomes.filter((o) => o === "exists")).toHaveLength(3);
  });

  it("aPlainCreateMeeting503_failsWithoutWriting_andSubmittingAgainStoresItOnce", async () => {
    const waveId = "wave-create-503";
    proxy.inject("write", { kind: "unavailable" }, 1);
    await expect(repos.responses.create(aResponse("p-503", waveId))).rejects.toMatchObject({ code: 503 });
    expect(await countOf(waveId, "response")).toBe(0);

    await repos.responses.create(aResponse("p-503", waveId));
    expect(await countOf(waveId, "response")).toBe(1);
  });

  it("aNotesReplaceAppliedButUnanswered_failsTheSave_andSavingAgainReportsSavedWithOneRevisionMore", async () => {
    const place = await seedPairWithSession(repos, { waveId: "wave-notes-timeout" });
    const notes = new NotesService(repos, { now: () => new Date("2027-03-01T12:00:00.000Z") });
    const who = identityOf(place.mentor);
    await notes.save(who, place.pair.waveId, place.session.id, {
      revision: 0,
      text: "first",
      actionItems: [],
    });
    const body = { revision: 1, text: "second", actionItems: [] };

    proxy.inject("write", { kind: "apply-then-hang" }, 1);
    await expect(notes.save(who, place.pair.waveId, place.session.id, body)).rejects.toMatchObject({
      code: "TimeoutError",
    });
    // The person saves again (the tab keeps their text): the stored notes already hold it.
    const again = await notes.save(who, place.pair.waveId, place.session.id, body);

    expect(again.status).toBe("saved");
    expect(await notes.read(who, place.pair.waveId, place.session.id)).toMatchObject({
      revision: 2,
      text: "second",
    });
    expect(await countOf(place.pair.waveId, "notes")).toBe(1);
  });
});
