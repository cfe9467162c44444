import { TandemError } from "../../../core/errors";
import type { Identity } from "../../../core/participant";
import type { Repositories, SessionNotesRepository } from "../../../core/ports";
import {
  NotesService,
  type NotesSaveOutcome,
  type SessionNotesView,
} from "../../../core/sessions/notes-service";
import { NOTES_MERGE_MARKER } from "../../../core/sessions/notes-rules";
import { MAX_ACTION_ITEMS } from "../../../core/sessions/session-notes";
import { aParticipant, identityOf, TENANT } from "../../support/domain-factories";
import { inMemoryRepositories } from "../../support/in-memory-repositories";
import { seedPairWithSession, type PairWithSession } from "../../support/notes-factories";

const NOW = new Date("2027-03-01T12:00:00.000Z");
const clock = { now: () => NOW };

let repos: ReturnType<typeof inMemoryRepositories>;
let notes: NotesService;
let ours: PairWithSession;
let theirs: PairWithSession;
let mentor: Identity;
let mentee: Identity;

beforeEach(async () => {
  repos = inMemoryRepositories();
  notes = new NotesService(repos, clock);
  ours = await seedPairWithSession(repos);
  theirs = await seedPairWithSession(repos);
  mentor = identityOf(ours.mentor);
  mentee = identityOf(ours.mentees[0] ?? ours.mentor);
});

const read = (who: Identity, place: PairWithSession = ours) => notes.read(who, "wave-1", place.session.id);
const save = (who: Identity, body: unknown, place: PairWithSession = ours) =>
  notes.save(who, "wave-1", place.session.id, body);
const tick = (who: Identity, itemId: string, done: unknown = true) =>
  notes.setItemDone(who, "wave-1", ours.session.id, itemId, done);

function saved(outcome: NotesSaveOutcome): SessionNotesView {
  if (outcome.status !== "saved") throw new Error(`expected a save, got ${outcome.status}`);
  return outcome.notes;
}

const item = (id: string, text = `do ${id}`, done = false) => ({ id, text, done });

async function errorOf(promise: Promise<unknown>): Promise<TandemError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error("expected a TandemError");
}

describe("NotesService: who may see the notes", () => {
  it("read_byEitherMember_beforeAnyoneWrote_isEmptyAtRevision0_withTheMembersMentorFirst", async () => {
    for (const who of [mentor, mentee]) {
      const view = await read(who);
      expect(view).toMatchObject({ revision: 0, text: "", actionItems: [], pairId: ours.pair.id });
      expect(view.members.map((m) => [m.id, m.role])).toEqual([
        [ours.mentor.id, "mentor"],
        [ours.mentees[0]?.id, "mentee"],
      ]);
      expect(view.updatedBy).toBeUndefined();
    }
  });

  it("everyMenteeOfAGroup_readsAndWritesTheGroupsNotes", async () => {
    const group = await seedPairWithSession(repos, { menteeCount: 3 });
    for (const [i, m] of group.mentees.entries()) {
      const before = await notes.read(identityOf(m), "wave-1", group.session.id);
      saved(
        await notes.save(identityOf(m), "wave-1", group.session.id, {
          revision: before.revision,
          text: `${i}`,
        }),
      );
    }
    expect((await repos.notes.get("wave-1", group.session.id))?.value).toMatchObject({
      revision: 3,
      text: "2",
    });
  });

  it("outsiders_areToldTheNotesDoNotExist_inTheSameWords_andNothingIsWritten", async () => {
    saved(await save(mentor, { revision: 0, text: "private to the pair", actionItems: [item("a")] }));
    const writes = repos.writes;
    const stranger = aParticipant({ role: "mentee" });
    const hr: Identity = { tenantId: TENANT, aadObjectId: "hr-lead" };
    const otherPairMentor = identityOf(theirs.mentor);
    const sameIdOtherTenant: Identity = { ...mentor, tenantId: "22222222-2222-2222-2222-222222222222" };
    await repos.participants.save({ ...(ours.mentees[0] ?? ours.mentor), status: "withdrawn" });
    const attempts: Array<[string, Promise<unknown>]> = [
      ["HR", read(hr)],
      ["another pair's mentor", read(otherPairMentor)],
      ["another pair's mentor saving", save(otherPairMentor, { revision: 1, text: "mine now" })],
      [
        "another pair's mentor ticking",
        notes.setItemDone(otherPairMentor, "wave-1", ours.session.id, "a", true),
      ],
      ["the same object id in another tenant", read(sameIdOtherTenant)],
      ["a member who withdrew", read(mentee)],
      ["a stranger never enrolled", read(identityOf(stranger))],
      ["a session that does not exist", notes.read(mentor, "wave-1", "session:nope:1")],
      ["the session under another wave", notes.read(mentor, "wave-2", ours.session.id)],
    ];
    const messages = new Set<string>();
    for (const [who, attempt] of attempts) {
      const error = await errorOf(attempt);
      expect([who, error.code]).toEqual([who, "NOT_FOUND"]);
      messages.add(error.message);
    }
    expect(messages.size).toBe(1);
    expect(repos.writes).toBe(writes);
    expect((await repos.notes.get("wave-1", ours.session.id))?.value.text).toBe("private to the pair");
  });

  it("notesStoredUnderAnotherPair_areNotShownForThisSession", async () => {
    saved(await save(mentor, { revision: 0, text: "ours" }));
    const stored = await repos.notes.get("wave-1", ours.session.id);
    if (stored === undefined) throw new Error("not stored");
    await repos.notes.replace({ ...stored.value, pairId: theirs.pair.id, text: "misfiled" }, stored.etag);
    expect((await read(mentor)).text).toBe("");
  });
});

describe("NotesService: saving", () => {
  it("firstSave_fromRevision0_createsRevision1_creditingTheEditor", async () => {
    const view = saved(
      await save(mentee, { revision: 0, text: "Agenda: Teams", actionItems: [item("a", "Try it", true)] }),
    );
    expect(view).toMatchObject({ revision: 1, text: "Agenda: Teams", updatedBy: ours.mentees[0]?.id });
    expect(view.actionItems).toEqual([
      { id: "a", text: "Try it", done: true, doneBy: ours.mentees[0]?.id, doneAt: NOW.toISOString() },
    ]);
    expect(await read(mentor)).toEqual(view);
  });

  it("aSaveFromTheCurrentRevision_replacesTheNotes_andTheNextRevisionFollows", async () => {
    saved(await save(mentor, { revision: 0, text: "one" }));
    const second = saved(await save(mentee, { revision: 1, text: "one two", actionItems: [item("b")] }));
    expect(second).toMatchObject({ revision: 2, text: "one two", updatedBy: ours.mentees[0]?.id });
  });

  it("badContent_isRefusedWithFieldErrors_andNothingIsWritten", async () => {
    const error = await errorOf(
      save(mentor, {
        revision: 0,
        text: 42,
        actionItems: [{ id: "a", text: "t", owner: theirs.mentor.id }],
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.map((e) => e.field)).toEqual(["text", "actionItems[0].owner"]);
    expect(await repos.notes.get("wave-1", ours.session.id)).toBeUndefined();
  });

  it("anItemMayBeForEitherMember", async () => {
    const view = saved(
      await save(mentor, {
        revision: 0,
        text: "",
        actionItems: [
          { id: "a", text: "t", owner: ours.mentor.id },
          { id: "b", text: "u", owner: ours.mentees[0]?.id },
        ],
      }),
    );
    expect(view.actionItems.map((i) => i.owner)).toEqual([ours.mentor.id, ours.mentees[0]?.id]);
  });

  it("aStaleRevision_isAConflict_withBothVersionsAndAMerge_andNothingIsWritten", async () => {
    saved(await save(mentor, { revision: 0, text: "Agenda", actionItems: [item("a")] }));
    saved(await save(mentor, { revision: 1, text: "Agenda: Teams", actionItems: [item("a", "do a", true)] }));
    const writes = repos.writes;
    const outcome = await save(mentee, {
      revision: 1,
      text: "Agenda: Planner",
      actionItems: [item("a"), item("m")],
    });
    expect(outcome.status).toBe("conflict");
    if (outcome.status !== "conflict") return;
    expect(outcome.theirs).toMatchObject({ revision: 2, text: "Agenda: Teams", updatedBy: ours.mentor.id });
    expect(outcome.yours).toEqual({ text: "Agenda: Planner", actionItems: [item("a"), item("m")] });
    expect(outcome.merged.text).toBe(`Agenda: Teams\n\n${NOTES_MERGE_MARKER}\n\nAgenda: Planner`);
    expect(outcome.merged.actionItems.map((i) => [i.id, i.done])).toEqual([
      ["a", true],
      ["m", false],
    ]);
    expect(repos.writes).toBe(writes);

    const resolved = saved(await save(mentee, { revision: outcome.theirs.revision, ...outcome.merged }));
    expect(resolved.revision).toBe(3);
    expect(resolved.actionItems[0]).toMatchObject({ id: "a", done: true, doneBy: ours.mentor.id });
  });

  it("aResentSaveWhoseContentIsAlreadyStored_isSaved_notAConflict_andWritesNothing", async () => {
    const body = { revision: 0, text: "same", actionItems: [item("a")] };
    saved(await save(mentor, body));
    const writes = repos.writes;
    expect(saved(await save(mentor, body)).revision).toBe(1);
    expect(repos.writes).toBe(writes);
  });

  it("twoFirstSavesAtOnce_oneIsSaved_theOtherGetsBothVersions", async () => {
    const outcomes = await Promise.all([
      save(mentor, { revision: 0, text: "mentor's notes" }),
      save(mentee, { revision: 0, text: "mentee's notes" }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["conflict", "saved"]);
    const conflict = outcomes.find((o) => o.status === "conflict");
    if (conflict?.status !== "conflict") return;
    expect(conflict.merged.text).toContain("mentor's notes");
    expect(conflict.merged.text).toContain("mentee's notes");
  });

  it("aSaveThatLosesTheRaceBetweenReadAndWrite_isAConflict_notAnError", async () => {
    saved(await save(mentor, { revision: 0, text: "start" }));
    const raced = racing(repos, async () => {
      saved(
        await new NotesService(repos, clock).save(mentee, "wave-1", ours.session.id, {
          revision: 1,
          text: "theirs",
        }),
      );
    });
    const outcome = await new NotesService(raced, clock).save(mentor, "wave-1", ours.session.id, {
      revision: 1,
      text: "mine",
    });
    expect(outcome).toMatchObject({ status: "conflict", theirs: { revision: 2, text: "theirs" } });
  });
});

describe("NotesService: ticking action items", () => {
  beforeEach(async () => {
    saved(await save(mentor, { revision: 0, text: "notes", actionItems: [item("a"), item("b"), item("c")] }));
  });

  it("tick_creditsTheMember_andUntick_clearsTheCredit", async () => {
    const ticked = await tick(mentee, "b");
    expect(ticked.revision).toBe(2);
    expect(ticked.actionItems[1]).toEqual({
      ...item("b", "do b", true),
      doneBy: ours.mentees[0]?.id,
      doneAt: NOW.toISOString(),
    });
    expect((await tick(mentor, "b", false)).actionItems[1]).toEqual(item("b"));
  });

  it("tickingAnItemAlreadyInThatState_writesNothing", async () => {
    const writes = repos.writes;
    expect((await tick(mentee, "a", false)).revision).toBe(1);
    expect(repos.writes).toBe(writes);
  });

  it.each<[string, string, unknown, string]>([
    ["an unknown item", "zz", true, "NOT_FOUND"],
    ["done as text", "a", "true", "VALIDATION"],
    ["no done at all", "a", undefined, "VALIDATION"],
  ])("%s_isRefused", async (_situation, itemId, done, code) => {
    const attempt = notes.setItemDone(mentee, "wave-1", ours.session.id, itemId, done);
    expect((await errorOf(attempt)).code).toBe(code);
  });

  it("ticking_beforeAnyNotesExist_isNotFound", async () => {
    const view = await errorOf(
      notes.setItemDone(identityOf(theirs.mentor), "wave-1", theirs.session.id, "a", true),
    );
    expect(view.code).toBe("NOT_FOUND");
  });

  it("aTickRacingOtherWrites_isRetriedUntilItLands_andKeepsTheirChanges", async () => {
    let round = 0;
    const raced = racing(
      repos,
      async () => {
        round++;
        const current = await read(mentor);
        saved(
          await save(mentor, {
            revision: current.revision,
            text: `${current.text} +${round}`,
            actionItems: current.actionItems,
          }),
        );
      },
      4,
    );
    const view = await new NotesService(raced, clock).setItemDone(
      mentee,
      "wave-1",
      ours.session.id,
      "c",
      true,
    );
    expect(view.text).toBe("notes +1 +2 +3 +4");
    expect(view.actionItems.find((i) => i.id === "c")?.done).toBe(true);
    expect(view.revision).toBe(6);
  });

  it("aTickThatNeverLands_endsInAConflictError_afterBoundedAttempts", async () => {
    let rounds = 0;
    const raced = racing(
      repos,
      async () => {
        rounds++;
        const current = await read(mentor);
        saved(
          await save(mentor, {
            revision: current.revision,
            text: `${rounds}`,
            actionItems: current.actionItems,
          }),
        );
      },
      Infinity,
    );
    const error = await errorOf(
      new NotesService(raced, clock).setItemDone(mentee, "wave-1", ours.session.id, "c", true),
    );
    expect(error.code).toBe("CONFLICT");
    expect(rounds).toBeGreaterThan(1);
    expect(rounds).toBeLessThan(50);
  });

  it("everyItemTickedAtOnceByBothMembers_whileTheTextIsEdited_endsAllDone_withTheEdit", async () => {
    const items = Array.from({ length: MAX_ACTION_ITEMS }, (_, i) => item(`i${i}`));
    const base = saved(await save(mentor, { revision: 1, text: "notes", actionItems: items }));
    const ticks = items.map((entry, i) => tick(i % 2 === 0 ? mentor : mentee, entry.id));
    const editing = (async () => {
      let edit = await save(mentor, {
        revision: base.revision,
        text: "notes, edited",
        actionItems: base.actionItems,
      });
      let conflicts = 0;
      while (edit.status === "conflict") {
        conflicts++;
        edit = await save(mentor, { revision: edit.theirs.revision, ...edit.merged });
      }
      return conflicts;
    })();
    const [conflicts] = await Promise.all([editing, ...ticks]);
    expect(conflicts).toBeGreaterThan(0);
    const final = await read(mentee);
    expect(final.text).toBe("notes, edited");
    expect(final.actionItems.filter((i) => !i.done)).toEqual([]);
    expect(final.actionItems.map((i) => i.doneBy)).toEqual(
      items.map((_, i) => (i % 2 === 0 ? ours.mentor.id : ours.mentees[0]?.id)),
    );
  });

  it("aTickWhileTheOtherMemberEdits_makesTheirSaveAConflictWhoseMergeKeepsTheTick", async () => {
    const editing = await read(mentor);
    await tick(mentee, "a");
    const outcome = await save(mentor, {
      revision: editing.revision,
      text: "notes, more",
      actionItems: editing.actionItems,
    });
    if (outcome.status !== "conflict") throw new Error("expected a conflict");
    expect(outcome.merged.text).toBe("notes, more");
    const resolved = saved(await save(mentor, { revision: outcome.theirs.revision, ...outcome.merged }));
    expect(resolved.actionItems[0]).toMatchObject({ id: "a", done: true, doneBy: ours.mentees[0]?.id });
  });
});

/** The same repositories, but before each of the first `times` notes replaces, `competitor` writes first. */
function racing(base: Repositories, competitor: () => Promise<void>, times = 1): Repositories {
  let left = times;
  const notesRepo: SessionNotesRepository = {
    get: (waveId, sessionId) => base.notes.get(waveId, sessionId),
    create: (n) => base.notes.create(n),
    replace: async (n, etag) => {
      if (left > 0) {
        left--;
        await competitor();
      }
      return base.notes.replace(n, etag);
    },
  };
  return { ...base, notes: notesRepo };
}
