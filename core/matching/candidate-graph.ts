/**
 * The sparse graph the assignment solver works on: for each row, the columns it may be assigned to with
 * their costs (compressed rows, each row's columns sorted by cost then column index). Built from a
 * few cheapest columns per row and grown where the optimality certificate asks for more.
 */
export interface CandidateGraph {
  readonly rows: number;
  readonly columns: number;
  /** Row r's edges are start[r] .. start[r + 1] - 1. */
  readonly start: Int32Array;
  readonly column: Int32Array;
  readonly cost: Float64Array;
}

/** Per row, the edges to add to a graph (sorted or not; duplicates of existing edges are ignored). */
export interface EdgeAdditions {
  readonly row: number;
  readonly columns: readonly number[];
  readonly costs: readonly number[];
}

/** A new graph with `additions` merged into `graph`, each row's edges sorted by cost then column. */
export function addEdges(graph: CandidateGraph, additions: readonly EdgeAdditions[]): CandidateGraph {
  const extra = new Int32Array(graph.rows);
  for (const addition of additions) extra[addition.row] = extra[addition.row]! + addition.columns.length;
  const start = new Int32Array(graph.rows + 1);
  for (let r = 0; r < graph.rows; r++) {
    start[r + 1] = start[r]! + (graph.start[r + 1]! - graph.start[r]!) + extra[r]!;
  }
  const column = new Int32Array(start[graph.rows]!);
  const cost = new Float64Array(start[graph.rows]!);
  const byRow = new Map<number, EdgeAdditions[]>();
  for (const addition of additions) {
    const list = byRow.get(addition.row);
    if (list) list.push(addition);
    else byRow.set(addition.row, [addition]);
  }
  const end = new Int32Array(graph.rows);
  for (let r = 0; r < graph.rows; r++) {
    let at = start[r]!;
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) {
      column[at] = graph.column[e]!;
      cost[at++] = graph.cost[e]!;
    }
    const list = byRow.get(r);
    if (list) at = mergeRow(column, cost, start[r]!, at, list);
    end[r] = at;
  }
  return compact({ rows: graph.rows, columns: graph.columns, start, column, cost }, end);
}

/** Appends a row's additions (skipping columns it already has) and re-sorts the row. */
function mergeRow(
  column: Int32Array,
  cost: Float64Array,
  from: number,
  to: number,
  additions: readonly EdgeAdditions[],
): number {
  const present = new Set<number>();
  for (let e = from; e < to; e++) present.add(column[e]!);
  let at = to;
  for (const addition of additions) {
    addition.columns.forEach((c, i) => {
      if (present.has(c)) return;
      present.add(c);
      column[at] = c;
      cost[at++] = addition.costs[i]!;
    });
  }
  sortEdges(column, cost, from, at);
  return at;
}

/** Sorts edges from..to-1 by cost, then column index: the deterministic order every search relies on. */
export function sortEdges(column: Int32Array, cost: Float64Array, from: number, to: number): void {
  // Insertion sort: rows hold a few dozen edges, and it allocates nothing.
  for (let i = from + 1; i < to; i++) {
    const c = column[i]!;
    const value = cost[i]!;
    let j = i - 1;
    while (j >= from && (cost[j]! > value || (cost[j] === value && column[j]! > c))) {
      column[j + 1] = column[j]!;
      cost[j + 1] = cost[j]!;
      j--;
    }
    column[j + 1] = c;
    cost[j + 1] = value;
  }
}

/** Drops the unused tail of each row left by duplicate additions. */
function compact(graph: CandidateGraph, end: Int32Array): CandidateGraph {
  let unused = 0;
  for (let r = 0; r < graph.rows; r++) unused += graph.start[r + 1]! - end[r]!;
  if (unused === 0) return graph;
  const start = new Int32Array(graph.rows + 1);
  for (let r = 0; r < graph.rows; r++) start[r + 1] = start[r]! + end[r]! - graph.start[r]!;
  const column = new Int32Array(start[graph.rows]!);
  const cost = new Float64Array(start[graph.rows]!);
  for (let r = 0; r < graph.rows; r++) {
    column.set(graph.column.subarray(graph.start[r]!, end[r]!), start[r]!);
    cost.set(graph.cost.subarray(graph.start[r]!, end[r]!), start[r]!);
  }
  return { rows: graph.rows, columns: graph.columns, start, column, cost };
}
