/**
 * The shared notes routes over HTTP against the real server (embedded Cosmos, demo wave): the members of a
 * pair read, write and tick; anyone else (another pair, HR) is told the notes do not exist; a save from a
 * stale revision gets both versions.
 */
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { notesRoutes, type NotesConflict, type SessionNotesView } from "../../tab/api/notes-routes";
import { aPublishedPair, aScheduledSession } from "../support/notes-factories";
import { apiCall, devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
let hrToken: string;
let sophieToken: string;
let lucasToken: string;
let noahToken: string;
let sessionId: string;
let notesPath: string;
let otherPairNotesPath: string;

const devToken = (userId: string) => devTokenFrom(tandem.url, userId);

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

/** A pair of the demo wave with one session, written through the store (the notes do not depend on how it was published). */
async function pairWithSession(mentorId: string, menteeId: string): Promise<{ id: string; path: string }> {
  const pair = aPublishedPair(DEMO_WAVE_ID, await demo(mentorId), [await demo(menteeId)]);
  await tandem.repos.pairs.createIfAbsent(pair);
  const session = aScheduledSession(pair);
  await tandem.repos.sessions.create(session);
  return {
    id: session.id,
    path: `/api/me/waves/${DEMO_WAVE_ID}/sessions/${encodeURIComponent(session.id)}/notes`,
  };
}

beforeAll(async () => {
  tandem = await startTestTandem();
  [hrToken, sophieToken, lucasToken, noahToken] = await Promise.all([
    devToken("demo-hr-lead"),
    devToken("demo-sophie.laurent"),
    devToken("demo-lucas.martin"),
    devToken("demo-noah.de.smet"),
  ]);
  ({ id: sessionId, path: notesPath } = await pairWithSession("demo-lucas.martin", "demo-sophie.laurent"));
  otherPairNotesPath = (await pairWithSession("demo-noah.de.smet", "demo-jan.peeters")).path;
});
afterAll(async () => tandem?.stop());

const call = <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) =>
  apiCall<T>(tandem.url, method, path, token, body);

const SECRET = "Sophie would like to practise Copilot in Outlook before the board meeting.";

describe("notes routes: the contract", () => {
  it("everyNotesRoute_isSignedIn_atTheContractsPaths", () => {
    const table = notesRoutes({ repos: {} as never, clock: { now: () => new Date() } });
    expect(table.map((r) => `${r.access} ${r.method} ${r.path}`)).toEqual([
      "signed-in GET /api/me/waves/:waveId/sessions/:sessionId/notes",
      "signed-in PUT /api/me/waves/:waveId/sessions/:sessionId/notes",
      "signed-in POST /api/me/waves/:waveId/sessions/:sessionId/notes/action-items/:itemId",
    ]);
  });

  it("withoutAToken_everyRouteIs401", async () => {
    expect((await call("GET", notesPath)).status).toBe(401);
    expect((await call("PUT", notesPath, undefined, { revision: 0, text: "x" })).status).toBe(401);
    expect((await call("POST", `${notesPath}/action-items/a1`, undefined, { done: true })).status).toBe(401);
  });
});

describe("notes routes: the pair's members", () => {
  it("aMemberReadsEmptyNotes_writesThem_andTheOtherMemberReadsThem", async () => {
    const empty = await call<SessionNotesView>("GET", notesPath, sophieToken);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ revision: 0, text: "", actionItems: [], waveId: DEMO_WAVE_ID });
    expect(empty.body.members.map((m) => m.displayName)).toEqual(["Lucas Martin", "Sophie Laurent"]);

    const written = await call<SessionNotesView>("PUT", notesPath, sophieToken, {
      revision: 0,
      text: SECRET,
      actionItems: [{ id: "a1", text: "Book a Copilot demo", owner: "demo-lucas.martin" }],
      updatedBy: "demo-hr-lead",
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ revision: 1, text: SECRET, updatedBy: "demo-sophie.laurent" });

    const read = await call<SessionNotesView>("GET", notesPath, lucasToken);
    expect(read.body).toEqual(written.body);
  });

  it("aMemberTicksAnItem_andTheTickIsStored_withWhoTickedIt", async () => {
    const ticked = await call<SessionNotesView>("POST", `${notesPath}/action-items/a1`, lucasToken, {
      done: true,
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.revision).toBe(2);
    expect(ticked.body.actionItems[0]).toMatchObject({ id: "a1", done: true, doneBy: "demo-lucas.martin" });
    expect((await call("POST", `${notesPath}/action-items/nope`, lucasToken, { done: true })).status).toBe(
      404,
    );
    const bad = await call<{ code: string }>("POST", `${notesPath}/action-items/a1`, lucasToken, {
      done: "yes",
    });
    expect(bad).toMatchObject({ status: 400, body: { code: "VALIDATION" } });
  });

  it("aSaveFromAStaleRevision_is409_withBothVersionsAndAMerge_andChangesNothing", async () => {
    const stale = await call<NotesConflict>("PUT", notesPath, sophieToken, {
      revision: 1,
      text: `${SECRET}\nAlso: Teams channels.`,
      actionItems: [{ id: "a1", text: "Book a Copilot demo", owner: "demo-lucas.martin" }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("both versions"),
      theirs: { revision: 2, text: SECRET, actionItems: [{ id: "a1", done: true }] },
      yours: { text: `${SECRET}\nAlso: Teams channels.`, actionItems: [{ id: "a1", done: false }] },
      merged: { text: `${SECRET}\nAlso: Teams channels.`, actionItems: [{ id: "a1", done: true }] },
    });
    expect((await call<SessionNotesView>("GET", notesPath, sophieToken)).body.revision).toBe(2);

    const resolved = await call<SessionNotesView>("PUT", notesPath, sophieToken, {
      revision: stale.body.theirs.revision,
      ...stale.body.merged,
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      revision: 3,
      actionItems: [{ id: "a1", done: true, doneBy: "demo-lucas.martin" }],
    });
  });

  it("invalidNotes_are400_withTheFields", async () => {
    const response = await call<{ code: string; fieldErrors: Array<{ field: string }> }>(
      "PUT",
      notesPath,
      sophieToken,
      {
        revision: 3,
        text: "x".repeat(20_001),
        actionItems: [{ id: "a 1", text: "t" }],
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors.map((e) => e.field)).toEqual(["text", "actionItems[0].id"]);
  });
});

describe("notes routes: everyone else", () => {
  it.each([
    ["a member of another pair", () => noahToken],
    ["HR", () => hrToken],
  ])("%s_gets404OnEveryRoute_andNeverTheContent", async (_who, token) => {
    const attempts = [
      await call("GET", notesPath, token()),
      await call("PUT", notesPath, token(), { revision: 3, text: "overwritten" }),
      await call("POST", `${notesPath}/action-items/a1`, token(), { done: false }),
    ];
    for (const response of attempts) {
      expect(response).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
      expect(response.raw).not.toContain("Copilot");
    }
    const stored = await tandem.repos.notes.get(DEMO_WAVE_ID, sessionId);
    expect(stored?.value).toMatchObject({ revision: 3, text: expect.stringContaining(SECRET) });
  });

  it("aMemberOfTheOtherPair_readsTheirOwnNotes_notOurs", async () => {
    const theirs = await call<SessionNotesView>("GET", otherPairNotesPath, noahToken);
    expect(theirs).toMatchObject({ status: 200, body: { revision: 0, text: "" } });
    expect((await call("GET", otherPairNotesPath, sophieToken)).status).toBe(404);
  });

  it("theSessionUnderAnotherWave_is404", async () => {
    const elsewhere = notesPath.replace(DEMO_WAVE_ID, "another-wave");
    expect((await call("GET", elsewhere, sophieToken)).status).toBe(404);
  });

  it.each(["closing", "closed"] as const)(
    "onceTheWaveIs_%s_theNotesAreStillRead_butNoLongerChanged",
    async (state) => {
      const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
      const before = await tandem.repos.notes.get(DEMO_WAVE_ID, sessionId);
      await tandem.repos.waves.save({ ...wave!, state });
      try {
        const read = await call<SessionNotesView>("GET", notesPath, sophieToken);
        expect(read.status).toBe(200);
        expect(read.body.revision).toBe(before?.value.revision);
        const save = await call<{ code: string }>("PUT", notesPath, sophieToken, {
          revision: read.body.revision,
          text: "After the end",
          actionItems: [],
        });
        expect(save).toMatchObject({ status: 409, body: { code: "WAVE_CLOSED" } });
        const tick = await call<{ code: string }>("POST", `${notesPath}/action-items/a1`, lucasToken, {
          done: false,
        });
        expect(tick).toMatchObject({ status: 409, body: { code: "WAVE_CLOSED" } });
        expect(await tandem.repos.notes.get(DEMO_WAVE_ID, sessionId)).toEqual(before);
      } finally {
        await tandem.repos.waves.save({ ...wave!, state: wave!.state });
      }
    },
  );
});
