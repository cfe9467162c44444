import { TandemError } from "../errors";
import type { AssignmentProblem, AssignmentSolution, SolveOptions } from "./assignment-problem";
import type { CandidateGraph } from "./candidate-graph";
import { selectCandidates } from "./candidate-selection";
import { ShortestPathPlacer, emptyState, placeGreedily, type AssignmentState } from "./sparse-assignment";

/**
 * The optimal assignment of rows (mentees) to columns (mentors with capacities), leaving a row
 * unassigned only at its unassignedCost, with the duals that prove it.
 */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentSolution {
  validate(problem);
  void options; // first version: every finite column is a candidate, so the certificate is immediate
  const { graph, closedColumnCheapest } = selectCandidates(problem, problem.columns);
  const state = emptyState(problem.rows, problem.capacity, problem.unassignedCost);
  placeGreedily(graph, state, rowRange(problem.rows));
  new ShortestPathPlacer(graph, state).placeAll();
  closeZeroCapacityColumns(state, closedColumnCheapest);
  return solutionOf(graph, state, { rounds: 1, candidateEdges: graph.column.length, rescannedRows: 0 });
}

function* rowRange(rows: number): Generator<number> {
  for (let r = 0; r < rows; r++) yield r;
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

/** Reads the solution off the state, the row duals recomputed exactly from the column duals. */
function solutionOf(
  graph: CandidateGraph,
  state: AssignmentState,
  stats: AssignmentSolution["stats"],
): AssignmentSolution {
  const { columnOfRow, columnDual, unassignedCost } = state;
  const rowDual = new Float64Array(graph.rows);
  let assignedCost = 0;
  let unassignedRows = 0;
  for (let r = 0; r < graph.rows; r++) {
    const c = columnOfRow[r]!;
    if (c < 0) {
      rowDual[r] = unassignedCost;
      unassignedRows++;
      continue;
    }
    const pairCost = edgeCost(graph, r, c);
    assignedCost += pairCost;
    rowDual[r] = pairCost - columnDual[c]!;
  }
  return {
    columnOfRow: Int32Array.from(columnOfRow, (c) => (c < 0 ? -1 : c)),
    assignedCost,
    unassignedRows,
    rowDual,
    columnDual: Float64Array.from(columnDual),
    certified: true,
    stats,
  };
}

function edgeCost(graph: CandidateGraph, row: number, c: number): number {
  for (let e = graph.start[row]!; e < graph.start[row + 1]!; e++)
    if (graph.column[e] === c) return graph.cost[e]!;
  throw new Error(`row ${row} is assigned to column ${c}, which is not one of its candidates`);
}
