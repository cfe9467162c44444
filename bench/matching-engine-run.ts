import { solveAssignment } from "../core/matching/assignment-solver";
import { matchWave } from "../core/matching/matching-engine";
import { buildInstance, isInstanceKind } from "./matching-instances";

/**
 * Child process of the matching benchmark: times the engine on one instance in a fresh process (the
 * first call is cold: nothing compiled yet), then three warm calls, and reports its own peak memory so
 * the benchmark's dense matrices for scipy never count. Prints one JSON line.
 */
export interface EngineRun {
  readonly coldMs: number;
  readonly warmMs: readonly number[];
  readonly peakMb: number;
  readonly objective: number;
  readonly unassignedRows: number;
  readonly certified: boolean;
  readonly rounds: number;
  readonly candidateEdges: number;
  readonly rescannedRows: number;
}

const WARM_CALLS = 3;

function main(): void {
  const [kind, size, seedText] = process.argv.slice(2);
  if (!isInstanceKind(kind)) throw new Error(`unknown instance kind ${kind}`);
  const instance = buildInstance(kind, Number(size), Number(seedText));
  // "realistic" runs the whole engine (compile, solve, explain every pair); the others the solver alone.
  const input = instance.input;
  const call = input ? () => matchWave(input) : () => solveAssignment(instance.compile());
  const times: number[] = [];
  for (let i = 0; i <= WARM_CALLS; i++) {
    const started = process.hrtime.bigint();
    call();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const problem = instance.compile();
  const solution = solveAssignment(problem);
  const run: EngineRun = {
    coldMs: times[0]!,
    warmMs: times.slice(1),
    peakMb: process.resourceUsage().maxRSS / 1024,
    objective: solution.assignedCost + problem.unassignedCost * solution.unassignedRows,
    unassignedRows: solution.unassignedRows,
    certified: solution.certified,
    ...solution.stats,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main();
