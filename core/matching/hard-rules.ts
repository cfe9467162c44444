import type { MatchingRules } from "../wave";
import { menteeLanguages } from "./pair-score";
import type { HardRule, MatchMentee, MatchMentor, PastPair, ReportingLink } from "./matching-types";

/**
 * The hard rules: which pairs may never be proposed. Built once per wave so each pair is checked in
 * constant time, even for 10,000 × 10,000 pairs.
 */

/** The hard rules in a stable order (reports and counts list them this way). */
export const HARD_RULES: readonly HardRule[] = [
  "no-common-language",
  "reporting-line",
  "same-department",
  "met-before",
];

/**
 * The manager tree as Euler-tour intervals: a person is above another iff their interval contains the
 * other's, whatever the depth and whoever sits in between (people outside the wave included).
 */
export interface ReportingTree {
  /** [enter, exit] of a person key, undefined when the key appears in no reporting link. */
  interval(personKey: string): readonly [number, number] | undefined;
  /** Everyone above the person, nearest first (empty when the key appears in no link). */
  managersOf(personKey: string): string[];
}

/**
 * Builds the manager tree from "manager manages person" links. A person with several managers keeps
 * the smallest manager key (so the result does not depend on the links' order), and a cycle is cut at
 * its smallest key: every member of the cycle stays in one line with every other.
 */
export function buildReportingTree(links: readonly ReportingLink[]): ReportingTree {
  const keys = [...new Set(links.flatMap((l) => [l.personKey, l.managerKey]))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const parent = new Int32Array(keys.length).fill(-1);
  for (const link of links) {
    const child = index.get(link.personKey) ?? -1;
    const manager = index.get(link.managerKey) ?? -1;
    if (child === manager) continue;
    const current = parent[child] ?? -1;
    if (current === -1 || manager < current) parent[child] = manager;
  }
  cutCycles(parent);
  const [enter, exit] = eulerTour(parent);
  return {
    interval(personKey) {
      const i = index.get(personKey);
      return i === undefined ? undefined : [enter[i] ?? 0, exit[i] ?? 0];
    },
    managersOf(personKey) {
      const managers: string[] = [];
      for (let i = parent[index.get(personKey) ?? -1] ?? -1; i !== -1; i = parent[i] ?? -1)
        managers.push(keys[i]!);
      return managers;
    },
  };
}

/** Turns the parent links into a forest: in each cycle, the node of smallest index loses its manager. */
function cutCycles(parent: Int32Array): void {
  const state = new Uint8Array(parent.length); // 0 unseen, 1 on the current walk, 2 done
  const walk: number[] = [];
  for (let start = 0; start < parent.length; start++) {
    let node = start;
    while (node !== -1 && state[node] === 0) {
      state[node] = 1;
      walk.push(node);
      node = parent[node] ?? -1;
    }
    if (node !== -1 && state[node] === 1) {
      const cycle = walk.slice(walk.indexOf(node));
      parent[Math.min(...cycle)] = -1;
    }
    for (const n of walk) state[n] = 2;
    walk.length = 0;
  }
}

/** Enter/exit times of an iterative depth-first walk (no recursion: a line may be thousands deep). */
function eulerTour(parent: Int32Array): [Int32Array, Int32Array] {
  const n = parent.length;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i] ?? -1;
    if (p !== -1) childStart[p + 1]! += 1;
  }
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] ?? -1;
    if (p !== -1) children[fill[p]!++] = i;
  }
  const enter = new Int32Array(n);
  const exit = new Int32Array(n);
  const next = childStart.slice(0, n);
  const stack: number[] = [];
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (parent[root] !== -1) continue;
    stack.push(root);
    enter[root] = clock++;
    while (stack.length > 0) {
      const node = stack[stack.length - 1]!;
      if (next[node]! < childStart[node + 1]!) {
        const child = children[next[node]!++]!;
        enter[child] = clock++;
        stack.push(child);
      } else {
        exit[node] = clock++;
        stack.pop();
      }
    }
  }
  return [enter, exit];
}

/** True when one person is the other's manager at any depth (or they are the same person). */
export function inReportingLine(tree: ReportingTree, a: string, b: string): boolean {
  const ia = tree.interval(a);
  const ib = tree.interval(b);
  if (ia === undefined || ib === undefined) return false;
  return (ia[0] <= ib[0] && ib[1] <= ia[1]) || (ib[0] <= ia[0] && ia[1] <= ib[1]);
}

/** Earlier pairs, by person key: whom each person was already paired with. */
export type PastPartners = ReadonlyMap<string, ReadonlySet<string>>;

export function buildPastPartners(pastPairs: readonly PastPair[]): PastPartners {
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = partners.get(a) ?? new Set<string>();
    set.add(b);
    partners.set(a, set);
  };
  for (const { a, b } of pastPairs) {
    add(a, b);
    add(b, a);
  }
  return partners;
}

/** Departments compare trimmed and case-insensitively; an empty department is no department. */
export function departmentKey(department: string | undefined): string | undefined {
  const key = department?.trim().toLowerCase();
  return key === undefined || key === "" ? undefined : key;
}

/** What the hard rules look at, built once per wave. */
export interface HardRuleIndex {
  readonly rules: MatchingRules;
  readonly tree: ReportingTree;
  readonly pastPartners: PastPartners;
}

/** `tree`, when given, must be buildReportingTree(input.reportingLines) (the engine has built it already). */
export function buildHardRuleIndex(
  input: {
    readonly rules: MatchingRules;
    readonly reportingLines: readonly ReportingLink[];
    readonly pastPairs: readonly PastPair[];
  },
  tree: ReportingTree = buildReportingTree(input.reportingLines),
): HardRuleIndex {
  return {
    rules: input.rules,
    tree,
    pastPartners: buildPastPartners(input.pastPairs),
  };
}

/** Every hard rule the pair breaks, in HARD_RULES order; empty when the pair is allowed. */
export function brokenHardRules(index: HardRuleIndex, mentee: MatchMentee, mentor: MatchMentor): HardRule[] {
  const broken: HardRule[] = [];
  if (!menteeLanguages(mentee).some((l) => mentor.languages.includes(l))) broken.push("no-common-language");
  if (index.rules.forbidReportingLine && inReportingLine(index.tree, mentee.personKey, mentor.personKey))
    broken.push("reporting-line");
  const department = departmentKey(mentee.department);
  if (
    index.rules.forbidSameDepartment &&
    department !== undefined &&
    department === departmentKey(mentor.department)
  )
    broken.push("same-department");
  if (index.pastPartners.get(mentee.personKey)?.has(mentor.personKey) ?? false) broken.push("met-before");
  return broken;
}
