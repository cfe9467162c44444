import type { AssignmentProblem } from "./assignment-problem";
import { popWorst, pushWorst, replaceWorst } from "./bounded-max-heap";
import type { CandidateGraph } from "./candidate-graph";
import { ColumnCheapest, mergeCandidates, rotation } from "./column-candidates";

/** The first candidate graph, and for each row the cheapest cost it left out (the certificate's bound). */
export interface CandidateSelection {
  readonly graph: CandidateGraph;
  /** θ_r: a lower bound on every cost of row r outside the graph (Infinity when nothing is left out). */
  readonly leftOutBound: Float64Array;
  /** For each column of capacity 0, its cheapest finite cost over all rows (Infinity if none): fixes its dual. */
  readonly closedColumnCheapest: Float64Array;
}

/**
 * Keeps each row's `perRow` cheapest finite columns, plus each column's `perColumn` cheapest rows, one
 * row at a time through a single reusable buffer: no cost matrix is ever held. Ties go to columns in
 * an order rotated per row (deterministic), so rows with equal costs on many mentors spread over them
 * instead of all keeping the same few.
 */
export function selectCandidates(
  problem: AssignmentProblem,
  perRow: number,
  perColumn = 0,
): CandidateSelection {
  const { rows, columns, capacity } = problem;
  const keep = Math.max(1, Math.min(perRow, columns));
  const buffer = new Float64Array(columns);
  // One more than kept: the extra one, the cheapest left out, is θ_r.
  const heapId = new Int32Array(keep + 1);
  const heapCost = new Float64Array(keep + 1);
  const own = {
    keep,
    column: new Int32Array(rows * keep),
    cost: new Float64Array(rows * keep),
    count: new Int32Array(rows),
  };
  const leftOutBound = new Float64Array(rows);
  const byColumn = new ColumnCheapest(rows, columns, Math.min(perColumn, rows));
  const closedColumnCheapest = new Float64Array(columns).fill(Infinity);
  const closedColumns: number[] = [];
  for (let c = 0; c < columns; c++) if (capacity[c] === 0) closedColumns.push(c);
  for (let r = 0; r < rows; r++) {
    problem.fillRow(r, buffer);
    for (const c of closedColumns) {
      if (buffer[c]! < closedColumnCheapest[c]!) closedColumnCheapest[c] = buffer[c]!;
      buffer[c] = Infinity;
    }
    // Heap ids are rotated column indices: (c − offset) mod columns.
    const offset = rotation(r, columns);
    let size = scan(buffer, offset, columns, -offset, keep + 1, heapId, heapCost, 0);
    size = scan(buffer, 0, offset, columns - offset, keep + 1, heapId, heapCost, size);
    if (size > keep) {
      leftOutBound[r] = heapCost[0]!;
      size = popWorst(heapId, heapCost, size);
    } else {
      leftOutBound[r] = Infinity;
    }
    for (let i = 0; i < size; i++) {
      const c = heapId[i]! + offset;
      own.column[r * keep + i] = c >= columns ? c - columns : c;
      own.cost[r * keep + i] = heapCost[i]!;
    }
    own.count[r] = size;
    byColumn.offer(r, buffer);
  }
  const graph = mergeCandidates(rows, columns, own, byColumn);
  return { graph, leftOutBound, closedColumnCheapest };
}

/**
 * Offers values[from..to) (ids shifted by `idShift`) to a max-heap of at most `count` entries holding
 * `size`; returns the new size. Once the heap is full, a column costs one comparison with its worst.
 */
function scan(
  values: Float64Array,
  from: number,
  to: number,
  idShift: number,
  count: number,
  heapId: Int32Array,
  heapCost: Float64Array,
  size: number,
): number {
  let c = from;
  for (; c < to && size < count; c++) {
    const value = values[c]!;
    if (value < Infinity) size = pushWorst(heapId, heapCost, size, c + idShift, value);
  }
  if (size < count) return size;
  let worst = heapCost[0]!;
  for (; c < to; c++) {
    const value = values[c]!;
    if (value < worst) {
      replaceWorst(heapId, heapCost, size, c + idShift, value);
      worst = heapCost[0]!;
    }
  }
  return size;
}
