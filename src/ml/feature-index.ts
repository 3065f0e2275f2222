// Feature index: 32-bit feature keys → dense ids 0..n-1, as an open-addressing table in one
// Int32Array of (key, id) pairs (no strings, no Map): compact in memory, fast to rebuild when a
// model loads, and a lookup touches one cache line, not two (lookups are taggers' hottest loop).
// Key 0 is reserved as "empty"; a real key of 0 is stored as 1 (one collision in 2^32 is fine).

export class FeatureIndex {
  /** slots[2p] = key (0 empty), slots[2p + 1] = its id. */
  private slots: Int32Array;
  private mask: number;
  /** Keys in id order, so the index can be saved and rebuilt. */
  private order: number[] = [];

  constructor(expected = 1 << 16) {
    let cap = 1 << 10;
    while (cap < expected * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number { return this.order.length; }

  /** Id of `key`, or -1 when unknown. */
  get(key: number): number {
    const k = key | 0 || 1;
    const slots = this.slots, mask = this.mask;
    let p = (Math.imul(k, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const v = slots[2 * p]!;
      if (v === k) return slots[2 * p + 1]!;
      if (v === 0) return -1;
      p = (p + 1) & mask;
    }
  }

  /** Id of `key`, adding it when new. */
  add(key: number): number {
    const k = key | 0 || 1;
    let p = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.slots[2 * p]!;
      if (v === k) return this.slots[2 * p + 1]!;
      if (v === 0) break;
      p = (p + 1) & this.mask;
    }
    const id = this.order.length;
    this.slots[2 * p] = k;
    this.slots[2 * p + 1] = id;
    this.order.push(k);
    if (this.order.length * 2 > this.mask) this.grow();
    return id;
  }

  /** Keys in id order (key of id i at position i). */
  keysInOrder(): Int32Array { return Int32Array.from(this.order); }

  /** The probe table (key, id pairs), to rebuild the index elsewhere with fromShared (no copy). */
  slotArray(): Int32Array { return this.slots; }

  /** An index over a probe table made by another (e.g. in shared memory); keys in id order. */
  static fromShared(slots: Int32Array, keys: Int32Array): FeatureIndex {
    const ix = new FeatureIndex(1);
    ix.slots = slots;
    ix.mask = slots.length / 2 - 1;
    ix.order = Array.from(keys);
    return ix;
  }

  static fromKeys(keys: Int32Array): FeatureIndex {
    const ix = new FeatureIndex(keys.length);
    for (let i = 0; i < keys.length; i++) ix.add(keys[i]!);
    return ix;
  }

  private grow(): void {
    const old = this.order;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.order = [];
    for (const k of old) this.add(k);
  }
}
