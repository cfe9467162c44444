/**
 * The benchmark's cost generators spell out pairHash in their loops (see bench/matching-instances.ts):
 * these hold them to it, so the instances stay the ones the recorded figures were measured on.
 */
import { buildInstance } from "../../bench/matching-instances";
import { pairHash } from "../../bench/seeded-random";

const SEED = 20261123;

describe("benchmark instances", () => {
  it("uniform_costsArePairHashOver2To32", () => {
    const problem = buildInstance("uniform", 300, SEED).compile();
    const out = new Float64Array(problem.columns);
    for (const row of [0, 1, 17, 299]) {
      problem.fillRow(row, out);
      const expected = Float64Array.from(
        { length: problem.columns },
        (_, c) => pairHash(SEED, row, c) / 2 ** 32,
      );
      expect(out).toEqual(expected);
    }
  });

  it("mentoring_forbiddenPairsAndCostBitsComeFromPairHash", () => {
    const problem = buildInstance("mentoring", 400, SEED).compile();
    const out = new Float64Array(problem.columns);
    for (const row of [0, 5, 399]) {
      problem.fillRow(row, out);
      let forbidden = 0;
      for (let c = 0; c < problem.columns; c++) {
        const h = pairHash(SEED, row, c);
        const points = ((h >>> 10) & 7) + ((h >>> 13) & 7) + ((h >>> 16) & 7) + ((h >>> 19) & 7);
        if (out[c] === Infinity) forbidden++;
        // A mentor's popularity bias adds 0–3 points to the hash's four 3-bit fields.
        else expect(out[c]! - points).toBeGreaterThanOrEqual(0);
        if (out[c] !== Infinity) expect(out[c]! - points).toBeLessThanOrEqual(3);
      }
      // 10–30 % of a row is forbidden, by the hash's low bits.
      expect(forbidden).toBeGreaterThan(0.05 * problem.columns);
      expect(forbidden).toBeLessThan(0.35 * problem.columns);
    }
  });
});
