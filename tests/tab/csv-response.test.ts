/** The shared CSV writer: what makes a download open cleanly (and safely) in Excel. */
import { csvResponse, csvSeparator, csvText, type CsvColumn } from "../../tab/api/csv-response";

interface Row {
  readonly name: string;
  readonly count?: number;
}
const COLUMNS: readonly CsvColumn<Row>[] = [
  { header: "Name", value: (r) => r.name },
  { header: "Count", value: (r) => r.count },
];

describe("csvText", () => {
  it("aCellThatLooksLikeAFormula_isPrefixedWithAQuote_soExcelShowsItAsText", () => {
    const text = csvText(
      [{ name: '=HYPERLINK("http://x")', count: 1 }, { name: "@SUM(A1)" }],
      COLUMNS,
      "comma",
    );
    expect(text).toBe('\ufeffName,Count\r\n"\'=HYPERLINK(""http://x"")",1\r\n\'@SUM(A1),\r\n');
  });

  it("noRows_isTheBomAndTheHeaderLineOnly", () => {
    expect(csvText([], COLUMNS, "semicolon")).toBe("\ufeffName;Count\r\n");
  });
});

describe("csvResponse and csvSeparator", () => {
  it("theResponse_isAUtf8CsvFile_withTheBomAsItsFirstBytes", () => {
    const response = csvResponse([{ name: "Élodie" }], COLUMNS, "comma", "x.csv");
    expect(response.file?.contentType).toBe("text/csv; charset=utf-8");
    expect([...(response.file?.bytes.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(response.file?.bytes)).toContain("Élodie");
  });

  it("theSeparator_defaultsToComma_acceptsSemicolon_andRefusesAnythingElse", () => {
    const request = (query?: Record<string, string>) => ({
      body: {},
      params: {},
      ...(query ? { query } : {}),
    });
    expect(csvSeparator(request())).toBe("comma");
    expect(csvSeparator(request({ separator: "semicolon" }))).toBe("semicolon");
    expect(() => csvSeparator(request({ separator: ";" }))).toThrow(
      expect.objectContaining({ code: "VALIDATION" }),
    );
  });
});
