/**
 * A binary min-heap of integer ids 0..size-1 keyed by a shared Float64Array, with decrease-key: the
 * priority queue of the assignment solver's shortest-path searches, on typed arrays so a search of
 * thousands of columns allocates nothing. Ties are broken by the smaller id, so searches are deterministic.
 */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  /** Position of each id in `items`, or -1 when the id is not in the heap. */
  private readonly position: Int32Array;
  private count = 0;

  constructor(
    size: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(size);
    this.position = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    return this.position[id]! >= 0;
  }

  /** The id with the smallest key (the heap must not be empty). */
  peek(): number {
    return this.items[0]!;
  }

  /** Inserts `id`, or moves it up after its key was lowered. */
  pushOrDecrease(id: number): void {
    let at = this.position[id]!;
    if (at < 0) {
      at = this.count++;
      this.items[at] = id;
      this.position[id] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.items[0]!;
    this.position[top] = -1;
    const last = this.items[--this.count]!;
    if (this.count > 0) {
      this.items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap in O(size of the heap), not O(capacity). */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.position[this.items[i]!] = -1;
    this.count = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(start: number): void {
    const items = this.items;
    const id = items[start]!;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentId = items[parent]!;
      if (!this.less(id, parentId)) break;
      items[at] = parentId;
      this.position[parentId] = at;
      at = parent;
    }
    items[at] = id;
    this.position[id] = at;
  }

  private siftDown(start: number): void {
    const items = this.items;
    const id = items[start]!;
    const count = this.count;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      const right = child + 1;
      if (right < count && this.less(items[right]!, items[child]!)) child = right;
      const childId = items[child]!;
      if (!this.less(childId, id)) break;
      items[at] = childId;
      this.position[childId] = at;
      at = child;
    }
    items[at] = id;
    this.position[id] = at;
  }
}
