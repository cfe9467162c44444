import fc from "fast-check";
import { ThresholdSelect, guessCutoff, kthSmallest } from "../../../core/matching/threshold-select";

/** The `want` best (cost, id) entries of values, ids in arrival order, by a full sort. */
function bestBySort(values: readonly number[], want: number): { ids: number[]; costs: number[] } {
  const entries = values
    .map((cost, id) => ({ cost, id }))
    .filter((e) => e.cost < Infinity)
    .sort((a, b) => a.cost - b.cost || a.id - b.id)
    .slice(0, want);
  return { ids: entries.map((e) => e.id), costs: entries.map((e) => e.cost) };
}

/** Runs a stream through the selection the way the candidate pass does: guessed cutoff, then a full pass. */
function bestBySelect(values: readonly number[], want: number, capacity: number, cutoff: number) {
  const select = new ThresholdSelect(want, capacity);
  const array = Float64Array.from(values);
  select.reset(cutoff);
  for (let i = 0; i < array.length; i++) if (array[i]! < select.cutoff) select.push(i, array[i]!);
  if (select.size < want && cutoff < Infinity) {
    select.reset();
    for (let i = 0; i < array.length; i++) if (array[i]! < select.cutoff) select.push(i, array[i]!);
  }
  const kept = select.finish(want);
  return { ids: Array.from(select.ids.subarray(0, kept)), costs: Array.from(select.costs.subarray(0, kept)) };
}

// Few distinct costs (many ties), some forbidden pairs, and plain floats.
const costArb = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.constant(Infinity),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

describe("ThresholdSelect", () => {
  it("keeps exactly the cheapest entries, ties to the earliest, whatever the buffer size and guessed cutoff", () => {
    fc.assert(
      fc.property(
        fc.array(costArb, { maxLength: 300 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 40 }),
        fc.oneof(
          fc.constant(Infinity),
          fc.integer({ min: 0, max: 7 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
        (values, want, extra, cutoff) => {
          expect(bestBySelect(values, want, want + 1 + extra, cutoff)).toEqual(bestBySort(values, want));
        },
      ),
    );
  });

  it("a guessed cutoff for a long row of tied costs still yields the exact cheapest entries", () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 13);
    const row = Float64Array.from(values);
    const guess = guessCutoff(row, row.length, 49, new Float64Array(128));
    expect(guess).toBeLessThan(Infinity);
    expect(bestBySelect(values, 49, 392, guess)).toEqual(bestBySort(values, 49));
  });

  it("split keeps the same entries as finish, the best first and the worst last, without sorting them", () => {
    fc.assert(
      fc.property(
        fc.array(costArb, { maxLength: 120 }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (values, want, keepWish) => {
          const keep = Math.min(keepWish, want - 1);
          const select = new ThresholdSelect(want, want + 8);
          values.forEach((value, i) => {
            if (value < select.cutoff) select.push(i, value);
          });
          const kept = select.split(want, keep);
          const best = bestBySort(values, want);
          expect(kept).toBe(best.ids.length);
          const entries = Array.from(select.ids.subarray(0, kept), (id, i) => ({
            id,
            cost: select.costs[i]!,
          }));
          const byRank = (list: { id: number }[]) => list.map((e) => e.id).sort((a, b) => a - b);
          expect(byRank(entries)).toEqual([...best.ids].sort((a, b) => a - b));
          const head = Math.min(keep, kept);
          expect(byRank(entries.slice(0, head))).toEqual(best.ids.slice(0, head).sort((a, b) => a - b));
          if (kept === want) expect(entries[kept - 1]!.id).toBe(best.ids[want - 1]);
        },
      ),
    );
  });

  it("kthSmallest returns the k-th value of the sorted array", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (values, k) => {
          const index = k % values.length;
          const sorted = [...values].sort((a, b) => a - b);
          expect(kthSmallest(Float64Array.from(values), values.length, index)).toBe(sorted[index]);
        },
      ),
    );
  });
});
