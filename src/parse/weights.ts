// Weight tables of the parser's two classifiers (moves, arc labels): multi-class averaged
// perceptrons over 32-bit feature keys. Training keeps only features that were ever updated
// (a perceptron gives every other feature weight 0), so memory follows the mistakes made, not
// every feature seen; the frozen table is a PerceptronModel (src/ml), saved with model-io's
// gzip bundles and Int16 weights.
import { FeatureIndex, PerceptronModel, freeLabels, type StoredModel } from '../ml/index.js';

/** Scores of keys[0..k) into out[0..L) (added to what is there). Unknown keys are skipped. */
export function scoreInto(m: StoredModel, keys: Int32Array, k: number, out: Float64Array | Int32Array): void {
  const W = m.model.weights, L = m.model.L, index = m.index;
  for (let i = 0; i < k; i++) {
    const id = index.get(keys[i]!);
    if (id < 0) continue;
    const r = id * L;
    for (let y = 0; y < L; y++) out[y]! += W[r + y]!;
  }
}

export class AvgTable {
  readonly index = new FeatureIndex(1 << 18);
  W: Float32Array;
  U: Float64Array;
  /** number of training instances seen (the averaging clock) */
  c = 1;

  constructor(readonly names: readonly string[]) {
    this.W = new Float32Array((1 << 16) * names.length);
    this.U = new Float64Array((1 << 16) * names.length);
  }

  get L(): number { return this.names.length; }

  score(keys: Int32Array, k: number, out: Float64Array): void {
    const L = this.L, W = this.W, index = this.index;
    out.fill(0, 0, L);
    for (let i = 0; i < k; i++) {
      const id = index.get(keys[i]!);
      if (id < 0) continue;
      const r = id * L;
      for (let y = 0; y < L; y++) out[y]! += W[r + y]!;
    }
  }

  update(keys: Int32Array, k: number, y: number, d: number): void {
    const L = this.L, c = this.c;
    for (let i = 0; i < k; i++) {
      const id = this.index.add(keys[i]!);
      if ((id + 1) * L > this.W.length) this.grow();
      const j = id * L + y;
      this.W[j]! += d;
      this.U[j]! += c * d;
    }
  }

  private grow(): void {
    const W = new Float32Array(this.W.length * 2); W.set(this.W); this.W = W;
    const U = new Float64Array(this.U.length * 2); U.set(this.U); this.U = U;
  }

  /** The averaged weights as a frozen model (features whose weights all round to 0 dropped). */
  freeze(eps = 0): StoredModel {
    const L = this.L, n = this.index.size, keys = this.index.keysInOrder();
    const keep: number[] = [];
    const avg = new Float32Array(n * L);
    for (let f = 0; f < n; f++) {
      let big = false;
      for (let y = 0; y < L; y++) {
        const v = this.W[f * L + y]! - this.U[f * L + y]! / this.c;
        avg[f * L + y] = v;
        if (Math.abs(v) > eps) big = true;
      }
      if (big) keep.push(f);
    }
    const nk = new Int32Array(keep.length), nw = new Float32Array(keep.length * L);
    keep.forEach((f, i) => { nk[i] = keys[f]!; nw.set(avg.subarray(f * L, f * L + L), i * L); });
    const labels = freeLabels(this.names);
    return { model: new PerceptronModel(labels, nw, new Float32Array((L + 1) * L)), index: FeatureIndex.fromKeys(nk) };
  }
}

/**
 * The move classifier's weights for run time: an open-addressing table whose slot holds the key
 * and its four Int16 weights (three Int32s), so a feature costs one memory access, not two (the
 * table is tens of MB: nearly every lookup is a cache miss, and lookups are the parser's
 * hottest loop). Built from a loaded (Int16) model with at most four classes.
 */
export class InlineTable4 {
  /** 4 Int32 per slot: key, weights 0|1, weights 2|3, unused (16-byte slots, 4 to a cache line) */
  private slots: Int32Array;
  private shift: number;
  private mask: number;

  private constructor(n: number, slots?: Int32Array) {
    // load factor at most 2/3 (a lower one measured no faster, and costs memory)
    let bits = 10;
    if (slots) bits = Math.log2(slots.length / 4);
    else while ((1 << bits) * 2 < n * 3) bits++;
    this.slots = slots ?? new Int32Array((1 << bits) * 4);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** The table's one array, to rebuild it elsewhere with fromSlots (no copy). */
  slotArray(): Int32Array { return this.slots; }
  static fromSlots(slots: Int32Array): InlineTable4 { return new InlineTable4(0, slots); }

  private put(key: number, w: (y: number) => number, L: number): void {
    const k = key | 0 || 1;
    let p = Math.imul(k, 0x9e3779b1) >>> this.shift;
    while (this.slots[4 * p] !== 0) p = (p + 1) & this.mask;
    const q = (y: number) => (y < L ? Math.max(-32768, Math.min(32767, Math.round(w(y)))) & 0xffff : 0);
    this.slots[4 * p] = k;
    this.slots[4 * p + 1] = q(0) | (q(1) << 16);
    this.slots[4 * p + 2] = q(2) | (q(3) << 16);
  }

  /** From a model with Int16 (loaded) weights. */
  static fromModel(m: StoredModel): InlineTable4 {
    const L = m.model.L, W = m.model.weights;
    if (L > 4) throw new Error('InlineTable4: at most four classes');
    const keys = m.index.keysInOrder(), t = new InlineTable4(keys.length);
    for (let f = 0; f < keys.length; f++) t.put(keys[f]!, (y) => W[f * L + y]!, L);
    return t;
  }

  /** From a model file's bytes: n Int32 keys at keysAt, n × L Int16 weights at weightsAt (little-endian). */
  static fromBytes(buf: Buffer, keysAt: number, weightsAt: number, n: number, L: number): InlineTable4 {
    if (L > 4) throw new Error('InlineTable4: at most four classes');
    const t = new InlineTable4(n);
    for (let f = 0; f < n; f++) t.put(buf.readInt32LE(keysAt + 4 * f), (y) => buf.readInt16LE(weightsAt + 2 * (f * L + y)), L);
    return t;
  }

  /**
   * Scores of the four classes for keys[0..k) into out[0..4) (overwritten), in Int16 units.
   * The first probe is branch-free (a mask keeps or zeroes the slot's weights); only a key that
   * meets another key in its slot takes the probing loop.
   */
  score(keys: Int32Array, k: number, out: Float64Array): void {
    const slots = this.slots, shift = this.shift, mask = this.mask;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = 0; i < k; i++) {
      const key = keys[i]! | 0;
      let j = (Math.imul(key, 0x9e3779b1) >>> shift) << 2;
      let v = slots[j]!;
      if (v !== key && v !== 0) {
        let p = j >> 2;
        do { p = (p + 1) & mask; j = p << 2; v = slots[j]!; } while (v !== key && v !== 0);
      }
      const x = v ^ key, hit = ((x | -x) >> 31) ^ -1; // -1 when v === key, else 0
      const a = slots[j + 1]! & hit, b = slots[j + 2]! & hit;
      s0 += (a << 16) >> 16; s1 += a >> 16; s2 += (b << 16) >> 16; s3 += b >> 16;
    }
    out[0] = s0; out[1] = s1; out[2] = s2; out[3] = s3;
  }
}

/** The typed arrays of a LabelTable (shareable between threads: see src/parse/shared.ts). */
export interface LabelTableArrays { slots: Int32Array; more: Int32Array; L: number }

/**
 * The labeller's weights for run time, sparse: a perceptron gives a feature weight only for the
 * labels it was updated on (3.1 of 48 on average, two for most), so each slot holds its key and
 * up to two (label, weight) pairs inline, and a longer row continues in an overflow array. One
 * memory access per feature for most features, instead of an index probe and a 96-byte row.
 * Slot: key, pair 0, pair 1, overflow (start << 8 | count); a pair is (label + 1) << 16 | weight.
 */
export class LabelTable {
  private slots: Int32Array;
  private more: Int32Array;
  private shift: number;
  private mask: number;
  private sums: Int32Array;
  readonly L: number;

  private constructor(arrays: LabelTableArrays) {
    this.L = arrays.L;
    this.slots = arrays.slots;
    this.more = arrays.more;
    const bits = Math.log2(this.slots.length / 4);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.sums = new Int32Array(this.L + 1);
  }

  private static build(n: number, L: number, key: (f: number) => number, weight: (f: number, y: number) => number): LabelTable {
    let bits = 10;
    while ((1 << bits) * 2 < n * 3) bits++;
    const slots = new Int32Array((1 << bits) * 4);
    const shift = 32 - bits, mask = (1 << bits) - 1;
    const more: number[] = [];
    const pairs: number[] = [];
    for (let f = 0; f < n; f++) {
      const k = key(f) | 0 || 1;
      let p = Math.imul(k, 0x9e3779b1) >>> shift;
      while (slots[4 * p] !== 0) p = (p + 1) & mask;
      pairs.length = 0;
      for (let y = 0; y < L; y++) { const w = weight(f, y); if (w !== 0) pairs.push(((y + 1) << 16) | (w & 0xffff)); }
      slots[4 * p] = k;
      slots[4 * p + 1] = pairs[0] ?? 0;
      slots[4 * p + 2] = pairs[1] ?? 0;
      if (pairs.length > 2) { slots[4 * p + 3] = (more.length << 8) | (pairs.length - 2); for (let i = 2; i < pairs.length; i++) more.push(pairs[i]!); }
    }
    return new LabelTable({ slots, more: Int32Array.from(more), L });
  }

  /** The table's arrays, to rebuild it elsewhere with fromArrays (no copy). */
  arrays(): LabelTableArrays { return { slots: this.slots, more: this.more, L: this.L }; }
  static fromArrays(a: LabelTableArrays): LabelTable { return new LabelTable(a); }

  /** From a model with Int16 (loaded) weights. */
  static fromModel(m: StoredModel): LabelTable {
    if (!(m.model.weights instanceof Int16Array)) throw new Error('LabelTable: needs loaded (Int16) weights');
    const keys = m.index.keysInOrder(), W = m.model.weights, L = m.model.L;
    return LabelTable.build(keys.length, L, (f) => keys[f]!, (f, y) => W[f * L + y]!);
  }

  /** From a model file's bytes (see InlineTable4.fromBytes). */
  static fromBytes(buf: Buffer, keysAt: number, weightsAt: number, n: number, L: number): LabelTable {
    return LabelTable.build(n, L, (f) => buf.readInt32LE(keysAt + 4 * f), (f, y) => buf.readInt16LE(weightsAt + 2 * (f * L + y)));
  }

  /** The best of the candidate labels for keys[0..k) (ties: the first candidate). */
  best(keys: Int32Array, k: number, cands: Int32Array, acc: Int32Array): number {
    const slots = this.slots, shift = this.shift, mask = this.mask, sums = this.sums, more = this.more;
    sums.fill(0);
    for (let i = 0; i < k; i++) {
      const key = keys[i]! | 0;
      let j = (Math.imul(key, 0x9e3779b1) >>> shift) << 2;
      let v = slots[j]!;
      if (v !== key && v !== 0) {
        let p = j >> 2;
        do { p = (p + 1) & mask; j = p << 2; v = slots[j]!; } while (v !== key && v !== 0);
      }
      // branch-free for absent keys too (their pairs read as label 0, weight 0): an unpredictable
      // branch here would serialise the cache misses of consecutive features
      const x = v ^ key, hit = ((x | -x) >> 31) ^ -1;
      const a = slots[j + 1]! & hit, b = slots[j + 2]! & hit, o = slots[j + 3]! & hit;
      sums[a >>> 16]! += (a << 16) >> 16;
      sums[b >>> 16]! += (b << 16) >> 16;
      if (o !== 0) for (let x = o >>> 8, e = x + (o & 255); x < e; x++) { const c = more[x]!; sums[c >>> 16]! += (c << 16) >> 16; }
    }
    // sums[0] collects empty pairs (always 0); label y is at y + 1
    let best = cands[0]!, bs = sums[best + 1]!;
    for (let c = 1; c < cands.length; c++) { const y = cands[c]!, v = sums[y + 1]!; if (v > bs) { bs = v; best = y; } }
    void acc;
    return best;
  }
}
