import type { AssignmentProblem, AssignmentSolution } from "./assignment-problem";
import { clearlyBelow } from "./dual-certificate";
import { reduceRows, type RowScan } from "./row-reduction";
import {
  FREE,
  UNASSIGNED,
  augment,
  emptyState,
  leaveUnassigned,
  settleDuals,
  type AssignmentState,
} from "./sparse-assignment";

/**
 * Up to this many pairs (rows × columns) the solver holds the whole cost matrix (2 MB of float64) and
 * solves it densely: a wave of 500 mentees is solved in one pass over its costs and a few short loops,
 * which is what a first call (code not yet compiled by V8) needs; above it, the sparse solver's
 * candidates and certificate win.
 */
export const DENSE_MAX_PAIRS = 1 << 18;
/**
 * Row-reduction steps per row on the matrix: each step scans a whole row, so fewer than the sparse
 * solver's 32 (measured on 500 × 500 first calls: 4–8 best, 0 or 32 slower by 5–15 %).
 */
const DENSE_REDUCTION_STEPS = 8;

/**
 * The optimal assignment over the full cost matrix: augmenting row reduction (as the sparse solver
 * starts), then one shortest-path search per row left free, each a linear scan over the columns not yet
 * settled (no heap: every column is a neighbour). The duals come out exact for every pair, and are
 * checked against every pair before the solution is returned; null if rounding broke that check (the
 * caller then solves sparsely, which certifies on its own).
 */
export function solveDense(problem: AssignmentProblem): AssignmentSolution | null {
  const { rows, columns, capacity, unassignedCost } = problem;
  const cost = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) problem.fillRow(r, cost.subarray(r * columns, (r + 1) * columns));

  // Columns of capacity 0 take no row: their pairs leave the matrix, their cheapest cost fixes their dual.
  const closedCheapest = new Float64Array(columns).fill(Infinity);
  const openList: number[] = [];
  for (let c = 0; c < columns; c++) {
    if (capacity[c]! > 0) {
      openList.push(c);
      continue;
    }
    for (let r = 0; r < rows; r++) {
      const at = r * columns + c;
      if (cost[at]! < closedCheapest[c]!) closedCheapest[c] = cost[at]!;
      cost[at] = Infinity;
    }
  }
  const open = Int32Array.from(openList);

  const state = emptyState(rows, capacity, unassignedCost);
  const scan = new MatrixRowScan(cost, columns, open);
  const everyRow = new Int32Array(rows);
  for (let r = 0; r < rows; r++) everyRow[r] = r;
  reduceRows(scan, state, everyRow, DENSE_REDUCTION_STEPS);
  const search = new DenseSearch(cost, columns, open, state, scan);
  for (let r = 0; r < rows; r++) if (state.columnOfRow[r] === FREE) search.place(r);

  if (!exactDuals(scan, cost, columns, open, state)) return null;
  for (let c = 0; c < columns; c++) {
    if (capacity[c]! > 0) continue;
    const cheapest = closedCheapest[c]!;
    state.columnDual[c] = cheapest < Infinity ? Math.min(0, cheapest - unassignedCost) : 0;
  }
  let assignedCost = 0;
  let unassignedRows = 0;
  for (let r = 0; r < rows; r++) {
    const c = state.columnOfRow[r]!;
    if (c < 0) unassignedRows++;
    else assignedCost += cost[r * columns + c]!;
  }
  return {
    columnOfRow: state.columnOfRow,
    assignedCost,
    unassignedRows,
    rowDual: state.rowDual,
    columnDual: state.columnDual,
    certified: true,
    stats: { method: "dense", rounds: 1, candidateEdges: rows * open.length, rescannedRows: 0 },
  };
}

/** The two cheapest of a row over every open column of the matrix. */
class MatrixRowScan implements RowScan {
  best = Infinity;
  bestColumn = UNASSIGNED;
  second = Infinity;
  secondColumn = UNASSIGNED;

  constructor(
    private readonly cost: Float64Array,
    private readonly columns: number,
    private readonly open: Int32Array,
  ) {}

  cheapestTwo(row: number, columnDual: Float64Array): void {
    const { cost, open } = this;
    const at = row * this.columns;
    let best = Infinity;
    let bestColumn = UNASSIGNED;
    let second = Infinity;
    let secondColumn = UNASSIGNED;
    for (let i = 0; i < open.length; i++) {
      const c = open[i]!;
      const value = cost[at + c]! - columnDual[c]!;
      if (value < second) {
        if (value < best) {
          second = best;
          secondColumn = bestColumn;
          best = value;
          bestColumn = c;
        } else {
          second = value;
          secondColumn = c;
        }
      }
    }
    this.best = best;
    this.bestColumn = bestColumn;
    this.second = second;
    this.secondColumn = secondColumn;
  }
}

/**
 * Successive shortest paths on the dense matrix (as ShortestPathPlacer on a graph): a full column passes
 * the search on to the rows it holds, a column with room or a reached row's "unassigned" option ends it.
 * The next column to settle is the closest unsettled full one, found by the same scan that relaxes.
 */
class DenseSearch {
  private readonly distance: Float64Array;
  private readonly predecessor: Int32Array;
  private readonly remaining: Int32Array;
  private readonly room: Int32Array;
  private readonly settled: Int32Array;
  private readonly rowDistance: Float64Array;
  private readonly treeRows: Int32Array;
  /** Unsettled full columns, remaining[0 .. count): a search passes through them. */
  private count = 0;
  /** Columns with room, room[0 .. roomCount): a search ends at one. */
  private roomCount = 0;
  /** The closest column with room so far: its distance, the column and the row reaching it. */
  private bestEnd = Infinity;
  private endColumn = -1;
  private endPredecessor = -1;
  /** Set by relax: the closest unsettled full column's distance (its index in `remaining` is returned). */
  private nearest = Infinity;

  constructor(
    private readonly cost: Float64Array,
    private readonly columns: number,
    private readonly open: Int32Array,
    private readonly state: AssignmentState,
    private readonly scan: MatrixRowScan,
  ) {
    this.distance = new Float64Array(columns);
    this.predecessor = new Int32Array(columns);
    this.remaining = new Int32Array(open.length);
    this.room = new Int32Array(open.length);
    this.settled = new Int32Array(open.length);
    const rows = state.columnOfRow.length;
    this.rowDistance = new Float64Array(rows);
    this.treeRows = new Int32Array(rows);
  }

  place(startRow: number): void {
    const { open, state, distance, predecessor, remaining, room, settled, rowDistance, treeRows } = this;
    const { rowDual, columnDual, firstRow, nextRow, load, capacity, unassignedCost } = state;
    // Full columns and columns with room apart: the scan of each then does one kind of work.
    let count = 0;
    let roomCount = 0;
    for (let i = 0; i < open.length; i++) {
      const c = open[i]!;
      if (load[c]! < capacity[c]!) {
        room[roomCount++] = c;
      } else {
        remaining[count++] = c;
        distance[c] = Infinity;
      }
    }
    this.count = count;
    this.roomCount = roomCount;
    // The start row's dual as high as its pairs allow: every reduced cost it scans is then ≥ 0.
    this.scan.cheapestTwo(startRow, columnDual);
    rowDual[startRow] = Math.min(unassignedCost, this.scan.best);
    this.bestEnd = Infinity;
    this.endColumn = -1;
    this.endPredecessor = -1;

    let settledCount = 0;
    let treeCount = 0;
    let bestUnassigned = Infinity; // distance to the closest "unassigned" option
    let unassignedRow = -1;
    let row = startRow;
    let rowDist = 0;
    rowDistance[row] = 0;
    treeRows[treeCount++] = row;
    let scanFrom = -1; // rows of the column being expanded, or -1 for the start row alone
    for (;;) {
      // When a column holds several rows, the relax of its last row sees every distance final.
      const nearestAt = this.relax(row, rowDist);
      const leave = Math.max(0, unassignedCost - rowDual[row]!);
      if (rowDist + leave < bestUnassigned) {
        bestUnassigned = rowDist + leave;
        unassignedRow = row;
      }
      if (this.bestEnd <= rowDist) break; // nothing can be shorter: ties end the search at once
      if (scanFrom >= 0) {
        scanFrom = nextRow[scanFrom]!;
        if (scanFrom >= 0) {
          row = scanFrom;
          rowDistance[row] = rowDist;
          treeRows[treeCount++] = row;
          continue;
        }
      }
      if (nearestAt < 0 || this.nearest >= Math.min(this.bestEnd, bestUnassigned)) break;
      const c = remaining[nearestAt]!;
      remaining[nearestAt] = remaining[--this.count]!;
      settled[settledCount++] = c;
      rowDist = this.nearest;
      scanFrom = firstRow[c]!;
      row = scanFrom;
      rowDistance[row] = rowDist;
      treeRows[treeCount++] = row;
    }

    const toColumn = this.bestEnd <= bestUnassigned;
    const total = toColumn ? this.bestEnd : bestUnassigned;
    settleDuals(state, total, settled, settledCount, distance, treeRows, treeCount, rowDistance);
    if (toColumn) augment(state, predecessor, startRow, this.endColumn, this.endPredecessor);
    else leaveUnassigned(state, predecessor, startRow, unassignedRow);
  }

  /**
   * Relaxes `row` (at distance rowDist) against every unsettled full column (their distances) and every
   * column with room (bestEnd). Returns the index in `remaining` of the closest full one (its distance
   * in `nearest`), or −1. Kept small: it is the search's hot loop.
   */
  private relax(row: number, rowDist: number): number {
    const { cost, remaining, room, distance, predecessor } = this;
    const { rowDual, columnDual } = this.state;
    const at = row * this.columns;
    const u = rowDual[row]!;
    let nearest = Infinity;
    let nearestAt = -1;
    // Never `next = rowDist`: merging a float with a parameter makes V8 box every `next` until the
    // caller is optimised too (measured: half the first call's search time).
    for (let i = 0, count = this.count; i < count; i++) {
      const c = remaining[i]!;
      let reduced = cost[at + c]! - u - columnDual[c]!;
      if (reduced < 0) reduced = 0; // below 0 is rounding
      const next = rowDist + reduced;
      let d = distance[c]!;
      if (next < d) {
        d = next;
        distance[c] = next;
        predecessor[c] = row;
      }
      if (d < nearest) {
        nearest = d;
        nearestAt = i;
      }
    }
    let bestEnd = this.bestEnd;
    let endColumn = -1;
    for (let i = 0, count = this.roomCount; i < count; i++) {
      const c = room[i]!;
      let reduced = cost[at + c]! - u - columnDual[c]!;
      if (reduced < 0) reduced = 0;
      const next = rowDist + reduced;
      if (next < bestEnd) {
        bestEnd = next;
        endColumn = c;
      }
    }
    if (endColumn >= 0) {
      this.bestEnd = bestEnd;
      this.endColumn = endColumn;
      this.endPredecessor = row;
    }
    this.nearest = nearest;
    return nearestAt;
  }
}

/**
 * The certificate over every pair: each row dual is set from its assigned pair (or unassignedCost), and
 * no pair nor "unassigned" option may be cheaper in reduced cost beyond rounding; column duals are ≤ 0
 * and 0 where the column has room. False when any of it fails.
 */
function exactDuals(
  scan: MatrixRowScan,
  cost: Float64Array,
  columns: number,
  open: Int32Array,
  state: AssignmentState,
): boolean {
  const { columnOfRow, rowDual, columnDual, load, capacity, unassignedCost } = state;
  for (let i = 0; i < open.length; i++) {
    const c = open[i]!;
    const v = columnDual[c]!;
    if (!(v <= 0) || (load[c]! < capacity[c]! && v !== 0)) return false;
  }
  for (let r = 0; r < columnOfRow.length; r++) {
    const own = columnOfRow[r]!;
    if (own === FREE) return false;
    const assigned = own >= 0 ? cost[r * columns + own]! - columnDual[own]! : unassignedCost;
    scan.cheapestTwo(r, columnDual);
    if (clearlyBelow(Math.min(unassignedCost, scan.best), assigned, unassignedCost)) return false;
    rowDual[r] = assigned;
  }
  return true;
}
