import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runMatchCli, type CliIo, type MatchOutput } from "../../server/match-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "matching");

/** An in-memory terminal and file system: the fixtures plus any file a test adds. */
function fakeIo(files: Record<string, string> = {}) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      if (path in files) return files[path]!;
      return readFileSync(join(FIXTURES, path), "utf8");
    },
    writeFile: async (path, text) => {
      written.set(path, text);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => 0,
  };
  return { io, written, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function run(argv: string[], files: Record<string, string> = {}) {
  const fake = fakeIo(files);
  const code = await runMatchCli(argv, fake.io);
  return { code, ...fake };
}

const EXPECTED_PAIRS = [
  ["e1", "m1"],
  ["e2", "m2"],
  ["e3", "m3"],
  ["e4", "m7"],
  ["e5", "m4"],
  ["e7", "m5"],
  ["e8", "m8"],
];

describe("npm run match on the sample wave", () => {
  it("jsonFile_optimalPairsWithReasonsAndTheUnmatchedMenteeExplained", async () => {
    const { code, stdout, stderr } = await run(["--input", "sample-wave.json"]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout()) as MatchOutput;
    expect(output.pairs.map((p) => [p.mentee.id, p.mentor.id])).toEqual(EXPECTED_PAIRS);
    const mutual = output.pairs.find((p) => p.mentee.id === "e2")!;
    expect(mutual).toMatchObject({
      mentee: { name: "Marc Lefèvre" },
      mentor: { name: "Hugo Bernard" },
      score: 130,
    });
    expect(mutual.reasons).toContain("They shortlisted each other.");
    expect(output.pairs.find((p) => p.mentee.id === "e7")!.reasons).toContain(
      "The mentee shortlisted this mentor.",
    );
    expect(output.pairs.find((p) => p.mentee.id === "e3")!.reasons).toEqual([
      "Covers need 1, Cloud: mentor level 5/5 (Expert), mentee comfort 2/5 (I've tried it).",
      "Covers need 2, Cybersecurity: mentor level 3/5 (Good), mentee comfort 2/5 (I've tried it).",
      "Does not speak the mentee's preferred language; they share English.",
      "Different sites, same time zone.",
    ]);
    expect(output.unmatched).toEqual([
      {
        id: "e6",
        name: "Pieter Janssens",
        reasons: [
          "No mentor is allowed by the rules: 7 mentors share no language with them; 1 mentor is in their reporting line.",
        ],
      },
    ]);
    expect(output.idleMentors).toEqual([
      {
        id: "m6",
        name: "Lotte Vermeulen",
        reason: "Has room, but every mentee is better placed with another mentor.",
      },
    ]);
    expect(output).toMatchObject({ totalScore: 646, totalCost: 7 * 130 - 646, certified: true });
    expect(stderr()).toContain("Matched 7 of 8 mentees with 7 of 8 mentors");
    expect(stderr()).toContain("Unmatched: Pieter Janssens (e6)");
  });

  it("csvFile_sameResultAsTheJsonFile", async () => {
    const json = await run(["--input", "sample-wave.json"]);
    const csv = await run(["-i", "sample-wave.csv"]);
    expect(csv.code).toBe(0);
    expect(JSON.parse(csv.stdout())).toEqual(JSON.parse(json.stdout()));
  });

  it("outputOption_writesTheFileAndSaysWhere", async () => {
    const { code, written, stdout, stderr } = await run([
      "--input",
      "sample-wave.json",
      "--output",
      "pairs.json",
    ]);
    expect(code).toBe(0);
    expect(stdout()).toBe("");
    expect((JSON.parse(written.get("pairs.json")!) as MatchOutput).pairs).toHaveLength(7);
    expect(stderr()).toContain("Result written to pairs.json.");
  });

  it("groupFormat_mentorsTakeUpToTheGroupSize", async () => {
    const { code, stdout } = await run([
      "--input",
      "sample-wave.csv",
      "--format-group",
      "3",
      "--weights",
      "site=0",
    ]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout()) as MatchOutput;
    const perMentor = new Map<string, number>();
    for (const p of output.pairs) perMentor.set(p.mentor.id, (perMentor.get(p.mentor.id) ?? 0) + 1);
    expect(Math.max(...perMentor.values())).toBeLessThanOrEqual(3);
    expect(output.pairs).toHaveLength(7);
    expect(output.pairs.every((p) => p.maxScore === 120 && p.breakdown.site === 0)).toBe(true);
  });

  it("csvLockAndEarlierPair_lockKeptAndThePairThatMetBeforeAvoided", async () => {
    const csv = [
      "id;name;role;email;languages;needs;skills;lock;met_before",
      "e1;Anne;mentee;anne@x.example;fr;cloud:1;;m2;",
      "e2;Bert;mentee;bert@x.example;fr;cloud:1;;;carl@x.example",
      "m1;Carl;mentor;carl@x.example;fr;;cloud:5;;",
      "m2;Dana;mentor;dana@x.example;fr;;ai:5;;",
      "m3;Emil;mentor;emil@x.example;fr;;cloud:2;;",
    ].join("\n");
    const { code, stdout } = await run(["--input", "wave.csv"], { "wave.csv": csv });
    expect(code).toBe(0);
    const output = JSON.parse(stdout()) as MatchOutput;
    expect(output.pairs.map((p) => [p.mentee.id, p.mentor.id, p.locked])).toEqual([
      ["e1", "m2", "hr"],
      ["e2", "m3", undefined],
    ]);
    expect(output.pairs[0]!.reasons).toContain("Locked by HR: kept as it is.");
  });

  it("reportingLineAllowed_theDutchSpeakingMentorGoesToTheirManagersManager", async () => {
    const { stdout } = await run(["--input", "sample-wave.json", "--allow-reporting-line"]);
    const output = JSON.parse(stdout()) as MatchOutput;
    expect(output.pairs.find((p) => p.mentee.id === "e6")?.mentor.id).toBe("m6");
    expect(output.unmatched).toEqual([]);
  });
});

describe("npm run match with bad input", () => {
  it("notJson_exit2WithTheParseError", async () => {
    const { code, stderr } = await run(["--input", "wave.json"], { "wave.json": "{ participants: [" });
    expect(code).toBe(2);
    expect(stderr()).toContain("wave.json: The input file has 1 problem(s):\n- The file is not valid JSON");
  });

  it("jsonWithBadFields_everyProblemLocated", async () => {
    const wave = {
      participants: [
        {
          id: "e1",
          role: "mentee",
          languages: ["fr", "de"],
          needs: [{ theme: "cloud", comfort: 7 }],
          shortlist: ["x"],
        },
        { id: "m1", role: "mentor", languages: ["fr"], capacity: 2, skills: [{ theme: "cloud", level: 4 }] },
        { id: "m1", role: "mentor", languages: [] },
      ],
      weights: { topics: 150 },
    };
    const { code, stderr } = await run(["-i", "wave.json"], { "wave.json": JSON.stringify(wave) });
    expect(code).toBe(2);
    expect(stderr()).toContain("weights.topics: Too big");
    const second = await run(["-i", "wave.json"], {
      "wave.json": JSON.stringify({ ...wave, weights: undefined }),
    });
    const lines = second.stderr().split("\n");
    expect(lines[0]).toBe("wave.json: The input file has 4 problem(s):");
    expect(lines).toEqual(
      expect.arrayContaining([
        '- participants[0] "e1", languages.1: Use one of fr, en, nl.',
        expect.stringMatching(/^- participants\[0\] "e1", needs\.0\.comfort: Too big/),
        '- participants[2] "m1": id "m1" is already used (participants[1] "m1").',
        '- participants[2] "m1": give at least one language (fr, en, nl).',
      ]),
    );
  });

  it("referencesToUnknownPeople_refused", async () => {
    const wave = {
      participants: [
        { id: "e1", role: "mentee", languages: ["fr"], shortlist: ["m9"], lock: "e1" },
        { id: "m1", role: "mentor", languages: ["fr"], needs: [{ theme: "ai", comfort: 2 }] },
      ],
      locks: [{ mentee: "m1", mentor: "m1" }],
    };
    const { code, stderr } = await run(["-i", "wave.json"], { "wave.json": JSON.stringify(wave) });
    expect(code).toBe(2);
    expect(stderr().split("\n").slice(1, -1)).toEqual([
      '- participants[0] "e1": shortlist: "m9" is not a mentor of this file.',
      '- participants[0] "e1": lock: "e1" is not a mentor of this file.',
      '- participants[1] "m1": needs are for mentees.',
      '- locks[0]: "m1" is not a mentee.',
    ]);
  });

  it("csvWithBadCells_lineAndColumnOfEachProblem", async () => {
    const csv = [
      "id,name,role,languages,needs,skills,capacity",
      "e1,Anne,mentee,fr,cloud,,",
      "m1,Paul,mentor,fr,,cloud:4,two",
      "x1,Zoé,boss,fr,,,",
      "e2,Eva,mentee,,ai:2,,",
    ].join("\n");
    const { code, stderr } = await run(["--input", "wave.csv"], { "wave.csv": csv });
    expect(code).toBe(2);
    expect(stderr().split("\n")).toEqual(
      expect.arrayContaining([
        '- line 2, column needs: "cloud" should be theme:comfort (e.g. cloud:3).',
        '- line 3, column capacity: "two" is not a whole number.',
        "- line 4, role: Role is mentee, mentor or other.",
        "- line 5: give at least one language (fr, en, nl).",
      ]),
    );
  });

  it("csvWithAnUnknownColumn_namesItAndTheKnownOnes", async () => {
    const { code, stderr } = await run(["--input", "wave.csv"], {
      "wave.csv": "id;role;skils\nm1;mentor;cloud:3\n",
    });
    expect(code).toBe(2);
    expect(stderr()).toContain('line 1: unknown column "skils" (known: id, name, role');
  });

  it("missingFile_exit2", async () => {
    const { code, stderr } = await run(["--input", "nowhere.json"]);
    expect(code).toBe(2);
    expect(stderr()).toContain("Cannot read nowhere.json");
  });

  it.each([
    [[], "Give the participants file with --input <file>."],
    [["--input", "a.json", "--format-group", "9"], "--format-group takes a whole number from 2 to 5."],
    [["--input", "a.json", "--weights", "fun=3"], '--weights: "fun=3" should be one of topics'],
    [["--input", "a.json", "--colour"], "Unknown option '--colour'"],
  ])("arguments %j_exit2WithUsage", async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr()).toContain(message);
    expect(stderr()).toContain("Usage: npm run match");
  });

  it("help_printsUsageAndExits0", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout()).toContain("--format-group <k>");
  });
});
