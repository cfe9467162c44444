import { runDashboardBenchmark } from "./dashboard-bench";
import { runLoadBenchmark } from "./load-bench";
import { DEFAULT_MATCHING_SIZES, runMatchingBenchmark } from "./matching-bench";
import { INSTANCE_KINDS, isInstanceKind } from "./matching-instances";
import { runReminderFanoutBenchmark } from "./reminder-fanout-bench";

/**
 * `npm run bench`: runs every benchmark, or those named by `--only a,b`. `--sizes 500,2000` sets the
 * problem sizes; `--instances uniform,mentoring,realistic` and `--seed N` narrow the matching benchmark;
 * `--messages N` and `--tenant-rate R` size the reminders benchmark.
 * `--pairs N` sizes the wave the dashboard benchmark writes to the emulator (sessions: 6 per pair).
 * Each benchmark registers here under its name.
 */
interface BenchFlags {
  readonly only?: readonly string[];
  readonly sizes?: readonly number[];
  readonly instances?: readonly string[];
  readonly seed?: number;
  readonly messages?: number;
  readonly tenantRate?: number;
  readonly pairs?: number;
}

const BENCHMARKS: Readonly<Record<string, (flags: BenchFlags) => void | Promise<void>>> = {
  matching: (flags) => {
    const kinds = (flags.instances ?? INSTANCE_KINDS).map((kind) => {
      if (!isInstanceKind(kind)) throw new Error(`unknown instance ${kind} (${INSTANCE_KINDS.join(", ")})`);
      return kind;
    });
    runMatchingBenchmark({ sizes: flags.sizes ?? DEFAULT_MATCHING_SIZES, kinds, seed: flags.seed });
  },
  reminders: (flags) =>
    runReminderFanoutBenchmark({ messages: flags.messages, tenantRate: flags.tenantRate }),
  dashboard: (flags) => runDashboardBenchmark({ pairs: flags.pairs }),
  load: () => runLoadBenchmark(),
};

function parseFlags(args: readonly string[]): BenchFlags {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(`--${name}`);
    const inline = args.find((arg) => arg.startsWith(`--${name}=`));
    return inline ? inline.slice(name.length + 3) : at >= 0 ? args[at + 1] : undefined;
  };
  const list = (name: string) => value(name)?.split(",").filter(Boolean);
  const sizes = list("sizes")?.map(Number);
  if (sizes?.some((size) => !Number.isInteger(size) || size < 0))
    throw new Error("--sizes takes whole numbers");
  const seed = value("seed");
  const count = (name: string): number | undefined => {
    const text = value(name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a positive whole number`);
    return n;
  };
  return {
    only: list("only"),
    sizes,
    instances: list("instances"),
    seed: seed ? Number(seed) : undefined,
    messages: count("messages"),
    tenantRate: count("tenant-rate"),
    pairs: count("pairs"),
  };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const names = flags.only ?? Object.keys(BENCHMARKS);
  for (const name of names) {
    const benchmark = BENCHMARKS[name];
    if (!benchmark) throw new Error(`unknown benchmark ${name} (${Object.keys(BENCHMARKS).join(", ")})`);
    console.log(`\n== ${name} ==`);
    await benchmark(flags);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
