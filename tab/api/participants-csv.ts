import { CsvError, parse } from "csv-parse/sync";
import type { RawParticipantRow } from "../../core/enrolment-import";

/** Files above these limits are refused as a whole: an import is one all-or-nothing commit. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_CSV_ROWS = 5000;

export interface ParsedParticipantsCsv {
  readonly rows: RawParticipantRow[];
  /** Problems with the file as a whole; when there are any, `rows` is empty. */
  readonly fileErrors: string[];
}

type Column = Exclude<keyof RawParticipantRow, "line" | "displayName"> | NamePart;
/** A person's name may come whole ("Display name") or in parts ("Prénom" + "Nom"). */
type NamePart = "displayName" | "name" | "firstName" | "lastName";

/** Header names, compared without case, accents, spaces or punctuation; earlier aliases win. */
const ALIASES: Readonly<Record<Column, readonly string[]>> = {
  email: ["email", "mail", "emailaddress", "adresseemail", "courriel", "upn", "userprincipalname"],
  aadObjectId: ["aadobjectid", "objectid", "entraobjectid", "azureadobjectid"],
  displayName: ["displayname", "fullname", "nomcomplet", "nomdaffichage", "nomaffiche"],
  name: ["name", "nom"],
  firstName: ["firstname", "givenname", "prenom"],
  lastName: ["lastname", "surname", "familyname", "nomdefamille"],
  role: ["role"],
  department: ["department", "departement", "service"],
  managerEmail: [
    "manageremail",
    "manager",
    "responsable",
    "emailmanager",
    "emaildumanager",
    "emailduresponsable",
    "n1",
  ],
  site: ["site", "location", "lieu", "officelocation"],
  languages: ["languages", "langues", "language", "langue"],
  motivation: ["motivation"],
  timeZone: ["timezone", "ianatimezone", "tz", "fuseauhoraire", "fuseau", "zonehoraire", "tijdzone"],
};

const SEPARATORS = [";", ",", "\t"] as const;
const EXAMPLE_HEADER = "Email;Name;Role;Department;Manager email;Site;Languages;Motivation;Time zone";

interface ParsedRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * Reads an HR export of participants: UTF-8 with or without BOM, `;` (French Excel), `,` or tab
 * separated (or Excel's `sep=` first line), CRLF or LF, quoted cells holding separators or line breaks.
 * Each row keeps the physical line it starts on, so a cell spanning lines moves the next rows down,
 * as a text editor shows them.
 */
export function parseParticipantsCsv(text: string): ParsedParticipantsCsv {
  const refuse = (message: string): ParsedParticipantsCsv => ({ rows: [], fileErrors: [message] });
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) {
    return refuse(
      `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB: import at most ${MAX_CSV_ROWS} people at once.`,
    );
  }
  if (text.includes("\uFFFD") || text.includes("\u0000")) {
    return refuse(
      'The file is not UTF-8 text: in Excel, save it as "CSV UTF-8 (comma delimited)" and import it again.',
    );
  }
  const lines = text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .split(/\r\n|\r|\n/);
  const headerAt = lines.findIndex((line) => /[\p{L}\p{N}]/u.test(line));
  if (headerAt < 0) return refuse("The file is empty.");
  const separatorHint = /^sep=(.)\s*$/i.exec(lines[headerAt] ?? "");
  if (separatorHint) lines[headerAt] = "";
  const delimiter =
    separatorHint?.[1] ?? detectSeparator(lines.find((line) => /[\p{L}\p{N}]/u.test(line)) ?? "");

  const read = readRecords(lines, delimiter);
  if (typeof read === "string") return refuse(read);
  const [header, ...body] = read.filter((r) => r.record.some((cell) => cell !== ""));
  if (header === undefined) return refuse("The file is empty.");

  const columns = resolveColumns(header.record);
  if (typeof columns === "string") return refuse(columns);
  if (body.length > MAX_CSV_ROWS) {
    return refuse(`The file has ${body.length} rows: import at most ${MAX_CSV_ROWS} people at once.`);
  }
  return { rows: body.map((r) => toRow(r, columns)), fileErrors: [] };
}

/** The separator used most in the header line, outside quotes (`;` on a tie: French Excel). */
function detectSeparator(headerLine: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = SEPARATORS[0];
  for (const separator of SEPARATORS)
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return (counts.get(best) ?? 0) > 0 ? best : ",";
}

/** Every record with the physical line it starts on, or the reason the file cannot be read. */
function readRecords(
  lines: readonly string[],
  delimiter: string,
): Array<ParsedRecord & { line: number }> | string {
  let lastLine = 0;
  try {
    const records = parse(lines.join("\n"), {
      delimiter,
      info: true,
      raw: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    }) as ParsedRecord[];
    // Cells keep their accents and inner line breaks; surrounding spaces, non-breaking ones included, go.
    return records.map((r) => ({ ...r, record: r.record.map((cell) => cell.trim()), line: startLine(r) }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      const opened = lines.findIndex((line, i) => i >= lastLine && line.trim() !== "") + 1;
      return `Line ${opened}: a quoted value is never closed. Check the quotation marks (") in that row.`;
    }
    const at = typeof error.lines === "number" ? `Line ${error.lines}: ` : "";
    return `${at}the file cannot be read as CSV (${error.message}). Check the quotation marks (") in that row.`;
  }
}

/**
 * csv-parse reports the line a record ends on; its raw text tells how many lines it spans, once the
 * blank lines skipped before it (which the raw text includes) are dropped.
 */
function startLine({ raw, info }: ParsedRecord): number {
  const text = raw.replace(/^(?:[^\S\n]*\n)+/, "");
  const breaks = (text.match(/\n/g) ?? []).length - (text.endsWith("\n") ? 1 : 0);
  return info.lines - breaks;
}

type ColumnIndexes = Partial<Record<Column, number>>;

/** Which cell holds which field, or a message naming the required columns the header lacks. */
function resolveColumns(header: readonly string[]): ColumnIndexes | string {
  const keys = header.map(headerKey);
  const duplicate = keys.find((key, i) => key !== "" && keys.indexOf(key) !== i);
  if (duplicate !== undefined && Object.values(ALIASES).some((aliases) => aliases.includes(duplicate))) {
    const name = header[keys.indexOf(duplicate)];
    return `The column "${name}" appears twice: keep only one.`;
  }
  const indexes: ColumnIndexes = {};
  for (const [column, aliases] of Object.entries(ALIASES) as Array<[Column, readonly string[]]>) {
    const alias = aliases.find((a) => keys.includes(a));
    if (alias !== undefined) indexes[column] = keys.indexOf(alias);
  }
  const hasName =
    indexes.displayName !== undefined ||
    indexes.name !== undefined ||
    (indexes.firstName !== undefined && indexes.lastName !== undefined);
  const missing = [
    indexes.email === undefined ? "email" : undefined,
    hasName ? undefined : "display name",
    indexes.role === undefined ? "role" : undefined,
  ].filter((m) => m !== undefined);
  if (missing.length === 0) return indexes;
  const looksLikeData = header.some((cell) => cell.includes("@"));
  return looksLikeData
    ? `The first line must name the columns, but it looks like a participant. Add a header line such as: ${EXAMPLE_HEADER}`
    : `Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. ` +
        `The first line must name the columns, such as: ${EXAMPLE_HEADER}`;
}

function headerKey(cell: string): string {
  return cell
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function toRow({ record, line }: ParsedRecord & { line: number }, columns: ColumnIndexes): RawParticipantRow {
  const cell = (column: Column): string | undefined => {
    const index = columns[column];
    return index === undefined ? undefined : (record[index] ?? "");
  };
  return {
    line,
    email: cell("email") ?? "",
    displayName: displayNameOf(cell),
    role: cell("role") ?? "",
    aadObjectId: cell("aadObjectId"),
    department: cell("department"),
    managerEmail: cell("managerEmail"),
    site: cell("site"),
    languages: cell("languages"),
    motivation: cell("motivation"),
    timeZone: cell("timeZone"),
  };
}

/** A whole name when a column holds one; else first name + last name ("Nom" next to "Prénom" is the last name). */
function displayNameOf(cell: (column: Column) => string | undefined): string {
  const whole = cell("displayName");
  if (whole !== undefined) return whole;
  const first = cell("firstName");
  const last = cell("lastName") ?? cell("name");
  if (first !== undefined && last !== undefined) return [first, last].filter((part) => part !== "").join(" ");
  return cell("name") ?? "";
}
