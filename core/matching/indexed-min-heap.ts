/**
 * A binary min-heap of integer ids 0..size-1 with decrease-key: the priority queue of the assignment
 * solver's shortest-path searches. Keys live next to the ids in heap order (no indirection while
 * sifting) and ties go to the smaller id, so searches are fast and deterministic.
 */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  /** Position of each id in `items`, or -1 when the id is not in the heap. */
  private readonly position: Int32Array;
  private count = 0;

  constructor(size: number) {
    this.items = new Int32Array(size);
    this.keys = new Float64Array(size);
    this.position = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    return this.position[id]! >= 0;
  }

  /** The smallest key (the heap must not be empty). */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** Inserts `id` with `key`, or lowers its key when it is already in (the key must not rise). */
  pushOrDecrease(id: number, key: number): void {
    let at = this.position[id]!;
    if (at < 0) at = this.count++;
    this.siftUp(at, id, key);
  }

  pop(): number {
    const { items, keys, position } = this;
    const top = items[0]!;
    position[top] = -1;
    const count = --this.count;
    if (count > 0) this.siftDown(items[count]!, keys[count]!, count);
    return top;
  }

  /** Empties the heap in O(size of the heap), not O(capacity). */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.position[this.items[i]!] = -1;
    this.count = 0;
  }

  private siftUp(start: number, id: number, key: number): void {
    const { items, keys, position } = this;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent]!;
      const parentId = items[parent]!;
      if (parentKey < key || (parentKey === key && parentId < id)) break;
      items[at] = parentId;
      keys[at] = parentKey;
      position[parentId] = at;
      at = parent;
    }
    items[at] = id;
    keys[at] = key;
    position[id] = at;
  }

  private siftDown(id: number, key: number, count: number): void {
    const { items, keys, position } = this;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      let childKey = keys[child]!;
      let childId = items[child]!;
      const right = child + 1;
      if (right < count) {
        const rightKey = keys[right]!;
        const rightId = items[right]!;
        if (rightKey < childKey || (rightKey === childKey && rightId < childId)) {
          child = right;
          childKey = rightKey;
          childId = rightId;
        }
      }
      if (key < childKey || (key === childKey && id < childId)) break;
      items[at] = childId;
      keys[at] = childKey;
      position[childId] = at;
      at = child;
    }
    items[at] = id;
    keys[at] = key;
    position[id] = at;
  }
}
