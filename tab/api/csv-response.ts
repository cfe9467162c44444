/**
 * CSV downloads of the tab's API, made to open cleanly in Excel: UTF-8 with a byte order mark (else Excel
 * reads the accents as Windows-1252), CRLF line ends, and a separator the caller chooses — "semicolon" for
 * French locales, where Excel expects `;` because `,` is the decimal mark. Cells that start like a formula
 * (`=`, `+`, `-`, `@`) are prefixed with `'` so a participant's name cannot run in HR's spreadsheet.
 *
 * A route returns `csvResponse(rows, columns, csvSeparator(request), fileName)`; the host sends the bytes
 * as `text/csv; charset=utf-8` with Content-Disposition attachment. The query parameter is
 * `?separator=comma|semicolon` (default comma); anything else is 400 VALIDATION.
 */
import { stringify } from "csv-stringify/sync";
import { TandemError } from "../../core/errors";
import type { ApiRequest, ApiResponse } from "./api-route";

/** The separators HR can choose between. */
export const CSV_SEPARATORS = ["comma", "semicolon"] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** One column of an export: its header cell and how a row fills it (undefined → empty cell). */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | undefined;
}

const DELIMITER: Readonly<Record<CsvSeparator, string>> = { comma: ",", semicolon: ";" };

/** The separator the request asks for in `?separator=`, comma when absent; VALIDATION for anything else. */
export function csvSeparator(request: ApiRequest): CsvSeparator {
  const asked = request.query?.["separator"];
  if (asked === undefined || asked === "") return "comma";
  if ((CSV_SEPARATORS as readonly string[]).includes(asked)) return asked as CsvSeparator;
  throw new TandemError("VALIDATION", "Choose the separator: comma or semicolon.", [
    { field: "separator", message: "Give comma or semicolon." },
  ]);
}

/** The CSV text (BOM, header line, CRLF) of `rows`; exported for tests and for writers other than routes. */
export function csvText<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  separator: CsvSeparator,
): string {
  return stringify(
    rows.map((row) => columns.map((c) => c.value(row) ?? "")),
    {
      bom: true,
      header: true,
      columns: columns.map((c) => c.header),
      delimiter: DELIMITER[separator],
      record_delimiter: "windows",
      escape_formulas: true,
    },
  );
}

/** A 200 download of `rows` as CSV named `fileName` (e.g. "pairs-wave-1.csv"). */
export function csvResponse<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  separator: CsvSeparator,
  fileName: string,
): ApiResponse {
  return {
    status: 200,
    body: undefined,
    file: {
      contentType: "text/csv; charset=utf-8",
      fileName,
      bytes: new TextEncoder().encode(csvText(rows, columns, separator)),
    },
  };
}
