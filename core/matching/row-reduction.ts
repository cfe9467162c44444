import type { CandidateGraph } from "./candidate-graph";
import { FREE, UNASSIGNED, attach, detach, type AssignmentState } from "./sparse-assignment";

/**
 * Augmenting row reduction (Jonker–Volgenant), extended to capacities: a free row takes its cheapest
 * column (by reduced cost), evicting a row when the column is full and lowering the column's dual as far
 * as the second-cheapest option and the rows staying on it allow. Every step keeps the duals valid for
 * the shortest-path phase, which places whatever rows this leaves free; after a few passes most rows are
 * placed in a few operations each instead of a search.
 */
export function reduceRows(
  scan: RowScan,
  state: AssignmentState,
  rows: ArrayLike<number>,
  stepsPerRow = STEPS_PER_ROW,
): void {
  let free: number[] = [];
  // Indexed loops, no iterators: a wave's first call runs these in the interpreter.
  for (let i = 0; i < rows.length; i++) if (state.columnOfRow[rows[i]!] === FREE) free.push(rows[i]!);
  let budget = stepsPerRow * free.length + 16;
  for (let pass = 0; pass < PASSES && free.length > 0; pass++) {
    const next: number[] = [];
    for (let i = 0; i < free.length; i++) {
      let row = free[i]!;
      while (row >= 0 && budget-- > 0) {
        const evicted = step(scan, state, row);
        if (evicted === NONE) break;
        if (evicted >= 0) {
          row = evicted; // the column's dual fell: place the evicted row at once
        } else {
          next.push(-evicted - 2); // a tie: retry in the next pass, so two rows cannot swap forever
          break;
        }
      }
    }
    free = next;
  }
}

const NONE = -1;
/** Steps allowed per free row on average (evictions included) before the shortest paths take over. */
const STEPS_PER_ROW = 32;
/** Passes over the rows left free by ties (Jonker–Volgenant use two; ties in small integer costs need more). */
const PASSES = 4;

/**
 * Places `row`; returns NONE, the evicted row (≥ 0) when a column dual fell, or −(evicted row) − 2 when
 * the row was swapped in at an unchanged dual.
 */
function step(scan: RowScan, state: AssignmentState, row: number): number {
  const { columnDual, rowDual, load, capacity, firstRow, nextRow, unassignedCost } = state;
  scan.cheapestTwo(row, columnDual);
  let best = scan.best;
  let bestColumn = scan.bestColumn;
  let second = scan.second;
  let secondColumn = scan.secondColumn;
  if (unassignedCost < best) {
    second = best;
    secondColumn = bestColumn;
    best = unassignedCost;
    bestColumn = UNASSIGNED;
  } else if (unassignedCost < second) {
    second = unassignedCost;
    secondColumn = UNASSIGNED;
  }
  if (bestColumn === UNASSIGNED) {
    state.columnOfRow[row] = UNASSIGNED;
    rowDual[row] = unassignedCost;
    return NONE;
  }
  if (load[bestColumn]! < capacity[bestColumn]!) {
    attach(state, row, bestColumn);
    rowDual[row] = best;
    return NONE;
  }
  // Full: the row with the least room to move leaves; the others must stay tight as the dual falls.
  let leaving = -1;
  let leavingSlack = Infinity;
  let othersSlack = Infinity;
  // With no gap to its second option (a tie) the dual cannot fall, whatever the slacks: any row may
  // leave, so none is priced (each slack is a scan of that row).
  const priced = second > best && capacity[bestColumn]! > 1;
  for (let k = firstRow[bestColumn]!; k >= 0; k = nextRow[k]!) {
    const slack = priced ? slackOf(scan, state, k, bestColumn) : 0;
    if (slack < leavingSlack) {
      othersSlack = Math.min(othersSlack, leavingSlack);
      leaving = k;
      leavingSlack = slack;
    } else if (slack < othersSlack) {
      othersSlack = slack;
    }
  }
  const fall = Math.min(second - best, othersSlack);
  if (fall > 0) {
    columnDual[bestColumn] = columnDual[bestColumn]! - fall;
    for (let k = firstRow[bestColumn]!; k >= 0; k = nextRow[k]!)
      if (k !== leaving) rowDual[k] = rowDual[k]! + fall;
    detach(state, leaving, FREE);
    attach(state, row, bestColumn);
    rowDual[row] = best + fall;
    return leaving;
  }
  if (second === best) {
    // A tie: take the equally cheap second option when it evicts nobody.
    if (secondColumn === UNASSIGNED) {
      state.columnOfRow[row] = UNASSIGNED;
      rowDual[row] = unassignedCost;
      return NONE;
    }
    if (load[secondColumn]! < capacity[secondColumn]!) {
      attach(state, row, secondColumn);
      rowDual[row] = second;
      return NONE;
    }
  }
  detach(state, leaving, FREE);
  attach(state, row, bestColumn);
  rowDual[row] = best;
  return -leaving - 2;
}

/** How far row k's dual can rise while it stays on column `on`: its next-cheapest option minus its dual. */
function slackOf(scan: RowScan, state: AssignmentState, k: number, on: number): number {
  scan.cheapestTwo(k, state.columnDual);
  const next = Math.min(state.unassignedCost, scan.bestColumn === on ? scan.second : scan.best);
  return Math.max(0, next - state.rowDual[k]!);
}

/**
 * A row's two cheapest columns by reduced cost (cost − columnDual), over whatever pairs the solver holds:
 * the candidate graph's edges, or a dense matrix's every open column. One small method for each: it is
 * the loop a first call runs most, and V8 optimises a small hot function sooner than a large one.
 */
export interface RowScan {
  /** Sets best, bestColumn, second and secondColumn (Infinity and UNASSIGNED where the row has fewer pairs). */
  cheapestTwo(row: number, columnDual: Float64Array): void;
  best: number;
  bestColumn: number;
  second: number;
  secondColumn: number;
}

/** The two cheapest over a candidate graph's edges. */
export class GraphRowScan implements RowScan {
  best = Infinity;
  bestColumn = UNASSIGNED;
  second = Infinity;
  secondColumn = UNASSIGNED;

  constructor(private readonly graph: CandidateGraph) {}

  cheapestTwo(row: number, columnDual: Float64Array): void {
    const { start, column, cost } = this.graph;
    let best = Infinity;
    let bestColumn = UNASSIGNED;
    let second = Infinity;
    let secondColumn = UNASSIGNED;
    for (let e = start[row]!, to = start[row + 1]!; e < to; e++) {
      const c = column[e]!;
      const value = cost[e]! - columnDual[c]!;
      if (value < best) {
        second = best;
        secondColumn = bestColumn;
        best = value;
        bestColumn = c;
      } else if (value < second) {
        second = value;
        secondColumn = c;
      }
    }
    this.best = best;
    this.bestColumn = bestColumn;
    this.second = second;
    this.secondColumn = secondColumn;
  }
}
