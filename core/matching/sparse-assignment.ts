import type { CandidateGraph } from "./candidate-graph";
import { IndexedMinHeap } from "./indexed-min-heap";

/** Marks a row not yet placed (neither on a column nor unassigned). */
export const FREE = -2;
/** Marks a row left unassigned (on its private "unassigned" option of cost unassignedCost). */
export const UNASSIGNED = -1;

/**
 * An assignment with capacities and the duals that keep it optimal among the rows placed so far:
 * reduced costs cost − rowDual − columnDual ≥ 0 on every edge and = 0 on assigned ones, columnDual ≤ 0
 * and = 0 while the column has room, rowDual ≤ unassignedCost and = it on unassigned rows.
 */
export interface AssignmentState {
  readonly columnOfRow: Int32Array;
  /** Rows of each column as a doubly linked list: a column of capacity k is never copied k times. */
  readonly firstRow: Int32Array;
  readonly nextRow: Int32Array;
  readonly previousRow: Int32Array;
  readonly load: Int32Array;
  readonly capacity: Int32Array;
  readonly rowDual: Float64Array;
  readonly columnDual: Float64Array;
  readonly unassignedCost: number;
}

/** An empty state: no row placed, every dual 0. */
export function emptyState(rows: number, capacity: Int32Array, unassignedCost: number): AssignmentState {
  const columns = capacity.length;
  return {
    columnOfRow: new Int32Array(rows).fill(FREE),
    firstRow: new Int32Array(columns).fill(-1),
    nextRow: new Int32Array(rows).fill(-1),
    previousRow: new Int32Array(rows).fill(-1),
    load: new Int32Array(columns),
    capacity,
    rowDual: new Float64Array(rows),
    columnDual: new Float64Array(columns),
    unassignedCost,
  };
}

/** Puts a free or unassigned row on column c. */
export function attach(state: AssignmentState, row: number, c: number): void {
  const head = state.firstRow[c]!;
  state.nextRow[row] = head;
  state.previousRow[row] = -1;
  if (head >= 0) state.previousRow[head] = row;
  state.firstRow[c] = row;
  state.load[c] = state.load[c]! + 1;
  state.columnOfRow[row] = c;
}

/** Takes a row off its column (it becomes `as`: FREE or UNASSIGNED). */
export function detach(state: AssignmentState, row: number, as: number): void {
  const c = state.columnOfRow[row]!;
  if (c >= 0) {
    const next = state.nextRow[row]!;
    const previous = state.previousRow[row]!;
    if (previous >= 0) state.nextRow[previous] = next;
    else state.firstRow[c] = next;
    if (next >= 0) state.previousRow[next] = previous;
    state.load[c] = state.load[c]! - 1;
  }
  state.columnOfRow[row] = as;
}

/**
 * Successive shortest paths: places every free row in turn by a Dijkstra search on reduced costs. A full
 * column passes the search on to the rows it holds; a column with room, or a reached row's own
 * "unassigned" option, ends it. Each search keeps the duals optimal for the rows placed so far.
 */
export class ShortestPathPlacer {
  private readonly distance: Float64Array;
  private readonly predecessor: Int32Array;
  private readonly seen: Int32Array;
  private readonly settledStamp: Int32Array;
  private readonly settled: Int32Array;
  private readonly rowDistance: Float64Array;
  private readonly treeRows: Int32Array;
  private readonly heap: IndexedMinHeap;
  private stamp = 0;

  constructor(
    private readonly graph: CandidateGraph,
    private readonly state: AssignmentState,
  ) {
    const columns = graph.columns;
    this.distance = new Float64Array(columns);
    this.predecessor = new Int32Array(columns);
    this.seen = new Int32Array(columns);
    this.settledStamp = new Int32Array(columns);
    this.settled = new Int32Array(columns);
    this.rowDistance = new Float64Array(graph.rows);
    this.treeRows = new Int32Array(graph.rows);
    this.heap = new IndexedMinHeap(columns);
  }

  /** Places every row still free, in index order. */
  placeAll(): void {
    const columnOfRow = this.state.columnOfRow;
    for (let r = 0; r < columnOfRow.length; r++) if (columnOfRow[r] === FREE) this.place(r);
  }

  /** Places one free row, moving others along a cheapest augmenting path. */
  place(startRow: number): void {
    const { graph, state, distance, predecessor, seen, settledStamp, settled, rowDistance, treeRows, heap } =
      this;
    const { start, column, cost } = graph;
    const { rowDual, columnDual, load, capacity, firstRow, nextRow, unassignedCost } = state;
    const stamp = ++this.stamp;
    rowDual[startRow] = this.feasibleRowDual(startRow);

    let settledCount = 0;
    let treeCount = 0;
    let bestEnd = Infinity; // distance to the best column with room found so far
    let endColumn = -1;
    let endPredecessor = -1;
    let bestUnassigned = Infinity; // distance to the best "unassigned" option found so far
    let unassignedRow = -1;

    let row = startRow;
    let rowDist = 0;
    rowDistance[row] = 0;
    treeRows[treeCount++] = row;
    let scanFrom = -1; // rows of the column being expanded, or -1 for the start row alone
    for (;;) {
      // Scan `row` (at distance rowDist): its edges, then its "unassigned" option.
      const u = rowDual[row]!;
      for (let e = start[row]!, to = start[row + 1]!; e < to; e++) {
        const c = column[e]!;
        if (settledStamp[c] === stamp || capacity[c] === 0) continue;
        let reduced = cost[e]! - u - columnDual[c]!;
        if (reduced < 0) reduced = 0;
        const next = rowDist + reduced;
        if (load[c]! < capacity[c]!) {
          if (next < bestEnd) {
            bestEnd = next;
            endColumn = c;
            endPredecessor = row;
          }
        } else if (seen[c] !== stamp || next < distance[c]!) {
          seen[c] = stamp;
          distance[c] = next;
          predecessor[c] = row;
          heap.pushOrDecrease(c, next);
        }
      }
      let leave = unassignedCost - u;
      if (leave < 0) leave = 0;
      if (rowDist + leave < bestUnassigned) {
        bestUnassigned = rowDist + leave;
        unassignedRow = row;
      }
      if (bestEnd <= rowDist) break; // nothing can be shorter: ties end the search at once
      // Next row of the column being expanded, else the next closest full column.
      if (scanFrom >= 0) {
        scanFrom = nextRow[scanFrom]!;
        if (scanFrom >= 0) {
          row = scanFrom;
          rowDistance[row] = rowDist;
          treeRows[treeCount++] = row;
          continue;
        }
      }
      const bound = Math.min(bestEnd, bestUnassigned);
      if (heap.size === 0 || heap.peekKey() >= bound) break;
      const c = heap.pop();
      settledStamp[c] = stamp;
      settled[settledCount++] = c;
      rowDist = distance[c]!;
      scanFrom = firstRow[c]!;
      row = scanFrom;
      rowDistance[row] = rowDist;
      treeRows[treeCount++] = row;
    }
    heap.clear();

    const toColumn = bestEnd <= bestUnassigned;
    const total = toColumn ? bestEnd : bestUnassigned;
    settleDuals(state, total, settled, settledCount, distance, treeRows, treeCount, rowDistance);
    if (toColumn) augment(state, predecessor, startRow, endColumn, endPredecessor);
    else leaveUnassigned(state, predecessor, startRow, unassignedRow);
  }

  /** The largest row dual keeping every edge of the row (and its "unassigned" option) non-negative. */
  private feasibleRowDual(row: number): number {
    const { start, column, cost } = this.graph;
    const columnDual = this.state.columnDual;
    let best = this.state.unassignedCost;
    for (let e = start[row]!, to = start[row + 1]!; e < to; e++) {
      const value = cost[e]! - columnDual[column[e]!]!;
      if (value < best) best = value;
    }
    return best;
  }
}

/**
 * The duals after a search that ends at distance `total`: each settled column's dual falls, and each
 * tree row's rises, by how much closer than `total` the search reached it. Reduced costs stay ≥ 0 and
 * the path found becomes tight.
 */
export function settleDuals(
  state: AssignmentState,
  total: number,
  settled: Int32Array,
  settledCount: number,
  distance: Float64Array,
  treeRows: Int32Array,
  treeCount: number,
  rowDistance: Float64Array,
): void {
  const { columnDual, rowDual } = state;
  for (let i = 0; i < settledCount; i++) {
    const c = settled[i]!;
    const slack = total - distance[c]!;
    if (slack > 0) columnDual[c] = columnDual[c]! - slack;
  }
  for (let i = 0; i < treeCount; i++) {
    const r = treeRows[i]!;
    const slack = total - rowDistance[r]!;
    if (slack > 0) rowDual[r] = rowDual[r]! + slack;
  }
}

/**
 * Ends a search at column `target`, reached from row `mover`: each row on the path back to `startRow`
 * moves to the column after it (`predecessor[c]`: the row the search reached column c from).
 */
export function augment(
  state: AssignmentState,
  predecessor: Int32Array,
  startRow: number,
  target: number,
  mover: number,
): void {
  for (;;) {
    const from = state.columnOfRow[mover]!;
    detach(state, mover, FREE);
    attach(state, mover, target);
    if (mover === startRow) return;
    target = from;
    mover = predecessor[target]!;
  }
}

/** Ends a search at row `row`'s "unassigned" option: it leaves its column, which the path then fills. */
export function leaveUnassigned(
  state: AssignmentState,
  predecessor: Int32Array,
  startRow: number,
  row: number,
): void {
  state.rowDual[row] = state.unassignedCost;
  if (row === startRow) {
    state.columnOfRow[startRow] = UNASSIGNED;
    return;
  }
  const target = state.columnOfRow[row]!;
  detach(state, row, UNASSIGNED);
  augment(state, predecessor, startRow, target, predecessor[target]!);
}
