import { pushWorst, replaceWorst } from "./bounded-max-heap";
import { sortEdges, type CandidateGraph } from "./candidate-graph";

/**
 * Each column's `keep` cheapest rows, gathered while the rows stream past: with tight capacity the
 * optimum fills mentors that no mentee ranks among their own cheapest, and these edges let it reach them.
 * Ties go to rows in an order rotated per column, so tied columns do not all pick the same rows.
 */
export class ColumnCheapest {
  /** Heap ids are rotated row indices: (row − offset(column)) mod rows. */
  private readonly id: Int32Array;
  private readonly cost: Float64Array;
  private readonly size: Int32Array;
  /** Each column's worst kept cost (Infinity until full): a value above it is never taken. */
  readonly worst: Float64Array;
  private readonly offset: Int32Array;

  constructor(
    private readonly rows: number,
    private readonly columns: number,
    readonly keep: number,
  ) {
    this.id = new Int32Array(columns * keep);
    this.cost = new Float64Array(columns * keep);
    this.size = new Int32Array(columns);
    this.worst = new Float64Array(columns).fill(Infinity);
    this.offset = Int32Array.from({ length: columns }, (_, c) => rotation(c, rows));
  }

  /** Offers row r's costs (Infinity = forbidden). */
  offer(r: number, values: Float64Array): void {
    const { worst, keep } = this;
    if (keep === 0) return;
    for (let c = 0; c < this.columns; c++) {
      const value = values[c]!;
      if (value <= worst[c]! && value < Infinity) this.offerOne(r, c, value);
    }
  }

  /** Offers one cost of row r; the caller has checked it is finite and at most `worst[c]`. */
  offerOne(r: number, c: number, value: number): void {
    const { worst, keep, id, cost, rows } = this;
    const base = c * keep;
    let rotated = r - this.offset[c]!;
    if (rotated < 0) rotated += rows;
    const size = this.size[c]!;
    if (size < keep) {
      this.size[c] = pushWorst(id, cost, size, rotated, value, base);
      if (size + 1 === keep) worst[c] = cost[base]!;
    } else if (value < worst[c]! || rotated < id[base]!) {
      replaceWorst(id, cost, size, rotated, value, base);
      worst[c] = cost[base]!;
    }
  }

  /** The row of column c's i-th kept entry. */
  rowAt(c: number, i: number): number {
    const r = this.id[c * this.keep + i]! + this.offset[c]!;
    return r >= this.rows ? r - this.rows : r;
  }

  costAt(c: number, i: number): number {
    return this.cost[c * this.keep + i]!;
  }

  countOf(c: number): number {
    return this.size[c]!;
  }
}

/** A deterministic, well-spread starting point in 0..length-1 for index i's tie order. */
export function rotation(i: number, length: number): number {
  return length === 0 ? 0 : (Math.imul(i + 1, 0x9e3779b1) >>> 0) % length;
}

/** Per row, its own cheapest columns (stride `keep`, `rowCount` used) and those that chose it. */
export interface RowCandidates {
  readonly keep: number;
  readonly column: Int32Array;
  readonly cost: Float64Array;
  readonly count: Int32Array;
}

/** The candidate graph: each row's own cheapest columns and the columns that chose it, sorted. */
export function mergeCandidates(
  rows: number,
  columns: number,
  own: RowCandidates,
  byColumn: ColumnCheapest,
): CandidateGraph {
  // The column side, regrouped by row.
  const extraStart = new Int32Array(rows + 1);
  for (let c = 0; c < columns; c++) {
    for (let i = 0; i < byColumn.countOf(c); i++) {
      const r = byColumn.rowAt(c, i);
      extraStart[r + 1] = extraStart[r + 1]! + 1;
    }
  }
  for (let r = 0; r < rows; r++) extraStart[r + 1] = extraStart[r + 1]! + extraStart[r]!;
  const fill = extraStart.slice(0, rows);
  const extraColumn = new Int32Array(extraStart[rows]!);
  const extraCost = new Float64Array(extraStart[rows]!);
  for (let c = 0; c < columns; c++) {
    for (let i = 0; i < byColumn.countOf(c); i++) {
      const r = byColumn.rowAt(c, i);
      const at = fill[r]!;
      fill[r] = at + 1;
      extraColumn[at] = c;
      extraCost[at] = byColumn.costAt(c, i);
    }
  }
  const seen = new Int32Array(columns).fill(-1);
  const start = new Int32Array(rows + 1);
  const column = new Int32Array(own.column.length + extraColumn.length);
  const cost = new Float64Array(column.length);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    const from = at;
    for (let i = r * own.keep, end = r * own.keep + own.count[r]!; i < end; i++) {
      seen[own.column[i]!] = r;
      column[at] = own.column[i]!;
      cost[at++] = own.cost[i]!;
    }
    for (let i = extraStart[r]!; i < extraStart[r + 1]!; i++) {
      const c = extraColumn[i]!;
      if (seen[c] === r) continue;
      column[at] = c;
      cost[at++] = extraCost[i]!;
    }
    sortEdges(column, cost, from, at);
    start[r + 1] = at;
  }
  return { rows, columns, start, column: column.slice(0, at), cost: cost.slice(0, at) };
}
