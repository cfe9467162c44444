import type { z } from "zod";
import type {
  MatchingInput,
  MatchLock,
  MatchMentee,
  MatchMentor,
  PastPair,
  ReportingLink,
} from "../core/matching/matching-types";
import { validateMatchWeights } from "../core/matching/pair-score";
import {
  DEFAULT_GROUP_SIZE,
  DEFAULT_MATCH_WEIGHTS,
  DEFAULT_RULES,
  mentorCapacity,
  type MatchingRules,
  type MatchWeights,
} from "../core/wave";
import { readParticipantsCsv } from "./match-file-csv";
import { fileSchema, participantSchema, type MatchFileParticipant } from "./match-file-schema";

/**
 * The matching CLI's input file, JSON or CSV, checked and turned into the engine's input. Every problem
 * is reported at once, located (JSON: participants[3] "e4", needs.0.comfort; CSV: line 5, column needs).
 */

/** A file that cannot be matched: every problem found, one sentence each. */
export class MatchFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The input file has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "MatchFileError";
  }
}

/** What the command line may change on top of the file's own rules and weights. */
export interface MatchFileOverrides {
  readonly rules?: Partial<MatchingRules>;
  readonly weights?: Partial<MatchWeights>;
}

export interface MatchFile {
  readonly input: MatchingInput;
  /** Display names by participant id, for the output. */
  readonly names: ReadonlyMap<string, string>;
}

/** Reads a matching file: JSON when its name ends in .json or it starts with "{", else CSV. */
export function readMatchFile(text: string, fileName: string, overrides: MatchFileOverrides = {}): MatchFile {
  const json = fileName.toLowerCase().endsWith(".json") || /^\uFEFF?\s*\{/.test(text);
  return json ? readJson(text, overrides) : readCsv(text, overrides);
}

function readJson(text: string, overrides: MatchFileOverrides): MatchFile {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new MatchFileError([`The file is not valid JSON: ${(error as Error).message}`]);
  }
  const file = fileSchema.safeParse(document);
  if (!file.success) throw new MatchFileError(file.error.issues.map((i) => located("", i)));
  const problems: string[] = [];
  const participants = file.data.participants.flatMap((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    return checked(raw, `participants[${i}]${typeof id === "string" ? ` "${id}"` : ""}`, problems);
  });
  return build(participants, file.data, overrides, problems);
}

function readCsv(text: string, overrides: MatchFileOverrides): MatchFile {
  const read = readParticipantsCsv(text);
  const problems = [...read.errors];
  if (read.participants.length === 0 && problems.length === 0) problems.push("The file has no participants.");
  const participants = read.participants.flatMap((p) => checked(p.fields, `line ${p.line}`, problems));
  return build(participants, { pastPairs: [], locks: [] }, overrides, problems);
}

interface Located {
  readonly where: string;
  readonly value: MatchFileParticipant;
}

function checked(raw: unknown, where: string, problems: string[]): Located[] {
  const result = participantSchema.safeParse(raw);
  if (result.success) return [{ where, value: result.data }];
  problems.push(...result.error.issues.map((issue) => located(where, issue)));
  return [];
}

function located(where: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.join(".");
  return `${[where, path].filter((s) => s !== "").join(", ") || "file"}: ${issue.message}`;
}

/** Cross-checks the participants and builds the engine input; throws every problem found. */
function build(
  participants: readonly Located[],
  file: Pick<z.infer<typeof fileSchema>, "pastPairs" | "locks" | "rules" | "weights">,
  overrides: MatchFileOverrides,
  problems: string[],
): MatchFile {
  const byId = new Map<string, Located>();
  for (const p of participants) {
    const first = byId.get(p.value.id);
    if (first) problems.push(`${p.where}: id "${p.value.id}" is already used (${first.where}).`);
    else byId.set(p.value.id, p);
  }
  const keyOf = (ref: string) => {
    const p = byId.get(ref)?.value;
    return p === undefined ? ref.toLowerCase() : personKey(p);
  };
  const rules = rulesOf(file.rules, overrides.rules);
  const weights = validateMatchWeights({ ...DEFAULT_MATCH_WEIGHTS, ...file.weights, ...overrides.weights });
  if (!weights.ok) problems.push(...weights.errors.map((e) => `${e.field}: ${e.message}`));

  const allLocks = [
    ...file.locks,
    ...participants.flatMap(({ value: p }) =>
      p.role === "mentee" && p.lock !== undefined
        ? [{ mentee: p.id, mentor: p.lock, origin: "hr" as const }]
        : [],
    ),
  ];
  for (const { where, value: p } of participants)
    problems.push(...roleProblems(p, byId).map((m) => `${where}: ${m}`));
  file.locks.forEach((lock, i) => {
    if (byId.get(lock.mentee)?.value.role !== "mentee")
      problems.push(`locks[${i}]: "${lock.mentee}" is not a mentee.`);
    if (byId.get(lock.mentor)?.value.role !== "mentor")
      problems.push(`locks[${i}]: "${lock.mentor}" is not a mentor.`);
  });
  const lockedMentees = new Set<string>();
  for (const { mentee } of allLocks) {
    if (lockedMentees.has(mentee)) problems.push(`"${mentee}" is locked more than once.`);
    lockedMentees.add(mentee);
  }
  if (problems.length > 0 || !weights.ok) throw new MatchFileError(problems);

  const people = participants.map((p) => p.value);
  const reportingLines: ReportingLink[] = people.flatMap((p) =>
    p.manager === undefined ? [] : [{ personKey: personKey(p), managerKey: p.manager }],
  );
  const pastPairs: PastPair[] = [
    ...file.pastPairs.map((pair) => ({ a: keyOf(pair.a), b: keyOf(pair.b) })),
    ...people.flatMap((p) => p.metBefore.map((other) => ({ a: personKey(p), b: keyOf(other) }))),
  ];
  const locks: MatchLock[] = allLocks.map((l) => ({
    menteeId: l.mentee,
    mentorId: l.mentor,
    origin: l.origin,
  }));
  return {
    input: {
      mentees: people.filter((p) => p.role === "mentee").map(toMentee),
      mentors: people.filter((p) => p.role === "mentor").map((p) => toMentor(p, rules)),
      rules,
      weights: weights.value,
      reportingLines,
      pastPairs,
      locks,
    },
    names: new Map(people.map((p) => [p.id, p.name ?? p.id])),
  };
}

/** What a participant's role requires or excludes, and whether their references exist. */
function roleProblems(p: MatchFileParticipant, byId: ReadonlyMap<string, Located>): string[] {
  const problems: string[] = [];
  const other = p.role === "mentee" ? "mentor" : "mentee";
  if (p.role !== "other" && p.languages.length === 0 && p.preferredLanguage === undefined)
    problems.push("give at least one language (fr, en, nl).");
  if (p.role !== "mentee" && p.needs.length > 0) problems.push("needs are for mentees.");
  if (p.role !== "mentor" && p.skills.length > 0) problems.push("skills are for mentors.");
  if (p.role !== "mentee" && p.lock !== undefined) problems.push("only a mentee row can lock a mentor.");
  if (p.role === "other" && p.email === undefined)
    problems.push("someone outside the wave is only useful with their email (as a manager).");
  const themes = new Set<string>();
  for (const need of p.needs) {
    if (themes.has(need.theme)) problems.push(`the need "${need.theme}" is listed twice.`);
    themes.add(need.theme);
  }
  for (const id of p.shortlist)
    if (byId.get(id)?.value.role !== other)
      problems.push(`shortlist: "${id}" is not a ${other} of this file.`);
  if (p.lock !== undefined && byId.get(p.lock)?.value.role !== "mentor")
    problems.push(`lock: "${p.lock}" is not a mentor of this file.`);
  if (p.manager !== undefined && p.manager === p.email)
    problems.push("a person cannot be their own manager.");
  return problems;
}

/** The same person across waves: their e-mail, else their id (prefixed so it never looks like an e-mail). */
function personKey(p: MatchFileParticipant): string {
  return p.email ?? `id:${p.id}`;
}

function rulesOf(
  fromFile: Partial<MatchingRules> | undefined,
  fromCommandLine: Partial<MatchingRules> | undefined,
): MatchingRules {
  const rules = { ...DEFAULT_RULES, ...fromFile, ...fromCommandLine };
  return rules.format === "group" ? { ...rules, groupSize: rules.groupSize ?? DEFAULT_GROUP_SIZE } : rules;
}

function toMentee(p: MatchFileParticipant): MatchMentee {
  return {
    ...person(p),
    needs: p.needs.map((n) => ({ themeId: n.theme, comfort: n.comfort })),
    ...(p.preferredLanguage === undefined ? {} : { preferredLanguage: p.preferredLanguage }),
  };
}

function toMentor(p: MatchFileParticipant, rules: MatchingRules): MatchMentor {
  return {
    ...person(p),
    skills: p.skills.map((s) => ({ themeId: s.theme, level: s.level })),
    capacity: mentorCapacity(rules, p.capacity ?? 1),
  };
}

function person(p: MatchFileParticipant) {
  return {
    id: p.id,
    displayName: p.name ?? p.id,
    personKey: personKey(p),
    languages: p.languages,
    shortlist: p.shortlist,
    ...(p.department === undefined ? {} : { department: p.department }),
    ...(p.site === undefined ? {} : { site: p.site }),
    ...(p.utcOffset === undefined ? {} : { utcOffsetMinutes: p.utcOffset }),
  };
}
