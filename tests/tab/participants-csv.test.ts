import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planImport } from "../../core/enrolment-import";
import type { ImportPreview } from "../../tab/api/hr-api-contract";
import { MAX_CSV_BYTES, MAX_CSV_ROWS, parseParticipantsCsv } from "../../tab/api/participants-csv";
import { aWave } from "../support/domain-factories";

const fixture = (name: string): string =>
  readFileSync(join(__dirname, "..", "fixtures", "csv", name), "utf8");

describe("parseParticipantsCsv", () => {
  it("cleanFile_givesOneRowPerPerson_withLineNumbersFromTheHeader", () => {
    const { rows, fileErrors } = parseParticipantsCsv(fixture("clean.csv"));

    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => [r.line, r.email, r.role])).toEqual([
      [2, "claire.martin@contoso.example", "mentee"],
      [3, "hugo.bernard@contoso.example", "mentee"],
      [4, "lea.dubois@contoso.example", "mentor"],
      [5, "tom.peeters@contoso.example", "mentor"],
    ]);
    expect(rows[2]).toEqual({
      line: 4,
      email: "lea.dubois@contoso.example",
      displayName: "Léa Dubois",
      role: "mentor",
      aadObjectId: undefined,
      department: "Digital Factory",
      managerEmail: "hugo.bernard@contoso.example",
      site: "Paris",
      languages: "fr en",
      motivation: "I run our Teams champions network.",
    });
  });

  it("frenchExcelExport_semicolonsBomCrlfAndAccents_isReadWithFrenchHeaders", () => {
    const text = fixture("french-excel.csv");
    expect(text.startsWith("\uFEFF") && text.includes("\r\n")).toBe(true); // the fixture is what Excel writes

    const { rows, fileErrors } = parseParticipantsCsv(text);

    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => [r.line, r.displayName, r.role, r.department, r.site])).toEqual([
      [2, "Hélène Fontaine", "Mentoré", "Direction Générale", "Paris"],
      [3, "François Lefèvre", "mentoré", "Département Achats", "Lyon"],
      [4, "Chloé Nguyen", "Mentor", "Transformation numérique", "La Défense"],
    ]);
    expect(rows[1]?.managerEmail).toBe("helene.fontaine@contoso.example");
    expect(rows[2]?.motivation).toBe("J\u2019anime la communauté\u00a0« Teams » : réseaux sociaux, IA.");
  });

  it("frenchExcelExport_plansAsThreeNewPeople", () => {
    const { rows, fileErrors } = parseParticipantsCsv(fixture("french-excel.csv"));
    const { preview, participants } = planImport(rows, { wave: aWave(), existing: [], fileErrors });

    expect(preview.canCommit).toBe(true);
    expect(participants.map((p) => [p.email, p.role, p.languages])).toEqual([
      ["helene.fontaine@contoso.example", "mentee", ["fr"]],
      ["francois.lefevre@contoso.example", "mentee", ["fr", "en"]],
      ["chloe.nguyen@contoso.example", "mentor", ["fr", "en"]],
    ]);
  });

  it("quotedCells_keepTheirCommasSemicolonsAndLineBreaks_andLaterLinesCountThePhysicalLines", () => {
    const { rows, fileErrors } = parseParticipantsCsv(fixture("quoted.csv"));

    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => [r.line, r.displayName, r.department, r.site])).toEqual([
      [2, "Smith, Anna", "Sales, Northern Europe", "London"],
      [4, "Ben Jones", "Operations", "Leeds; UK"],
    ]);
    expect(rows[0]?.motivation).toBe('I coach people on LinkedIn.\nAlso on Teams, "properly".');
  });

  it("tabSeparatedFile_isRead", () => {
    const { rows } = parseParticipantsCsv(
      "E-mail\tDisplay Name\tRole\nann@contoso.example\tAnn Lee\tmentor\n",
    );
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        email: "ann@contoso.example",
        displayName: "Ann Lee",
        role: "mentor",
      }),
    ]);
  });

  it("excelSeparatorLine_isHonoured_andLinesStayPhysical", () => {
    const { rows } = parseParticipantsCsv(
      'sep=,\r\nemail,name,role\r\nann@contoso.example,"Lee; Ann",mentor\r\n',
    );
    expect(rows.map((r) => [r.line, r.displayName])).toEqual([[3, "Lee; Ann"]]);
  });

  it("emptyAndSeparatorOnlyLines_areSkipped_withoutShiftingLineNumbers", () => {
    const csv = "email;name;role\n\nann@contoso.example;Ann;mentor\n;;\n   \nbob@contoso.example;Bob;mentee";
    expect(parseParticipantsCsv(csv).rows.map((r) => r.line)).toEqual([3, 6]);
  });

  it("anyMixOfBlankLinesLineBreaksInCellsAndLineEndings_keepsEachRowOnItsPhysicalLine", () => {
    let state = 7;
    const next = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const eol = next() < 0.5 ? "\r\n" : "\n";
      const lines = ["email;name;role;motivation"];
      const expected: number[] = [];
      const people = 1 + Math.floor(next() * 5);
      for (let person = 0; person < people; person++) {
        while (next() < 0.3) lines.push(["", "   ", ";;;", "\t"][Math.floor(next() * 4)] ?? "");
        expected.push(lines.length + 1);
        const breaks = Math.floor(next() * 3);
        const motivation =
          breaks === 0
            ? "plain"
            : `"${Array.from({ length: breaks + 1 }, (_, i) => `part ${i}`).join("\n")}"`;
        lines.push(...`p${person}@contoso.example;P${person};mentor;${motivation}`.split("\n"));
      }
      const text = lines.join(eol) + (next() < 0.5 ? eol : "");
      expect(parseParticipantsCsv(text).rows.map((r) => r.line)).toEqual(expected);
    }
  });

  it("decomposedAccents_areStoredComposed", () => {
    const { rows } = parseParticipantsCsv("email,name,role\nh@contoso.example,He\u0301le\u0300ne,mentor\n");
    expect(rows[0]?.displayName).toBe("Hélène");
    expect(rows[0]?.displayName.length).toBe(6);
  });

  it.each([
    ["UPN;Nom complet;RÔLE;Entra Object ID;Manager Email;Location;Language", "upn english"],
    ["userPrincipalName,display_name,role,objectId,manager,lieu,langues", "mixed"],
    ["Courriel;Nom;Rôle;Object ID;N+1;Site;Langues", "french"],
  ])("headerAliases %s_areRecognised (%s)", (header) => {
    const separator = header.includes(";") ? ";" : ",";
    const cells = ["ann@contoso.example", "Ann Lee", "mentor", "", "bob@contoso.example", "Gent", "nl"];
    const { rows, fileErrors } = parseParticipantsCsv(`${header}\n${cells.join(separator)}\n`);
    expect(fileErrors).toEqual([]);
    expect(rows[0]).toMatchObject({
      email: "ann@contoso.example",
      displayName: "Ann Lee",
      role: "mentor",
      aadObjectId: "",
      managerEmail: "bob@contoso.example",
      site: "Gent",
      languages: "nl",
    });
  });

  it("firstNameAndNameColumns_makeTheDisplayName", () => {
    const { rows } = parseParticipantsCsv(
      "Prénom;Nom;E-mail;Rôle\nJan;De Smet;jan@contoso.example;mentoré\n",
    );
    expect(rows[0]?.displayName).toBe("Jan De Smet");
  });

  it("unknownColumns_areIgnored_andAbsentOptionalColumnsAreUndefined", () => {
    const { rows, fileErrors } = parseParticipantsCsv(
      "Matricule,Email,Name,Role,Cost centre\n42,a@contoso.example,A,mentor,X\n",
    );
    expect(fileErrors).toEqual([]);
    expect(rows[0]).toEqual({
      line: 2,
      email: "a@contoso.example",
      displayName: "A",
      role: "mentor",
      aadObjectId: undefined,
      department: undefined,
      managerEmail: undefined,
      site: undefined,
      languages: undefined,
      motivation: undefined,
      timeZone: undefined,
    });
    expect(rows[0]?.timeZone).toBeUndefined();
  });

  it.each(["Time zone", "timeZone", "TimeZone", "time_zone", "TZ", "Fuseau horaire", "Tijdzone"])(
    "timeZoneHeader_%s_isRecognised",
    (header) => {
      const { rows, fileErrors } = parseParticipantsCsv(
        `email;name;role;${header}\nann@contoso.example;Ann;mentor;Europe/Brussels\n`,
      );
      expect(fileErrors).toEqual([]);
      expect(rows[0]?.timeZone).toBe("Europe/Brussels");
    },
  );

  it("timeZoneCells_areReadAsTyped_andAnEmptyCellIsEmpty", () => {
    const { rows } = parseParticipantsCsv(
      "email,name,role,time zone\na@contoso.example,A,mentor, Asia/Kolkata \nb@contoso.example,B,mentee,\n",
    );
    expect(rows.map((r) => [r.line, r.timeZone])).toEqual([
      [2, "Asia/Kolkata"],
      [3, ""],
    ]);
  });

  it("shortRows_readMissingCellsAsEmpty", () => {
    const { rows } = parseParticipantsCsv("email,name,role,site\na@contoso.example,A\n");
    expect(rows[0]).toMatchObject({ displayName: "A", role: "", site: "" });
  });
});

describe("parseParticipantsCsv: file errors", () => {
  it("missingRequiredColumns_areNamed", () => {
    const { rows, fileErrors } = parseParticipantsCsv(fixture("missing-columns.csv"));
    expect(rows).toEqual([]);
    expect(fileErrors).toEqual([expect.stringMatching(/^Missing required columns: display name, role\. /)]);
  });

  it("noHeaderLine_isExplained", () => {
    const { fileErrors } = parseParticipantsCsv("ann@contoso.example;Ann;mentor\n");
    expect(fileErrors).toEqual([
      expect.stringMatching(/^The first line must name the columns, but it looks like a participant/),
    ]);
  });

  it.each([
    ["", "nothing"],
    [fixture("empty.csv"), "a BOM and a line break"],
    [" \n;;;\n", "separators only"],
  ])("emptyFile_isAFileError (%#: %s)", (text) => {
    expect(parseParticipantsCsv(text)).toEqual({ rows: [], fileErrors: ["The file is empty."] });
  });

  it("headerOnly_hasNoRows_andThePlanSaysSo", () => {
    const { rows, fileErrors } = parseParticipantsCsv("email;name;role\r\n");
    expect({ rows, fileErrors }).toEqual({ rows: [], fileErrors: [] });
    const { preview } = planImport(rows, { wave: aWave(), existing: [], fileErrors });
    expect(preview.fileErrors).toEqual(["The file has no participant rows."]);
    expect(preview.canCommit).toBe(false);
  });

  it("unclosedQuote_isReportedOnTheLineItOpens", () => {
    const csv =
      'email;name;role\nann@contoso.example;Ann;mentor\n\nbob@contoso.example;"Bob;mentee\ncid@contoso.example;Cid;mentee\n';
    expect(parseParticipantsCsv(csv).fileErrors).toEqual([
      'Line 4: a quoted value is never closed. Check the quotation marks (") in that row.',
    ]);
  });

  it("textAfterAClosingQuote_isReportedWithItsLine", () => {
    const csv = 'email,name,role\nann@contoso.example,"Ann" Lee,mentor\n';
    expect(parseParticipantsCsv(csv).fileErrors).toEqual([
      expect.stringMatching(/^Line 2: the file cannot be read as CSV/),
    ]);
  });

  it("duplicateColumn_isAFileError", () => {
    const { fileErrors } = parseParticipantsCsv(
      "Email;Name;Role;E-mail\na@contoso.example;A;mentor;b@contoso.example\n",
    );
    expect(fileErrors).toEqual(['The column "Email" appears twice: keep only one.']);
  });

  it("notUtf8_isAFileError", () => {
    const latin1Read = "email;name;role\nh@contoso.example;H\uFFFDl\uFFFDne;mentor\n";
    expect(parseParticipantsCsv(latin1Read).fileErrors).toEqual([expect.stringMatching(/not UTF-8/)]);
  });

  it("fileOverTheSizeLimit_isRefusedBeforeReading", () => {
    const huge = `email,name,role,motivation\n${"x".repeat(MAX_CSV_BYTES)}\n`;
    expect(parseParticipantsCsv(huge).fileErrors).toEqual([expect.stringMatching(/larger than 2 MB/)]);
  });

  it("fileOverTheRowLimit_isRefused", () => {
    const body = Array.from(
      { length: MAX_CSV_ROWS + 1 },
      (_, i) => `p${i}@contoso.example,P${i},mentee`,
    ).join("\n");
    const { rows, fileErrors } = parseParticipantsCsv(`email,name,role\n${body}\n`);
    expect(rows).toEqual([]);
    expect(fileErrors).toEqual([
      `The file has ${MAX_CSV_ROWS + 1} rows: import at most ${MAX_CSV_ROWS} people at once.`,
    ]);
  });
});

describe("CSV import end to end (read, then plan)", () => {
  it("rowErrors_carryTheirFileLines_andThePreviewIsTheHrApiContract", () => {
    const { rows, fileErrors } = parseParticipantsCsv(fixture("row-errors.csv"));
    const preview: ImportPreview = planImport(rows, { wave: aWave(), existing: [], fileErrors }).preview;

    expect(preview.rows.map((r) => [r.line, r.outcome, r.errors])).toEqual([
      [2, "new", []],
      [3, "error", ['"not-an-email" is not a valid email address.']],
      [4, "error", ['Unknown role "boss": use mentor or mentee (mentoré in French).']],
      [5, "error", ["good.one@contoso.example is already on line 2: list each person only once."]],
    ]);
    expect(preview.summary).toEqual({ new: 1, updated: 0, unchanged: 0, errors: 3 });
    expect(preview.canCommit).toBe(false);
  });

  it("frenchFileWithAFuseauHoraireColumn_storesValidZones_refusesAnInvalidOne_andLeavesEmptyOnesWithout", () => {
    const csv = [
      "\uFEFFAdresse e-mail;Nom;Rôle;Fuseau horaire",
      "ann@contoso.example;Ann Lee;mentor;America/Montreal",
      "bob@contoso.example;Bob Ray;mentoré;",
      "cid@contoso.example;Cid Roy;mentoré;UTC+1",
    ].join("\r\n");
    const { rows, fileErrors } = parseParticipantsCsv(csv);
    const invalid = planImport(rows, { wave: aWave(), existing: [], fileErrors });

    expect(invalid.preview.rows.map((r) => [r.line, r.outcome, r.errors])).toEqual([
      [2, "new", []],
      [3, "new", []],
      [4, "error", ['Time zone "UTC+1" is not an IANA time zone, e.g. Europe/Paris (or leave it empty).']],
    ]);
    expect(invalid.preview.canCommit).toBe(false);
    expect(invalid.participants).toEqual([]);

    const valid = planImport(rows.slice(0, 2), { wave: aWave(), existing: [], fileErrors });
    expect(valid.preview.canCommit).toBe(true);
    expect(valid.participants.map((p) => [p.email, p.timeZone])).toEqual([
      ["ann@contoso.example", "America/Montreal"],
      ["bob@contoso.example", undefined],
    ]);
  });

  it("missingHeader_explainsWithAnExampleThatNamesTheTimeZoneColumn", () => {
    const [message] = parseParticipantsCsv("email;zone\na@contoso.example;Europe/Paris\n").fileErrors;
    expect(message).toMatch(/such as: Email;Name;Role;.*;Time zone$/);
  });

  it("cleanFileImportedTwice_secondTimeEverythingUnchanged", () => {
    const wave = aWave();
    const { rows } = parseParticipantsCsv(fixture("clean.csv"));
    const first = planImport(rows, { wave, existing: [] });
    const second = planImport(rows, { wave, existing: first.participants });

    expect(first.preview.summary.new).toBe(4);
    expect(second.preview.summary).toEqual({ new: 0, updated: 0, unchanged: 4, errors: 0 });
    expect(second.participants).toEqual([]);
  });
});
