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
  private slots: Int32Array;
  private mask: number;

  private constructor(n: number) {
    let cap = 1 << 10;
    while (cap < n * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  private put(key: number, w: (y: number) => number, L: number): void {
    const k = key | 0 || 1;
    let p = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    while (this.slots[3 * p] !== 0) p = (p + 1) & this.mask;
    const q = (y: number) => (y < L ? Math.max(-32768, Math.min(32767, Math.round(w(y)))) & 0xffff : 0);
    this.slots[3 * p] = k;
    this.slots[3 * p + 1] = q(0) | (q(1) << 16);
    this.slots[3 * p + 2] = q(2) | (q(3) << 16);
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
   * The first probe is branch-free (a mask keeps or zeroes the slot's weights), so the processor
   * can have many of these cache misses in flight at once; only a collision (slot taken by
   * another key: rare at load ≤ 1/2) takes the probing loop.
   */
  score(keys: Int32Array, k: number, out: Float64Array): void {
    const slots = this.slots, mask = this.mask;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = 0; i < k; i++) {
      const key = keys[i]! | 0 || 1;
      let j = 3 * ((Math.imul(key, 0x9e3779b1) >>> 0) & mask);
      let v = slots[j]!;
      if (v !== key && v !== 0) {
        let p = j / 3;
        do { p = (p + 1) & mask; j = 3 * p; v = slots[j]!; } while (v !== key && v !== 0);
      }
      const x = v ^ key, hit = ((x | -x) >> 31) ^ -1; // -1 when v === key, else 0
      const a = slots[j + 1]! & hit, b = slots[j + 2]! & hit;
      s0 += (a << 16) >> 16; s1 += a >> 16; s2 += (b << 16) >> 16; s3 += b >> 16;
    }
    out[0] = s0; out[1] = s1; out[2] = s2; out[3] = s3;
  }
}
