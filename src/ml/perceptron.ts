// Averaged structured perceptron (Collins 2002) with first-order Viterbi decoding over a label set
// whose transitions may be constrained (IOB2). Generic: it sees only feature ids per token.
//
// How to use (NER, POS, chunking alike):
//   1. For each token compute 32-bit feature keys (src/ml/hash.ts: hashString / mix), and turn
//      them into ids with a FeatureIndex (`add` while collecting training data, `get` at run
//      time, dropping -1). Pack a sentence as a Sequence (see `packSequence`).
//   2. `const m = trainPerceptron(examples, { labels: iob2Labels(['PER', ...]), nFeatures: index.size,
//      epochs: 10 })` where examples are { seq, gold: Int32Array of label ids }.
//   3. `m.decode(seq)` → label ids; `m.labels.names[id]` → the label.
//   4. Save/load with src/ml/model-io.ts (weights + feature keys in one gzip binary file).
import type { LabelSet } from './labels.js';
import { int32Scratch } from './scratch.js';

/** One sentence: token t's feature ids are feats[offsets[t] .. offsets[t+1]). */
export interface Sequence { feats: Int32Array; offsets: Int32Array }

/** Pack per-token id lists into a Sequence. */
export function packSequence(perToken: readonly (readonly number[])[]): Sequence {
  const offsets = new Int32Array(perToken.length + 1);
  let n = 0;
  perToken.forEach((f, t) => { offsets[t] = n; n += f.length; });
  offsets[perToken.length] = n;
  const feats = new Int32Array(n);
  let k = 0;
  for (const f of perToken) for (const id of f) feats[k++] = id;
  return { feats, offsets };
}

export class PerceptronModel {
  readonly L: number;
  constructor(
    readonly labels: LabelSet,
    /**
     * weights[featureId * L + label], times `scale`. Loaded models keep the file's Int16 weights
     * (half the memory, fewer cache misses); training produces Float32 with scale 1.
     */
    readonly weights: Float32Array | Int16Array,
    /** trans[prev * L + cur]; row L is the start of a sentence. */
    readonly trans: Float32Array,
    readonly scale = 1,
  ) {
    this.L = labels.names.length;
  }

  get nFeatures(): number { return this.weights.length / this.L; }

  /** Per-token label scores, emissions[t * L + y]. */
  emissions(seq: Sequence, out?: Float32Array): Float32Array {
    const L = this.L, T = seq.offsets.length - 1, W = this.weights;
    const e = out && out.length >= T * L ? out.fill(0, 0, T * L) : new Float32Array(T * L);
    for (let t = 0; t < T; t++) {
      const base = t * L;
      for (let k = seq.offsets[t]!; k < seq.offsets[t + 1]!; k++) {
        const w = seq.feats[k]! * L;
        for (let y = 0; y < L; y++) e[base + y]! += W[w + y]!;
      }
    }
    if (this.scale !== 1) for (let i = 0; i < T * L; i++) e[i]! *= this.scale;
    return e;
  }

  private buf = new Float32Array(0);

  /** Best label sequence under the transition constraints. */
  decode(seq: Sequence): Int32Array {
    const T = seq.offsets.length - 1;
    if (this.buf.length < T * this.L) this.buf = new Float32Array(T * this.L * 2);
    return viterbi(this.emissions(seq, this.buf), T, this.L, this.trans, this.labels.allowed, true);
  }
}

/**
 * For each label y, the labels allowed before it, flattened (prevs[starts[y] .. starts[y + 1]))
 * with the index of the matching transition (BILOU allows few: the inner loop skips the rest).
 */
interface ViterbiPlan { starts: Int32Array; prevs: Int32Array; at: Int32Array; open: Uint8Array }
const plans = new WeakMap<Uint8Array, ViterbiPlan>();
function planOf(allowed: Uint8Array, L: number): ViterbiPlan {
  let p = plans.get(allowed);
  if (!p || p.starts.length !== L + 1) {
    const starts = new Int32Array(L + 1), list: number[] = [], at: number[] = [];
    for (let y = 0; y < L; y++) {
      starts[y] = list.length;
      for (let q = 0; q < L; q++) if (allowed[q * L + y]) { list.push(q); at.push(q * L + y); }
    }
    starts[L] = list.length;
    p = { starts, prevs: Int32Array.from(list), at: Int32Array.from(at), open: allowed.slice(L * L, L * L + L) };
    plans.set(allowed, p);
  }
  return p;
}
/** Transition scores in plan order, cached for transition arrays that never change (loaded models). */
const fixedTrans = new WeakMap<object, { plan: ViterbiPlan; tr: Float64Array }>();
let trBuf = new Float64Array(0);
function transInPlanOrder(plan: ViterbiPlan, trans: ArrayLike<number>, fixed: boolean): Float64Array {
  if (fixed) {
    const c = fixedTrans.get(trans);
    if (c && c.plan === plan) return c.tr;
  }
  const n = plan.at.length;
  const tr = fixed ? new Float64Array(n) : trBuf.length >= n ? trBuf : (trBuf = new Float64Array(n * 2));
  for (let k = 0; k < n; k++) tr[k] = trans[plan.at[k]!]!;
  if (fixed) fixedTrans.set(trans, { plan, tr });
  return tr;
}

let vbuf = new Float64Array(0), bbuf = new Int32Array(0);
const pathScratch = int32Scratch();

/**
 * Constrained first-order Viterbi over emissions[t * L + y] and trans[prev * L + cur]; ties go to
 * the lowest previous label. `fixed`: trans never changes (a loaded model), so its scores are
 * rearranged once and cached; training, which updates trans in place, leaves it false.
 */
export function viterbi(em: ArrayLike<number>, T: number, L: number, trans: ArrayLike<number>, allowed: Uint8Array, fixed = false): Int32Array {
  // The best path, in a scratch array: valid until the next call (every caller reads it at once).
  const path = pathScratch.get(T).subarray(0, T);
  if (T === 0) return path;
  const NEG = -Infinity;
  const plan = planOf(allowed, L);
  const { starts, prevs, open } = plan;
  const tr = transInPlanOrder(plan, trans, fixed);
  if (vbuf.length < 2 * L) vbuf = new Float64Array(2 * L);
  if (bbuf.length < T * L) bbuf = new Int32Array(T * L * 2);
  const back = bbuf, v = vbuf;
  let prev = 0, cur = L; // offsets of the two score rows in v
  for (let y = 0; y < L; y++) v[y] = open[y] ? trans[L * L + y]! + em[y]! : NEG;
  for (let t = 1; t < T; t++) {
    const et = t * L;
    for (let y = 0; y < L; y++) {
      let best = NEG, arg = 0;
      for (let k = starts[y]!, e = starts[y + 1]!; k < e; k++) {
        const q = prevs[k]!;
        const s = v[prev + q]! + tr[k]!;
        if (s > best) { best = s; arg = q; }
      }
      v[cur + y] = best + em[et + y]!;
      back[et + y] = arg;
    }
    const x = prev; prev = cur; cur = x;
  }
  let best = NEG, arg = 0;
  for (let y = 0; y < L; y++) if (v[prev + y]! > best) { best = v[prev + y]!; arg = y; }
  path[T - 1] = arg;
  for (let t = T - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]!]!;
  return path;
}

export interface Example { seq: Sequence; gold: Int32Array }

export interface TrainOptions {
  labels: LabelSet;
  nFeatures: number;
  epochs: number;
  /** Shuffle seed (training is deterministic for a given seed). */
  seed?: number;
  /** Called after each epoch with the averaged model so far (e.g. to score dev). */
  onEpoch?: (epoch: number, model: PerceptronModel, mistakes: number) => void;
}

/** Train an averaged structured perceptron. Memory: 2 × 8 bytes per (feature, label). */
export function trainPerceptron(data: readonly Example[], o: TrainOptions): PerceptronModel {
  const L = o.labels.names.length;
  const nW = o.nFeatures * L, nT = (L + 1) * L;
  const W = new Float64Array(nW), U = new Float64Array(nW);
  const Tw = new Float64Array(nT), Tu = new Float64Array(nT);
  const allowed = o.labels.allowed;
  let c = 1;
  const order = data.map((_, i) => i);
  let rng = (o.seed ?? 1) >>> 0 || 1;
  const rand = () => { rng ^= rng << 13; rng >>>= 0; rng ^= rng >>> 17; rng ^= rng << 5; rng >>>= 0; return rng / 4294967296; };
  let em = new Float32Array(1024);
  const upd = (seq: Sequence, t: number, y: number, d: number) => {
    for (let k = seq.offsets[t]!; k < seq.offsets[t + 1]!; k++) {
      const i = seq.feats[k]! * L + y;
      W[i]! += d; U[i]! += c * d;
    }
  };
  const updT = (i: number, d: number) => { Tw[i]! += d; Tu[i]! += c * d; };
  const average = () => {
    const w = new Float32Array(nW), tr = new Float32Array(nT);
    for (let i = 0; i < nW; i++) w[i] = W[i]! - U[i]! / c;
    for (let i = 0; i < nT; i++) tr[i] = Tw[i]! - Tu[i]! / c;
    return new PerceptronModel(o.labels, w, tr);
  };
  for (let ep = 1; ep <= o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let mistakes = 0;
    for (const idx of order) {
      const { seq, gold } = data[idx]!;
      const T = gold.length;
      if (T === 0) continue;
      if (em.length < T * L) em = new Float32Array(T * L * 2);
      em.fill(0, 0, T * L);
      for (let t = 0; t < T; t++) {
        for (let k = seq.offsets[t]!; k < seq.offsets[t + 1]!; k++) {
          const w = seq.feats[k]! * L;
          for (let y = 0; y < L; y++) em[t * L + y]! += W[w + y]!;
        }
      }
      const pred = viterbi(em, T, L, Tw, allowed);
      let wrong = false;
      for (let t = 0; t < T; t++) {
        const g = gold[t]!, p = pred[t]!;
        if (g !== p) { wrong = true; upd(seq, t, g, 1); upd(seq, t, p, -1); }
        const gp = t > 0 ? gold[t - 1]! : L, pp = t > 0 ? pred[t - 1]! : L;
        if (gp !== pp || g !== p) { updT(gp * L + g, 1); updT(pp * L + p, -1); }
      }
      if (wrong) mistakes++;
      c++;
    }
    o.onEpoch?.(ep, average(), mistakes);
  }
  return average();
}
