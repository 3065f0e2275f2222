// The parser's own part-of-speech tagger: Penn Treebank tags (XPOS) as the UD English treebanks
// write them (with HYPH, NFP, ADD, GW, AFX), trained on EWT + GUM train, so web text, speech and
// Wikipedia are tagged as well as news. It is part of the parse model (models/parse.bin.gz) and
// does not change the `syntax` stage, whose CoNLL-2003 tagger other stages read.
//
// An averaged structured perceptron (src/ml) whose features all depend on one word in one role
// (itself, the word before, after, two before, two after) except two word pairs; so at run time
// the summed weights of a word in each role are cached per word type, as in src/syntax/tagger.ts.
import { hashString, hashExtend, hashInit, int32Scratch, float32Scratch, prunedDecodeEmissions, type Sequence, type StoredModel } from '../ml/index.js';
import { BoundedMap } from '../util/bounded-map.js';
import { normForm } from './features.js';

export interface TagWordKeys { own: number[]; prev: number[]; next: number[]; prev2: number[]; next2: number[]; lower: string; firstShape: number }

function shapeOf(w: string): string {
  let s = '';
  for (let i = 0; i < w.length && s.length < 8; i++) {
    const ch = w.charCodeAt(i);
    const c = ch >= 65 && ch <= 90 ? 'X' : ch >= 97 && ch <= 122 ? 'x' : ch >= 48 && ch <= 57 ? 'd' : ch > 127 ? (w[i]!.toLowerCase() !== w[i] ? 'X' : w[i]!.toUpperCase() !== w[i] ? 'x' : 'o') : w[i]!;
    if (s[s.length - 1] !== c) s += c;
  }
  return s;
}

function normTagWord(w: string): string {
  let s = w;
  if (/\d/.test(s)) s = s.replace(/\d/g, '0');
  if (/[’‘`´]/.test(s)) s = s.replace(/[’‘`´]/g, "'");
  if (/[“”«»]/.test(s)) s = s.replace(/[“”«»]/g, '"');
  return s;
}

/** The tagger's feature keys of one word, by role. */
export function tagWordKeys(raw: string, clusters?: Map<string, number>): TagWordKeys {
  const word = normTagWord(raw);
  const l = word.toLowerCase();
  const sh = shapeOf(word);
  const own = [hashString(l, 101), hashString(sh, 102), hashString(word, 103)];
  // word classes (scripts/train-clusters.mjs): fine and coarse, of the word and its neighbours
  const k = clusters?.get(normForm(raw));
  const kf = k === undefined ? 'none' : String(k >> 8), kc = k === undefined ? 'none' : String(k & 255);
  if (clusters) own.push(hashString(kf, 136), hashString(kc, 137));
  for (let n = 1; n <= 5; n++) if (l.length > n) own.push(hashString(l.slice(-n), 110 + n));
  for (let n = 1; n <= 3; n++) if (l.length > n) own.push(hashString(l.slice(0, n), 120 + n));
  if (word.includes('-')) own.push(hashString('-', 131));
  if (l.length > 12) own.push(hashString('long', 132));
  return {
    own,
    prev: clusters ? [hashString(l, 141), hashString(l.slice(-3), 142), hashString(sh, 143), hashString(kf, 146)] : [hashString(l, 141), hashString(l.slice(-3), 142), hashString(sh, 143)],
    next: clusters ? [hashString(l, 151), hashString(l.slice(-3), 152), hashString(sh, 153), hashString(kf, 156)] : [hashString(l, 151), hashString(l.slice(-3), 152), hashString(sh, 153)],
    prev2: [hashString(l, 161)], next2: [hashString(l, 171)],
    lower: l, firstShape: hashString(sh, 180),
  };
}

const EDGE = {
  bias: hashString('b', 100),
  prev: [hashString('<s>', 141), hashString('<s>', 142), hashString('<s>', 143)],
  next: [hashString('</s>', 151), hashString('</s>', 152), hashString('</s>', 153)],
  prev2: [hashString('<s>', 161)], next2: [hashString('</s>', 171)],
};
const PAIR_PREV = 190, PAIR_NEXT = 191;

/** Every feature key of every word of a sentence (for training; run time sums cached rows). */
export function tagSentenceKeys(words: readonly string[], clusters?: Map<string, number>): number[][] {
  const K = words.map((w) => tagWordKeys(w, clusters));
  const n = K.length;
  return K.map((k, i) => {
    const f = [EDGE.bias, ...k.own];
    f.push(...(i > 0 ? K[i - 1]!.prev : EDGE.prev));
    f.push(...(i + 1 < n ? K[i + 1]!.next : EDGE.next));
    f.push(...(i > 1 ? K[i - 2]!.prev2 : EDGE.prev2));
    f.push(...(i + 2 < n ? K[i + 2]!.next2 : EDGE.next2));
    f.push(hashString((i > 0 ? K[i - 1]!.lower : '<s>') + ' ' + k.lower, PAIR_PREV));
    f.push(hashString(k.lower + ' ' + (i + 1 < n ? K[i + 1]!.lower : '</s>'), PAIR_NEXT));
    if (i === 0) f.push(k.firstShape);
    return f;
  });
}

/** Feature ids of a sentence for a model (unknown keys dropped). */
export function tagSequence(m: StoredModel, words: readonly string[], clusters?: Map<string, number>): Sequence {
  const keys = tagSentenceKeys(words, clusters);
  const offsets = new Int32Array(keys.length + 1);
  const ids: number[] = [];
  keys.forEach((ks, t) => {
    offsets[t] = ids.length;
    for (const k of ks) { const id = m.index.get(k); if (id >= 0) ids.push(id); }
  });
  offsets[keys.length] = ids.length;
  return { feats: Int32Array.from(ids), offsets };
}

// ---- run time: cached per-word rows -----------------------------------------------------------

const ROLES = 5; // own, prev, next, prev2, next2
interface WordRows { v: Int32Array; lower: string; pairPrev: number; pairNext: number; firstShape: number }

export class UdTagger {
  readonly L: number;
  private cache = new BoundedMap<string, WordRows>(30_000);
  private edge: Int32Array;
  private pairStart = hashExtend(hashInit(PAIR_PREV), '<s> ');
  private acc = int32Scratch();
  private em = float32Scratch();

  /** clusters: the word classes the tagger was trained with (parseClusters), if any */
  constructor(readonly m: StoredModel, readonly clusters?: Map<string, number>) {
    this.L = m.model.L;
    const L = this.L;
    this.edge = new Int32Array(ROLES * L);
    this.addRow(this.edge, 0, EDGE.bias);
    for (const k of EDGE.prev) this.addRow(this.edge, L, k);
    for (const k of EDGE.next) this.addRow(this.edge, 2 * L, k);
    for (const k of EDGE.prev2) this.addRow(this.edge, 3 * L, k);
    for (const k of EDGE.next2) this.addRow(this.edge, 4 * L, k);
  }

  get names(): readonly string[] { return this.m.model.labels.names; }

  private addRow(v: Int32Array, off: number, key: number): void {
    const id = this.m.index.get(key);
    if (id < 0) return;
    const W = this.m.model.weights, L = this.L, r = id * L;
    for (let y = 0; y < L; y++) v[off + y]! += Math.round(W[r + y]!);
  }

  private rows(w: string): WordRows {
    let r = this.cache.get(w);
    if (!r) {
      const k = tagWordKeys(w, this.clusters), L = this.L;
      const v = new Int32Array(ROLES * L);
      for (const key of k.own) this.addRow(v, 0, key);
      for (const key of k.prev) this.addRow(v, L, key);
      for (const key of k.next) this.addRow(v, 2 * L, key);
      for (const key of k.prev2) this.addRow(v, 3 * L, key);
      for (const key of k.next2) this.addRow(v, 4 * L, key);
      r = {
        v, lower: k.lower, firstShape: k.firstShape,
        pairPrev: hashExtend(hashExtend(hashInit(PAIR_PREV), k.lower), ' '),
        pairNext: hashExtend(hashExtend(hashInit(PAIR_NEXT), k.lower), ' '),
      };
      this.cache.set(w, r);
    }
    return r;
  }

  private addKey(acc: Int32Array, b: number, key: number): void {
    const id = this.m.index.get(key);
    if (id < 0) return;
    const W = this.m.model.weights, L = this.L, r = id * L;
    for (let y = 0; y < L; y++) acc[b + y]! += W[r + y]!;
  }

  /** Tag ids of a sentence (a scratch array: valid until the next call). Needs Int16 (loaded) weights. */
  tag(words: readonly string[]): Int32Array {
    const n = words.length, L = this.L, E = this.edge;
    const acc = this.acc.get(n * L);
    const R: WordRows[] = new Array(n);
    for (let i = 0; i < n; i++) R[i] = this.rows(words[i]!);
    for (let i = 0; i < n; i++) {
      const b = i * L, vo = R[i]!.v;
      const vp = i > 0 ? R[i - 1]!.v : E, op = L;
      const vn = i + 1 < n ? R[i + 1]!.v : E, on = 2 * L;
      const vp2 = i > 1 ? R[i - 2]!.v : E, op2 = 3 * L;
      const vn2 = i + 2 < n ? R[i + 2]!.v : E, on2 = 4 * L;
      for (let y = 0; y < L; y++) acc[b + y] = E[y]! + vo[y]! + vp[op + y]! + vn[on + y]! + vp2[op2 + y]! + vn2[on2 + y]!;
      this.addKey(acc, b, hashExtend(i > 0 ? R[i - 1]!.pairPrev : this.pairStart, R[i]!.lower));
      this.addKey(acc, b, hashExtend(R[i]!.pairNext, i + 1 < n ? R[i + 1]!.lower : '</s>'));
      if (i === 0) this.addKey(acc, b, R[0]!.firstShape);
    }
    const em = this.em.get(n * L), scale = this.m.model.scale;
    for (let i = 0; i < n * L; i++) em[i] = acc[i]! * scale;
    return prunedDecodeEmissions(this.m, em, n, 4);
  }
}
