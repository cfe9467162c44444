import fc from "fast-check";
import type { AssignmentProblem, AssignmentSolution } from "../../../core/matching/assignment-problem";
import { solveAssignment } from "../../../core/matching/assignment-solver";
import { DENSE_MAX_PAIRS } from "../../../core/matching/dense-assignment";
import { hasErrorCode } from "../../../core/errors";

/** A problem over an explicit cost matrix (rows × columns, Infinity = forbidden). */
function problemOf(
  costs: readonly (readonly number[])[],
  capacities: readonly number[],
  unassignedCost?: number,
) {
  const finite = costs.flat().filter((value) => Number.isFinite(value));
  const maxCost = finite.length > 0 ? Math.max(...finite) : 0;
  let fillRowCalls = 0;
  const problem: AssignmentProblem = {
    rows: costs.length,
    columns: capacities.length,
    capacity: Int32Array.from(capacities),
    unassignedCost: unassignedCost ?? (costs.length + 1) * maxCost + 1,
    fillRow(row, out) {
      fillRowCalls++;
      costs[row]!.forEach((value, c) => (out[c] = value));
    },
  };
  return { problem, fillRowCalls: () => fillRowCalls };
}

/** The optimum Σ cost + unassignedCost × unassigned rows, by dynamic programming over remaining capacities. */
function bruteForceOptimum(problem: AssignmentProblem, costs: readonly (readonly number[])[]): number {
  const memo = new Map<string, number>();
  const best = (row: number, remaining: number[]): number => {
    if (row === problem.rows) return 0;
    const key = `${row}:${remaining.join(",")}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let value = problem.unassignedCost + best(row + 1, remaining);
    remaining.forEach((left, c) => {
      const cost = costs[row]![c]!;
      if (left === 0 || !Number.isFinite(cost)) return;
      const next = [...remaining];
      next[c] = left - 1;
      value = Math.min(value, cost + best(row + 1, next));
    });
    memo.set(key, value);
    return value;
  };
  return best(0, Array.from(problem.capacity));
}

function objective(problem: AssignmentProblem, solution: AssignmentSolution): number {
  return solution.assignedCost + problem.unassignedCost * solution.unassignedRows;
}

/** Every promise of the contract: capacities, forbidden pairs, totals and the dual certificate. */
function expectValidSolution(
  problem: AssignmentProblem,
  costs: readonly (readonly number[])[],
  solution: AssignmentSolution,
  tolerance = 0,
): void {
  const load = new Array<number>(problem.columns).fill(0);
  let assignedCost = 0;
  solution.columnOfRow.forEach((c, r) => {
    if (c < 0) return;
    load[c]!++;
    expect(Number.isFinite(costs[r]![c]!)).toBe(true);
    assignedCost += costs[r]![c]!;
  });
  load.forEach((used, c) => expect(used).toBeLessThanOrEqual(problem.capacity[c]!));
  expect(solution.unassignedRows).toBe(solution.columnOfRow.filter((c) => c < 0).length);
  expect(solution.assignedCost).toBeCloseTo(assignedCost, 9);
  const slack = (value: number) => tolerance * (1 + Math.abs(value));
  costs.forEach((row, r) => {
    const u = solution.rowDual[r]!;
    expect(Number.isNaN(u)).toBe(false);
    expect(u).toBeLessThanOrEqual(problem.unassignedCost + slack(u));
    if (solution.columnOfRow[r]! < 0) expect(u).toBeCloseTo(problem.unassignedCost, 9);
    row.forEach((cost, c) => {
      if (!Number.isFinite(cost)) return;
      const reduced = cost - u - solution.columnDual[c]!;
      expect(reduced).toBeGreaterThanOrEqual(-slack(cost));
      if (solution.columnOfRow[r] === c) expect(Math.abs(reduced)).toBeLessThanOrEqual(slack(cost));
    });
  });
  solution.columnDual.forEach((v, c) => {
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeLessThanOrEqual(0);
    if (load[c]! < problem.capacity[c]!) expect(v).toBe(0);
  });
  expect(solution.certified).toBe(true);
}

/** Small problems with many ties, forbidden pairs and capacities 0–3. */
const smallProblem = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), columns: fc.integer({ min: 0, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      forbiddenShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
      costs: fc.array(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
      candidatesPerRow: fc.integer({ min: 1, max: 6 }),
    }),
  )
  .map(({ forbiddenShare, capacities, costs, candidatesPerRow }) => ({
    capacities,
    candidatesPerRow,
    costs: costs.map((row) => row.map(([cost, draw]) => (draw < forbiddenShare ? Infinity : cost))),
  }));

/** Problems wider than the brute force can enumerate: integer costs 0–6 (ties), forbidden pairs, capacities 0–3. */
function wideProblem(maxRows: number, maxColumns: number) {
  return fc
    .record({ rows: fc.integer({ min: 1, max: maxRows }), columns: fc.integer({ min: 1, max: maxColumns }) })
    .chain(({ rows, columns }) =>
      fc.record({
        capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
        costs: fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(Infinity)), {
            minLength: columns,
            maxLength: columns,
          }),
          { minLength: rows, maxLength: rows },
        ),
      }),
    );
}

describe.each(["dense", "sparse"] as const)("solveAssignment, %s", (method) => {
  it("randomSmallProblems_matchTheBruteForceOptimumWithValidDuals", () => {
    fc.assert(
      fc.property(smallProblem, ({ costs, capacities, candidatesPerRow }) => {
        const { problem } = problemOf(costs, capacities);
        const solution = solveAssignment(problem, { method, candidatesPerRow });
        expect(objective(problem, solution)).toBe(bruteForceOptimum(problem, costs));
        expectValidSolution(problem, costs, solution);
      }),
      { numRuns: 400 },
    );
  });

  it("uniformRandomFloatCosts_areOptimalWithinRelativeTolerance", () => {
    const floatProblem = fc
      .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 5 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: columns, maxLength: columns }),
          costs: fc.array(
            fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: columns, maxLength: columns }),
            { minLength: rows, maxLength: rows },
          ),
        }),
      );
    fc.assert(
      fc.property(floatProblem, ({ costs, capacities }) => {
        const { problem } = problemOf(costs, capacities);
        const solution = solveAssignment(problem, { method, candidatesPerRow: 2 });
        const optimum = bruteForceOptimum(problem, costs);
        expect(Math.abs(objective(problem, solution) - optimum)).toBeLessThanOrEqual(1e-9 * (1 + optimum));
        expectValidSolution(problem, costs, solution, 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("sameInput_givesTheSameOutput", () => {
    fc.assert(
      fc.property(smallProblem, ({ costs, capacities, candidatesPerRow }) => {
        const first = solveAssignment(problemOf(costs, capacities).problem, { method, candidatesPerRow });
        const second = solveAssignment(problemOf(costs, capacities).problem, { method, candidatesPerRow });
        expect(Array.from(second.columnOfRow)).toEqual(Array.from(first.columnOfRow));
        expect(Array.from(second.rowDual)).toEqual(Array.from(first.rowDual));
        expect(Array.from(second.columnDual)).toEqual(Array.from(first.columnDual));
      }),
      { numRuns: 100 },
    );
  });

  it("noRows_isAnEmptyCertifiedSolution", () => {
    const { problem } = problemOf([], [1, 2]);
    const solution = solveAssignment(problem, { method });
    expect(solution.columnOfRow).toHaveLength(0);
    expect(solution.assignedCost).toBe(0);
    expect(solution.certified).toBe(true);
    expect(Array.from(solution.columnDual)).toEqual([0, 0]);
  });

  it("noColumns_leavesEveryRowUnassignedAtItsCost", () => {
    const { problem } = problemOf([[], []], [], 7);
    const solution = solveAssignment(problem, { method });
    expect(Array.from(solution.columnOfRow)).toEqual([-1, -1]);
    expect(solution.unassignedRows).toBe(2);
    expect(Array.from(solution.rowDual)).toEqual([7, 7]);
  });

  it("rowWithEveryPairForbidden_isUnassignedAndTheOthersStillMatched", () => {
    const costs = [
      [Infinity, Infinity],
      [3, 1],
      [2, 5],
    ];
    const { problem } = problemOf(costs, [1, 1]);
    const solution = solveAssignment(problem, { method });
    expect(Array.from(solution.columnOfRow)).toEqual([-1, 1, 0]);
    expectValidSolution(problem, costs, solution);
  });

  it("capacityZeroColumn_isNeverUsedAndItsDualKeepsItsPairsFeasible", () => {
    const costs = [
      [0, 5],
      [0, 6],
    ];
    const { problem } = problemOf(costs, [0, 2]);
    const solution = solveAssignment(problem, { method });
    expect(Array.from(solution.columnOfRow)).toEqual([1, 1]);
    expectValidSolution(problem, costs, solution);
  });

  it("moreRowsThanCapacity_assignsTheCheapestSetAndLeavesTheRestUnassigned", () => {
    const costs = [[4], [1], [3], [2]];
    const { problem } = problemOf(costs, [2]);
    const solution = solveAssignment(problem, { method });
    expect(Array.from(solution.columnOfRow)).toEqual([-1, 0, -1, 0]);
    expect(solution.assignedCost).toBe(3);
    expectValidSolution(problem, costs, solution);
  });

  it("capacityColumn_takesSeveralRowsWithoutBeingCopied", () => {
    const costs = [
      [1, 9],
      [1, 9],
      [1, 9],
      [9, 1],
    ];
    const { problem } = problemOf(costs, [3, 1]);
    const solution = solveAssignment(problem, { method });
    expect(Array.from(solution.columnOfRow)).toEqual([0, 0, 0, 1]);
    expect(solution.assignedCost).toBe(4);
    expectValidSolution(problem, costs, solution);
  });
});

describe("solveAssignment, sparse candidates and certificate", () => {
  it("widerProblemsFromFewCandidates_reachTheSameOptimumAsFromEveryPair", () => {
    // Wider than the brute force can enumerate: rows must go past their reserve, so rounds, rescans
    // and warm re-solves all run. The all-pairs solve needs no certificate (nothing is left out).
    fc.assert(
      fc.property(
        wideProblem(30, 45),
        fc.integer({ min: 1, max: 3 }),
        ({ costs, capacities }, candidatesPerRow) => {
          const { problem } = problemOf(costs, capacities);
          const sparse = solveAssignment(problem, { method: "sparse", candidatesPerRow });
          const full = solveAssignment(problem, { method: "sparse", candidatesPerRow: capacities.length });
          expect(objective(problem, sparse)).toBe(objective(problem, full));
          expectValidSolution(problem, costs, sparse);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("oneCandidatePerRowMissingTheOptimum_isCompletedFromTheReserveWithoutRecomputingRows", () => {
    // Row 1's and row 2's optimal columns (2 and 1) are neither their cheapest nor the cheapest for the column.
    const costs = [
      [0, 9, 3],
      [1, 2, 3],
      [4, 5, 9],
    ];
    const { problem, fillRowCalls } = problemOf(costs, [1, 1, 1]);
    const solution = solveAssignment(problem, { method: "sparse", candidatesPerRow: 1 });
    expect(solution.stats.rounds).toBeGreaterThan(1);
    expect(solution.stats.rescannedRows).toBe(0);
    expect(fillRowCalls()).toBe(costs.length);
    expect(Array.from(solution.columnOfRow)).toEqual([0, 2, 1]);
    expect(objective(problem, solution)).toBe(bruteForceOptimum(problem, costs));
    expectValidSolution(problem, costs, solution);
  });

  it("rowsPushedPastEveryKeptColumn_areRecomputedAndStillOptimal", () => {
    // 100 identical rows (more columns than a row keeps in graph and reserve): the rows that end on the
    // dearest columns have duals above their left-out bound.
    const size = 100;
    const costs = Array.from({ length: size }, () => Array.from({ length: size }, (_, c) => c));
    const { problem, fillRowCalls } = problemOf(costs, new Array<number>(size).fill(1));
    const solution = solveAssignment(problem, { method: "sparse", candidatesPerRow: 1 });
    expect(solution.stats.rescannedRows).toBeGreaterThan(0);
    expect(fillRowCalls()).toBe(size + solution.stats.rescannedRows);
    expect(solution.assignedCost).toBe((size * (size - 1)) / 2);
    expectValidSolution(problem, costs, solution);
  });

  it("everyColumnACandidate_isCertifiedInOneRoundWithoutRescanning", () => {
    const costs = [
      [4, 1, 3],
      [2, 0, 5],
    ];
    const { problem, fillRowCalls } = problemOf(costs, [1, 1, 1]);
    const solution = solveAssignment(problem, { method: "sparse", candidatesPerRow: 3 });
    expect(solution.stats).toEqual({ method: "sparse", rounds: 1, candidateEdges: 6, rescannedRows: 0 });
    expect(fillRowCalls()).toBe(2);
    expect(solution.assignedCost).toBe(3);
  });
});

describe("solveAssignment, dense over the full matrix", () => {
  it("widerProblemsWithTiesAndCapacities_reachTheSameOptimumDenseAndSparse", () => {
    fc.assert(
      fc.property(wideProblem(60, 40), ({ costs, capacities }) => {
        const { problem } = problemOf(costs, capacities);
        const dense = solveAssignment(problem, { method: "dense" });
        const sparse = solveAssignment(problem, { method: "sparse", candidatesPerRow: 2 });
        expect(dense.stats.method).toBe("dense");
        expect(objective(problem, dense)).toBe(objective(problem, sparse));
        expectValidSolution(problem, costs, dense);
      }),
      { numRuns: 80 },
    );
  });

  it("eachRowsCosts_areAskedForOnceAndEveryOpenPairCounts", () => {
    const costs = [
      [4, 1, 3, 2],
      [2, 0, 5, 1],
      [1, 1, 1, 1],
    ];
    const { problem, fillRowCalls } = problemOf(costs, [1, 0, 2, 1]);
    const solution = solveAssignment(problem, { method: "dense" });
    expect(fillRowCalls()).toBe(3);
    expect(solution.stats).toEqual({ method: "dense", rounds: 1, candidateEdges: 9, rescannedRows: 0 });
    expect(objective(problem, solution)).toBe(bruteForceOptimum(problem, costs));
    expectValidSolution(problem, costs, solution);
  });

  it("auto_solvesDenselyUpToTheLimitAndSparselyAbove", () => {
    const columns = 512;
    const problemOfRows = (rows: number): AssignmentProblem => ({
      rows,
      columns,
      capacity: new Int32Array(columns).fill(1),
      unassignedCost: 1000,
      fillRow(row, out) {
        for (let c = 0; c < columns; c++) out[c] = (row * 7 + c * 3) % 11;
      },
    });
    expect(DENSE_MAX_PAIRS).toBe(columns * 512);
    const atLimit = solveAssignment(problemOfRows(512));
    const above = solveAssignment(problemOfRows(513));
    expect(atLimit.stats.method).toBe("dense");
    expect(above.stats.method).toBe("sparse");
    expect(above.certified).toBe(true);
    expect(above.unassignedRows).toBe(1);
  });
});

describe("solveAssignment", () => {
  it("negativeCapacityOrInfiniteUnassignedCost_isRefusedAsAValidationError", () => {
    const negative = problemOf([[1]], [-1]).problem;
    expect(() => solveAssignment(negative)).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    const infinite = problemOf([[1]], [1], Infinity).problem;
    let error: unknown;
    try {
      solveAssignment(infinite);
    } catch (caught) {
      error = caught;
    }
    expect(hasErrorCode(error, "VALIDATION")).toBe(true);
  });
});
