import type { FieldError } from "../errors";
import {
  ACTION_ITEM_MAX_LENGTH,
  MAX_ACTION_ITEMS,
  NOTES_MAX_LENGTH,
  sessionNotesId,
  type ActionItem,
  type SessionNotes,
} from "./session-notes";

/** The editable part of the notes: what a member sends, and what a conflict shows side by side. */
export interface NotesDraft {
  readonly text: string;
  readonly actionItems: readonly ActionItem[];
}

/** A checked save: the revision the member edited, and their version of the notes. */
export interface NotesSubmission extends NotesDraft {
  readonly revision: number;
}

/** Client-made action item ids: short and url-safe, since they end up in chat card data and URLs. */
const ACTION_ITEM_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * Put between the two texts when neither extends the other: on a line of its own, language-neutral (the
 * merged text is saved as the user leaves it), and easy to find and delete.
 */
export const NOTES_MERGE_MARKER = "=======";

/**
 * Checks a save's body (unknown fields ignored): an edited revision, the text and the action items, each
 * item's owner one of `memberIds`. Whether an item is done comes from the client; who ticked it and when
 * never does (the service sets those).
 */
export function parseNotesSubmission(
  body: Readonly<Record<string, unknown>>,
  memberIds: readonly string[],
): { submission: NotesSubmission } | { problems: FieldError[] } {
  const problems: FieldError[] = [];
  const revision = body["revision"];
  if (typeof revision !== "number" || !Number.isSafeInteger(revision) || revision < 0)
    problems.push({
      field: "revision",
      message: "Send the revision of the notes you edited (0 for new notes).",
    });
  const text = body["text"];
  if (typeof text !== "string")
    problems.push({ field: "text", message: "Send the notes as text.", detail: { reason: "text-not-text" } });
  else if (text.length > NOTES_MAX_LENGTH)
    problems.push(tooLong("text", "The notes", NOTES_MAX_LENGTH, text.length));
  const items = parseActionItems(body["actionItems"], memberIds, problems);
  if (problems.length > 0) return { problems };
  return { submission: { revision: revision as number, text: text as string, actionItems: items } };
}

function parseActionItems(
  value: unknown,
  memberIds: readonly string[],
  problems: FieldError[],
): ActionItem[] {
  const field = "actionItems";
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ field, message: "Send the action items as a list." });
    return [];
  }
  if (value.length > MAX_ACTION_ITEMS) {
    problems.push({
      field,
      message: `Keep at most ${MAX_ACTION_ITEMS} action items.`,
      detail: { reason: "too-many", max: MAX_ACTION_ITEMS },
    });
    return [];
  }
  const seen = new Set<string>();
  const items: ActionItem[] = [];
  value.forEach((raw: unknown, index) => {
    const at = `${field}[${index}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push({ field: at, message: "Each action item is an object with an id and a text." });
      return;
    }
    const { id, text, done, owner } = raw as Record<string, unknown>;
    if (typeof id !== "string" || !ACTION_ITEM_ID.test(id))
      problems.push({
        field: `${at}.id`,
        message: "Give each action item a short id (letters, digits, - and _).",
      });
    else if (seen.has(id))
      problems.push({ field: `${at}.id`, message: "Each action item needs its own id." });
    else seen.add(id);
    const trimmed = typeof text === "string" ? text.trim() : "";
    if (typeof text !== "string" || trimmed === "")
      problems.push({
        field: `${at}.text`,
        message: "Say what is to be done.",
        detail: { reason: "text-missing" },
      });
    else if (trimmed.length > ACTION_ITEM_MAX_LENGTH)
      problems.push(tooLong(`${at}.text`, "An action item", ACTION_ITEM_MAX_LENGTH, trimmed.length));
    if (done !== undefined && typeof done !== "boolean")
      problems.push({ field: `${at}.done`, message: "Say whether the action item is done (true or false)." });
    if (owner !== undefined && owner !== null && (typeof owner !== "string" || !memberIds.includes(owner)))
      problems.push({ field: `${at}.owner`, message: "An action item can only be for someone in the pair." });
    items.push({
      id: String(id),
      text: trimmed,
      done: done === true,
      ...(typeof owner === "string" ? { owner } : {}),
    });
  });
  return items;
}

function tooLong(field: string, what: string, max: number, length: number): FieldError {
  return {
    field,
    message: `${what} can be at most ${max} characters long (${length} now).`,
    detail: { reason: "text-too-long", max, length },
  };
}

/** Empty notes for a session nobody has written in yet: revision 0, the one a first save is made from. */
export function emptyDraft(): NotesDraft {
  return { text: "", actionItems: [] };
}

/**
 * The notes after `editorId` saved `draft` over `previous` (absent for a first save): the next revision.
 * An item already done keeps who ticked it and when; one newly done is credited to the editor.
 */
export function nextNotes(
  previous: SessionNotes | undefined,
  draft: NotesDraft,
  place: { readonly waveId: string; readonly pairId: string; readonly sessionId: string },
  editorId: string,
  now: Date,
): SessionNotes {
  const before = new Map((previous?.actionItems ?? []).map((item) => [item.id, item]));
  return {
    id: sessionNotesId(place.sessionId),
    waveId: place.waveId,
    pairId: place.pairId,
    sessionId: place.sessionId,
    text: draft.text,
    actionItems: draft.actionItems.map((item) => withDoneCredit(item, before.get(item.id), editorId, now)),
    revision: (previous?.revision ?? 0) + 1,
    updatedAt: now.toISOString(),
    updatedBy: editorId,
  };
}

function withDoneCredit(
  item: ActionItem,
  before: ActionItem | undefined,
  editorId: string,
  now: Date,
): ActionItem {
  const plain = uncredited(item);
  if (!item.done) return plain;
  if (before?.done && before.doneBy !== undefined && before.doneAt !== undefined)
    return { ...plain, doneBy: before.doneBy, doneAt: before.doneAt };
  return { ...plain, doneBy: editorId, doneAt: now.toISOString() };
}

/** True when the two versions say the same thing (who ticked an item and when aside). */
export function sameContent(a: NotesDraft, b: NotesDraft): boolean {
  if (a.text !== b.text || a.actionItems.length !== b.actionItems.length) return false;
  return a.actionItems.every((item, i) => {
    const other = b.actionItems[i];
    return (
      other !== undefined &&
      item.id === other.id &&
      item.text === other.text &&
      item.done === other.done &&
      item.owner === other.owner
    );
  });
}

/**
 * A proposed merge of the stored notes (`theirs`) and an editor's version made from an older revision
 * (`yours`). Without the common ancestor a real three-way merge is impossible, so it keeps everything and
 * lets the editor decide: the longer text when one extends the other, else both around NOTES_MERGE_MARKER;
 * every action item of either side (by id), done when done on either side, with the latest wording (yours:
 * it is being saved now). It may exceed the limits; the editor trims it before saving.
 */
export function proposeMerge(theirs: NotesDraft, yours: NotesDraft): NotesDraft {
  return {
    text: mergeText(theirs.text, yours.text),
    actionItems: mergeItems(theirs.actionItems, yours.actionItems),
  };
}

function mergeText(theirs: string, yours: string): string {
  if (yours.startsWith(theirs)) return yours;
  if (theirs.startsWith(yours)) return theirs;
  return `${theirs}\n\n${NOTES_MERGE_MARKER}\n\n${yours}`;
}

function mergeItems(theirs: readonly ActionItem[], yours: readonly ActionItem[]): ActionItem[] {
  const mine = new Map(yours.map((item) => [item.id, item]));
  const stored = new Set(theirs.map((item) => item.id));
  const merged = theirs.map((their) => {
    const my = mine.get(their.id);
    if (my === undefined) return their;
    const wording = uncredited(my);
    if (their.done) return { ...wording, done: true, ...credit(their) };
    return my.done ? { ...wording, done: true, ...credit(my) } : { ...wording, done: false };
  });
  return [...merged, ...yours.filter((item) => !stored.has(item.id))];
}

function uncredited(item: ActionItem): ActionItem {
  const { doneBy: _by, doneAt: _at, ...plain } = item;
  return plain;
}

function credit(item: ActionItem): Pick<ActionItem, "doneBy" | "doneAt"> {
  return {
    ...(item.doneBy !== undefined ? { doneBy: item.doneBy } : {}),
    ...(item.doneAt !== undefined ? { doneAt: item.doneAt } : {}),
  };
}

/**
 * The notes with one action item ticked or unticked by `memberId`: the next revision, or "unchanged" when
 * it already was so, or undefined when there is no such item.
 */
export function withItemDone(
  notes: SessionNotes,
  itemId: string,
  done: boolean,
  memberId: string,
  now: Date,
): SessionNotes | "unchanged" | undefined {
  const item = notes.actionItems.find((i) => i.id === itemId);
  if (item === undefined) return undefined;
  if (item.done === done) return "unchanged";
  const plain = uncredited(item);
  const changed: ActionItem = done
    ? { ...plain, done: true, doneBy: memberId, doneAt: now.toISOString() }
    : { ...plain, done: false };
  return {
    ...notes,
    actionItems: notes.actionItems.map((i) => (i.id === itemId ? changed : i)),
    revision: notes.revision + 1,
    updatedAt: now.toISOString(),
    updatedBy: memberId,
  };
}
