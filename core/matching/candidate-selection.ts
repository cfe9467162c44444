import type { AssignmentProblem } from "./assignment-problem";
import { sortEdges, type CandidateGraph } from "./candidate-graph";

/** The first candidate graph, and for each row the cheapest cost it left out (the certificate's bound). */
export interface CandidateSelection {
  readonly graph: CandidateGraph;
  /** θ_r: the cheapest finite cost of row r among the columns not kept; Infinity when all were kept. */
  readonly leftOutBound: Float64Array;
  /** For each column of capacity 0, its cheapest finite cost over all rows (Infinity if none): fixes its dual. */
  readonly closedColumnCheapest: Float64Array;
}

/**
 * Keeps each row's `perRow` cheapest finite columns (ties to the smaller column index), one row at a
 * time through a single reusable buffer: the cost matrix is never held whole.
 */
export function selectCandidates(problem: AssignmentProblem, perRow: number): CandidateSelection {
  const { rows, columns, capacity } = problem;
  const keep = Math.max(1, Math.min(perRow, columns));
  const buffer = new Float64Array(columns);
  const heapColumn = new Int32Array(keep);
  const heapCost = new Float64Array(keep);
  let column = new Int32Array(rows * keep);
  let cost = new Float64Array(rows * keep);
  const start = new Int32Array(rows + 1);
  const leftOutBound = new Float64Array(rows);
  const closedColumnCheapest = new Float64Array(columns).fill(Infinity);
  const closedColumns: number[] = [];
  for (let c = 0; c < columns; c++) if (capacity[c] === 0) closedColumns.push(c);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    problem.fillRow(r, buffer);
    for (const c of closedColumns) {
      if (buffer[c]! < closedColumnCheapest[c]!) closedColumnCheapest[c] = buffer[c]!;
    }
    let size = 0;
    let bound = Infinity;
    for (let c = 0; c < columns; c++) {
      const value = buffer[c]!;
      if (!(value < Infinity) || capacity[c] === 0) continue;
      if (size < keep) {
        size = pushWorst(heapColumn, heapCost, size, c, value);
      } else if (value < heapCost[0]!) {
        if (heapCost[0]! < bound) bound = heapCost[0]!;
        replaceWorst(heapColumn, heapCost, size, c, value);
      } else if (value < bound) {
        bound = value;
      }
    }
    column.set(heapColumn.subarray(0, size), at);
    cost.set(heapCost.subarray(0, size), at);
    sortEdges(column, cost, at, at + size);
    at += size;
    start[r + 1] = at;
    leftOutBound[r] = bound;
  }
  if (at < column.length) {
    column = column.slice(0, at);
    cost = cost.slice(0, at);
  }
  return { graph: { rows, columns, start, column, cost }, leftOutBound, closedColumnCheapest };
}

/** True when (ca, a) ranks after (cb, b): the heap keeps the worst kept edge on top. */
function worse(costA: number, columnA: number, costB: number, columnB: number): boolean {
  return costA > costB || (costA === costB && columnA > columnB);
}

function pushWorst(heapColumn: Int32Array, heapCost: Float64Array, size: number, c: number, value: number) {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(value, c, heapCost[parent]!, heapColumn[parent]!)) break;
    heapColumn[at] = heapColumn[parent]!;
    heapCost[at] = heapCost[parent]!;
    at = parent;
  }
  heapColumn[at] = c;
  heapCost[at] = value;
  return size + 1;
}

function replaceWorst(
  heapColumn: Int32Array,
  heapCost: Float64Array,
  size: number,
  c: number,
  value: number,
) {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && worse(heapCost[right]!, heapColumn[right]!, heapCost[child]!, heapColumn[child]!)) {
      child = right;
    }
    if (!worse(heapCost[child]!, heapColumn[child]!, value, c)) break;
    heapColumn[at] = heapColumn[child]!;
    heapCost[at] = heapCost[child]!;
    at = child;
  }
  heapColumn[at] = c;
  heapCost[at] = value;
}
