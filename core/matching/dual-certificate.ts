import type { AssignmentProblem } from "./assignment-problem";
import type { CandidateGraph, EdgeAdditions } from "./candidate-graph";
import { IndexedMinHeap } from "./indexed-min-heap";
import type { AssignmentState } from "./sparse-assignment";

/** Relative slack under which a reduced cost counts as zero (float costs round). */
const RELATIVE_TOLERANCE = 1e-12;
/** Absolute slack, as a share of unassignedCost: costs far below it (say 1e-300) all count as ties. */
const SCALE_TOLERANCE = 1e-15;

/** True when `value` is below `limit` by more than rounding: a ≥ b is only doubted past this. */
function clearlyBelow(value: number, limit: number, unassignedCost: number): boolean {
  return (
    value <
    limit - RELATIVE_TOLERANCE * (Math.abs(value) + Math.abs(limit)) - SCALE_TOLERANCE * unassignedCost
  );
}

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
function setRowDuals(graph: CandidateGraph, state: AssignmentState): void {
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
  /** Pairs to add to the graph: the violating ones, and near ones of recomputed rows. */
  readonly additions: EdgeAdditions[];
  /** Rows with a violating pair: only they must be placed again. */
  readonly violatedRows: number[];
  readonly rescannedRows: number;
}

/** Most pairs a recomputed row brings into the graph below its dual, so that it is cleared next time. */
const NEAR_PER_ROW = 64;

/**
 * Checks the duals against every pair, not only the candidates. The reserve's pairs are checked from
 * memory. A row whose bound θ_r beyond graph and reserve is at least its dual is then cleared at once
 * (cost ≥ θ_r ≥ u_r and −v_c ≥ 0); only the others are recomputed whole. A recomputed row brings its
 * violating pairs (at most `perRow` of the worst) and its other pairs cheaper than its dual into the
 * graph, so that its bound, what is left outside, clears it in the next rounds.
 */
export function certify(
  problem: AssignmentProblem,
  graph: CandidateGraph,
  reserve: CandidateGraph,
  state: AssignmentState,
  leftOutBound: Float64Array,
  perRow: number,
): Certification {
  const { rowDual } = state;
  const additions: EdgeAdditions[] = [];
  const violatedRows: number[] = [];
  let buffer: Float64Array | undefined;
  let known: Int32Array | undefined;
  let rescannedRows = 0;
  const violators: Violator[] = [];
  for (let r = 0; r < graph.rows; r++) {
    const u = rowDual[r]!;
    violators.length = 0;
    if (!clearlyBelow(leftOutBound[r]!, u, state.unassignedCost)) {
      // Graph pairs are feasible already; only the reserve's other pairs can hold a violation.
      for (let e = reserve.start[r]!; e < reserve.start[r + 1]!; e++) {
        const c = reserve.column[e]!;
        if (!hasEdge(graph, r, c)) collect(violators, c, reserve.cost[e]!, u, state);
      }
      const added = worstViolators(violators, perRow);
      if (added.length > 0) {
        violatedRows.push(r);
        additions.push({ row: r, columns: added.map((x) => x.column), costs: added.map((x) => x.cost) });
      }
      continue;
    }
    buffer ??= new Float64Array(graph.columns);
    known ??= new Int32Array(graph.columns).fill(-1);
    rescannedRows++;
    problem.fillRow(r, buffer);
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) known[graph.column[e]!] = r;
    for (let c = 0; c < graph.columns; c++) {
      if (known[c] !== r && problem.capacity[c] !== 0) collect(violators, c, buffer[c]!, u, state);
    }
    const added = worstViolators(violators, perRow);
    if (added.length > 0) violatedRows.push(r);
    for (const x of added) known[x.column] = r;
    for (let e = reserve.start[r]!; e < reserve.start[r + 1]!; e++) known[reserve.column[e]!] = r;
    const near: Violator[] = [];
    for (let c = 0; c < graph.columns; c++) {
      const value = buffer[c]!;
      if (known[c] !== r && problem.capacity[c] !== 0 && value < u)
        near.push({ column: c, reduced: 0, cost: value });
    }
    near.sort((a, b) => a.cost - b.cost || a.column - b.column);
    for (const x of near.slice(0, NEAR_PER_ROW)) {
      added.push(x);
      known[x.column] = r;
    }
    if (added.length > 0) {
      additions.push({ row: r, columns: added.map((x) => x.column), costs: added.map((x) => x.cost) });
    }
    // The bound is now the cheapest pair outside the graph and the reserve.
    let remaining = Infinity;
    for (let c = 0; c < graph.columns; c++) {
      const value = buffer[c]!;
      if (known[c] !== r && problem.capacity[c] !== 0 && value < remaining) remaining = value;
    }
    leftOutBound[r] = remaining;
  }
  return { additions, violatedRows, rescannedRows };
}

/** The `limit` most negative reduced costs (at least one), most negative first. */
function worstViolators(violators: Violator[], limit: number): Violator[] {
  violators.sort((a, b) => a.reduced - b.reduced || a.column - b.column);
  return violators.slice(0, Math.max(1, limit));
}

interface Violator {
  readonly column: number;
  readonly reduced: number;
  readonly cost: number;
}

function collect(
  violators: Violator[],
  column: number,
  cost: number,
  u: number,
  state: AssignmentState,
): void {
  if (!(cost < Infinity)) return;
  const v = state.columnDual[column]!;
  if (clearlyBelow(cost - v, u, state.unassignedCost))
    violators.push({ column, reduced: cost - u - v, cost });
}

function hasEdge(graph: CandidateGraph, row: number, column: number): boolean {
  for (let e = graph.start[row]!; e < graph.start[row + 1]!; e++) if (graph.column[e] === column) return true;
  return false;
}
