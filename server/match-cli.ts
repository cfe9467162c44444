import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { hasErrorCode } from "../core/errors";
import { matchWave } from "../core/matching/matching-engine";
import type { MatchResult } from "../core/matching/matching-types";
import { MATCH_WEIGHT_KEYS, maxPairScore, type MatchWeightKey } from "../core/matching/pair-score";
import type { MatchingRules, MatchWeights } from "../core/wave";
import { MatchFileError, readMatchFile, type MatchFile, type MatchFileOverrides } from "./match-file";
import { idleMentorText, pairReasonText, unmatchedReasonText } from "./match-reason-text";

/**
 * `npm run match -- --input <participants.json|csv> [--output pairs.json]`: proposes the optimal pairs of a
 * wave from a file, with the reason for every pair and every unmatched mentee, without the Teams app.
 */

const USAGE = `Usage: npm run match -- --input <file.json|file.csv> [options]

  --input, -i <file>         participants (JSON or CSV; see README "Matching from the command line")
  --output, -o <file>        write the result there (default: standard output)
  --format-group <k>         group format: each mentor meets up to k mentees together (2-5)
  --max-per-mentor <n>       1:1 format: most mentees per mentor (1-3, default 1)
  --forbid-same-department   never pair people of the same department
  --allow-reporting-line     allow pairs inside a reporting line (forbidden by default)
  --weights <list>           e.g. topics=60,site=0 (topics, level, language, site, mutualChoice; 0-100)
  --help, -h                 this text

Exit codes: 0 done, 2 bad arguments or input file (every problem is listed).`;

/** What the CLI touches outside itself, so tests run it in-process. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Milliseconds, for the time the matching took. */
  now(): number;
}

/** The CLI's output file. */
export interface MatchOutput {
  readonly pairs: ReadonlyArray<{
    readonly mentee: PersonRef;
    readonly mentor: PersonRef;
    readonly score: number;
    readonly maxScore: number;
    readonly cost: number;
    readonly breakdown: Readonly<Record<MatchWeightKey, number>>;
    readonly locked?: "hr" | "mutual";
    readonly reasons: readonly string[];
  }>;
  readonly unmatched: ReadonlyArray<PersonRef & { readonly reasons: readonly string[] }>;
  readonly idleMentors: ReadonlyArray<PersonRef & { readonly reason: string }>;
  readonly totalCost: number;
  readonly totalScore: number;
  readonly certified: boolean;
  readonly seconds: number;
}

interface PersonRef {
  readonly id: string;
  readonly name: string;
}

class UsageError extends Error {}

/** Runs the CLI; resolves to the exit code. */
export async function runMatchCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: { input: string; output?: string; overrides: MatchFileOverrides } | "help";
  try {
    options = parseOptions(argv);
  } catch (error) {
    const parseArgsError = String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
    if (!(error instanceof UsageError) && !parseArgsError) throw error;
    io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let file: MatchFile;
  try {
    file = readMatchFile(await io.readFile(options.input), options.input, options.overrides);
  } catch (error) {
    if (error instanceof MatchFileError) io.stderr(`${options.input}: ${error.message}\n`);
    else if ((error as NodeJS.ErrnoException).code !== undefined)
      io.stderr(`Cannot read ${options.input}: ${(error as Error).message}\n`);
    else throw error;
    return 2;
  }
  const started = io.now();
  let result: MatchResult;
  try {
    result = matchWave(file.input);
  } catch (error) {
    if (!hasErrorCode(error, "VALIDATION")) throw error;
    io.stderr(
      `${options.input}: ${[error.message, ...error.fieldErrors.map((e) => e.message)].join("\n- ")}\n`,
    );
    return 2;
  }
  const output = toOutput(file, result, (io.now() - started) / 1000);
  const text = `${JSON.stringify(output, null, 2)}\n`;
  if (options.output === undefined) io.stdout(text);
  else await io.writeFile(options.output, text);
  io.stderr(summary(file, output, options.output));
  return 0;
}

function parseOptions(argv: readonly string[]) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      input: { type: "string", short: "i" },
      output: { type: "string", short: "o" },
      "format-group": { type: "string" },
      "max-per-mentor": { type: "string" },
      "forbid-same-department": { type: "boolean" },
      "allow-reporting-line": { type: "boolean" },
      weights: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help" as const;
  if (values.input === undefined) throw new UsageError("Give the participants file with --input <file>.");
  const rules: Partial<MatchingRules> = {
    ...(values["format-group"] === undefined
      ? {}
      : { format: "group" as const, groupSize: whole(values["format-group"], 2, 5, "--format-group") }),
    ...(values["max-per-mentor"] === undefined
      ? {}
      : { maxMenteesPerMentor: whole(values["max-per-mentor"], 1, 3, "--max-per-mentor") }),
    ...(values["forbid-same-department"] ? { forbidSameDepartment: true } : {}),
    ...(values["allow-reporting-line"] ? { forbidReportingLine: false } : {}),
  };
  return {
    input: values.input,
    ...(values.output === undefined ? {} : { output: values.output }),
    overrides: { rules, ...(values.weights === undefined ? {} : { weights: weightList(values.weights) }) },
  };
}

function whole(text: string, min: number, max: number, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}.`);
  return n;
}

function weightList(text: string): Partial<MatchWeights> {
  const weights: Partial<Record<MatchWeightKey, number>> = {};
  for (const item of text.split(",").filter((s) => s.trim() !== "")) {
    const [key, value] = item.split("=").map((s) => s.trim());
    if (!MATCH_WEIGHT_KEYS.includes(key as MatchWeightKey) || value === undefined)
      throw new UsageError(`--weights: "${item}" should be one of ${MATCH_WEIGHT_KEYS.join(", ")} = 0-100.`);
    weights[key as MatchWeightKey] = whole(value, 0, 100, `--weights ${key}`);
  }
  return weights;
}

function toOutput(file: MatchFile, result: MatchResult, seconds: number): MatchOutput {
  const ref = (id: string): PersonRef => ({ id, name: file.names.get(id) ?? id });
  const maxScore = maxPairScore(file.input.weights);
  return {
    pairs: result.pairs.map((p) => ({
      mentee: ref(p.menteeId),
      mentor: ref(p.mentorId),
      score: p.score,
      maxScore,
      cost: p.cost,
      breakdown: p.breakdown,
      ...(p.locked === undefined ? {} : { locked: p.locked }),
      reasons: p.reasons.map(pairReasonText),
    })),
    unmatched: result.unmatchedMentees.map((u) => ({
      ...ref(u.menteeId),
      reasons: u.reasons.map(unmatchedReasonText),
    })),
    idleMentors: result.idleMentors.map((m) => ({ ...ref(m.mentorId), reason: idleMentorText(m.reason) })),
    totalCost: result.totalCost,
    totalScore: result.totalScore,
    certified: result.certified,
    seconds: Math.round(seconds * 1000) / 1000,
  };
}

function summary(file: MatchFile, output: MatchOutput, outputPath: string | undefined): string {
  const { mentees, mentors } = file.input;
  const busy = new Set(output.pairs.map((p) => p.mentor.id)).size;
  const lines = [
    `Matched ${output.pairs.length} of ${mentees.length} mentees with ${busy} of ${mentors.length} mentors ` +
      `in ${output.seconds} s; total score ${output.totalScore} of ${output.pairs.length * maxPairScore(file.input.weights)}` +
      `${output.certified ? ", proven optimal" : ""}.`,
    ...output.unmatched.map((u) => `Unmatched: ${u.name} (${u.id}): ${u.reasons.join(" ")}`),
    ...(outputPath === undefined ? [] : [`Result written to ${outputPath}.`]),
  ];
  return `${lines.join("\n")}\n`;
}

const nodeIo: CliIo = {
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => performance.now(),
};

if (require.main === module) {
  runMatchCli(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
