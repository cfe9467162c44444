import fc from "fast-check";
import {
  NOTES_MERGE_MARKER,
  nextNotes,
  parseNotesSubmission,
  proposeMerge,
  withItemDone,
  type NotesDraft,
} from "../../../core/sessions/notes-rules";
import {
  ACTION_ITEM_MAX_LENGTH,
  MAX_ACTION_ITEMS,
  NOTES_MAX_LENGTH,
  type ActionItem,
  type SessionNotes,
} from "../../../core/sessions/session-notes";

const MEMBERS = ["mentor-a", "mentee-b"];
const NOW = new Date("2027-03-01T12:00:00.000Z");
const PLACE = { waveId: "wave-1", pairId: "pair-a", sessionId: "session:pair-a:1" };

const itemArb: fc.Arbitrary<ActionItem> = fc.record(
  {
    id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
    text: fc.string({ minLength: 1, maxLength: 20 }),
    done: fc.boolean(),
    owner: fc.constantFrom(...MEMBERS),
  },
  { requiredKeys: ["id", "text", "done"] },
);
const itemsArb = fc.uniqueArray(itemArb, { selector: (item) => item.id, maxLength: 8 });
const draftArb: fc.Arbitrary<NotesDraft> = fc.record({
  text: fc.string({ maxLength: 60 }),
  actionItems: itemsArb,
});

describe("proposeMerge", () => {
  it("property_nothingFromEitherSideIsLost", () => {
    fc.assert(
      fc.property(draftArb, draftArb, (theirs, yours) => {
        const merged = proposeMerge(theirs, yours);
        expect(merged.text).toContain(theirs.text);
        expect(merged.text).toContain(yours.text);
        const ids = merged.actionItems.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...theirs.actionItems, ...yours.actionItems].map((i) => i.id)));
        for (const item of merged.actionItems) {
          const their = theirs.actionItems.find((i) => i.id === item.id);
          const my = yours.actionItems.find((i) => i.id === item.id);
          expect(item.done).toBe(Boolean(their?.done) || Boolean(my?.done));
          expect(item.text).toBe((my ?? their)?.text);
          expect(item.owner).toBe((my ?? their)?.owner);
        }
      }),
    );
  });

  it("property_whenOneTextExtendsTheOther_theLongerIsKeptWithoutAMarker", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        (base, more, mine) => {
          const [theirs, yours] = mine ? [base, base + more] : [base + more, base];
          const merged = proposeMerge({ text: theirs, actionItems: [] }, { text: yours, actionItems: [] });
          expect(merged.text).toBe(base + more);
        },
      ),
    );
  });

  it("differentTexts_areBothKept_theirsFirst_aroundTheMarkerLine", () => {
    const merged = proposeMerge(
      { text: "We agreed on Teams channels.", actionItems: [] },
      { text: "We agreed on Planner.", actionItems: [] },
    );
    expect(merged.text).toBe(
      `We agreed on Teams channels.\n\n${NOTES_MERGE_MARKER}\n\nWe agreed on Planner.`,
    );
  });

  it("anItemDoneOnTheirSide_staysDone_withWhoTickedIt_andYourWording", () => {
    const merged = proposeMerge(
      {
        text: "",
        actionItems: [
          { id: "a", text: "Try Copilot", done: true, doneBy: "mentee-b", doneAt: "2027-02-20T10:00:00Z" },
        ],
      },
      {
        text: "",
        actionItems: [{ id: "a", text: "Try Copilot in Outlook", done: false, owner: "mentee-b" }],
      },
    );
    expect(merged.actionItems).toEqual([
      {
        id: "a",
        text: "Try Copilot in Outlook",
        done: true,
        owner: "mentee-b",
        doneBy: "mentee-b",
        doneAt: "2027-02-20T10:00:00Z",
      },
    ]);
  });

  it("itemsOnlyOnOneSide_areAllKept_theirsInTheirOrderThenYours", () => {
    const item = (id: string): ActionItem => ({ id, text: id, done: false });
    const merged = proposeMerge(
      { text: "", actionItems: [item("b"), item("a")] },
      { text: "", actionItems: [item("c"), item("a"), item("d")] },
    );
    expect(merged.actionItems.map((i) => i.id)).toEqual(["b", "a", "c", "d"]);
  });
});

describe("parseNotesSubmission", () => {
  const parse = (body: Record<string, unknown>) => parseNotesSubmission(body, MEMBERS);
  const fields = (body: Record<string, unknown>) => {
    const result = parse(body);
    return "problems" in result ? result.problems.map((p) => p.field) : [];
  };

  it("property_anyDraftWithinTheLimits_isAccepted_asSent", () => {
    fc.assert(
      fc.property(draftArb, fc.nat(), (draft, revision) => {
        const items = draft.actionItems.filter((i) => i.text.trim() !== "");
        const result = parse({ revision, text: draft.text, actionItems: items });
        expect(result).toEqual({
          submission: {
            revision,
            text: draft.text,
            actionItems: items.map((i) => ({ ...i, text: i.text.trim() })),
          },
        });
      }),
    );
  });

  it("theLimitsThemselves_areAccepted", () => {
    const items = Array.from({ length: MAX_ACTION_ITEMS }, (_, i) => ({
      id: `i${i}`,
      text: "x".repeat(ACTION_ITEM_MAX_LENGTH),
    }));
    expect(fields({ revision: 0, text: "x".repeat(NOTES_MAX_LENGTH), actionItems: items })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["no revision", { text: "" }, ["revision"]],
    ["a negative revision", { revision: -1, text: "" }, ["revision"]],
    ["a fractional revision", { revision: 1.5, text: "" }, ["revision"]],
    ["a revision as text", { revision: "1", text: "" }, ["revision"]],
    ["no text", { revision: 0 }, ["text"]],
    ["a text too long", { revision: 0, text: "x".repeat(NOTES_MAX_LENGTH + 1) }, ["text"]],
    ["items that are no list", { revision: 0, text: "", actionItems: "a" }, ["actionItems"]],
    [
      "too many items",
      {
        revision: 0,
        text: "",
        actionItems: Array.from({ length: MAX_ACTION_ITEMS + 1 }, (_, i) => ({ id: `i${i}`, text: "t" })),
      },
      ["actionItems"],
    ],
    ["an item that is no object", { revision: 0, text: "", actionItems: ["buy milk"] }, ["actionItems[0]"]],
    [
      "an id with a slash",
      { revision: 0, text: "", actionItems: [{ id: "a/b", text: "t" }] },
      ["actionItems[0].id"],
    ],
    [
      "an id too long",
      { revision: 0, text: "", actionItems: [{ id: "a".repeat(41), text: "t" }] },
      ["actionItems[0].id"],
    ],
    [
      "a duplicate id",
      {
        revision: 0,
        text: "",
        actionItems: [
          { id: "a", text: "t" },
          { id: "a", text: "u" },
        ],
      },
      ["actionItems[1].id"],
    ],
    [
      "a blank item",
      { revision: 0, text: "", actionItems: [{ id: "a", text: "   " }] },
      ["actionItems[0].text"],
    ],
    [
      "an item too long",
      { revision: 0, text: "", actionItems: [{ id: "a", text: "x".repeat(ACTION_ITEM_MAX_LENGTH + 1) }] },
      ["actionItems[0].text"],
    ],
    [
      "done as text",
      { revision: 0, text: "", actionItems: [{ id: "a", text: "t", done: "yes" }] },
      ["actionItems[0].done"],
    ],
    [
      "an owner outside the pair",
      { revision: 0, text: "", actionItems: [{ id: "a", text: "t", owner: "hr-lead" }] },
      ["actionItems[0].owner"],
    ],
  ])("%s_isRefused_onThatField", (_situation, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });

  it("fieldsTheServerOwns_areIgnored", () => {
    const result = parse({
      revision: 2,
      text: "t",
      updatedBy: "someone",
      actionItems: [{ id: "a", text: " t ", done: true, doneBy: "someone", doneAt: "2020-01-01", extra: 1 }],
    });
    expect(result).toEqual({
      submission: { revision: 2, text: "t", actionItems: [{ id: "a", text: "t", done: true }] },
    });
  });
});

describe("nextNotes and withItemDone", () => {
  const stored = (items: ActionItem[]): SessionNotes => ({
    id: "notes:session:pair-a:1",
    ...PLACE,
    text: "",
    actionItems: items,
    revision: 4,
    updatedAt: "2027-02-01T09:00:00.000Z",
    updatedBy: "mentor-a",
  });

  it("anItemAlreadyDone_keepsItsCredit_andANewlyDoneOne_isCreditedToTheEditor", () => {
    const previous = stored([
      { id: "a", text: "a", done: true, doneBy: "mentee-b", doneAt: "2027-02-02T00:00:00Z" },
    ]);
    const next = nextNotes(
      previous,
      {
        text: "new",
        actionItems: [
          { id: "a", text: "a", done: true },
          { id: "b", text: "b", done: true },
          { id: "c", text: "c", done: false },
        ],
      },
      PLACE,
      "mentor-a",
      NOW,
    );
    expect(next).toMatchObject({
      revision: 5,
      text: "new",
      updatedBy: "mentor-a",
      updatedAt: NOW.toISOString(),
    });
    expect(next.actionItems).toEqual([
      { id: "a", text: "a", done: true, doneBy: "mentee-b", doneAt: "2027-02-02T00:00:00Z" },
      { id: "b", text: "b", done: true, doneBy: "mentor-a", doneAt: NOW.toISOString() },
      { id: "c", text: "c", done: false },
    ]);
  });

  it("ticking_creditsTheMember_unticking_dropsTheCredit_andTheSameStateChangesNothing", () => {
    const notes = stored([{ id: "a", text: "a", done: false }]);
    const ticked = withItemDone(notes, "a", true, "mentee-b", NOW);
    if (typeof ticked !== "object") throw new Error("expected a change");
    expect(ticked.revision).toBe(5);
    expect(ticked.actionItems).toEqual([
      { id: "a", text: "a", done: true, doneBy: "mentee-b", doneAt: NOW.toISOString() },
    ]);
    expect(withItemDone(ticked, "a", true, "mentor-a", NOW)).toBe("unchanged");
    const unticked = withItemDone(ticked, "a", false, "mentor-a", NOW);
    if (typeof unticked !== "object") throw new Error("expected a change");
    expect(unticked.actionItems).toEqual([{ id: "a", text: "a", done: false }]);
    expect(withItemDone(notes, "zz", true, "mentor-a", NOW)).toBeUndefined();
  });
});
