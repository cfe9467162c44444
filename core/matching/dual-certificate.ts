import type { AssignmentProblem } from "./assignment-problem";
import { pushWorst, replaceWorst } from "./bounded-max-heap";
import { sortEdges, type CandidateGraph, type EdgeAdditions } from "./candidate-graph";
import { IndexedMinHeap } from "./indexed-min-heap";
import type { AssignmentState } from "./sparse-assignment";
import { ThresholdSelect, guessCutoff } from "./threshold-select";

/** Relative slack under which a reduced cost counts as zero (float costs round). */
const RELATIVE_TOLERANCE = 1e-12;
/** Absolute slack, as a share of unassignedCost: costs far below it (say 1e-300) all count as ties. */
const SCALE_TOLERANCE = 1e-15;

/** True when `value` is below `limit` by more than rounding: a ≥ b is only doubted past this. */
export function clearlyBelow(value: number, limit: number, unassignedCost: number): boolean {
  return (
    value <
    limit - RELATIVE_TOLERANCE * (Math.abs(value) + Math.abs(limit)) - SCALE_TOLERANCE * unassignedCost
  );
}

/**
 * Raises every column dual as far as the candidate graph allows (keeping the assignment optimal), then
 * sets each row dual from its assigned pair. The row duals come out as small as they can be, which is
 * what lets the certificate clear a row from its left-out bound alone.
 *
 * The largest duals are shortest distances: v_c ≤ 0, v_c ≤ v_a + cost(r, c) − cost(r, a) for a row r on
 * column a, v_c ≤ cost(r, c) − unassignedCost for an unassigned row r; one Dijkstra on reduced costs.
 */
export function tightenDuals(graph: CandidateGraph, state: AssignmentState): void {
  const { start, column, cost, columns } = graph;
  const { columnOfRow, columnDual, rowDual, firstRow, nextRow, unassignedCost } = state;
  const raise = new Float64Array(columns);
  for (let c = 0; c < columns; c++) raise[c] = -columnDual[c]!;
  for (let r = 0; r < graph.rows; r++) {
    if (columnOfRow[r]! >= 0) continue;
    for (let e = start[r]!; e < start[r + 1]!; e++) {
      const c = column[e]!;
      const reduced = Math.max(0, cost[e]! - unassignedCost - columnDual[c]!);
      if (reduced < raise[c]!) raise[c] = reduced;
    }
  }
  const heap = new IndexedMinHeap(columns);
  for (let c = 0; c < columns; c++) heap.pushOrDecrease(c, raise[c]!);
  while (heap.size > 0) {
    const a = heap.pop();
    const at = raise[a]!;
    for (let r = firstRow[a]!; r >= 0; r = nextRow[r]!) {
      const u = rowDual[r]!;
      for (let e = start[r]!; e < start[r + 1]!; e++) {
        const c = column[e]!;
        const next = at + Math.max(0, cost[e]! - u - columnDual[c]!);
        if (next < raise[c]! && heap.has(c)) {
          raise[c] = next;
          heap.pushOrDecrease(c, next);
        }
      }
    }
  }
  for (let c = 0; c < columns; c++) columnDual[c] = Math.min(0, columnDual[c]! + raise[c]!);
  setRowDuals(graph, state);
}

/** Row duals exactly from the column duals: cost of the assigned pair − its column's dual. */
function setRowDuals(graph: CandidateGraph, state: AssignmentState): void {
  const { columnOfRow, columnDual, rowDual, unassignedCost } = state;
  for (let r = 0; r < graph.rows; r++) {
    const c = columnOfRow[r]!;
    if (c < 0) {
      rowDual[r] = unassignedCost;
      continue;
    }
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) {
      if (graph.column[e] === c) {
        rowDual[r] = Math.min(unassignedCost, graph.cost[e]! - columnDual[c]!);
        break;
      }
    }
  }
}

/** What one certification pass found. */
export interface Certification {
  /** Pairs to add to the graph: the violating ones, and near ones of recomputed rows. */
  readonly additions: EdgeAdditions[];
  /** Rows with a violating pair: only they must be placed again. */
  readonly violatedRows: number[];
  readonly rescannedRows: number;
}

/** Most pairs a recomputed row brings into the graph below its dual, so that it is cleared next time. */
const NEAR_PER_ROW = 64;

/**
 * Checks the duals against every pair, not only the candidates. The reserve's pairs are checked from
 * memory. A row whose bound θ_r beyond graph and reserve is at least its dual is then cleared at once
 * (cost ≥ θ_r ≥ u_r and −v_c ≥ 0); only the others are recomputed whole. A recomputed row brings its
 * violating pairs (at most `perRow` of the worst) and its other pairs cheaper than its dual into the
 * graph, so that its bound, what is left outside, clears it in the next rounds.
 */
export function certify(
  problem: AssignmentProblem,
  graph: CandidateGraph,
  reserve: CandidateGraph,
  state: AssignmentState,
  leftOutBound: Float64Array,
  perRow: number,
): Certification {
  const { rowDual, columnDual, unassignedCost } = state;
  const { capacity } = problem;
  const columns = graph.columns;
  const additions: EdgeAdditions[] = [];
  const violatedRows: number[] = [];
  const scratch = new CertifyScratch(columns, Math.max(1, perRow));
  let rescannedRows = 0;
  for (let r = 0; r < graph.rows; r++) {
    const u = rowDual[r]!;
    const violators = scratch.violators;
    violators.size = 0;
    if (!clearlyBelow(leftOutBound[r]!, u, unassignedCost)) {
      // Graph pairs are feasible already; only the reserve's other pairs can hold a violation.
      let marked = false;
      for (let e = reserve.start[r]!; e < reserve.start[r + 1]!; e++) {
        const c = reserve.column[e]!;
        const value = reserve.cost[e]!;
        const reduced = value - columnDual[c]!;
        if (!(reduced < u) || !clearlyBelow(reduced, u, unassignedCost)) continue;
        if (!marked) {
          scratch.markGraphRow(graph, r);
          marked = true;
        }
        if (scratch.known[c] !== r) scratch.offerViolator(c, value - u - columnDual[c]!, value);
      }
      if (violators.size > 0) {
        violatedRows.push(r);
        const added = scratch.takeViolators(r);
        additions.push({ row: r, columns: added.columns, costs: added.costs });
      }
      continue;
    }
    rescannedRows++;
    const buffer = scratch.buffer;
    const known = scratch.known;
    problem.fillRow(r, buffer);
    scratch.markGraphRow(graph, r);
    // Reserve columns may hold violations but are neither near pairs nor part of the bound.
    const reserveMark = -2 - r;
    for (let e = reserve.start[r]!; e < reserve.start[r + 1]!; e++) {
      const c = reserve.column[e]!;
      if (known[c] !== r) known[c] = reserveMark;
    }
    // One pass: the worst violators, and the cheapest others (enough to pick the near pairs and the
    // bound after the violators are taken out). Most columns fail both tests at once.
    const worst = scratch.worstViolators;
    const cheapest = scratch.cheapest;
    worst.reset();
    // The cheapest come after the graph's and the reserve's columns, which the row's cheapest ones are.
    const skipped = graph.start[r + 1]! - graph.start[r]! + reserve.start[r + 1]! - reserve.start[r]!;
    const guess = guessCutoff(buffer, columns, cheapest.limit + skipped, cheapest.scratch);
    cheapest.reset(guess);
    let worstCut = Infinity;
    let cheapCut = guess;
    const violatorCost = scratch.violatorCost;
    for (let c = 0; c < columns; c++) {
      const value = buffer[c]!;
      const reduced = value - columnDual[c]!;
      // value − v ≥ u already rules a violation out (clearlyBelow only tightens the limit).
      if (!(value < cheapCut) && !(reduced < u)) continue;
      const mark = known[c]!;
      if (mark === r || capacity[c] === 0) continue;
      if (reduced < u && clearlyBelow(reduced, u, unassignedCost)) {
        const slack = value - u - columnDual[c]!;
        if (slack < worstCut) {
          violatorCost[c] = value;
          worstCut = worst.push(c, slack);
        }
      }
      if (mark !== reserveMark && value < cheapCut) cheapCut = cheapest.push(c, value);
    }
    if (cheapest.size < cheapest.limit && guess < Infinity) {
      // Too few below the guess: gather the cheapest again from all the row's columns.
      cheapest.reset();
      cheapCut = Infinity;
      for (let c = 0; c < columns; c++) {
        const value = buffer[c]!;
        if (!(value < cheapCut)) continue;
        const mark = known[c]!;
        if (mark === r || mark === reserveMark || capacity[c] === 0) continue;
        cheapCut = cheapest.push(c, value);
      }
    }
    const added = scratch.takeWorstViolators(r);
    if (added.columns.length > 0) violatedRows.push(r);
    // Near pairs: the cheapest left below u (violators taken are marked known); then the bound.
    const kept = cheapest.finish(cheapest.limit);
    let near = 0;
    let remaining = Infinity;
    for (let i = 0; i < kept; i++) {
      const c = cheapest.ids[i]!;
      if (known[c] === r) continue;
      const value = cheapest.costs[i]!;
      if (near < NEAR_PER_ROW && value < u) {
        added.columns.push(c);
        added.costs.push(value);
        known[c] = r;
        near++;
        continue;
      }
      remaining = value;
      break;
    }
    if (added.columns.length > 0) additions.push({ row: r, columns: added.columns, costs: added.costs });
    // The bound is now the cheapest pair outside the graph and the reserve.
    leftOutBound[r] = remaining;
  }
  return { additions, violatedRows, rescannedRows };
}

/** A bounded max-heap of (cost, id) in typed arrays: keeps the `limit` best (lowest cost, then id). */
class BestOf {
  readonly ids: Int32Array;
  readonly costs: Float64Array;
  size = 0;

  constructor(readonly limit: number) {
    this.ids = new Int32Array(limit);
    this.costs = new Float64Array(limit);
  }

  offer(id: number, value: number): void {
    if (this.size < this.limit) {
      this.size = pushWorst(this.ids, this.costs, this.size, id, value);
      return;
    }
    const top = this.costs[0]!;
    if (value > top || (value === top && id > this.ids[0]!)) return;
    replaceWorst(this.ids, this.costs, this.size, id, value);
  }

  /** Sorts the kept entries best first (the heap is spent). */
  sort(): void {
    sortEdges(this.ids, this.costs, 0, this.size);
  }
}

/** Workspace of one certification pass, reused across rows: nothing is allocated per column. */
class CertifyScratch {
  readonly buffer: Float64Array;
  /** known[c] = r: column c is in row r's graph (or already added for it). */
  readonly known: Int32Array;
  /** The worst violators by reduced cost, and each one's cost. */
  readonly violators: BestOf;
  /** The same for a recomputed row, whose columns come in increasing order. */
  readonly worstViolators: ThresholdSelect;
  /** The cheapest columns outside graph and reserve: violators + near pairs + one for the bound. */
  readonly cheapest: ThresholdSelect;
  readonly violatorCost: Float64Array;

  constructor(columns: number, perRow: number) {
    this.buffer = new Float64Array(columns);
    this.known = new Int32Array(columns).fill(-1);
    this.violators = new BestOf(perRow);
    this.worstViolators = new ThresholdSelect(perRow);
    this.violatorCost = new Float64Array(columns);
    this.cheapest = new ThresholdSelect(perRow + NEAR_PER_ROW + 1);
  }

  markGraphRow(graph: CandidateGraph, r: number): void {
    for (let e = graph.start[r]!; e < graph.start[r + 1]!; e++) this.known[graph.column[e]!] = r;
  }

  offerViolator(column: number, reduced: number, cost: number): void {
    this.violatorCost[column] = cost;
    this.violators.offer(column, reduced);
  }

  /** The kept violators of a recomputed row, most negative reduced cost first, marked known for row r. */
  takeWorstViolators(r: number): { columns: number[]; costs: number[] } {
    const worst = this.worstViolators;
    const count = worst.finish(worst.limit);
    const columns: number[] = [];
    const costs: number[] = [];
    for (let i = 0; i < count; i++) {
      const c = worst.ids[i]!;
      columns.push(c);
      costs.push(this.violatorCost[c]!);
      this.known[c] = r;
    }
    return { columns, costs };
  }

  /** The kept violators, most negative reduced cost first, marked known for row r. */
  takeViolators(r: number): { columns: number[]; costs: number[] } {
    const { violators } = this;
    violators.sort();
    const columns: number[] = [];
    const costs: number[] = [];
    for (let i = 0; i < violators.size; i++) {
      const c = violators.ids[i]!;
      columns.push(c);
      costs.push(this.violatorCost[c]!);
      this.known[c] = r;
    }
    return { columns, costs };
  }
}
