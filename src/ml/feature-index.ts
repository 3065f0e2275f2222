// Feature index: 32-bit feature keys → dense ids 0..n-1, as an open-addressing table of two
// Int32Arrays (no strings, no Map): compact in memory and fast to rebuild when a model loads.
// Key 0 is reserved as "empty"; a real key of 0 is stored as 1 (one collision in 2^32 is fine).

export class FeatureIndex {
  private keys: Int32Array;
  private ids: Int32Array;
  private mask: number;
  /** Keys in id order, so the index can be saved and rebuilt. */
  private order: number[] = [];

  constructor(expected = 1 << 16) {
    let cap = 1 << 10;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number { return this.order.length; }

  /** Id of `key`, or -1 when unknown. */
  get(key: number): number {
    const k = key | 0 || 1;
    let p = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.keys[p]!;
      if (v === k) return this.ids[p]!;
      if (v === 0) return -1;
      p = (p + 1) & this.mask;
    }
  }

  /** Id of `key`, adding it when new. */
  add(key: number): number {
    const k = key | 0 || 1;
    let p = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.keys[p]!;
      if (v === k) return this.ids[p]!;
      if (v === 0) break;
      p = (p + 1) & this.mask;
    }
    const id = this.order.length;
    this.keys[p] = k;
    this.ids[p] = id;
    this.order.push(k);
    if (this.order.length * 2 > this.mask) this.grow();
    return id;
  }

  /** Keys in id order (key of id i at position i). */
  keysInOrder(): Int32Array { return Int32Array.from(this.order); }

  static fromKeys(keys: Int32Array): FeatureIndex {
    const ix = new FeatureIndex(keys.length);
    for (let i = 0; i < keys.length; i++) ix.add(keys[i]!);
    return ix;
  }

  private grow(): void {
    const old = this.order;
    const cap = (this.mask + 1) * 2;
    this.keys = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
    this.order = [];
    for (const k of old) this.add(k);
  }
}
