import { planImport, type ImportPlan, type RawParticipantRow } from "../../core/enrolment-import";
import type { Participant } from "../../core/participant";
import { participantIdFor } from "../../core/participant-identity";
import { MOTIVATION_MAX_LENGTH } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";
import { aParticipant, aWave, TENANT } from "../support/domain-factories";

const wave = aWave();

/** A valid row of a file with every column; `line` defaults to 2 (the first row under the header). */
function aRow(overrides: Partial<RawParticipantRow> = {}): RawParticipantRow {
  return {
    line: 2,
    email: "claire.martin@contoso.example",
    displayName: "Claire Martin",
    role: "mentee",
    aadObjectId: "",
    department: "Executive Committee",
    managerEmail: "",
    site: "Paris",
    languages: "fr en",
    motivation: "",
    ...overrides,
  };
}

/** Rows on consecutive lines from 2, as a file lists them. */
function file(...rows: Array<Partial<RawParticipantRow>>): RawParticipantRow[] {
  return rows.map((row, i) => aRow({ line: i + 2, ...row }));
}

const team = (): RawParticipantRow[] =>
  file(
    { email: "claire.martin@contoso.example", displayName: "Claire Martin" },
    {
      email: "Hugo.Bernard@Contoso.example",
      displayName: "Hugo Bernard",
      department: "Finance",
      managerEmail: "claire.martin@contoso.example",
    },
    {
      email: "lea.dubois@contoso.example",
      displayName: "Léa Dubois",
      role: "mentor",
      department: "Digital Factory",
      managerEmail: "hugo.bernard@contoso.example",
      motivation: "I run our Teams champions network.",
    },
  );

const plan = (rows: RawParticipantRow[], existing: Participant[] = [], onWave: Wave = wave): ImportPlan =>
  planImport(rows, { wave: onWave, existing });

const errorsOf = (result: ImportPlan): Array<[number, readonly string[]]> =>
  result.preview.rows.filter((r) => r.outcome === "error").map((r) => [r.line, r.errors]);

/** What a commit stores: the plan's participants over the wave's current ones. */
function committed(existing: Participant[], result: ImportPlan): Participant[] {
  const byId = new Map(existing.map((p) => [p.id, p]));
  for (const p of result.participants) byId.set(p.id, p);
  return [...byId.values()];
}

describe("planImport: a clean file", () => {
  it("cleanFile_everyoneNew_canCommit_withLowerCasedEmailsAndStableIds", () => {
    const result = plan(team());

    expect(result.preview.fileErrors).toEqual([]);
    expect(result.preview.summary).toEqual({ new: 3, updated: 0, unchanged: 0, errors: 0 });
    expect(result.preview.canCommit).toBe(true);
    expect(result.preview.rows.map((r) => [r.line, r.email, r.outcome])).toEqual([
      [2, "claire.martin@contoso.example", "new"],
      [3, "hugo.bernard@contoso.example", "new"],
      [4, "lea.dubois@contoso.example", "new"],
    ]);
    const hugo = result.participants.find((p) => p.displayName === "Hugo Bernard");
    expect(hugo).toEqual({
      id: participantIdFor("wave-1", "hugo.bernard@contoso.example"),
      waveId: "wave-1",
      tenantId: TENANT,
      email: "hugo.bernard@contoso.example",
      displayName: "Hugo Bernard",
      role: "mentee",
      department: "Finance",
      managerEmail: "claire.martin@contoso.example",
      site: "Paris",
      languages: ["fr", "en"],
      status: "active",
    });
  });

  it("newMentor_awaitsHrApproval", () => {
    const lea = plan(team()).participants.find((p) => p.role === "mentor");
    expect(lea?.vetting).toEqual({ approval: "pending" });
    expect(lea?.motivation).toBe("I run our Teams champions network.");
  });

  it("newPerson_idIsDerivedFromWaveAndEmail_neverContainsTheEmail", () => {
    const id = participantIdFor("wave-1", "claire.martin@contoso.example");
    expect(id).toMatch(/^p-[0-9a-f]{16}$/);
    expect(participantIdFor("wave-1", "Claire.Martin@Contoso.example")).toBe(id);
    expect(participantIdFor("wave-2", "claire.martin@contoso.example")).not.toBe(id);
    expect(plan(team()).participants.every((p) => !p.id.includes(p.email.split("@")[0] ?? "?"))).toBe(true);
  });

  it.each([
    ["Mentor", "mentor"],
    ["MENTEE", "mentee"],
    ["Mentoré", "mentee"],
    ["mentore", "mentee"],
    ["Mentorée", "mentee"],
  ])("role %s_isRead_as %s", (role, expected) => {
    const [participant] = plan(file({ role })).participants;
    expect(participant?.role).toBe(expected);
  });

  it.each([
    ["Français, English / nl", ["fr", "en", "nl"]],
    ["fr-BE; Anglais", ["fr", "en"]],
    ["Néerlandais et français", ["nl", "fr"]],
    ["EN en English", ["en"]],
    ["", []],
  ])("languages %j_areRead_as %j", (languages, expected) => {
    const [participant] = plan(file({ languages })).participants;
    expect(participant?.languages).toEqual(expected);
  });

  it("spacesInNames_areCollapsed_andObjectIdIsLowerCased", () => {
    const [participant] = plan(
      file({
        displayName: "  Hélène\u00a0 Fontaine ",
        aadObjectId: "{0F8FAD5B-D9CB-469F-A165-70867728950E}",
      }),
    ).participants;
    expect(participant?.displayName).toBe("Hélène Fontaine");
    expect(participant?.aadObjectId).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
  });

  it("emptyManager_isTopOfTheReportingLine", () => {
    const result = plan(file({ managerEmail: "" }));
    expect(result.preview.canCommit).toBe(true);
    expect(result.participants[0]).not.toHaveProperty("managerEmail");
  });
});

describe("planImport: row errors", () => {
  it.each<[string, Partial<RawParticipantRow>, RegExp]>([
    ["bad email", { email: "claire.martin@contoso" }, /"claire.martin@contoso" is not a valid email address/],
    ["missing email", { email: "" }, /^Email is missing/],
    ["accented email", { email: "hélène@contoso.example" }, /not a valid email address/],
    ["unknown role", { role: "boss" }, /^Unknown role "boss": use mentor or mentee/],
    ["missing role", { role: "" }, /^Role is missing/],
    ["missing display name", { displayName: "   " }, /^Display name is missing/],
    ["bad object id", { aadObjectId: "12345" }, /^Object id "12345" is not valid/],
    [
      "unknown language",
      { languages: "fr, Deutsch" },
      /^Unknown language "Deutsch": use French, English or Dutch/,
    ],
    ["invalid manager email", { managerEmail: "the boss" }, /^Manager email "the boss" is not a valid email/],
    [
      "unknown manager",
      { managerEmail: "ceo@contoso.example" },
      /^Manager ceo@contoso.example is neither in this file/,
    ],
    ["motivation too long", { motivation: "x".repeat(MOTIVATION_MAX_LENGTH + 1) }, /^Motivation is longer/],
    ["department too long", { department: "x".repeat(201) }, /^Department is longer than 200/],
  ])("%s_isReportedOnItsLine_andBlocksTheCommit", (_case, overrides, message) => {
    const rows = file({ email: "hugo.bernard@contoso.example" }, overrides, { email: "tom@contoso.example" });
    const result = plan(rows);

    expect(errorsOf(result)).toEqual([[3, [expect.stringMatching(message)]]]);
    expect(result.preview.summary).toEqual({ new: 2, updated: 0, unchanged: 0, errors: 1 });
    expect(result.preview.canCommit).toBe(false);
    expect(result.participants).toEqual([]);
  });

  it.each([
    ["role", { role: "constructor" }, /^Unknown role "constructor"/],
    ["language", { languages: "toString" }, /^Unknown language "toString"/],
  ])("wordsThatNameObjectProperties_areStillUnknown (%s)", (_field, overrides, message) => {
    expect(errorsOf(plan(file(overrides)))).toEqual([[2, [expect.stringMatching(message)]]]);
  });

  it.each(["CET", "UTC+1", "Europe/Atlantis", "paris"])(
    "timeZone_%s_isNotAnIanaZone_soTheRowIsInError_namingTheValue",
    (zone) => {
      const result = plan(file({}, { email: "hugo@contoso.example", timeZone: zone }));
      expect(errorsOf(result)).toEqual([
        [3, [`Time zone "${zone}" is not an IANA time zone, e.g. Europe/Paris (or leave it empty).`]],
      ]);
      expect(result.preview.canCommit).toBe(false);
      expect(result.participants).toEqual([]);
    },
  );

  it("validAndEmptyTimeZones_areAccepted_andAnEmptyOneLeavesThePersonWithoutAZone", () => {
    const result = plan(file({ timeZone: "Asia/Kolkata" }, { email: "hugo@contoso.example", timeZone: "" }));
    expect(result.preview.canCommit).toBe(true);
    expect(result.participants.map((p) => [p.email, p.timeZone])).toEqual([
      ["claire.martin@contoso.example", "Asia/Kolkata"],
      ["hugo@contoso.example", undefined],
    ]);
    expect(result.participants[1]).not.toHaveProperty("timeZone");
  });

  it("longCellQuotedInAMessage_isCut", () => {
    const [[, errors] = [0, []]] = errorsOf(plan(file({ email: "x".repeat(5000) })));
    expect(errors[0]).toBe(`"${"x".repeat(57)}…" is not a valid email address.`);
  });

  it("sameEmailTwice_isReportedOnTheLaterLine_namingTheFirst", () => {
    const result = plan(
      file(
        { email: "claire.martin@contoso.example" },
        { email: "hugo.bernard@contoso.example" },
        { email: "CLAIRE.MARTIN@contoso.example", displayName: "Claire M." },
      ),
    );
    expect(errorsOf(result)).toEqual([
      [4, ["claire.martin@contoso.example is already on line 2: list each person only once."]],
    ]);
    expect(result.preview.canCommit).toBe(false);
  });

  it("threePersonManagerLoop_isReportedOnEveryRowOfTheLoop", () => {
    const result = plan(
      file(
        { email: "a@contoso.example", managerEmail: "b@contoso.example" },
        { email: "b@contoso.example", managerEmail: "c@contoso.example" },
        { email: "c@contoso.example", managerEmail: "a@contoso.example" },
        { email: "d@contoso.example", managerEmail: "a@contoso.example" },
      ),
    );
    expect(errorsOf(result)).toEqual([
      [
        2,
        [
          expect.stringContaining(
            "a@contoso.example → b@contoso.example → c@contoso.example → a@contoso.example",
          ),
        ],
      ],
      [
        3,
        [
          expect.stringContaining(
            "b@contoso.example → c@contoso.example → a@contoso.example → b@contoso.example",
          ),
        ],
      ],
      [
        4,
        [
          expect.stringContaining(
            "c@contoso.example → a@contoso.example → b@contoso.example → c@contoso.example",
          ),
        ],
      ],
    ]);
    expect(result.preview.rows[3]?.outcome).toBe("new");
    expect(result.preview.canCommit).toBe(false);
  });

  it("selfManager_isReported", () => {
    const result = plan(file({ email: "a@contoso.example", managerEmail: "A@contoso.example" }));
    expect(errorsOf(result)).toEqual([[2, ["a@contoso.example is listed as their own manager."]]]);
  });

  it("loopThroughAParticipantAlreadyInTheWave_isReportedOnTheFileRow", () => {
    const boss = aParticipant({ email: "boss@contoso.example", managerEmail: "a@contoso.example" });
    const result = plan(file({ email: "a@contoso.example", managerEmail: "boss@contoso.example" }), [boss]);
    expect(errorsOf(result)).toEqual([
      [2, [expect.stringContaining("a@contoso.example → boss@contoso.example → a@contoso.example")]],
    ]);
  });

  it("managerWhoIsAlreadyInTheWave_isKnown", () => {
    const ceo = aParticipant({ email: "CEO@contoso.example", managerEmail: undefined });
    expect(plan(file({ managerEmail: "ceo@contoso.example" }), [ceo]).preview.canCommit).toBe(true);
  });

  it("managerOutsideTheProgramme_isAccepted_whenTheWaveAllowsPairsInAReportingLine", () => {
    const relaxed = aWave({
      rules: { forbidReportingLine: false, forbidSameDepartment: false, maxMenteesPerMentor: 1 },
    });
    const result = plan(file({ managerEmail: "ceo@contoso.example" }), [], relaxed);
    expect(result.preview.canCommit).toBe(true);
    expect(result.participants[0]?.managerEmail).toBe("ceo@contoso.example");
  });

  it("managerWhoseOwnRowHasAnError_isStillInTheFile", () => {
    const result = plan(
      file({ email: "a@contoso.example", role: "boss" }, { managerEmail: "a@contoso.example" }),
    );
    expect(errorsOf(result).map(([line]) => line)).toEqual([2]);
  });

  it("sameObjectIdOnTwoPeople_isReportedOnTheLaterLine", () => {
    const oid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const result = plan(
      file(
        { email: "a@contoso.example", aadObjectId: oid },
        { email: "b@contoso.example", aadObjectId: oid.toUpperCase() },
      ),
    );
    expect(errorsOf(result)).toEqual([
      [3, [`Object id ${oid} is also given to a@contoso.example on line 2.`]],
    ]);
  });

  it("objectIdOfAnotherParticipant_isRefused", () => {
    const oid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const old = aParticipant({ email: "claire.old@contoso.example", aadObjectId: oid });
    const result = plan(file({ aadObjectId: oid }), [old]);
    expect(errorsOf(result)).toEqual([
      [2, [expect.stringMatching(/already belongs to claire.old@contoso.example/)]],
    ]);
  });

  it("everyProblemOfARow_isListed", () => {
    const result = plan(file({ email: "nope", role: "", displayName: "", languages: "klingon" }));
    expect(errorsOf(result)[0]?.[1]).toHaveLength(4);
  });

  it("noRows_isAFileError", () => {
    const result = plan([]);
    expect(result.preview.fileErrors).toEqual(["The file has no participant rows."]);
    expect(result.preview.canCommit).toBe(false);
  });

  it("fileErrorsFromReading_blockTheCommit_evenWithValidRows", () => {
    const result = planImport(team(), {
      wave,
      existing: [],
      fileErrors: ["Line 9: a quoted value is never closed."],
    });
    expect(result.preview.fileErrors).toEqual(["Line 9: a quoted value is never closed."]);
    expect(result.preview.canCommit).toBe(false);
    expect(result.participants).toEqual([]);
  });
});

describe("planImport: importing again", () => {
  it("sameFileAgain_everyoneUnchanged_nothingToSave", () => {
    const existing = committed([], plan(team()));
    const again = plan(team(), existing);

    expect(again.preview.summary).toEqual({ new: 0, updated: 0, unchanged: 3, errors: 0 });
    expect(again.preview.canCommit).toBe(true);
    expect(again.participants).toEqual([]);
  });

  it("oneDepartmentChanged_exactlyOneUpdated_idsStatusVettingAndObjectIdKept", () => {
    const first = committed([], plan(team()));
    const approved = first.map((p): Participant =>
      p.role === "mentor"
        ? {
            ...p,
            aadObjectId: "aad-lea",
            status: "withdrawn",
            vetting: { approval: "approved", trainedAt: "2027-01-10" },
          }
        : p,
    );
    const rows = team().map((r) => (r.email.startsWith("lea") ? { ...r, department: "Data Office" } : r));

    const again = plan(rows, approved);

    expect(again.preview.summary).toEqual({ new: 0, updated: 1, unchanged: 2, errors: 0 });
    expect(again.preview.rows.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "updated"]);
    const before = approved.find((p) => p.role === "mentor");
    expect(again.participants).toEqual([{ ...before, department: "Data Office" }]);
  });

  it("personAlreadyEnrolledByHand_keepsTheirIdAndUnknownFields", () => {
    const byHand = {
      ...aParticipant({ id: "p-by-hand", email: "Claire.Martin@contoso.example" }),
      note: "kept",
    };
    const [updated] = plan(file({}), [byHand]).participants;
    expect(updated).toMatchObject({ id: "p-by-hand", email: "claire.martin@contoso.example", note: "kept" });
  });

  it("emptyObjectIdCell_keepsTheKnownOne_andAnotherOneIsRefused", () => {
    const known = aParticipant({
      email: "claire.martin@contoso.example",
      aadObjectId: "0f8fad5b-d9cb-469f-a165-70867728950e",
    });
    expect(plan(file({ aadObjectId: "" }), [known]).participants[0]?.aadObjectId).toBe(known.aadObjectId);
    const other = plan(file({ aadObjectId: "7c9e6679-7425-40de-944b-e07fc1f90ae7" }), [known]);
    expect(errorsOf(other)).toEqual([[2, [expect.stringMatching(/differs from the one on record/)]]]);
  });

  it("columnsAbsentFromTheFile_leaveWhatIsKnown", () => {
    const known = aParticipant({
      email: "claire.martin@contoso.example",
      displayName: "Claire Martin",
      department: "Executive Committee",
      site: "Paris",
      languages: ["fr", "en"],
      managerEmail: "ceo@contoso.example",
      motivation: "Learn",
    });
    const minimal: RawParticipantRow = {
      line: 2,
      email: known.email,
      displayName: "Claire Martin",
      role: "mentee",
    };
    const result = plan([minimal], [known]);
    expect(result.preview.rows[0]?.outcome).toBe("unchanged");
  });

  it("timeZoneCell_setsOrChangesTheZone_anEmptyCellClearsIt_andAnAbsentColumnKeepsIt", () => {
    const known = aParticipant({
      email: "claire.martin@contoso.example",
      displayName: "Claire Martin",
      department: "Executive Committee",
      timeZone: "Europe/Paris",
    });
    const row = (timeZone: string | undefined) => [timeZone === undefined ? aRow() : aRow({ timeZone })];
    const withRowOf = (timeZone: string | undefined) => {
      const result = plan(row(timeZone), [known]);
      return [result.preview.rows[0]?.outcome, result.participants[0]?.timeZone];
    };

    expect(withRowOf("Europe/Paris")).toEqual(["unchanged", undefined]);
    expect(withRowOf(" America/Montreal ")).toEqual(["updated", "America/Montreal"]);
    const cleared = plan(row(""), [known]);
    expect(cleared.preview.rows[0]?.outcome).toBe("updated");
    expect(cleared.participants[0]).not.toHaveProperty("timeZone");
    const absent = plan(row(undefined), [known]);
    expect(absent.preview.rows[0]?.outcome).toBe("unchanged");
    expect(plan(row(undefined), [{ ...known, site: "Lyon" }]).participants[0]?.timeZone).toBe("Europe/Paris");
  });

  it("reapply_onTheRecordAsStoredAtCommit_keepsWhatChangedSinceThePlanRead", () => {
    const known = aParticipant({
      id: "p-claire",
      email: "claire.martin@contoso.example",
      displayName: "Claire Martin",
      site: "Paris",
    });
    const minimal: RawParticipantRow = {
      line: 2,
      email: known.email,
      displayName: "Claire Martin",
      role: "mentee",
      site: "Lyon",
    };
    const result = plan([minimal], [known]);
    expect(result.preview.rows[0]?.outcome).toBe("updated");
    // Between the plan's read and the write, the bot recorded a zone and HR withdrew her in another tab.
    const storedSince: Participant = { ...known, timeZone: "Europe/Brussels", status: "withdrawn" };
    const written = result.reapply.get("p-claire")?.(storedSince);
    expect(written).toMatchObject({ site: "Lyon", timeZone: "Europe/Brussels", status: "withdrawn" });
    // Only people on record are re-applied; new ones are written as planned.
    expect(plan(team()).reapply.size).toBe(0);
  });

  it("roleChange_isRefusedOnceQuestionnairesStarted_andAllowedWhileEnrolling", () => {
    const known = aParticipant({
      email: "claire.martin@contoso.example",
      role: "mentee",
      vetting: undefined,
    });
    const questionnaire = plan(file({ role: "mentor" }), [known]);
    expect(errorsOf(questionnaire)).toEqual([
      [2, [expect.stringMatching(/enrolled as a mentee: the role can no longer/)]],
    ]);

    const enrolling = plan(file({ role: "mentor" }), [known], aWave({ state: "enrolling" }));
    expect(enrolling.participants[0]).toMatchObject({ role: "mentor", vetting: { approval: "pending" } });
  });
});

describe("planImport: invariants", () => {
  /** A small deterministic generator (mulberry32), so a failure replays. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pick = <T>(next: () => number, values: readonly T[]): T =>
    values[Math.floor(next() * values.length)] as T;

  it("anyFile_canCommitExactlyWhenNoRowIsInError_andSavesOnlyThen", () => {
    const emails = ["a@x.example", "b@x.example", "c@x.example", "d@x.example", "e@x.example", "f@x.example"];
    let committable = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const sometimes = <T>(valid: T, invalid: T): T => (next() < 0.08 ? invalid : valid);
      const rows = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, i) =>
        aRow({
          line: i + 2,
          email: sometimes(pick(next, emails), "bad"),
          role: sometimes(pick(next, ["mentor", "mentoré", "Mentee"]), "boss"),
          displayName: sometimes("Ann", ""),
          managerEmail: next() < 0.6 ? "" : pick(next, emails),
          languages: sometimes("fr", "xx"),
        }),
      );
      const { preview, participants } = plan(rows);
      const inError = preview.rows.filter((r) => r.outcome === "error");
      expect(preview.canCommit).toBe(inError.length === 0);
      expect(inError.every((r) => r.errors.length > 0)).toBe(true);
      const { summary } = preview;
      expect(summary.new + summary.updated + summary.unchanged + summary.errors).toBe(rows.length);
      if (!preview.canCommit) expect(participants).toEqual([]);
      else {
        committable++;
        expect(new Set(participants.map((p) => p.id)).size).toBe(rows.length);
      }
    }
    expect(committable).toBeGreaterThan(30);
    expect(committable).toBeLessThan(270);
  });
});
