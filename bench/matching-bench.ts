import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { DEFAULT_CANDIDATES_PER_ROW } from "../core/matching/assignment-solver";
import type { EngineRun } from "./matching-engine-run";
import { INSTANCE_KINDS, buildInstance, type InstanceKind } from "./matching-instances";
import { SCIPY_INSTALL_HINT, denseWidth, findScipyPython, runScipy, type ScipyResult } from "./scipy-runner";

/**
 * The matching benchmark: for each instance kind and size, the engine end to end in a fresh child
 * process (cold call, then the median of three warm calls, peak memory of that process), and scipy on
 * the very same instance (dense linear_sum_assignment, and a sparse solve on K cheapest mentors per
 * row), with the totals compared.
 */
export interface MatchingBenchOptions {
  readonly sizes: readonly number[];
  readonly kinds?: readonly InstanceKind[];
  readonly seed?: number;
  /** Largest dense matrix handed to scipy, in entries (default 1.3e8 ≈ 1 GB of float64). */
  readonly denseLimit?: number;
}

export const DEFAULT_MATCHING_SIZES = [500, 2000, 4000, 10000];
/**
 * Fresh processes per instance up to this size: a first call's time depends on when V8's background
 * compiler finishes, so one sample is not a measure. The median and the slowest of COLD_RUNS are shown.
 */
const COLD_RUNS_UP_TO = 2000;
const COLD_RUNS = 7;
const DEFAULT_SEED = 20261123;
const DEFAULT_DENSE_LIMIT = 1.3e8;

interface Row {
  readonly kind: InstanceKind;
  readonly n: number;
  readonly columns: number;
  readonly engine: EngineRun;
  /** The cold call of each fresh process run on this instance (one above COLD_RUNS_UP_TO). */
  readonly coldMs: readonly number[];
  readonly scipy?: ScipyResult;
  readonly scipyNote?: string;
}

export function runMatchingBenchmark(options: MatchingBenchOptions): void {
  const python = findScipyPython();
  if (!python) console.log(`${SCIPY_INSTALL_HINT}\nThe engine's figures follow without the comparison.\n`);
  else console.log(`scipy from ${python}`);
  const rows: Row[] = [];
  for (const kind of options.kinds ?? INSTANCE_KINDS) {
    for (const n of options.sizes) {
      const seed = options.seed ?? DEFAULT_SEED;
      const engine = runEngine(kind, n, seed);
      const coldMs = [engine.coldMs];
      if (n <= COLD_RUNS_UP_TO)
        for (let i = 1; i < COLD_RUNS; i++) coldMs.push(runEngine(kind, n, seed).coldMs);
      const problem = buildInstance(kind, n, seed).compile();
      let scipy: ScipyResult | undefined;
      let scipyNote: string | undefined;
      if (python) {
        const width = denseWidth(problem, engine.unassignedRows);
        const skipDense = problem.rows * width > (options.denseLimit ?? DEFAULT_DENSE_LIMIT);
        if (skipDense) scipyNote = `dense skipped: ${problem.rows}×${width} above the memory guard`;
        scipy = runScipy(python, problem, engine.unassignedRows, DEFAULT_CANDIDATES_PER_ROW, skipDense);
      }
      const row: Row = { kind, n, columns: problem.columns, engine, coldMs, scipy, scipyNote };
      rows.push(row);
      console.log(formatRow(row));
    }
  }
  console.log(`\n${table(rows)}`);
  for (const row of rows) if (row.scipyNote) console.log(`${row.kind} n=${row.n}: ${row.scipyNote}`);
}

function runEngine(kind: InstanceKind, n: number, seed: number): EngineRun {
  const script = join(__dirname, "matching-engine-run.js");
  const run = spawnSync(process.execPath, [script, kind, String(n), String(seed)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`engine run ${kind} ${n} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as EngineRun;
}

const HEADER = [
  "instance",
  "n",
  "mentors",
  "engine ms (median of 3)",
  "cold ms (median / max)",
  "peak MB",
  "certified",
  "rounds",
  "scipy dense s",
  "scipy sparse s",
  "ratio dense/engine",
  "totals equal",
];

function cells(row: Row): string[] {
  const median = medianOf(row.engine.warmMs);
  const dense = row.scipy?.dense;
  const sparse = row.scipy?.sparse;
  const denseCell = !row.scipy
    ? "n/a"
    : !dense
      ? "skipped"
      : "error" in dense
        ? "infeasible"
        : seconds(dense);
  let sparseCell = "n/a";
  if (sparse) {
    sparseCell =
      "error" in sparse
        ? `${seconds(sparse)} (no full matching)`
        : `${seconds(sparse)} (${sameTotal(sparse.total, row.engine.objective) ? "optimal" : "not optimal"})`;
  }
  const ratio = dense && !("error" in dense) ? `${(dense.seconds / (median / 1000)).toFixed(1)}×` : "n/a";
  const equal =
    dense && !("error" in dense) ? (sameTotal(dense.total, row.engine.objective) ? "yes" : "NO") : "n/a";
  return [
    row.kind,
    String(row.n),
    String(row.columns),
    median.toFixed(0),
    row.coldMs.length === 1
      ? row.coldMs[0]!.toFixed(0)
      : `${medianOf(row.coldMs).toFixed(0)} / ${Math.max(...row.coldMs).toFixed(0)} (${row.coldMs.length} runs)`,
    row.engine.peakMb.toFixed(0),
    row.engine.certified ? "yes" : "no",
    String(row.engine.rounds),
    denseCell,
    sparseCell,
    ratio,
    equal,
  ];
}

function formatRow(row: Row): string {
  return HEADER.map((name, i) => `${name}: ${cells(row)[i]}`).join(", ");
}

/** A Markdown table (also readable in a terminal). */
function table(rows: readonly Row[]): string {
  const lines = [HEADER, HEADER.map(() => "---"), ...rows.map(cells)];
  return lines.map((line) => `| ${line.join(" | ")} |`).join("\n");
}

function seconds(result: { readonly seconds: number }): string {
  return result.seconds.toFixed(result.seconds < 1 ? 3 : 2);
}

function sameTotal(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}
