import { buildPastPartners, departmentKey, type ReportingTree } from "./hard-rules";
import type { MatchingInput, MatchMentee, MatchMentor } from "./matching-types";
import { oneSidedChoicePoints } from "./pair-score";

/**
 * The columns of a row that differ from the row loop's general case: shortlist points, and the mentors
 * a hard rule other than language forbids (reporting line, department, met before). Each is found by
 * index, never by scanning the row, so a row costs its loop plus the few columns that concern it.
 */
export interface RowExceptions {
  /** Applies the exceptions of `row` (mentee `mentee`) to its freshly computed costs. */
  apply(row: number, mentee: MatchMentee, out: Float64Array): void;
}

export function buildRowExceptions(
  input: MatchingInput,
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  tree: ReportingTree,
): RowExceptions {
  const bonuses = choiceBonuses(input, mentees, mentors);
  const columnsByKey = groupColumns(mentors, (m) => m.personKey);
  const columnsByDepartment = groupColumns(mentors, (m) => departmentKey(m.department));
  const partners = buildPastPartners(input.pastPairs);
  const { forbidReportingLine, forbidSameDepartment } = input.rules;

  // Mentors in the manager tree, by Euler enter time: a mentee's subtree is one contiguous run.
  const inTree = mentors
    .map((m, c) => ({ c, enter: tree.interval(m.personKey)?.[0] }))
    .filter((e): e is { c: number; enter: number } => e.enter !== undefined)
    .sort((x, y) => x.enter - y.enter);
  const enterSorted = Int32Array.from(inTree, (e) => e.enter);
  const columnByEnter = Int32Array.from(inTree, (e) => e.c);

  const forbid = (out: Float64Array, columns: readonly number[] | undefined) => {
    for (const c of columns ?? []) out[c] = Infinity;
  };

  return {
    apply(row, mentee, out) {
      for (let i = bonuses.start[row]!; i < bonuses.start[row + 1]!; i++)
        out[bonuses.column[i]!] = out[bonuses.column[i]!]! - bonuses.points[i]!;
      for (const key of partners.get(mentee.personKey) ?? []) forbid(out, columnsByKey.get(key));
      if (forbidSameDepartment) {
        const department = departmentKey(mentee.department);
        if (department !== undefined) forbid(out, columnsByDepartment.get(department));
      }
      const interval = forbidReportingLine ? tree.interval(mentee.personKey) : undefined;
      if (interval === undefined) return;
      for (const key of tree.managersOf(mentee.personKey)) forbid(out, columnsByKey.get(key));
      for (let i = lowerBound(enterSorted, interval[0]); i < enterSorted.length; i++) {
        if (enterSorted[i]! > interval[1]) break;
        out[columnByEnter[i]!] = Infinity;
      }
    },
  };
}

/** Shortlist points per row, as compressed rows: a quarter of the weight one way, all of it both ways. */
function choiceBonuses(
  input: MatchingInput,
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
): { start: Int32Array; column: Int32Array; points: Float64Array } {
  const columnOf = new Map(mentors.map((m, c) => [m.id, c]));
  const rowOf = new Map(mentees.map((m, r) => [m.id, r]));
  const chosen = mentees.map(() => new Map<number, number>()); // column → 1 mentee chose, 2 mentor chose, 3 both
  mentees.forEach((mentee, r) => {
    for (const id of mentee.shortlist ?? []) {
      const c = columnOf.get(id);
      if (c !== undefined) chosen[r]!.set(c, (chosen[r]!.get(c) ?? 0) | 1);
    }
  });
  mentors.forEach((mentor, c) => {
    for (const id of mentor.shortlist ?? []) {
      const r = rowOf.get(id);
      if (r !== undefined) chosen[r]!.set(c, (chosen[r]!.get(c) ?? 0) | 2);
    }
  });
  const full = input.weights.mutualChoice;
  const start = new Int32Array(mentees.length + 1);
  const column: number[] = [];
  const points: number[] = [];
  chosen.forEach((byColumn, r) => {
    for (const [c, who] of byColumn) {
      column.push(c);
      points.push(who === 3 ? full : oneSidedChoicePoints(full));
    }
    start[r + 1] = column.length;
  });
  return { start, column: Int32Array.from(column), points: Float64Array.from(points) };
}

function groupColumns(
  mentors: readonly MatchMentor[],
  keyOf: (m: MatchMentor) => string | undefined,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  mentors.forEach((m, c) => {
    const key = keyOf(m);
    if (key === undefined) return;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [c]);
    else group.push(c);
  });
  return groups;
}

/** The first index whose value is ≥ `value` in an ascending array. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
