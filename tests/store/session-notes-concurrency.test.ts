/**
 * Concurrent edits of a session's shared notes against the embedded Cosmos, through the real repository:
 * parallel saves from the same revision (one wins, the others get both versions), resolved by the editors
 * until every update is in; ticks racing a text edit. No update is ever lost.
 */
import type { Identity } from "../../core/participant";
import type { Repositories } from "../../core/ports";
import { NotesService, type NotesSaveOutcome } from "../../core/sessions/notes-service";
import type { ActionItem } from "../../core/sessions/session-notes";
import { openCosmosStore } from "../../store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { identityOf } from "../support/domain-factories";
import { seedPairWithSession, type PairWithSession } from "../support/notes-factories";

let cosmos: EmbeddedCosmos;
let repos: Repositories;
const clock = { now: () => new Date() };

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  repos = await openCosmosStore(cosmos.client, "session-notes-concurrency-test");
});
afterAll(async () => cosmos.stop());

interface Editor {
  readonly who: Identity;
  readonly id: string;
}

function editorsOf(place: PairWithSession): [Editor, Editor] {
  const mentee = place.mentees[0];
  if (mentee === undefined) throw new Error("a pair has a mentee");
  return [
    { who: identityOf(place.mentor), id: place.mentor.id },
    { who: identityOf(mentee), id: mentee.id },
  ];
}

const item = (id: string): ActionItem => ({ id, text: `do ${id}`, done: false });

describe("shared notes under concurrent edits (embedded Cosmos)", () => {
  it("parallelSavesFromOneRevision_oneWinsPerRound_theOthersGetBothVersions_andResolvingLosesNoUpdate", async () => {
    const place = await seedPairWithSession(repos, { waveId: "wave-notes-saves" });
    const notes = new NotesService(repos, clock);
    const editors = editorsOf(place);
    const at = (editor: Editor, body: unknown) =>
      notes.save(editor.who, place.pair.waveId, place.session.id, body);
    const ROUNDS = 3;
    const SAVES_PER_ROUND = 6;
    const everyLine: string[] = [];
    let conflictsResolved = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const start = await notes.read(editors[0].who, place.pair.waveId, place.session.id);
      const edits = Array.from({ length: SAVES_PER_ROUND }, (_, k) => {
        const line = `round ${round}, edit ${k}`;
        everyLine.push(line);
        return {
          editor: editors[k % 2] ?? editors[0],
          line,
          body: {
            revision: start.revision,
            text: start.text === "" ? line : `${start.text}\n${line}`,
            actionItems: [...start.actionItems, item(`r${round}e${k}`)],
          },
        };
      });
      const outcomes = await Promise.all(edits.map((e) => at(e.editor, e.body)));

      expect(outcomes.filter((o) => o.status === "saved")).toHaveLength(1);
      const winner = outcomes.findIndex((o) => o.status === "saved");
      for (const [k, outcome] of outcomes.entries()) {
        if (outcome.status !== "conflict") continue;
        expect(outcome.theirs.revision).toBe(start.revision + 1);
        expect(outcome.theirs.text).toBe(edits[winner]?.body.text);
        expect(outcome.yours).toEqual({ text: edits[k]?.body.text, actionItems: edits[k]?.body.actionItems });
        expect(outcome.merged.text).toContain(edits[k]?.line);
        expect(outcome.merged.text).toContain(edits[winner]?.line);
        expect(outcome.merged.actionItems.map((i) => i.id)).toEqual(
          expect.arrayContaining([`r${round}e${k}`, `r${round}e${winner}`]),
        );
      }

      // Each loser resolves at once, all in parallel: like a person, they keep the stored text and add their
      // line, and take the proposed items; a new conflict means doing it again on the newer version.
      await Promise.all(
        outcomes.map(async (first, k) => {
          const edit = edits[k];
          if (edit === undefined) throw new Error("no edit");
          let outcome: NotesSaveOutcome = first;
          while (outcome.status === "conflict") {
            conflictsResolved++;
            const { theirs, merged } = outcome;
            outcome = await at(edit.editor, {
              revision: theirs.revision,
              text: `${theirs.text}\n${edit.line}`,
              actionItems: merged.actionItems,
            });
          }
        }),
      );
    }

    const final = await notes.read(editors[1].who, place.pair.waveId, place.session.id);
    expect(final.text.split("\n").sort()).toEqual([...everyLine].sort());
    expect(final.actionItems.map((i) => i.id).sort()).toEqual(
      everyLine.map((_, n) => `r${Math.floor(n / SAVES_PER_ROUND) + 1}e${n % SAVES_PER_ROUND}`).sort(),
    );
    expect(final.revision).toBe(ROUNDS * SAVES_PER_ROUND);
    expect(conflictsResolved).toBeGreaterThanOrEqual(ROUNDS * (SAVES_PER_ROUND - 1));
  });

  it("parallelTicksOfDifferentItemsByBothMembers_whileATextEditRuns_allTicksAndTheEditArePresent", async () => {
    const place = await seedPairWithSession(repos, { waveId: "wave-notes-ticks" });
    const notes = new NotesService(repos, clock);
    const editors = editorsOf(place);
    const { waveId } = place.pair;
    const items = Array.from({ length: 12 }, (_, n) => item(`t${n}`));
    const start = await notes.save(editors[0].who, waveId, place.session.id, {
      revision: 0,
      text: "What we covered",
      actionItems: items,
    });
    if (start.status !== "saved") throw new Error("the first save conflicted");

    const tickers = items.map((it, n) => {
      const editor = editors[n % 2] ?? editors[0];
      return notes.setItemDone(editor.who, waveId, place.session.id, it.id, true);
    });
    // The editor saves from the revision before the ticks, once one has landed: their save must conflict.
    await tickers[0];
    let conflicts = 0;
    const editing = (async () => {
      let outcome = await notes.save(editors[1].who, waveId, place.session.id, {
        revision: start.notes.revision,
        text: "What we covered: Teams, Planner",
        actionItems: start.notes.actionItems,
      });
      while (outcome.status === "conflict") {
        conflicts++;
        expect(outcome.merged.text).toBe("What we covered: Teams, Planner");
        outcome = await notes.save(editors[1].who, waveId, place.session.id, {
          revision: outcome.theirs.revision,
          ...outcome.merged,
        });
      }
    })();
    await Promise.all([...tickers, editing]);
    expect(conflicts).toBeGreaterThan(0);

    const final = await notes.read(editors[0].who, waveId, place.session.id);
    expect(final.text).toBe("What we covered: Teams, Planner");
    expect(final.actionItems.map((i) => [i.id, i.done, i.doneBy])).toEqual(
      items.map((it, n) => [it.id, true, (editors[n % 2] ?? editors[0]).id]),
    );
  });
});
