// Feature templates of the parser: Zhang & Nivre (2011)'s rich non-local features for arc-eager
// (words, tags, the head and grandparent of s0, leftmost/rightmost children and their labels,
// valency, distance, label sets), a few additions (the word under s0, coarse tags, word suffixes
// for rare words), and the features of the arc labeller. Every feature is a 32-bit key:
// mix(template, value) or mix(mix(template, a), b) (src/ml/hash.ts) over per-token codes that are
// computed once per sentence, so no string is built while parsing.
import { hashString, mix } from '../ml/index.js';
import type { State } from './system.js';

/** Per-token codes of one sentence. Index 0 is the root, 1..n the words, n + 1 "no such token". */
export interface Encoded {
  n: number;
  /** normalised word (lower case, digits folded), as a hash */
  W: Int32Array;
  /** fine tag (XPOS) id */
  P: Int32Array;
  /** coarse tag id */
  C: Int32Array;
  /** word and tag together */
  WP: Int32Array;
  /** the word's last three letters and its tag (for rare words) */
  SP: Int32Array;
  /** prefix counts: punctuation marks and verbs among words 1..i */
  PC: Int32Array;
  VC: Int32Array;
}

const T = (name: string) => hashString(name, 0x5eed);
const ROOT_W = hashString('<root>', 1), NONE_W = hashString('<none>', 1);

/** Fold digits and case, and the quote and dash variants of web text. */
export function normForm(w: string): string {
  let s = w.toLowerCase();
  if (/\d/.test(s)) s = s.replace(/\d/g, '0');
  if (/[’‘`´]/.test(s)) s = s.replace(/[’‘`´]/g, "'");
  if (/[“”«»]/.test(s)) s = s.replace(/[“”«»]/g, '"');
  if (s.length > 24) s = s.slice(0, 24);
  return s;
}

/** Grow-only encoding buffers, reused across sentences. */
export class Encoder {
  private cap = 0;
  e: Encoded = { n: 0, W: new Int32Array(0), P: new Int32Array(0), C: new Int32Array(0), WP: new Int32Array(0), SP: new Int32Array(0), PC: new Int32Array(0), VC: new Int32Array(0) };
  /** Cache of word → [word hash, suffix hash] (bounded). */
  private words = new Map<string, number[]>();

  private punct: Uint8Array;
  private verb: Uint8Array;

  constructor(readonly tagNames: readonly string[], readonly coarseOf: Int32Array) {
    this.nTags = tagNames.length;
    this.punct = Uint8Array.from(tagNames, (t) => ([',', '.', ':', '``', "''", '-LRB-', '-RRB-', 'HYPH', 'NFP'].includes(t) ? 1 : 0));
    this.verb = Uint8Array.from(tagNames, (t) => (t.startsWith('VB') || t === 'MD' ? 1 : 0));
  }
  readonly nTags: number;

  encode(words: readonly string[], tags: ArrayLike<number>): Encoded {
    const n = words.length;
    if (this.cap < n + 2) {
      this.cap = Math.max(n + 2, this.cap * 2, 64);
      const c = this.cap;
      this.e = { n, W: new Int32Array(c), P: new Int32Array(c), C: new Int32Array(c), WP: new Int32Array(c), SP: new Int32Array(c), PC: new Int32Array(c), VC: new Int32Array(c) };
    }
    const e = this.e;
    e.n = n;
    const ROOT_P = this.nTags, NONE_P = this.nTags + 1;
    const set = (i: number, w: number, sfx: number, p: number, c: number) => {
      e.W[i] = w; e.P[i] = p; e.C[i] = c; e.WP[i] = mix(w, p); e.SP[i] = mix(sfx, p);
    };
    set(0, ROOT_W, ROOT_W, ROOT_P, 1000);
    set(n + 1, NONE_W, NONE_W, NONE_P, 1001);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      let c = this.words.get(w);
      if (!c) {
        const f = normForm(w);
        c = [hashString(f, 1) | 0, hashString(f.length > 3 ? f.slice(-3) : f, 2) | 0];
        if (this.words.size > 50_000) this.words.clear();
        this.words.set(w, c);
      }
      const p = tags[i]!;
      set(i + 1, c[0]!, c[1]!, p, this.coarseOf[p]!);
    }
    e.PC[0] = 0; e.VC[0] = 0;
    for (let i = 1; i <= n; i++) {
      e.PC[i] = e.PC[i - 1]! + this.punct[e.P[i]!]!;
      e.VC[i] = e.VC[i - 1]! + this.verb[e.P[i]!]!;
    }
    return e;
  }
}

// ---- action features --------------------------------------------------------------------------

const A = Array.from({ length: 96 }, (_, i) => T(`a${i}`));
const m2 = (t: number, a: number, b: number) => mix(mix(t, a), b);
const m3 = (t: number, a: number, b: number, c: number) => mix(mix(mix(t, a), b), c);

/** Distance bucket (1, 2, 3, 4, 5–6, 7–9, 10+). */
function dist(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/**
 * The keys of the action features of state st into out (which must hold 96); returns how many.
 * `labelCode(l)` of a label id l (-1: no label) is l + 1.
 */
export function actionFeatures(st: State, e: Encoded, out: Int32Array): number {
  const n = e.n, NONE = n + 1;
  const W = e.W, P = e.P, C = e.C, WP = e.WP;
  const s0 = st.stack[st.sp - 1]!;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : NONE;
  const b = st.b;
  const n0 = b <= n ? b : NONE, n1 = b + 1 <= n ? b + 1 : NONE, n2 = b + 2 <= n ? b + 2 : NONE;
  const h = st.head, lab = st.label;
  const s0h = s0 !== 0 && h[s0]! >= 0 ? h[s0]! : NONE;
  const s0h2 = s0h !== NONE && s0h !== 0 && h[s0h]! >= 0 ? h[s0h]! : NONE;
  const or = (x: number) => (x < 0 ? NONE : x);
  const s0l = or(st.l1[s0]!), s0l2 = or(st.l2[s0]!), s0r = or(st.r1[s0]!), s0r2 = or(st.r2[s0]!);
  const n0l = n0 !== NONE ? or(st.l1[n0]!) : NONE, n0l2 = n0 !== NONE ? or(st.l2[n0]!) : NONE;
  const L = (x: number) => (x === NONE || x === 0 ? 0 : lab[x]! + 1);
  const d = n0 !== NONE ? dist(n0 - s0) : 0;
  const s0vl = st.vl[s0]!, s0vr = st.vr[s0]!, n0vl = n0 !== NONE ? st.vl[n0]! : 0;
  const s0sl = mix(st.lsLo[s0]!, st.lsHi[s0]!), s0sr = mix(st.rsLo[s0]!, st.rsHi[s0]!);
  const n0sl = n0 !== NONE ? mix(st.lsLo[n0]!, st.lsHi[n0]!) : 0;
  const s0w = W[s0]!, s0p = P[s0]!, s0wp = WP[s0]!, n0w = W[n0]!, n0p = P[n0]!, n0wp = WP[n0]!;
  let k = 0;
  // single words
  out[k++] = mix(A[0]!, s0wp); out[k++] = mix(A[1]!, s0w); out[k++] = mix(A[2]!, s0p);
  out[k++] = mix(A[3]!, n0wp); out[k++] = mix(A[4]!, n0w); out[k++] = mix(A[5]!, n0p);
  out[k++] = mix(A[6]!, WP[n1]!); out[k++] = mix(A[7]!, W[n1]!); out[k++] = mix(A[8]!, P[n1]!);
  out[k++] = mix(A[9]!, WP[n2]!); out[k++] = mix(A[10]!, W[n2]!); out[k++] = mix(A[11]!, P[n2]!);
  // word pairs
  out[k++] = m2(A[12]!, s0wp, n0wp); out[k++] = m2(A[13]!, s0wp, n0w); out[k++] = m2(A[14]!, s0w, n0wp);
  out[k++] = m2(A[15]!, s0wp, n0p); out[k++] = m2(A[16]!, s0p, n0wp); out[k++] = m2(A[17]!, s0w, n0w);
  out[k++] = m2(A[18]!, s0p, n0p); out[k++] = m2(A[19]!, n0p, P[n1]!);
  // three words
  out[k++] = m3(A[20]!, n0p, P[n1]!, P[n2]!); out[k++] = m3(A[21]!, s0p, n0p, P[n1]!);
  out[k++] = m3(A[22]!, P[s0h]!, s0p, n0p); out[k++] = m3(A[23]!, s0p, P[s0l]!, n0p);
  out[k++] = m3(A[24]!, s0p, P[s0r]!, n0p); out[k++] = m3(A[25]!, s0p, n0p, P[n0l]!);
  // distance
  out[k++] = m2(A[26]!, s0w, d); out[k++] = m2(A[27]!, s0p, d); out[k++] = m2(A[28]!, n0w, d);
  out[k++] = m2(A[29]!, n0p, d); out[k++] = m3(A[30]!, s0w, n0w, d); out[k++] = m3(A[31]!, s0p, n0p, d);
  // valency
  out[k++] = m2(A[32]!, s0w, s0vr); out[k++] = m2(A[33]!, s0p, s0vr); out[k++] = m2(A[34]!, s0w, s0vl);
  out[k++] = m2(A[35]!, s0p, s0vl); out[k++] = m2(A[36]!, n0w, n0vl); out[k++] = m2(A[37]!, n0p, n0vl);
  // unigrams of the head and children
  out[k++] = mix(A[38]!, W[s0h]!); out[k++] = mix(A[39]!, P[s0h]!); out[k++] = mix(A[40]!, L(s0));
  out[k++] = mix(A[41]!, W[s0l]!); out[k++] = mix(A[42]!, P[s0l]!); out[k++] = mix(A[43]!, L(s0l));
  out[k++] = mix(A[44]!, W[s0r]!); out[k++] = mix(A[45]!, P[s0r]!); out[k++] = mix(A[46]!, L(s0r));
  out[k++] = mix(A[47]!, W[n0l]!); out[k++] = mix(A[48]!, P[n0l]!); out[k++] = mix(A[49]!, L(n0l));
  // third order
  out[k++] = mix(A[50]!, W[s0h2]!); out[k++] = mix(A[51]!, P[s0h2]!); out[k++] = mix(A[52]!, L(s0h));
  out[k++] = mix(A[53]!, W[s0l2]!); out[k++] = mix(A[54]!, P[s0l2]!); out[k++] = mix(A[55]!, L(s0l2));
  out[k++] = mix(A[56]!, W[s0r2]!); out[k++] = mix(A[57]!, P[s0r2]!); out[k++] = mix(A[58]!, L(s0r2));
  out[k++] = mix(A[59]!, W[n0l2]!); out[k++] = mix(A[60]!, P[n0l2]!); out[k++] = mix(A[61]!, L(n0l2));
  out[k++] = m3(A[62]!, s0p, P[s0l]!, P[s0l2]!); out[k++] = m3(A[63]!, s0p, P[s0r]!, P[s0r2]!);
  out[k++] = m3(A[64]!, s0p, P[s0h]!, P[s0h2]!); out[k++] = m3(A[65]!, n0p, P[n0l]!, P[n0l2]!);
  // label sets
  out[k++] = m2(A[66]!, s0w, s0sr); out[k++] = m2(A[67]!, s0p, s0sr); out[k++] = m2(A[68]!, s0w, s0sl);
  out[k++] = m2(A[69]!, s0p, s0sl); out[k++] = m2(A[70]!, n0w, n0sl); out[k++] = m2(A[71]!, n0p, n0sl);
  // additions: the word under s0, coarse tags, rare-word suffixes, s0's state
  out[k++] = mix(A[72]!, P[s1]!); out[k++] = mix(A[73]!, WP[s1]!); out[k++] = m3(A[74]!, P[s1]!, s0p, n0p);
  out[k++] = m2(A[75]!, C[s0]!, C[n0]!); out[k++] = m3(A[76]!, C[s0]!, C[n0]!, C[n1]!);
  out[k++] = m3(A[77]!, C[s0]!, C[n0]!, d); out[k++] = mix(A[78]!, e.SP[n0]!); out[k++] = mix(A[79]!, e.SP[s0]!);
  out[k++] = m3(A[80]!, s0p, n0p, h[s0]! >= 0 ? 1 : 0); out[k++] = m3(A[81]!, L(s0), s0p, n0p);
  out[k++] = m2(A[82]!, n0w, W[n1]!); out[k++] = m3(A[83]!, P[s1]!, L(s1), s0p);
  out[k++] = m3(A[84]!, n0p, P[n1]!, P[b + 3 <= n ? b + 3 : NONE]!);
  // punctuation and verbs between s0 and n0 (0, 1, 2+): clause and phrase boundaries
  if (n0 !== NONE) {
    const pc = Math.min(2, e.PC[n0 - 1]! - e.PC[s0]!), vc = Math.min(2, e.VC[n0 - 1]! - e.VC[s0]!);
    out[k++] = m3(A[86]!, s0p, n0p, pc); out[k++] = m3(A[87]!, s0p, n0p, vc);
    out[k++] = m3(A[88]!, pc * 3 + vc, C[s0]!, C[n0]!);
  }
  out[k++] = mix(A[85]!, 0); // bias
  return k;
}

// ---- label features ---------------------------------------------------------------------------

const B = Array.from({ length: 48 }, (_, i) => T(`l${i}`));

/**
 * Keys of the labeller's features for the arc h → d (just made or about to be), into out (≥ 48).
 * dir is 0 when d is left of h, 1 when right.
 */
export function labelFeatures(st: State, e: Encoded, h: number, d: number, out: Int32Array): number {
  const n = e.n, NONE = n + 1;
  const W = e.W, P = e.P, C = e.C, WP = e.WP, lab = st.label;
  const dir = d < h ? 0 : 1;
  const or = (x: number) => (x < 0 ? NONE : x);
  const dl = or(st.l1[d]!), dl2 = or(st.l2[d]!), dr = or(st.r1[d]!);
  const hl = or(st.l1[h]!), hr = or(st.r1[h]!);
  const hh = h !== 0 && st.head[h]! >= 0 ? st.head[h]! : NONE;
  const L = (x: number) => (x === NONE || x === 0 ? 0 : lab[x]! + 1);
  const dw = W[d]!, dp = P[d]!, dwp = WP[d]!, hw = W[h]!, hp = P[h]!, hwp = WP[h]!;
  const dd = dist(Math.abs(h - d)) * 2 + dir;
  const dsl = mix(st.lsLo[d]!, st.lsHi[d]!), dsr = mix(st.rsLo[d]!, st.rsHi[d]!);
  const hsl = mix(st.lsLo[h]!, st.lsHi[h]!), hsr = mix(st.rsLo[h]!, st.rsHi[h]!);
  const prev = d - 1 >= 1 ? d - 1 : NONE, next = d + 1 <= n ? d + 1 : NONE;
  let k = 0;
  out[k++] = mix(B[0]!, dir);
  out[k++] = m2(B[1]!, dw, dir); out[k++] = m2(B[2]!, dp, dir); out[k++] = m2(B[3]!, dwp, dir);
  out[k++] = m2(B[4]!, hw, dir); out[k++] = m2(B[5]!, hp, dir); out[k++] = m2(B[6]!, hwp, dir);
  out[k++] = m3(B[7]!, dp, hp, dir); out[k++] = m3(B[8]!, dw, hp, dir); out[k++] = m3(B[9]!, dp, hw, dir);
  out[k++] = m3(B[10]!, dw, hw, dir); out[k++] = m3(B[11]!, dp, hp, dd);
  out[k++] = m2(B[12]!, W[dl]!, dp); out[k++] = m2(B[13]!, P[dl]!, dp); out[k++] = m2(B[14]!, L(dl), dp);
  out[k++] = m2(B[15]!, W[dr]!, dp); out[k++] = m2(B[16]!, L(dr), dp);
  out[k++] = m3(B[17]!, dsl, dp, dir); out[k++] = m3(B[18]!, dsr, dp, dir);
  out[k++] = m3(B[19]!, L(h), hp, dp); out[k++] = m3(B[20]!, hsl, dp, dir); out[k++] = m3(B[21]!, hsr, dp, dir);
  out[k++] = m3(B[22]!, W[hl]!, dp, dir); out[k++] = m3(B[23]!, P[hh]!, hp, dp);
  out[k++] = m3(B[24]!, P[prev]!, dp, dir); out[k++] = m3(B[25]!, P[next]!, dp, dir);
  out[k++] = m2(B[26]!, e.SP[d]!, dir); out[k++] = m3(B[27]!, W[dl2]!, W[dl]!, dp);
  out[k++] = m3(B[28]!, C[d]!, C[h]!, dd); out[k++] = m3(B[29]!, L(hl), dp, dir);
  out[k++] = m3(B[30]!, W[dl]!, hp, dp); out[k++] = m3(B[31]!, hsl, hp, dp);
  out[k++] = m3(B[32]!, L(hr), dp, dir); out[k++] = m3(B[33]!, W[hh]!, hw, dp);
  out[k++] = m3(B[34]!, W[prev]!, dp, dir); out[k++] = m3(B[35]!, W[dl]!, hw, dp);
  return k;
}
