/**
 * The problem the matching engine hands to the assignment solver: rows (mentees) to columns (mentors)
 * with capacities, at the least total cost. Costs come a row at a time, on demand, so the solver never
 * needs a dense rows × columns matrix.
 */
export interface AssignmentProblem {
  readonly rows: number;
  readonly columns: number;
  /** Most rows each column may take (≥ 0); a column of capacity 3 is one column, never three copies. */
  readonly capacity: Int32Array;
  /**
   * Writes the cost of `row` with every column into `out` (length `columns`). Finite costs are ≥ 0;
   * Infinity marks a forbidden pair. Must be deterministic: the solver may ask for a row more than once.
   */
  fillRow(row: number, out: Float64Array): void;
  /**
   * The cost of leaving one row unassigned. The solver minimises
   * Σ cost(assigned pairs) + unassignedCost × (number of unassigned rows),
   * so a value above (rows + 1) × the largest finite cost makes it assign as many rows as possible first.
   */
  readonly unassignedCost: number;
}

/** An optimal assignment and the dual values that prove it. */
export interface AssignmentSolution {
  /** The column of each row, or -1 when the row is left unassigned. */
  readonly columnOfRow: Int32Array;
  /** Σ cost of the assigned pairs (the penalties of unassigned rows are not included). */
  readonly assignedCost: number;
  /** How many rows are left unassigned. */
  readonly unassignedRows: number;
  /**
   * Dual values: for every allowed pair, cost(r, c) − rowDual[r] − columnDual[c] ≥ 0 (= 0 on assigned pairs);
   * columnDual[c] ≤ 0, and = 0 when column c has spare capacity; rowDual[r] ≤ unassignedCost (= when r is unassigned).
   */
  readonly rowDual: Float64Array;
  readonly columnDual: Float64Array;
  /** True when the duals were checked against every (row, column) pair, not only the candidates solved on. */
  readonly certified: boolean;
  readonly stats: {
    /** "dense": solved over the full cost matrix (small problems); "sparse": on candidates, then certified. */
    readonly method: "dense" | "sparse";
    /** Candidate rounds: 1 when the first sparse solve was already optimal. */
    readonly rounds: number;
    /** Candidate edges in the last sparse solve. */
    readonly candidateEdges: number;
    /** Rows whose full cost row had to be recomputed during certification. */
    readonly rescannedRows: number;
  };
}

export interface SolveOptions {
  /**
   * "auto" (the default): dense up to DENSE_MAX_PAIRS pairs, sparse above. Both are exact and certified;
   * when several assignments are equally cheap they may pick different ones.
   */
  readonly method?: "auto" | "dense" | "sparse";
  /** Sparse only: how many of its cheapest columns each row starts with (more are added where certification asks). */
  readonly candidatesPerRow?: number;
}
