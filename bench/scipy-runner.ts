import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AssignmentProblem } from "../core/matching/assignment-problem";

/**
 * The scipy side of the matching benchmark: finds a Python with scipy, writes the instance as a dense
 * matrix (columns replicated per capacity, forbidden = inf, `unassignedColumns` trailing columns of cost
 * unassignedCost) and runs bench/scipy_assignment.py on it.
 */
export interface ScipyResult {
  readonly version: string;
  readonly dense?:
    | { readonly seconds: number; readonly total: number }
    | { readonly seconds: number; readonly error: string };
  readonly sparse:
    | { readonly seconds: number; readonly total: number; readonly edges: number }
    | { readonly seconds: number; readonly error: string; readonly edges: number };
}

/** The first of TANDEM_PYTHON, /usr/bin/python3, python3 on PATH that can import scipy. */
export function findScipyPython(): string | undefined {
  const candidates = [process.env.TANDEM_PYTHON, "/usr/bin/python3", "python3"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  return candidates.find(
    (python) => spawnSync(python, ["-c", "import scipy, numpy"], { stdio: "ignore" }).status === 0,
  );
}

export const SCIPY_INSTALL_HINT =
  "No Python with scipy found (tried TANDEM_PYTHON, /usr/bin/python3, python3). Install it with " +
  "`sudo apt-get install python3-scipy` (then /usr/bin/python3 has it) or `pip install scipy`, or set " +
  "TANDEM_PYTHON to a Python that has it.";

/** Width of the dense matrix: one column per place, plus the "unassigned" columns. */
export function denseWidth(problem: AssignmentProblem, unassignedColumns: number): number {
  let width = unassignedColumns;
  for (let c = 0; c < problem.columns; c++) width += problem.capacity[c]!;
  return width;
}

export function runScipy(
  python: string,
  problem: AssignmentProblem,
  unassignedColumns: number,
  candidatesPerRow: number,
  skipDense: boolean,
): ScipyResult {
  const directory = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  try {
    const width = denseWidth(problem, unassignedColumns);
    const matrixPath = join(directory, "costs.f64");
    const ownersPath = join(directory, "owners.i32");
    writeDense(problem, unassignedColumns, width, matrixPath, ownersPath);
    const script = resolve(__dirname, "../../bench/scipy_assignment.py");
    const args = [
      script,
      matrixPath,
      ownersPath,
      String(problem.rows),
      String(width),
      String(candidatesPerRow),
    ];
    if (skipDense) args.push("--skip-dense");
    const run = spawnSync(python, args, { encoding: "utf8", maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`scipy_assignment.py failed: ${run.stderr || run.error?.message}`);
    const parsed = JSON.parse(run.stdout) as Omit<ScipyResult, "version"> & { scipy: string };
    return { version: parsed.scipy, dense: parsed.dense, sparse: parsed.sparse };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function writeDense(
  problem: AssignmentProblem,
  unassignedColumns: number,
  width: number,
  matrixPath: string,
  ownersPath: string,
): void {
  const owners = new Int32Array(width).fill(-1);
  let at = 0;
  for (let c = 0; c < problem.columns; c++) for (let k = 0; k < problem.capacity[c]!; k++) owners[at++] = c;
  writeAll(ownersPath, [owners]);
  const costs = new Float64Array(problem.columns);
  const line = new Float64Array(width);
  const fd = openSync(matrixPath, "w");
  try {
    for (let r = 0; r < problem.rows; r++) {
      problem.fillRow(r, costs);
      for (let i = 0; i < width; i++) {
        const owner = owners[i]!;
        line[i] = owner >= 0 ? costs[owner]! : problem.unassignedCost;
      }
      writeSync(fd, line);
    }
  } finally {
    closeSync(fd);
  }
}

function writeAll(path: string, arrays: readonly Int32Array[]): void {
  const fd = openSync(path, "w");
  try {
    for (const array of arrays) writeSync(fd, array);
  } finally {
    closeSync(fd);
  }
}
