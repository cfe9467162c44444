import type { CandidateGraph } from "./candidate-graph";
import { IndexedMinHeap } from "./indexed-min-heap";
import { FREE, UNASSIGNED, attach, detach, type AssignmentState } from "./sparse-assignment";

/**
 * Makes an optimal state valid again after edges were added to the graph, touching as little as it can.
 * The rows with a violating new edge are freed (the shortest-path phase places them again). A column
 * they leave with room and a negative dual breaks optimality; each such column is repaired by a reverse
 * shortest path: either its dual rises to 0, or a row moves in from another column, which is then the
 * one left with room, and so on, whichever is cheapest in reduced costs. Returns the freed rows.
 */
export function reopenRows(graph: CandidateGraph, state: AssignmentState, rows: readonly number[]): number[] {
  const freed: number[] = [];
  const deficits: number[] = [];
  for (const r of rows) {
    const c = state.columnOfRow[r]!;
    if (c === FREE) continue;
    detach(state, r, FREE);
    freed.push(r);
    if (c >= 0 && state.columnDual[c]! < 0) deficits.push(c);
  }
  if (deficits.length > 0) {
    const repair = new DeficitRepair(graph, state);
    for (const c of deficits) {
      while (state.load[c]! < state.capacity[c]! && state.columnDual[c]! < 0) repair.run(c);
    }
  }
  return freed.sort((a, b) => a - b);
}

/** The reverse search, with its workspace reused across columns. */
class DeficitRepair {
  private readonly incoming: ColumnIndex;
  private readonly distance: Float64Array;
  private readonly seen: Int32Array;
  private readonly settledStamp: Int32Array;
  private readonly settled: Int32Array;
  /** For a column reached by a row moving out of it: that row, and the column it moves into. */
  private readonly mover: Int32Array;
  private readonly moverTarget: Int32Array;
  private readonly heap: IndexedMinHeap;
  private stamp = 0;

  constructor(
    graph: CandidateGraph,
    private readonly state: AssignmentState,
  ) {
    this.incoming = columnIndex(graph);
    const columns = graph.columns;
    this.distance = new Float64Array(columns);
    this.seen = new Int32Array(columns);
    this.settledStamp = new Int32Array(columns);
    this.settled = new Int32Array(columns);
    this.mover = new Int32Array(columns);
    this.moverTarget = new Int32Array(columns);
    this.heap = new IndexedMinHeap(columns);
  }

  /** One reverse shortest path from `start` (a column with room and a negative dual). */
  run(start: number): void {
    const { state, incoming, distance, seen, settledStamp, settled, mover, moverTarget, heap } = this;
    const { columnOfRow, columnDual, rowDual, firstRow, nextRow } = state;
    const stamp = ++this.stamp;
    let settledCount = 0;
    let best = Infinity; // cheapest ending found: raise a column's dual to 0, or pull an unassigned row
    let raiseColumn = -1;
    let pulledRow = -1;
    let pulledInto = -1;
    distance[start] = 0;
    seen[start] = stamp;
    heap.pushOrDecrease(start, 0);
    while (heap.size > 0 && heap.peekKey() < best) {
      const x = heap.pop();
      const dx = distance[x]!;
      settledStamp[x] = stamp;
      settled[settledCount++] = x;
      if (dx - columnDual[x]! < best) {
        best = dx - columnDual[x]!;
        raiseColumn = x;
        pulledRow = -1;
      }
      // Rows that could move into x: from another column, or from being unassigned.
      for (let i = incoming.start[x]!; i < incoming.start[x + 1]!; i++) {
        const r = incoming.row[i]!;
        const z = columnOfRow[r]!;
        if (z === FREE || z === x) continue;
        const next = dx + Math.max(0, incoming.cost[i]! - rowDual[r]! - columnDual[x]!);
        if (z === UNASSIGNED) {
          if (next < best) {
            best = next;
            raiseColumn = -1;
            pulledRow = r;
            pulledInto = x;
          }
        } else if (settledStamp[z] !== stamp && (seen[z] !== stamp || next < distance[z]!)) {
          seen[z] = stamp;
          distance[z] = next;
          mover[z] = r;
          moverTarget[z] = x;
          heap.pushOrDecrease(z, next);
        }
      }
    }
    heap.clear();

    for (let i = 0; i < settledCount; i++) {
      const x = settled[i]!;
      const slack = best - distance[x]!;
      if (slack <= 0) continue;
      columnDual[x] = Math.min(0, columnDual[x]! + slack);
      for (let r = firstRow[x]!; r >= 0; r = nextRow[r]!) rowDual[r] = rowDual[r]! - slack;
    }
    // Shift rows along the path, from its far end back to the start.
    let x: number;
    if (pulledRow >= 0) {
      state.columnOfRow[pulledRow] = FREE;
      attach(state, pulledRow, pulledInto);
      x = pulledInto;
    } else {
      columnDual[raiseColumn] = 0;
      x = raiseColumn;
    }
    while (x !== start) {
      const r = mover[x]!;
      const into = moverTarget[x]!;
      detach(state, r, FREE);
      attach(state, r, into);
      x = into;
    }
  }
}

interface ColumnIndex {
  readonly start: Int32Array;
  readonly row: Int32Array;
  readonly cost: Float64Array;
}

/** The graph by column: which rows have an edge into each column, at what cost. */
function columnIndex(graph: CandidateGraph): ColumnIndex {
  const start = new Int32Array(graph.columns + 1);
  for (let e = 0; e < graph.column.length; e++)
    start[graph.column[e]! + 1] = start[graph.column[e]! + 1]! + 1;
  for (let c = 0; c < graph.columns; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, graph.columns);
  const row = new Int32Array(graph.column.length);
  const cost = new Float64Array(graph.column.length);
  for (let r = 0; r < graph.rows; r++) {
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) {
      const c = graph.column[e]!;
      const at = fill[c]!;
      fill[c] = at + 1;
      row[at] = r;
      cost[at] = graph.cost[e]!;
    }
  }
  return { start, row, cost };
}
