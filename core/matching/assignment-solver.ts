import { TandemError } from "../errors";
import type { AssignmentProblem, AssignmentSolution, SolveOptions } from "./assignment-problem";
import { addEdges, type CandidateGraph } from "./candidate-graph";
import { selectCandidates } from "./candidate-selection";
import { DENSE_MAX_PAIRS, solveDense } from "./dense-assignment";
import { certify, tightenDuals } from "./dual-certificate";
import { reopenRows } from "./warm-restart";
import { GraphRowScan, reduceRows } from "./row-reduction";
import { ShortestPathPlacer, emptyState, type AssignmentState } from "./sparse-assignment";

/** How many cheapest columns each row starts with when the caller does not say. */
export const DEFAULT_CANDIDATES_PER_ROW = 16;
/** Next cheapest columns per row kept aside for the certificate: checked from memory, not recomputed (at
 * 64, popular mentors make half as many rows to recompute as at 32 on realistic waves). */
const RESERVE_PER_ROW = 64;
/** Each column also brings its cheapest rows (a third of the per-row count): mentors nobody ranks high stay reachable. */
const COLUMN_SHARE = 3;

/**
 * The optimal assignment of rows (mentees) to columns (mentors with capacities), leaving a row
 * unassigned only at its unassignedCost, with the duals that prove it against every pair.
 *
 * Small problems (up to DENSE_MAX_PAIRS pairs) are solved over their full cost matrix (dense-assignment.ts).
 * Larger ones sparsely: each row keeps its few cheapest columns; the sparse problem is solved by
 * successive shortest paths; the duals are then checked against all pairs, and the pairs they miss are
 * added and the problem solved again from where it was, until nothing is missed.
 */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentSolution {
  validate(problem);
  const method = options.method ?? "auto";
  if (method === "dense" || (method === "auto" && problem.rows * problem.columns <= DENSE_MAX_PAIRS)) {
    const dense = solveDense(problem);
    if (dense !== null) return dense;
  }
  const perRow = Math.max(1, Math.floor(options.candidatesPerRow ?? DEFAULT_CANDIDATES_PER_ROW));
  const selection = selectCandidates(problem, {
    perRow,
    perColumn: Math.ceil(perRow / COLUMN_SHARE),
    reservePerRow: RESERVE_PER_ROW,
  });
  const leftOutBound = selection.leftOutBound;
  let graph = selection.graph;
  const state = emptyState(problem.rows, problem.capacity, problem.unassignedCost);
  reduceRows(new GraphRowScan(graph), state, rowRange(problem.rows));
  new ShortestPathPlacer(graph, state).placeAll();
  let rounds = 1;
  let rescannedRows = 0;
  for (;;) {
    tightenDuals(graph, state);
    const found = certify(problem, graph, selection.reserve, state, leftOutBound, perRow);
    rescannedRows += found.rescannedRows;
    // No violation anywhere: certified (near pairs only matter for rounds that will not come).
    if (found.violatedRows.length === 0) break;
    const before = graph.column.length;
    graph = addEdges(graph, found.additions);
    // Each round adds pairs the graph lacked, so the rounds end (at worst with every pair in the graph).
    if (graph.column.length === before)
      throw new Error("certification added no pair: solver invariant broken");
    const freed = reopenRows(graph, state, found.violatedRows);
    reduceRows(new GraphRowScan(graph), state, freed);
    new ShortestPathPlacer(graph, state).placeAll();
    rounds++;
  }
  closeZeroCapacityColumns(state, selection.closedColumnCheapest);
  return solutionOf(graph, state, {
    method: "sparse",
    rounds,
    candidateEdges: graph.column.length,
    rescannedRows,
  });
}

/** 0 … rows − 1. */
function rowRange(rows: number): Int32Array {
  const range = new Int32Array(rows);
  for (let r = 0; r < rows; r++) range[r] = r;
  return range;
}

/** Refuses problems whose numbers would make the duals meaningless (NaN or infinite). */
function validate(problem: AssignmentProblem): void {
  if (!Number.isInteger(problem.rows) || problem.rows < 0) {
    throw new TandemError("VALIDATION", "The assignment problem needs a whole number of rows.");
  }
  if (problem.capacity.length !== problem.columns) {
    throw new TandemError("VALIDATION", "The assignment problem needs one capacity per column.");
  }
  if (problem.capacity.some((capacity) => capacity < 0)) {
    throw new TandemError("VALIDATION", "Column capacities cannot be negative.");
  }
  if (!Number.isFinite(problem.unassignedCost) || problem.unassignedCost < 0) {
    throw new TandemError("VALIDATION", "The cost of an unassigned row must be finite and non-negative.");
  }
}

/**
 * A column of capacity 0 takes no row, so its dual only has to keep its pairs' reduced costs ≥ 0:
 * cheapest cost − unassignedCost does, since every row dual is at most unassignedCost.
 */
function closeZeroCapacityColumns(state: AssignmentState, closedColumnCheapest: Float64Array): void {
  for (let c = 0; c < state.capacity.length; c++) {
    if (state.capacity[c] !== 0) continue;
    const cheapest = closedColumnCheapest[c]!;
    state.columnDual[c] = cheapest < Infinity ? Math.min(0, cheapest - state.unassignedCost) : 0;
  }
}

/** Reads the solution off the state (its row duals already set exactly by the last certification). */
function solutionOf(
  graph: CandidateGraph,
  state: AssignmentState,
  stats: AssignmentSolution["stats"],
): AssignmentSolution {
  const { columnOfRow } = state;
  let assignedCost = 0;
  let unassignedRows = 0;
  for (let r = 0; r < graph.rows; r++) {
    const c = columnOfRow[r]!;
    if (c < 0) unassignedRows++;
    else assignedCost += edgeCost(graph, r, c);
  }
  return {
    columnOfRow: Int32Array.from(columnOfRow, (c) => (c < 0 ? -1 : c)),
    assignedCost,
    unassignedRows,
    rowDual: Float64Array.from(state.rowDual),
    columnDual: Float64Array.from(state.columnDual),
    certified: true,
    stats,
  };
}

function edgeCost(graph: CandidateGraph, row: number, c: number): number {
  for (let e = graph.start[row]!; e < graph.start[row + 1]!; e++)
    if (graph.column[e] === c) return graph.cost[e]!;
  throw new Error(`row ${row} is assigned to column ${c}, which is not one of its candidates`);
}
