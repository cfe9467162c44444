import type { Language } from "./language";
import type { Participant, Role } from "./participant";
import { normaliseEmail, normaliseObjectId, participantIdFor } from "./participant-identity";
import { MOTIVATION_MAX_LENGTH } from "./questionnaire";
import { isTimeZone } from "./sessions/session-time";
import { DEFAULT_RULES, type Wave, type WaveState } from "./wave";

/**
 * One data row of an enrolment file, cells as read (trimmed). `line` is the 1-based physical line the
 * row starts on, the header being line 1. An optional column absent from the file is undefined, and
 * then leaves what Tandem already knows untouched; a present but empty cell clears it.
 */
export interface RawParticipantRow {
  readonly line: number;
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly aadObjectId?: string;
  readonly department?: string;
  readonly managerEmail?: string;
  readonly site?: string;
  readonly languages?: string;
  readonly motivation?: string;
  /** An IANA zone name ("Europe/Paris"): reminders fire at the person's local hours. */
  readonly timeZone?: string;
}

/** One row of the preview HR reviews before committing (the shape of the HR API's ImportPreviewRow). */
export interface ImportPreviewRow {
  readonly line: number;
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly outcome: "new" | "updated" | "unchanged" | "error";
  readonly errors: readonly string[];
}

/** What an import would do (the shape of the HR API's ImportPreview). */
export interface ImportPreview {
  readonly rows: readonly ImportPreviewRow[];
  readonly fileErrors: readonly string[];
  readonly summary: {
    readonly new: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly errors: number;
  };
  /** True only when the file and every row are valid: the commit is all-or-nothing. */
  readonly canCommit: boolean;
}

export interface ImportContext {
  readonly wave: Wave;
  /** The wave's participants now. */
  readonly existing: readonly Participant[];
  /** Problems found while reading the file: any of them blocks the commit. */
  readonly fileErrors?: readonly string[];
}

export interface ImportPlan {
  readonly preview: ImportPreview;
  /** The new and changed participants to save; empty unless `preview.canCommit`. */
  readonly participants: Participant[];
  /**
   * For each changed participant already on record (by id): the row applied again to the record as stored
   * at commit time, so a change made since the preview's read (HR in another tab, the zone the bot
   * records) is kept, not overwritten by the copy the plan was built on.
   */
  readonly reapply: ReadonlyMap<string, (stored: Participant) => Participant>;
}

const MAX_TEXT_LENGTH = 200;
/** A role decides which questionnaire a person answers, so it can change only before questionnaires go out. */
const ROLE_EDITABLE_STATES: readonly WaveState[] = ["draft", "enrolling"];

/** Roles as HR types them, folded (lower case, no accents). French: mentoré(e), often without its accent. */
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map([
  ["mentor", "mentor"],
  ["mentee", "mentee"],
  ["mentore", "mentee"],
  ["mentoree", "mentee"],
  ["mentore(e)", "mentee"],
]);

/** Language codes and names in English, French and Dutch, folded. */
const LANGUAGE_WORDS: ReadonlyMap<string, Language> = new Map([
  ...words("fr", ["fr", "fra", "fre", "french", "francais", "frans"]),
  ...words("en", ["en", "eng", "english", "anglais", "engels"]),
  ...words("nl", ["nl", "nld", "dut", "dutch", "nederlands", "neerlandais", "flemish", "flamand", "vlaams"]),
]);
const LANGUAGE_CONJUNCTIONS = new Set(["and", "et"]);

/** A row read on its own, before it is compared with the rest of the file and the wave. */
interface CheckedRow {
  readonly raw: RawParticipantRow;
  readonly email?: string;
  readonly role?: Role;
  readonly displayName: string;
  readonly aadObjectId?: string;
  /** Undefined when the cell is empty (top of the reporting line) or invalid. */
  readonly managerEmail?: string;
  readonly languages?: readonly Language[];
  /** Undefined when the cell is empty (no zone of their own: the wave's applies) or invalid. */
  readonly timeZone?: string;
  readonly errors: string[];
}

/**
 * Plans an all-or-nothing enrolment import into a wave: checks every row, against each other and the
 * wave's participants (people are identified by email, case-insensitively), and says what would change.
 */
export function planImport(rows: readonly RawParticipantRow[], context: ImportContext): ImportPlan {
  const { wave } = context;
  const fileErrors = [...(context.fileErrors ?? [])];
  if (rows.length === 0 && fileErrors.length === 0) fileErrors.push("The file has no participant rows.");

  const existingByEmail = new Map(context.existing.map((p) => [p.email.toLowerCase(), p]));
  const checked = rows.map(checkRow);
  const firstByEmail = markDuplicates(checked);
  checkObjectIds(checked, context.existing);
  checkAgainstExisting(checked, existingByEmail, wave.state);
  checkManagers(checked, firstByEmail, existingByEmail, (wave.rules ?? DEFAULT_RULES).forbidReportingLine);

  const previewRows: ImportPreviewRow[] = [];
  const changed: Participant[] = [];
  const reapply = new Map<string, (stored: Participant) => Participant>();
  for (const row of checked) {
    const base = {
      line: row.raw.line,
      email: row.email ?? row.raw.email,
      displayName: row.displayName,
      role: row.role ?? row.raw.role,
    };
    if (row.errors.length > 0 || row.email === undefined || row.role === undefined) {
      previewRows.push({ ...base, outcome: "error", errors: row.errors });
      continue;
    }
    const before = existingByEmail.get(row.email);
    const after = enrolledFrom(row, row.email, row.role, before, wave);
    const outcome = before === undefined ? "new" : isSameEnrolment(before, after) ? "unchanged" : "updated";
    if (outcome !== "unchanged") changed.push(after);
    if (outcome === "updated") {
      const { email, role } = row;
      reapply.set(after.id, (stored) => enrolledFrom(row, email, role, stored, wave));
    }
    previewRows.push({ ...base, outcome, errors: [] });
  }

  const count = (outcome: ImportPreviewRow["outcome"]) =>
    previewRows.filter((r) => r.outcome === outcome).length;
  const summary = {
    new: count("new"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    errors: count("error"),
  };
  const canCommit = fileErrors.length === 0 && summary.errors === 0;
  return {
    preview: { rows: previewRows, fileErrors, summary, canCommit },
    participants: canCommit ? changed : [],
    reapply: canCommit ? reapply : new Map(),
  };
}

function checkRow(raw: RawParticipantRow): CheckedRow {
  const errors: string[] = [];
  const email = normaliseEmail(raw.email);
  if (isBlank(raw.email)) errors.push("Email is missing.");
  else if (email === undefined) errors.push(`${quoted(raw.email)} is not a valid email address.`);

  const displayName = singleLine(raw.displayName);
  if (displayName === "") errors.push("Display name is missing.");
  checkLength(displayName, "Display name", errors);
  checkLength(singleLine(raw.department ?? ""), "Department", errors);
  checkLength(singleLine(raw.site ?? ""), "Site", errors);
  if ((raw.motivation ?? "").trim().length > MOTIVATION_MAX_LENGTH) {
    errors.push(`Motivation is longer than ${MOTIVATION_MAX_LENGTH} characters.`);
  }

  const role = ROLE_WORDS.get(foldCase(raw.role));
  if (isBlank(raw.role)) errors.push("Role is missing: use mentor or mentee (mentoré in French).");
  else if (role === undefined)
    errors.push(`Unknown role ${quoted(raw.role)}: use mentor or mentee (mentoré in French).`);

  let aadObjectId: string | undefined;
  if (raw.aadObjectId !== undefined && !isBlank(raw.aadObjectId)) {
    aadObjectId = normaliseObjectId(raw.aadObjectId);
    if (aadObjectId === undefined) {
      errors.push(
        `Object id ${quoted(raw.aadObjectId)} is not valid: it must be an Entra object id ` +
          "(a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e), or left empty.",
      );
    }
  }

  let managerEmail: string | undefined;
  if (raw.managerEmail !== undefined && !isBlank(raw.managerEmail)) {
    managerEmail = normaliseEmail(raw.managerEmail);
    if (managerEmail === undefined)
      errors.push(`Manager email ${quoted(raw.managerEmail)} is not a valid email address.`);
  }

  let timeZone: string | undefined;
  if (raw.timeZone !== undefined && !isBlank(raw.timeZone)) {
    timeZone = raw.timeZone.trim();
    if (!isTimeZone(timeZone)) {
      errors.push(
        `Time zone ${quoted(timeZone)} is not an IANA time zone, e.g. Europe/Paris (or leave it empty).`,
      );
      timeZone = undefined;
    }
  }

  const languages = raw.languages === undefined ? undefined : parseLanguages(raw.languages, errors);
  return { raw, email, role, displayName, aadObjectId, managerEmail, languages, timeZone, errors };
}

/** Flags every repeat of an email on the later line; returns each email's first row. */
function markDuplicates(rows: readonly CheckedRow[]): Map<string, CheckedRow> {
  const first = new Map<string, CheckedRow>();
  for (const row of rows) {
    if (row.email === undefined) continue;
    const earlier = first.get(row.email);
    if (earlier === undefined) first.set(row.email, row);
    else row.errors.push(`${row.email} is already on line ${earlier.raw.line}: list each person only once.`);
  }
  return first;
}

/** An object id is how a signed-in user is found, so it must point at exactly one person of the wave. */
function checkObjectIds(rows: readonly CheckedRow[], existing: readonly Participant[]): void {
  const holders = new Map<string, string>();
  for (const p of existing)
    if (p.aadObjectId) holders.set(p.aadObjectId.toLowerCase(), p.email.toLowerCase());
  const firstInFile = new Map<string, CheckedRow>();
  for (const row of rows) {
    if (row.aadObjectId === undefined || row.email === undefined) continue;
    const earlier = firstInFile.get(row.aadObjectId);
    if (earlier === undefined) firstInFile.set(row.aadObjectId, row);
    else if (earlier.email !== row.email) {
      row.errors.push(
        `Object id ${row.aadObjectId} is also given to ${earlier.email} on line ${earlier.raw.line}.`,
      );
      continue;
    }
    const holder = holders.get(row.aadObjectId);
    if (holder !== undefined && holder !== row.email) {
      row.errors.push(
        `Object id ${row.aadObjectId} already belongs to ${holder} in this wave: an import cannot change a person's email.`,
      );
    }
  }
}

function checkAgainstExisting(
  rows: readonly CheckedRow[],
  existingByEmail: ReadonlyMap<string, Participant>,
  state: WaveState,
): void {
  for (const row of rows) {
    const before = row.email === undefined ? undefined : existingByEmail.get(row.email);
    if (before === undefined) continue;
    const knownId = before.aadObjectId?.toLowerCase();
    if (row.aadObjectId !== undefined && knownId !== undefined && row.aadObjectId !== knownId) {
      row.errors.push(
        `Object id ${row.aadObjectId} differs from the one on record for ${row.email} (${knownId}): an object id never changes.`,
      );
    }
    if (row.role !== undefined && row.role !== before.role && !ROLE_EDITABLE_STATES.includes(state)) {
      row.errors.push(
        `${row.email} is enrolled as a ${before.role}: the role can no longer change now that questionnaires have started.`,
      );
    }
  }
}

/**
 * The reporting line feeds the "no pair inside a reporting line" rule. When the wave applies it, every
 * manager must be someone Tandem knows (a row of the file or a participant of the wave), so a mistyped
 * address cannot silently hide a boss; a manager outside the programme is left empty (top of the line).
 * Loops (self-manager, A → B → A, longer) are reported on every row of the loop.
 */
function checkManagers(
  rows: readonly CheckedRow[],
  firstByEmail: ReadonlyMap<string, CheckedRow>,
  existingByEmail: ReadonlyMap<string, Participant>,
  managersMustBeKnown: boolean,
): void {
  const isKnown = (email: string) => firstByEmail.has(email) || existingByEmail.has(email);
  if (managersMustBeKnown) {
    for (const row of rows) {
      if (row.managerEmail === undefined || isKnown(row.managerEmail)) continue;
      row.errors.push(
        `Manager ${row.managerEmail} is neither in this file nor enrolled in this wave: add them to the file, ` +
          "or leave the manager empty if they do not take part (this wave keeps reporting lines apart).",
      );
    }
  }
  const managerOf = (email: string): string | undefined => {
    const row = firstByEmail.get(email);
    if (row !== undefined && row.raw.managerEmail !== undefined) return row.managerEmail;
    return existingByEmail.get(email)?.managerEmail?.toLowerCase();
  };
  for (const loop of reportingLoops([...firstByEmail.keys()], managerOf)) {
    for (const member of loop) {
      const row = firstByEmail.get(member);
      if (row === undefined) continue;
      const start = loop.indexOf(member);
      const path = [...loop.slice(start), ...loop.slice(0, start), member];
      row.errors.push(
        loop.length === 1
          ? `${member} is listed as their own manager.`
          : `Reporting-line loop: ${path.join(" → ")}. Correct one of these managers.`,
      );
    }
  }
}

/** Every loop in the manager graph reachable from `people`, each as its members in reporting order. */
function reportingLoops(
  people: readonly string[],
  managerOf: (email: string) => string | undefined,
): string[][] {
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const start of people) {
    const path: string[] = [];
    const position = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current)) {
      const seenAt = position.get(current);
      if (seenAt !== undefined) {
        loops.push(path.slice(seenAt));
        break;
      }
      position.set(current, path.length);
      path.push(current);
      current = managerOf(current);
    }
    for (const email of path) done.add(email);
  }
  return loops;
}

/** The participant a valid row describes: the person on record updated by the row, or a new one. */
function enrolledFrom(
  row: CheckedRow,
  email: string,
  role: Role,
  before: Participant | undefined,
  wave: Wave,
): Participant {
  const { raw } = row;
  const motivation = raw.motivation === undefined ? before?.motivation : raw.motivation.trim() || undefined;
  const participant: Participant = {
    ...before,
    id: before?.id ?? participantIdFor(wave.id, email),
    waveId: wave.id,
    tenantId: wave.tenantId,
    aadObjectId: row.aadObjectId ?? before?.aadObjectId,
    email,
    displayName: row.displayName,
    role,
    department: raw.department === undefined ? (before?.department ?? "") : singleLine(raw.department),
    managerEmail: raw.managerEmail === undefined ? before?.managerEmail : row.managerEmail,
    site: raw.site === undefined ? (before?.site ?? "") : singleLine(raw.site),
    languages: row.languages ?? before?.languages ?? [],
    motivation,
    timeZone: raw.timeZone === undefined ? before?.timeZone : row.timeZone,
    status: before?.status ?? "active",
    vetting: before?.vetting ?? (role === "mentor" ? { approval: "pending" } : undefined),
  };
  return withoutUndefined(participant);
}

function isSameEnrolment(a: Participant, b: Participant): boolean {
  return (
    a.email === b.email &&
    a.aadObjectId === b.aadObjectId &&
    a.displayName === b.displayName &&
    a.role === b.role &&
    a.department === b.department &&
    a.managerEmail === b.managerEmail &&
    a.site === b.site &&
    a.languages.join() === b.languages.join() &&
    a.motivation === b.motivation &&
    a.timeZone === b.timeZone
  );
}

/** Languages in order of preference, from codes or names in English, French or Dutch. */
function parseLanguages(cell: string, errors: string[]): Language[] {
  const languages: Language[] = [];
  const unknown: string[] = [];
  for (const token of cell.split(/[\s,;/|&+]+/).filter((t) => t !== "")) {
    const word = foldCase(token).replace(/^([a-z]{2})[-_][a-z]{2}$/, "$1");
    if (LANGUAGE_CONJUNCTIONS.has(word)) continue;
    const language = LANGUAGE_WORDS.get(word);
    if (language === undefined) unknown.push(quoted(token));
    else if (!languages.includes(language)) languages.push(language);
  }
  if (unknown.length > 0) {
    errors.push(
      `Unknown language${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}: use French, English or Dutch (fr, en, nl).`,
    );
  }
  return languages;
}

function checkLength(value: string, label: string, errors: string[]): void {
  if (value.length > MAX_TEXT_LENGTH) errors.push(`${label} is longer than ${MAX_TEXT_LENGTH} characters.`);
}

/** Lower case without accents, for matching words typed in any case, with or without accents. */
function foldCase(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** One line with single spaces: exports are full of double and non-breaking spaces. */
function singleLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function words(language: Language, list: readonly string[]): Array<[string, Language]> {
  return list.map((word) => [word, language]);
}

/** A cell as quoted in a message: long values are cut, so a stray paste cannot flood the preview. */
function quoted(value: string): string {
  const cell = value.trim();
  return `"${cell.length > 60 ? `${cell.slice(0, 57)}…` : cell}"`;
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
