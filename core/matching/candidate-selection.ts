import type { AssignmentProblem } from "./assignment-problem";
import type { CandidateGraph } from "./candidate-graph";
import { ColumnCheapest, mergeCandidates, rotation } from "./column-candidates";
import { ThresholdSelect, guessCutoff } from "./threshold-select";

/** The first candidate graph, the reserve checked by the certificate, and each row's bound beyond both. */
export interface CandidateSelection {
  readonly graph: CandidateGraph;
  /**
   * Each row's next cheapest columns after those in the graph (same layout as a graph, but each row's
   * columns in no particular order): the certificate checks them from memory, so a row rarely has to be
   * recomputed whole.
   */
  readonly reserve: CandidateGraph;
  /** θ_r: a lower bound on every cost of row r outside the graph and the reserve (Infinity: none left). */
  readonly leftOutBound: Float64Array;
  /** For each column of capacity 0, its cheapest finite cost over all rows (Infinity if none): fixes its dual. */
  readonly closedColumnCheapest: Float64Array;
}

export interface SelectionSizes {
  /** Cheapest columns of each row put in the graph. */
  readonly perRow: number;
  /** Cheapest rows of each column put in the graph (0: none). */
  readonly perColumn: number;
  /** Further cheapest columns of each row kept in the reserve. */
  readonly reservePerRow: number;
}

/**
 * The candidate pass: one row at a time through a single reusable buffer (no cost matrix is ever held),
 * each row's cheapest columns go to the graph then the reserve, each column's cheapest rows to the
 * graph. Ties go to columns in an order rotated per row (deterministic), so rows with equal costs on
 * many mentors spread over them instead of all keeping the same few.
 */
export function selectCandidates(problem: AssignmentProblem, sizes: SelectionSizes): CandidateSelection {
  const { rows, columns, capacity } = problem;
  const keep = Math.max(1, Math.min(sizes.perRow, columns));
  const reserveKeep = Math.max(0, Math.min(sizes.reservePerRow, columns - keep));
  const buffer = new Float64Array(columns);
  // One more than kept: the extra one, the cheapest left out, is θ_r.
  const want = keep + reserveKeep + 1;
  const select = new ThresholdSelect(want, 8 * want);
  const heapId = select.ids;
  const heapCost = select.costs;
  const own = {
    keep,
    column: new Int32Array(rows * keep),
    cost: new Float64Array(rows * keep),
    count: new Int32Array(rows),
  };
  const reserveStart = new Int32Array(rows + 1);
  const reserveColumn = new Int32Array(rows * reserveKeep);
  const reserveCost = new Float64Array(rows * reserveKeep);
  const leftOutBound = new Float64Array(rows);
  const byColumn = new ColumnCheapest(rows, columns, Math.min(sizes.perColumn, rows));
  const closedColumnCheapest = new Float64Array(columns).fill(Infinity);
  const closed: number[] = [];
  for (let c = 0; c < columns; c++) if (capacity[c] === 0) closed.push(c);
  // Indexed, not iterated: the first call of a wave runs this loop in the interpreter, once per row.
  const closedColumns = Int32Array.from(closed);
  let reserveAt = 0;
  for (let r = 0; r < rows; r++) {
    problem.fillRow(r, buffer);
    for (let i = 0; i < closedColumns.length; i++) {
      const c = closedColumns[i]!;
      if (buffer[c]! < closedColumnCheapest[c]!) closedColumnCheapest[c] = buffer[c]!;
      buffer[c] = Infinity;
    }
    // Heap ids are rotated column indices, (c − offset) mod columns, so ties spread across rows.
    const offset = rotation(r, columns);
    // Only entries below a guessed cutoff enter; a row with too few below it is offered again in full.
    const guess = guessCutoff(buffer, columns, want, select.scratch);
    select.reset(guess);
    scan(buffer, offset, columns, -offset, select, r, byColumn);
    scan(buffer, 0, offset, columns - offset, select, r, byColumn);
    if (select.size < want && guess < Infinity) {
      // The guess was too low for this row: offer it again in full (the columns have had it already).
      select.reset();
      scan(buffer, offset, columns, -offset, select, r, NO_COLUMNS);
      scan(buffer, 0, offset, columns - offset, select, r, NO_COLUMNS);
    }
    const found = select.split(want, keep);
    let kept = found;
    if (found > keep + reserveKeep) {
      kept = found - 1;
      leftOutBound[r] = heapCost[kept]!;
    } else {
      leftOutBound[r] = Infinity;
    }
    for (let i = 0; i < kept; i++) {
      const rotated = heapId[i]! + offset;
      const c = rotated >= columns ? rotated - columns : rotated;
      if (i < keep) {
        own.column[r * keep + i] = c;
        own.cost[r * keep + i] = heapCost[i]!;
      } else {
        reserveColumn[reserveAt] = c;
        reserveCost[reserveAt++] = heapCost[i]!;
      }
    }
    own.count[r] = Math.min(kept, keep);
    reserveStart[r + 1] = reserveAt;
  }
  const graph = mergeCandidates(rows, columns, own, byColumn);
  const reserve = {
    rows,
    columns,
    start: reserveStart,
    column: reserveColumn.slice(0, reserveAt),
    cost: reserveCost.slice(0, reserveAt),
  };
  return { graph, reserve, leftOutBound, closedColumnCheapest };
}

/** Column side switched off: a row offered a second time must not reach the columns twice. */
const NO_COLUMNS = new ColumnCheapest(0, 0, 0);

/**
 * Offers values[from..to) (ids shifted by `idShift`) to the row's selection and to each column's
 * cheapest rows, in one pass. A column costs one comparison with the row's cutoff and one with the
 * column's worst.
 */
function scan(
  values: Float64Array,
  from: number,
  to: number,
  idShift: number,
  select: ThresholdSelect,
  row: number,
  byColumn: ColumnCheapest,
): void {
  const columnWorst = byColumn.worst;
  let cutoff = select.cutoff;
  if (byColumn.keep === 0) {
    for (let c = from; c < to; c++) {
      const value = values[c]!;
      if (value < cutoff) cutoff = select.push(c + idShift, value);
    }
    return;
  }
  for (let c = from; c < to; c++) {
    const value = values[c]!;
    if (value < cutoff) cutoff = select.push(c + idShift, value);
    if (value <= columnWorst[c]! && value < Infinity) byColumn.offerOne(row, c, value);
  }
}
