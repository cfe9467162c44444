/**
 * TurnScopedUsers over the Cosmos user directory on the embedded emulator: inside one bot turn the
 * person's record is read once (a change made elsewhere meanwhile is not seen until the next turn), the
 * turn's own writes are seen, and outside a turn every read goes to the store.
 */
import type { Identity } from "../../core/participant";
import type { UserDirectory } from "../../core/ports";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { TurnScopedUsers } from "../../store/turn-scoped-users";

let cosmos: EmbeddedCosmos;
let store: UserDirectory;
let elsewhere: UserDirectory;
const NOW = new Date("2027-01-10T09:00:00Z");
let next = 0;
const someone = (): Identity => ({ tenantId: "tenant-1", aadObjectId: `user-${++next}` });
const reference = (conversation: string) => ({ conversation: { id: conversation }, serviceUrl: "https://x" });

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  store = (await openCosmosStore(cosmos.client, "turn-scoped-users")).users;
  // Another server instance's view of the same container.
  elsewhere = (await openCosmosStore(cosmos.client, "turn-scoped-users")).users;
});
afterAll(async () => cosmos.stop());

describe("TurnScopedUsers", () => {
  it("turn_secondRead_servedFromTheFirstNotTheStore", async () => {
    const users = new TurnScopedUsers(store);
    const identity = someone();
    await elsewhere.addEnrolment(identity, { waveId: "w1", participantId: "p1", role: "mentee" }, NOW);

    const [first, second] = await users.run(async () => {
      const a = await users.directory.get(identity);
      await elsewhere.addEnrolment(identity, { waveId: "w2", participantId: "p2", role: "mentor" }, NOW);
      return [a, await users.directory.get(identity)];
    });

    expect(first?.enrolments.map((e) => e.waveId)).toEqual(["w1"]);
    expect(second).toBe(first);
    // The next turn, and any read outside a turn, see the change.
    expect((await users.run(() => users.directory.get(identity)))?.enrolments).toHaveLength(2);
    expect((await users.directory.get(identity))?.enrolments).toHaveLength(2);
  });

  it("turn_savedReference_isWhatLaterReadsOfTheTurnSee", async () => {
    const users = new TurnScopedUsers(store);
    const identity = someone();
    const read = await users.run(async () => {
      await users.directory.get(identity); // not there yet: undefined is remembered…
      await users.directory.saveConversationReference(identity, reference("c1"), NOW);
      return users.directory.get(identity); // …until the turn's own write replaces it
    });
    expect(read?.conversationReference).toEqual(reference("c1"));
    expect((await store.get(identity))?.conversationReference).toEqual(reference("c1"));
  });

  it("turn_enrolmentAdded_forgetsTheRememberedRecord", async () => {
    const users = new TurnScopedUsers(store);
    const identity = someone();
    const read = await users.run(async () => {
      await users.directory.get(identity);
      await users.directory.addEnrolment(
        identity,
        { waveId: "w3", participantId: "p3", role: "mentee" },
        NOW,
      );
      return users.directory.get(identity);
    });
    expect(read?.enrolments.map((e) => e.waveId)).toEqual(["w3"]);
  });

  it("outsideTurn_everyReadGoesToTheStore", async () => {
    const users = new TurnScopedUsers(store);
    const identity = someone();
    expect(await users.directory.get(identity)).toBeUndefined();
    await elsewhere.addEnrolment(identity, { waveId: "w4", participantId: "p4", role: "mentee" }, NOW);
    expect((await users.directory.get(identity))?.enrolments).toHaveLength(1);
  });

  it("concurrentTurns_eachHasItsOwnMemo", async () => {
    const users = new TurnScopedUsers(store);
    const identity = someone();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const early = users.run(async () => {
      const before = await users.directory.get(identity);
      await gate;
      return [before, await users.directory.get(identity)];
    });
    const late = users.run(async () => {
      await users.directory.addEnrolment(
        identity,
        { waveId: "w5", participantId: "p5", role: "mentee" },
        NOW,
      );
      return users.directory.get(identity);
    });
    expect((await late)?.enrolments).toHaveLength(1);
    release();
    const [before, after] = await early;
    expect(before).toBeUndefined();
    expect(after).toBeUndefined(); // still the early turn's own first read
  });

  it("workStillRunningAfterTheTurnsLifetime_readsTheStoreAgain", async () => {
    let clock = 0;
    const users = new TurnScopedUsers(store, 1_000, () => clock);
    const identity = someone();
    const [inTime, late] = await users.run(async () => {
      await users.directory.get(identity);
      await elsewhere.addEnrolment(identity, { waveId: "w6", participantId: "p6", role: "mentee" }, NOW);
      const a = await users.directory.get(identity);
      clock = 1_001; // e.g. a timer the turn set, firing later in the turn's async context
      return [a, await users.directory.get(identity)];
    });
    expect(inTime).toBeUndefined();
    expect(late?.enrolments).toHaveLength(1);
  });

  it("saveConversationReference_sameReferenceTwice_writesOnce", async () => {
    const identity = someone();
    const first = await store.saveConversationReference(identity, reference("c9"), NOW);
    const again = await store.saveConversationReference(
      identity,
      reference("c9"),
      new Date("2027-02-01T00:00:00Z"),
    );
    expect(again).toEqual(first); // unchanged: no write, so not even updatedAt moved
    expect((await store.get(identity))?.updatedAt).toBe(NOW.toISOString());
  });
});
