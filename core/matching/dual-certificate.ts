import type { AssignmentProblem } from "./assignment-problem";
import type { CandidateGraph, EdgeAdditions } from "./candidate-graph";
import { IndexedMinHeap } from "./indexed-min-heap";
import type { AssignmentState } from "./sparse-assignment";

/** Relative slack under which a reduced cost counts as zero (float costs round). */
export const RELATIVE_TOLERANCE = 1e-12;

/**
 * Raises every column dual as far as the candidate graph allows (keeping the assignment optimal), then
 * sets each row dual from its assigned pair. The row duals come out as small as they can be, which is
 * what lets the certificate clear a row from its left-out bound alone.
 *
 * The largest duals are shortest distances: v_c ≤ 0, v_c ≤ v_a + cost(r, c) − cost(r, a) for a row r on
 * column a, v_c ≤ cost(r, c) − unassignedCost for an unassigned row r; one Dijkstra on reduced costs.
 */
export function tightenDuals(graph: CandidateGraph, state: AssignmentState): void {
  const { start, column, cost, columns } = graph;
  const { columnOfRow, columnDual, rowDual, firstRow, nextRow, unassignedCost } = state;
  const raise = new Float64Array(columns);
  for (let c = 0; c < columns; c++) raise[c] = -columnDual[c]!;
  for (let r = 0; r < graph.rows; r++) {
    if (columnOfRow[r]! >= 0) continue;
    for (let e = start[r]!; e < start[r + 1]!; e++) {
      const c = column[e]!;
      const reduced = Math.max(0, cost[e]! - unassignedCost - columnDual[c]!);
      if (reduced < raise[c]!) raise[c] = reduced;
    }
  }
  const heap = new IndexedMinHeap(columns);
  for (let c = 0; c < columns; c++) heap.pushOrDecrease(c, raise[c]!);
  while (heap.size > 0) {
    const a = heap.pop();
    const at = raise[a]!;
    for (let r = firstRow[a]!; r >= 0; r = nextRow[r]!) {
      const u = rowDual[r]!;
      for (let e = start[r]!; e < start[r + 1]!; e++) {
        const c = column[e]!;
        const next = at + Math.max(0, cost[e]! - u - columnDual[c]!);
        if (next < raise[c]! && heap.has(c)) {
          raise[c] = next;
          heap.pushOrDecrease(c, next);
        }
      }
    }
  }
  for (let c = 0; c < columns; c++) columnDual[c] = Math.min(0, columnDual[c]! + raise[c]!);
  setRowDuals(graph, state);
}

/** Row duals exactly from the column duals: cost of the assigned pair − its column's dual. */
export function setRowDuals(graph: CandidateGraph, state: AssignmentState): void {
  const { columnOfRow, columnDual, rowDual, unassignedCost } = state;
  for (let r = 0; r < graph.rows; r++) {
    const c = columnOfRow[r]!;
    if (c < 0) {
      rowDual[r] = unassignedCost;
      continue;
    }
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) {
      if (graph.column[e] === c) {
        rowDual[r] = Math.min(unassignedCost, graph.cost[e]! - columnDual[c]!);
        break;
      }
    }
  }
}

/** What one certification pass found. */
export interface Certification {
  /** The pairs outside the graph whose reduced cost is negative, to add before solving again. */
  readonly additions: EdgeAdditions[];
  readonly rescannedRows: number;
}

/**
 * Checks the duals against every pair, not only the candidates. A row whose left-out bound θ_r is at
 * least its dual is cleared at once (cost ≥ θ_r ≥ u_r and −v_c ≥ 0); only the others are recomputed,
 * their violating pairs (at most `perRow` of the worst) returned, and their bound lowered to what is left.
 */
export function certify(
  problem: AssignmentProblem,
  graph: CandidateGraph,
  state: AssignmentState,
  leftOutBound: Float64Array,
  perRow: number,
): Certification {
  const { rowDual, columnDual } = state;
  const additions: EdgeAdditions[] = [];
  let buffer: Float64Array | undefined;
  let isCandidate: Int32Array | undefined;
  let rescannedRows = 0;
  for (let r = 0; r < graph.rows; r++) {
    const u = rowDual[r]!;
    const bound = leftOutBound[r]!;
    if (bound >= u - RELATIVE_TOLERANCE * (Math.abs(u) + Math.abs(bound))) continue;
    buffer ??= new Float64Array(graph.columns);
    isCandidate ??= new Int32Array(graph.columns).fill(-1);
    rescannedRows++;
    problem.fillRow(r, buffer);
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) isCandidate[graph.column[e]!] = r;
    const violators: { column: number; reduced: number; cost: number }[] = [];
    for (let c = 0; c < graph.columns; c++) {
      const value = buffer[c]!;
      if (isCandidate[c] === r || !(value < Infinity) || problem.capacity[c] === 0) continue;
      const v = columnDual[c]!;
      const reduced = value - u - v;
      if (reduced < -RELATIVE_TOLERANCE * (value + Math.abs(u) + Math.abs(v))) {
        violators.push({ column: c, reduced, cost: value });
      }
    }
    violators.sort((a, b) => a.reduced - b.reduced || a.column - b.column);
    const added = violators.slice(0, Math.max(1, perRow));
    if (added.length > 0) {
      additions.push({ row: r, columns: added.map((x) => x.column), costs: added.map((x) => x.cost) });
    }
    for (const x of added) isCandidate[x.column] = r;
    let remaining = Infinity;
    for (let c = 0; c < graph.columns; c++) {
      const value = buffer[c]!;
      if (isCandidate[c] !== r && problem.capacity[c] !== 0 && value < remaining) remaining = value;
    }
    leftOutBound[r] = remaining;
  }
  return { additions, rescannedRows };
}
