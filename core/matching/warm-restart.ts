import type { CandidateGraph } from "./candidate-graph";
import { clearlyBelow } from "./dual-certificate";
import { FREE, detach, type AssignmentState } from "./sparse-assignment";

/**
 * Makes an optimal state valid again after edges were added to the graph, freeing as few rows as it
 * can: the rows that gained edges are freed; a column left with room and a negative dual gets its dual
 * raised to 0 (its remaining rows' duals lowered by as much, so they stay tight), which frees in turn
 * every other row that the raise leaves with a negative reduced cost. Returns the freed rows.
 */
export function reopenRows(graph: CandidateGraph, state: AssignmentState, rows: readonly number[]): number[] {
  const { columnOfRow, columnDual, rowDual, firstRow, nextRow } = state;
  const incoming = columnIndex(graph);
  const freed: number[] = [];
  const queue = [...rows];
  while (queue.length > 0) {
    const r = queue.pop()!;
    const c = columnOfRow[r]!;
    if (c === FREE) continue;
    detach(state, r, FREE);
    freed.push(r);
    if (c < 0 || columnDual[c]! >= 0) continue;
    const raise = -columnDual[c]!;
    columnDual[c] = 0;
    for (let kept = firstRow[c]!; kept >= 0; kept = nextRow[kept]!) rowDual[kept] = rowDual[kept]! - raise;
    for (let i = incoming.start[c]!; i < incoming.start[c + 1]!; i++) {
      const other = incoming.row[i]!;
      const at = columnOfRow[other]!;
      if (at === FREE || at === c) continue;
      const value = incoming.cost[i]!;
      const u = rowDual[other]!;
      if (clearlyBelow(value, u, state.unassignedCost)) queue.push(other);
    }
  }
  return freed.sort((a, b) => a - b);
}

/** The graph by column: which rows have an edge into each column, at what cost. */
function columnIndex(graph: CandidateGraph): { start: Int32Array; row: Int32Array; cost: Float64Array } {
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
