/**
 * Keeps the `limit` smallest (cost, id) entries of a stream whose ids arrive in increasing order: the
 * candidate pass and the certificate offer it millions of costs, most of them above its cutoff. Entries
 * below the cutoff are appended to a buffer; when the buffer fills, one selection (quickselect, no heap)
 * keeps the `limit` best and lowers the cutoff to the worst kept cost. With many tied costs a heap churns
 * on every strictly better value; here a better value costs one append.
 *
 * The caller inlines the test: `if (value < cutoff) cutoff = select.push(id, value)`. An entry equal to
 * the cutoff never enters once the buffer has been cut: it would come after the kept ones of equal cost.
 * A stream may start from a guessed cutoff (`reset(hint)`): the result is exact whenever at least `want`
 * entries got in (`size ≥ want`); otherwise the caller offers the stream again from Infinity.
 */
export class ThresholdSelect {
  readonly ids: Int32Array;
  readonly costs: Float64Array;
  size = 0;
  /** Strict upper bound for a new entry (Infinity while fewer than `limit` entries were ever cut). */
  cutoff = Infinity;
  /** Workspace for guessCutoff. */
  readonly scratch: Float64Array;

  constructor(
    readonly limit: number,
    capacity = Math.max(64, 4 * limit),
  ) {
    // Room for one entry beyond `limit` at least, or a cut would free nothing.
    this.ids = new Int32Array(Math.max(capacity, limit + 1));
    this.costs = new Float64Array(Math.max(capacity, limit + 1));
    this.scratch = new Float64Array(SAMPLES);
  }

  /** Starts a new stream, taking only entries below `cutoff` (Infinity, or a guess: see above). */
  reset(cutoff = Infinity): void {
    this.size = 0;
    this.cutoff = cutoff;
  }

  /** Appends an entry (cost below the cutoff, id above every earlier one); returns the cutoff now. */
  push(id: number, value: number): number {
    const at = this.size;
    this.ids[at] = id;
    this.costs[at] = value;
    this.size = at + 1;
    if (this.size === this.ids.length) this.cut();
    return this.cutoff;
  }

  /**
   * Ends the stream keeping its `want` (≤ limit) best entries, sorted by cost then id (earliest first
   * among equal costs); returns how many are left.
   */
  finish(want: number): number {
    if (this.size > want) this.cut(want);
    sortPairs(this.ids, this.costs, 0, this.size);
    return this.size;
  }

  /**
   * Ends the stream keeping its `want` (≤ limit) best entries, unsorted but split: the first `keep` are
   * the best `keep`, and when `want` entries are kept the last is the worst of them. Returns how many
   * are kept. Two quickselects instead of a sort: the candidate pass only needs the split.
   */
  split(want: number, keep: number): number {
    if (this.size > want) this.cut(want);
    const size = this.size;
    if (size === want && size > 1) selectPairs(this.ids, this.costs, size, size - 2);
    const head = size === want ? size - 1 : size;
    if (head > keep) selectPairs(this.ids, this.costs, head, keep - 1);
    return size;
  }

  /** Keeps the `limit` best entries by (cost, id) and lowers the cutoff to the worst of them. */
  private cut(limit = this.limit): void {
    if (limit === 0) {
      this.size = 0;
      this.cutoff = -Infinity;
      return;
    }
    selectPairs(this.ids, this.costs, this.size, limit - 1);
    let worst = this.costs[0]!;
    for (let i = 1; i < limit; i++) if (this.costs[i]! > worst) worst = this.costs[i]!;
    this.size = limit;
    this.cutoff = worst;
  }
}

/** Sample size of `guessCutoff`: rows shorter than a few samples are not worth guessing on. */
const SAMPLES = 128;
/** How many times more entries than wanted a guess aims to let in (a low guess costs a second pass). */
const GUESS_SLACK = 4;

/**
 * A cutoff that probably lets at least `want` of values[0..n) in, from an evenly spaced sample: the
 * sample's cost at GUESS_SLACK × the wanted share, just raised so its ties get in. Infinity when the
 * row is too short to bother. Only speed depends on it: a low guess is caught by `size < want`.
 */
export function guessCutoff(values: Float64Array, n: number, want: number, scratch: Float64Array): number {
  if (n < 4 * SAMPLES || want * GUESS_SLACK * SAMPLES >= n * (SAMPLES - 1)) return Infinity;
  const step = n / SAMPLES;
  for (let i = 0; i < SAMPLES; i++) scratch[i] = values[Math.floor(i * step)]!;
  const rank = Math.ceil((want * GUESS_SLACK * SAMPLES) / n);
  const value = kthSmallest(scratch, SAMPLES, rank);
  return value + Math.abs(value) * HINT_MARGIN + Number.MIN_VALUE;
}

/**
 * Reorders entries 0..n-1 so that the k + 1 best by (cost, id) come first (quickselect on the pairs:
 * ids break ties, so no stable pass is needed).
 */
function selectPairs(ids: Int32Array, costs: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const pivotCost = costs[mid]!;
    const pivotId = ids[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (costs[i]! < pivotCost || (costs[i] === pivotCost && ids[i]! < pivotId)) i++;
      while (costs[j]! > pivotCost || (costs[j] === pivotCost && ids[j]! > pivotId)) j--;
      if (i <= j) {
        const id = ids[i]!;
        const cost = costs[i]!;
        ids[i] = ids[j]!;
        costs[i++] = costs[j]!;
        ids[j] = id;
        costs[j--] = cost;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** How far above the sampled cost a guess lies: the ties at that cost must all get in. */
const HINT_MARGIN = 1e-12;

/** The k-th smallest (0-based) of values[0..n), reordering them (Hoare partition: ties split evenly). */
export function kthSmallest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const a = values[lo]!;
    const b = values[(lo + hi) >>> 1]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/** Sorts entries from..to-1 by cost, then id (insertion sort: a few dozen entries, no allocation). */
function sortPairs(ids: Int32Array, costs: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const id = ids[i]!;
    const value = costs[i]!;
    let j = i - 1;
    while (j >= from && (costs[j]! > value || (costs[j] === value && ids[j]! > id))) {
      ids[j + 1] = ids[j]!;
      costs[j + 1] = costs[j]!;
      j--;
    }
    ids[j + 1] = id;
    costs[j + 1] = value;
  }
}
