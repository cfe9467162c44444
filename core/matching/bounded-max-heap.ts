/**
 * Max-heaps of (cost, id) pairs stored in typed arrays at an offset: how the candidate pass keeps a
 * row's or a column's few cheapest entries with one comparison per entry against the current worst.
 * An entry is worse when its cost is higher, or equal with a higher id.
 */

function worse(costA: number, idA: number, costB: number, idB: number): boolean {
  return costA > costB || (costA === costB && idA > idB);
}

/** Adds an entry to a heap of `size` entries at `base`; returns the new size. */
export function pushWorst(
  ids: Int32Array,
  costs: Float64Array,
  size: number,
  id: number,
  value: number,
  base = 0,
): number {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(value, id, costs[base + parent]!, ids[base + parent]!)) break;
    ids[base + at] = ids[base + parent]!;
    costs[base + at] = costs[base + parent]!;
    at = parent;
  }
  ids[base + at] = id;
  costs[base + at] = value;
  return size + 1;
}

/** Replaces the worst entry (the top) with a better one. */
export function replaceWorst(
  ids: Int32Array,
  costs: Float64Array,
  size: number,
  id: number,
  value: number,
  base = 0,
): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    const right = child + 1;
    if (
      right < size &&
      worse(costs[base + right]!, ids[base + right]!, costs[base + child]!, ids[base + child]!)
    ) {
      child = right;
    }
    if (!worse(costs[base + child]!, ids[base + child]!, value, id)) break;
    ids[base + at] = ids[base + child]!;
    costs[base + at] = costs[base + child]!;
    at = child;
  }
  ids[base + at] = id;
  costs[base + at] = value;
}

/** Removes the worst entry; returns the new size. */
export function popWorst(ids: Int32Array, costs: Float64Array, size: number): number {
  const last = size - 1;
  if (last > 0) replaceWorst(ids, costs, last, ids[last]!, costs[last]!);
  return last;
}
