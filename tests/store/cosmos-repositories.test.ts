import { Container } from "@azure/cosmos";
import { TandemError } from "../../core/errors";
import type { Repositories } from "../../core/ports";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { aParticipant, aWave } from "../support/domain-factories";

let cosmos: EmbeddedCosmos;
let repos: Repositories;
const NOW = new Date("2027-01-10T09:00:00Z");

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  repos = await openCosmosStore(cosmos.client, "repositories-test");
});
afterAll(async () => cosmos.stop());

const aResponse = (
  participantId: string,
  waveId = "wave-1",
  goal = "Post on LinkedIn",
): QuestionnaireResponse => ({
  id: `response:${participantId}`,
  waveId,
  participantId,
  role: "mentee",
  answers: {
    kind: "mentee",
    needs: [{ themeId: "social-networks", comfort: 2 }],
    goal,
    preferredLanguage: "fr",
  },
  submittedAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  revision: 1,
});

describe("Cosmos repositories on the embedded emulator", () => {
  it("waves_saveGetList_roundTrip", async () => {
    await repos.waves.save(aWave({ id: "wave-a", startDate: "2027-01-01" }));
    await repos.waves.save(aWave({ id: "wave-b", startDate: "2027-09-01" }));
    expect((await repos.waves.get("wave-a"))?.startDate).toBe("2027-01-01");
    expect(await repos.waves.get("missing")).toBeUndefined();
    const ids = (await repos.waves.list()).map((w) => w.id);
    expect(ids.indexOf("wave-b")).toBeLessThan(ids.indexOf("wave-a"));
  });

  it("waves_replaceWithStaleEtag_failsPreconditionFailed_andKeepsTheNewerVersion", async () => {
    await repos.waves.save(aWave({ id: "wave-etag", name: "First" }));
    const first = await repos.waves.getVersioned("wave-etag");
    if (first === undefined) throw new Error("wave not stored");
    await repos.waves.replace({ ...first.value, name: "Second" }, first.etag);
    await expect(repos.waves.replace({ ...first.value, name: "Stale" }, first.etag)).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect((await repos.waves.get("wave-etag"))?.name).toBe("Second");
  });

  it("participants_listByWave_usesAParameterisedQuery_andStaysInTheWave", async () => {
    await repos.participants.save(aParticipant({ id: "ana", waveId: "wave-q", displayName: "Ana" }));
    await repos.participants.save(aParticipant({ id: "bob", waveId: "wave-q", displayName: "Bob" }));
    await repos.participants.save(aParticipant({ id: "eve", waveId: "wave-other", displayName: "Eve" }));
    expect((await repos.participants.listByWave("wave-q")).map((p) => p.id)).toEqual(["ana", "bob"]);
    expect(await repos.participants.get("wave-other", "ana")).toBeUndefined();
    expect(await repos.participants.listByWave("wave-q' OR 1=1 --")).toEqual([]);
  });

  it("participants_getWithWave_bothFound_orEachMissingOneUndefined", async () => {
    const wave = aWave({ id: "wave-gw", name: "Read together" });
    await repos.waves.save(wave);
    await repos.participants.save(aParticipant({ id: "gw-ana", waveId: "wave-gw", displayName: "Ana" }));
    await repos.participants.save(aParticipant({ id: "gw-eve", waveId: "wave-gw-2" }));

    // Both found: one batch round trip, no single read (each would go through Container.item).
    const singleReads = jest.spyOn(Container.prototype, "item");
    const both = await repos.participants.getWithWave("wave-gw", "gw-ana");
    expect(singleReads).not.toHaveBeenCalled();
    expect(both.wave).toEqual(wave);
    expect(both.participant).toMatchObject({ id: "gw-ana", displayName: "Ana" });
    // One of the two missing: the other still comes back (a failed batch is read again document by document).
    expect(await repos.participants.getWithWave("wave-gw", "nobody")).toEqual({
      wave,
      participant: undefined,
    });
    expect(singleReads).toHaveBeenCalled();
    singleReads.mockRestore();
    expect(await repos.participants.getWithWave("wave-gw-2", "gw-eve")).toEqual({
      wave: undefined,
      participant: expect.objectContaining({ id: "gw-eve" }),
    });
    // Another wave's participant is not found through this wave, and ids Cosmos DB cannot hold name nothing.
    expect((await repos.participants.getWithWave("wave-gw", "gw-eve")).participant).toBeUndefined();
    expect(await repos.participants.getWithWave("wave-gw", "a/b#c")).toEqual({
      wave,
      participant: undefined,
    });
  });

  it("participants_update_concurrentWriters_loseNoChange", async () => {
    await repos.participants.save(aParticipant({ id: "race", waveId: "wave-race", motivation: "" }));
    const letters = [..."abcdefgh"];
    // Eight writers at once, each appending its letter: a blind save would keep only the last ones.
    await Promise.all(
      letters.map((letter) =>
        repos.participants.update("wave-race", "race", (p) => ({
          ...p,
          motivation: `${p.motivation}${letter}`,
        })),
      ),
    );
    const stored = await repos.participants.get("wave-race", "race");
    expect([...(stored?.motivation ?? "")].sort()).toEqual(letters);
  });

  it("participants_update_noChangeMissingOrThrowing_writesNothing", async () => {
    const ana = aParticipant({ id: "upd-ana", waveId: "wave-upd", displayName: "Ana" });
    await repos.participants.save(ana);
    expect(await repos.participants.update("wave-upd", "upd-ana", () => undefined)).toEqual(ana);
    expect(await repos.participants.update("wave-upd", "nobody", (p) => p)).toBeUndefined();
    expect(await repos.participants.update("wave-other", "upd-ana", (p) => p)).toBeUndefined();
    await expect(
      repos.participants.update("wave-upd", "upd-ana", () => {
        throw new TandemError("VALIDATION", "no");
      }),
    ).rejects.toThrow("no");
    await expect(
      repos.participants.update("wave-upd", "upd-ana", (p) => ({ ...p, waveId: "wave-elsewhere" })),
    ).rejects.toThrow(/id or wave/);
    expect(await repos.participants.get("wave-upd", "upd-ana")).toEqual(ana);
  });

  it("responses_createThenReadThenReplace_withEtags", async () => {
    const created = await repos.responses.create(aResponse("p-crud"));
    const read = await repos.responses.get("wave-1", "p-crud");
    expect(read).toEqual(created);
    const replaced = await repos.responses.replace(
      { ...aResponse("p-crud", "wave-1", "Lead a Teams call"), revision: 2 },
      created.etag,
    );
    expect(replaced.etag).not.toBe(created.etag);
    expect((await repos.responses.get("wave-1", "p-crud"))?.value).toMatchObject({
      revision: 2,
      answers: { goal: "Lead a Teams call" },
    });
  });

  it("responses_createTwice_failsConflict", async () => {
    await repos.responses.create(aResponse("p-twice"));
    await expect(repos.responses.create(aResponse("p-twice"))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("responses_replaceWithStaleEtag_failsPreconditionFailed_andKeepsTheNewerVersion", async () => {
    const first = await repos.responses.create(aResponse("p-stale"));
    await repos.responses.replace({ ...aResponse("p-stale", "wave-1", "newer"), revision: 2 }, first.etag);
    const error = await repos.responses
      .replace({ ...aResponse("p-stale", "wave-1", "stale"), revision: 2 }, first.etag)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TandemError);
    expect(error).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await repos.responses.get("wave-1", "p-stale"))?.value.answers).toMatchObject({ goal: "newer" });
  });

  it("responses_listByWave_returnsOnlyThatWave", async () => {
    await repos.responses.create(aResponse("p-list-1", "wave-list"));
    await repos.responses.create(aResponse("p-list-2", "wave-list"));
    await repos.responses.create(aResponse("p-list-3", "wave-elsewhere"));
    expect((await repos.responses.listByWave("wave-list")).map((r) => r.participantId).sort()).toEqual([
      "p-list-1",
      "p-list-2",
    ]);
  });

  it("users_enrolmentsAndReference_areKeptTogether_andConcurrentUpdatesAreNotLost", async () => {
    const identity = { tenantId: "t1", aadObjectId: "oid-1" };
    await Promise.all([
      repos.users.addEnrolment(identity, { waveId: "w1", participantId: "p1", role: "mentee" }, NOW),
      repos.users.addEnrolment(identity, { waveId: "w2", participantId: "p2", role: "mentor" }, NOW),
      repos.users.saveConversationReference(identity, { conversation: { id: "c1" } }, NOW),
    ]);
    const user = await repos.users.get(identity);
    expect(user?.enrolments.map((e) => e.waveId).sort()).toEqual(["w1", "w2"]);
    expect(user?.conversationReference).toEqual({ conversation: { id: "c1" } });
    expect(await repos.users.get({ tenantId: "t2", aadObjectId: "oid-1" })).toBeUndefined();
  });
});
