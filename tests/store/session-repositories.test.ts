import type { Repositories } from "../../core/ports";
import { checkInId, sessionId, type CheckIn, type MentoringSession } from "../../core/sessions/session";
import type { SessionNotes } from "../../core/sessions/session-notes";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { TENANT } from "../support/domain-factories";
import { inMemoryRepositories } from "../support/in-memory-repositories";

let cosmos: EmbeddedCosmos;
let cosmosRepos: Repositories;
const NOW = "2027-02-01T09:00:00.000Z";

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  cosmosRepos = await openCosmosStore(cosmos.client, "session-repositories-test");
});
afterAll(async () => cosmos.stop());

const aSession = (
  waveId: string,
  pairId: string,
  sequence: number,
  overrides: Partial<MentoringSession> = {},
): MentoringSession => ({
  id: sessionId(pairId, sequence),
  waveId,
  tenantId: TENANT,
  pairId,
  sequence,
  start: "2027-03-01T10:00:00.000Z",
  durationMinutes: 90,
  timeZone: "Europe/Paris",
  status: "proposed",
  proposedBy: "mentor-a",
  history: [{ at: NOW, by: "mentor-a", action: "proposed", start: "2027-03-01T10:00:00.000Z" }],
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

const aCheckIn = (waveId: string, session: string, participantId: string, rating = 4): CheckIn => ({
  id: checkInId(session, participantId),
  waveId,
  pairId: "pair-a",
  sessionId: session,
  participantId,
  outcome: "held",
  rating,
  at: NOW,
});

const someNotes = (waveId: string, session: string, overrides: Partial<SessionNotes> = {}): SessionNotes => ({
  id: `notes:${session}`,
  waveId,
  pairId: "pair-a",
  sessionId: session,
  text: "We talked about Teams etiquette.",
  actionItems: [{ id: "a1", text: "Try a channel meeting", done: false, owner: "mentee-a" }],
  revision: 1,
  updatedAt: NOW,
  updatedBy: "mentor-a",
  ...overrides,
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

  describe("sessions", () => {
    it("createThenReplace_withTheCurrentEtag_storesTheNewVersion", async () => {
      const created = await repos.sessions.create(aSession("wave-s1", "pair-a", 1));
      expect(await repos.sessions.get("wave-s1", sessionId("pair-a", 1))).toEqual(created);
      const replaced = await repos.sessions.replace(
        aSession("wave-s1", "pair-a", 1, { status: "scheduled", acceptedBy: "mentee-a" }),
        created.etag,
      );
      expect(replaced.etag).not.toBe(created.etag);
      expect((await repos.sessions.get("wave-s1", sessionId("pair-a", 1)))?.value.status).toBe("scheduled");
      expect(await repos.sessions.get("wave-s1", sessionId("pair-a", 9))).toBeUndefined();
      expect(await repos.sessions.get("wave-other", sessionId("pair-a", 1))).toBeUndefined();
    });

    it("createTwice_failsConflict_andKeepsTheFirst", async () => {
      await repos.sessions.create(aSession("wave-s2", "pair-a", 1, { durationMinutes: 90 }));
      await expect(
        repos.sessions.create(aSession("wave-s2", "pair-a", 1, { durationMinutes: 30 })),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await repos.sessions.get("wave-s2", sessionId("pair-a", 1)))?.value.durationMinutes).toBe(90);
    });

    it("replaceWithAStaleEtag_failsPreconditionFailed_andKeepsTheNewerVersion", async () => {
      const first = await repos.sessions.create(aSession("wave-s3", "pair-a", 1));
      await repos.sessions.replace(aSession("wave-s3", "pair-a", 1, { status: "scheduled" }), first.etag);
      await expect(
        repos.sessions.replace(aSession("wave-s3", "pair-a", 1, { status: "cancelled" }), first.etag),
      ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      expect((await repos.sessions.get("wave-s3", sessionId("pair-a", 1)))?.value.status).toBe("scheduled");
    });

    it("listByPairAndWave_inPlanOrder_stayInTheirPairAndWave_andIgnoreOtherTypes", async () => {
      await repos.sessions.create(aSession("wave-s4", "pair-b", 2));
      await repos.sessions.create(aSession("wave-s4", "pair-b", 1));
      await repos.sessions.create(aSession("wave-s4", "pair-a", 1));
      await repos.sessions.create(aSession("wave-s5", "pair-b", 3));
      await repos.checkIns.save(aCheckIn("wave-s4", sessionId("pair-b", 1), "mentee-b"));
      await repos.notes.create(someNotes("wave-s4", sessionId("pair-b", 1)));
      expect((await repos.sessions.listByPair("wave-s4", "pair-b")).map((s) => s.sequence)).toEqual([1, 2]);
      expect((await repos.sessions.listByWave("wave-s4")).map((s) => s.id)).toEqual([
        sessionId("pair-a", 1),
        sessionId("pair-b", 1),
        sessionId("pair-b", 2),
      ]);
      expect(await repos.sessions.listByPair("wave-s4", "pair-b' OR 1=1 --")).toEqual([]);
      expect(await repos.sessions.listByPair("wave-s4", "pair-none")).toEqual([]);
    });
  });

  describe("check-ins", () => {
    it("save_overwritesTheAuthorsCheckIn_andListsStayInTheirSessionAndWave", async () => {
      const s1 = sessionId("pair-a", 1);
      const s2 = sessionId("pair-a", 2);
      await repos.checkIns.save(aCheckIn("wave-c1", s1, "mentor-a", 2));
      await repos.checkIns.save(aCheckIn("wave-c1", s1, "mentor-a", 5));
      await repos.checkIns.save(aCheckIn("wave-c1", s1, "mentee-a", 4));
      await repos.checkIns.save(aCheckIn("wave-c1", s2, "mentee-a", 3));
      await repos.checkIns.save(aCheckIn("wave-c2", s1, "mentee-a", 1));
      const ofSession = await repos.checkIns.listBySession("wave-c1", s1);
      expect(ofSession.map((c) => [c.participantId, c.rating])).toEqual([
        ["mentee-a", 4],
        ["mentor-a", 5],
      ]);
      expect(await repos.checkIns.listByWave("wave-c1")).toHaveLength(3);
      expect(await repos.checkIns.listBySession("wave-c1", "session:none")).toEqual([]);
    });
  });

  describe("session notes", () => {
    it("createThenReplace_withTheCurrentEtag_storesTheNewRevision", async () => {
      const s1 = sessionId("pair-a", 1);
      const created = await repos.notes.create(someNotes("wave-n1", s1));
      expect(await repos.notes.get("wave-n1", s1)).toEqual(created);
      const replaced = await repos.notes.replace(
        someNotes("wave-n1", s1, { text: "Revised", revision: 2 }),
        created.etag,
      );
      expect(replaced.etag).not.toBe(created.etag);
      expect((await repos.notes.get("wave-n1", s1))?.value).toMatchObject({ text: "Revised", revision: 2 });
      expect(await repos.notes.get("wave-n1", sessionId("pair-a", 2))).toBeUndefined();
    });

    it("createTwice_failsConflict_andAStaleReplaceFailsPreconditionFailed", async () => {
      const s1 = sessionId("pair-a", 1);
      const first = await repos.notes.create(someNotes("wave-n2", s1));
      await expect(repos.notes.create(someNotes("wave-n2", s1, { text: "Other" }))).rejects.toMatchObject({
        code: "CONFLICT",
      });
      await repos.notes.replace(someNotes("wave-n2", s1, { revision: 2, text: "Mine" }), first.etag);
      await expect(
        repos.notes.replace(someNotes("wave-n2", s1, { revision: 2, text: "Theirs" }), first.etag),
      ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      expect((await repos.notes.get("wave-n2", s1))?.value.text).toBe("Mine");
    });
  });
});
