import type { AssignmentProblem } from "../core/matching/assignment-problem";
import type { MatchingInput } from "../core/matching/matching-types";
import { compileMatchingProblem } from "../core/matching/matching-problem";
import { seededRandom, shuffle } from "./seeded-random";
import { generateWave } from "./wave-generator";

/**
 * The benchmark's instances, each rebuilt from (kind, n, seed) in whichever process needs it: costs are
 * hashes of (row, column) or come from the real engine's compiled problem, never a stored matrix.
 */
export const INSTANCE_KINDS = ["uniform", "mentoring", "realistic"] as const;
export type InstanceKind = (typeof INSTANCE_KINDS)[number];

export function isInstanceKind(value: unknown): value is InstanceKind {
  return (INSTANCE_KINDS as readonly unknown[]).includes(value);
}

export interface BenchInstance {
  readonly kind: InstanceKind;
  readonly n: number;
  /** Builds the problem; for "realistic" this is the engine's own compile step. */
  readonly compile: () => AssignmentProblem;
  /** The wave's participants, for "realistic": the whole engine runs on them. */
  readonly input?: MatchingInput;
}

export function buildInstance(kind: InstanceKind, n: number, seed: number): BenchInstance {
  switch (kind) {
    case "uniform":
      return { kind, n, compile: () => uniformProblem(n, seed) };
    case "mentoring":
      return { kind, n, compile: () => mentoringProblem(n, seed) };
    case "realistic": {
      const input = generateWave({ mentees: n, mentors: Math.ceil(n / 1.6), seed });
      return { kind, n, input, compile: () => compileMatchingProblem(input).problem };
    }
  }
}

/**
 * n × n, capacity 1, costs uniform in [0, 1) (32-bit resolution).
 *
 * The cost loops below spell out pairHash (seeded-random.ts; a test holds them to it) instead of calling
 * it: each call of the engine compiles a new problem, so a new fillRow closure, and V8 then inlines fillRow
 * into the engine's candidate pass but no longer pairHash into fillRow — 10⁸ calls at n = 10,000 that
 * doubled the warm calls' time. The benchmark measures the solver, not that inlining decision.
 */
function uniformProblem(n: number, seed: number): AssignmentProblem {
  return {
    rows: n,
    columns: n,
    capacity: new Int32Array(n).fill(1),
    unassignedCost: n + 2,
    fillRow(row, out) {
      const rowPart = Math.imul(row, 0x9e3779b1);
      for (let c = 0; c < n; c++) {
        let h = (rowPart ^ Math.imul(c + 0x632be5ab, 0x85ebca77) ^ seed) >>> 0;
        h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
        h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
        out[c] = ((h ^ (h >>> 16)) >>> 0) / 4294967296;
      }
    },
  };
}

const MENTORING_MAX_COST = 31;

/**
 * Mentoring-like: n mentees, n/2 mentors of capacity 1–3 (total ≥ n), small integer costs (0–31, so
 * many ties) with a popularity bias per mentor, 10–30 % forbidden pairs per row; a complete assignment
 * exists by construction (each mentee keeps one allowed mentor of a shuffled list of places).
 */
function mentoringProblem(n: number, seed: number): AssignmentProblem {
  const random = seededRandom(seed);
  const columns = Math.ceil(n / 2);
  const capacity = Int32Array.from({ length: columns }, () => 1 + Math.floor(random() * 3));
  let total = capacity.reduce((a, b) => a + b, 0);
  for (let c = 0; total < n; c = (c + 1) % columns) {
    if (capacity[c]! < 3) {
      capacity[c] = capacity[c]! + 1;
      total++;
    }
  }
  const places: number[] = [];
  capacity.forEach((k, c) => {
    for (let i = 0; i < k; i++) places.push(c);
  });
  const guaranteed = Int32Array.from(shuffle(places, random).slice(0, n));
  const bias = Int32Array.from({ length: columns }, () => Math.floor(random() * 4));
  const forbidBelow = Int32Array.from({ length: n }, () => Math.floor(1024 * (0.1 + 0.2 * random())));
  return {
    rows: n,
    columns,
    capacity,
    unassignedCost: (n + 1) * MENTORING_MAX_COST + 1,
    fillRow(row, out) {
      const keep = guaranteed[row]!;
      const forbid = forbidBelow[row]!;
      const rowPart = Math.imul(row, 0x9e3779b1);
      for (let c = 0; c < columns; c++) {
        // pairHash(seed, row, c), spelled out (see uniformProblem).
        let h = (rowPart ^ Math.imul(c + 0x632be5ab, 0x85ebca77) ^ seed) >>> 0;
        h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
        h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
        h = (h ^ (h >>> 16)) >>> 0;
        if ((h & 1023) < forbid && c !== keep) {
          out[c] = Infinity;
          continue;
        }
        out[c] = ((h >>> 10) & 7) + ((h >>> 13) & 7) + ((h >>> 16) & 7) + ((h >>> 19) & 7) + bias[c]!;
      }
    },
  };
}
