import { CsvError, parse } from "csv-parse/sync";

/**
 * The CSV form of a matching file: a header row, then one row per participant (`;` or `,` separated,
 * UTF-8 with or without BOM). Lists inside a cell are `|`-separated; needs and skills are `theme:number`.
 */

/** One participant as the CSV gives it, in the JSON file's shape (still unvalidated), with its line. */
export interface CsvParticipant {
  readonly line: number;
  readonly fields: Record<string, unknown>;
}

export interface CsvRead {
  readonly participants: CsvParticipant[];
  readonly errors: string[];
}

/** Header name (lower case, no spaces, dashes or underscores) → participant field of the JSON form. */
const COLUMNS: Readonly<Record<string, string>> = {
  id: "id",
  name: "name",
  role: "role",
  email: "email",
  department: "department",
  manager: "manager",
  site: "site",
  utcoffset: "utcOffset",
  languages: "languages",
  preferredlanguage: "preferredLanguage",
  needs: "needs",
  skills: "skills",
  capacity: "capacity",
  shortlist: "shortlist",
  metbefore: "metBefore",
  lock: "lock",
};

/** Reads the rows; every problem is reported as "line N, column C: …". */
export function readParticipantsCsv(text: string): CsvRead {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const firstLine = normalised.split("\n").find((l) => l.trim() !== "") ?? "";
  const delimiter = count(firstLine, ";") > count(firstLine, ",") ? ";" : ",";
  let records: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  try {
    records = parse(normalised, {
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    if (error instanceof CsvError)
      return { participants: [], errors: [`line ${error.lines}: ${error.message}`] };
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined)
    return { participants: [], errors: ["The file is empty: it needs a header row."] };
  const errors: string[] = [];
  const fields = header.record.map((name) => COLUMNS[name.toLowerCase().replace(/[\s_-]/g, "")]);
  header.record.forEach((name, i) => {
    if (fields[i] === undefined)
      errors.push(`line 1: unknown column "${name}" (known: ${Object.keys(COLUMNS).join(", ")}).`);
  });
  for (const required of ["id", "role"])
    if (!fields.includes(required)) errors.push(`line 1: the header needs a column "${required}".`);
  if (errors.length > 0) return { participants: [], errors };

  const participants = rows.map(({ record, raw, info }) => {
    const line = info.lines - count(raw.replace(/^\n+/, "").replace(/\n$/, ""), "\n");
    const row: Record<string, unknown> = {};
    record.forEach((cell, i) => {
      const field = fields[i];
      if (field === undefined) {
        if (cell !== "") errors.push(`line ${line}: more cells than columns in the header.`);
        return;
      }
      if (cell === "") return;
      const value = cellValue(field, cell);
      if (value instanceof CellError)
        errors.push(`line ${line}, column ${header.record[i]}: ${value.message}`);
      else row[field] = value;
    });
    return { line, fields: row };
  });
  return { participants, errors };
}

/** Why a cell could not be read. */
class CellError {
  constructor(readonly message: string) {}
}

/** A cell turned into the JSON form's value. */
function cellValue(field: string, cell: string): unknown {
  const list = () =>
    cell
      .split("|")
      .map((v) => v.trim())
      .filter((v) => v !== "");
  switch (field) {
    case "utcOffset":
    case "capacity":
      return /^[+-]?\d+$/.test(cell) ? Number(cell) : new CellError(`"${cell}" is not a whole number.`);
    case "languages":
    case "shortlist":
    case "metBefore":
      return list().map((v) => (field === "languages" ? v.toLowerCase() : v));
    case "preferredLanguage":
      return cell.toLowerCase();
    case "needs":
    case "skills":
      return themeScores(list(), field === "needs" ? "comfort" : "level");
    default:
      return cell;
  }
}

function themeScores(items: string[], scoreName: "comfort" | "level"): unknown {
  const parsed = items.map((item) => /^([^:]+):\s*(\d+)$/.exec(item));
  const bad = items.find((_, i) => parsed[i] === null);
  if (bad !== undefined) return new CellError(`"${bad}" should be theme:${scoreName} (e.g. cloud:3).`);
  return parsed.map((m) => ({ theme: m![1]!.trim(), [scoreName]: Number(m![2]) }));
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
