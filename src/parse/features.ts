// Feature templates of the parser: Zhang & Nivre (2011)'s rich non-local features for arc-eager
// (words, tags, the head and grandparent of s0, leftmost/rightmost children and their labels,
// valency, distance, label sets), a few additions (the word under s0, coarse tags, word suffixes
// for rare words), and the features of the arc labeller. Every feature is a 32-bit key:
// mix(template, value) or mix(mix(template, a), b) (src/ml/hash.ts) over per-token codes that are
// computed once per sentence, so no string is built while parsing. The templates are tables of
// atom indexes walked by one loop with int32-only mixing (no calls, no heap numbers: the key
// computation was the parser's largest cost when written as ~130 calls to src/ml's mix).
import { hashString } from '../ml/index.js';
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
  /** word class, fine (256) and coarse (32) (scripts/train-clusters.mjs); a rare word has none */
  K1: Int32Array;
  K2: Int32Array;
  /** whether the parser's word-class templates are computed (the model was trained with them) */
  classes: boolean;
}

/** Word classes from their stored form (`word<TAB>fine<TAB>coarse` lines), keyed by normForm. */
export function parseClusters(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    const t1 = line.indexOf('\t');
    if (t1 <= 0) continue;
    const t2 = line.indexOf('\t', t1 + 1);
    m.set(line.slice(0, t1), (Number(line.slice(t1 + 1, t2)) << 8) | Number(line.slice(t2 + 1)));
  }
  return m;
}

const T = (name: string) => hashString(name, 0x5eed) | 0;

/** An int32 mix of two int32s (murmur3-style). */
function mix2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x1b873593);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
const ROOT_W = hashString('<root>', 1) | 0, NONE_W = hashString('<none>', 1) | 0;

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
  e: Encoded = { n: 0, W: new Int32Array(0), P: new Int32Array(0), C: new Int32Array(0), WP: new Int32Array(0), SP: new Int32Array(0), PC: new Int32Array(0), VC: new Int32Array(0), K1: new Int32Array(0), K2: new Int32Array(0), classes: false };
  /** Cache of word → [word hash, suffix hash] (bounded). */
  private words = new Map<string, number[]>();

  private punct: Uint8Array;
  private verb: Uint8Array;

  /** clusters: normForm → fine << 8 | coarse (parseClusters); without it every word has no class */
  /** classes: compute the word-class templates (default: when clusters are given) */
  constructor(readonly tagNames: readonly string[], readonly coarseOf: Int32Array, readonly clusters: Map<string, number> = new Map(), readonly classes = clusters.size > 0) {
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
      this.e = { n, W: new Int32Array(c), P: new Int32Array(c), C: new Int32Array(c), WP: new Int32Array(c), SP: new Int32Array(c), PC: new Int32Array(c), VC: new Int32Array(c), K1: new Int32Array(c), K2: new Int32Array(c), classes: this.classes };
    }
    const e = this.e;
    e.n = n; e.classes = this.classes;
    const ROOT_P = this.nTags, NONE_P = this.nTags + 1;
    const set = (i: number, w: number, sfx: number, p: number, c: number) => {
      e.W[i] = w; e.P[i] = p; e.C[i] = c; e.WP[i] = mix2(w, p); e.SP[i] = mix2(sfx, p);
    };
    set(0, ROOT_W, ROOT_W, ROOT_P, 1000);
    set(n + 1, NONE_W, NONE_W, NONE_P, 1001);
    e.K1[0] = 1000; e.K2[0] = 1000; e.K1[n + 1] = 1001; e.K2[n + 1] = 1001;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      let c = this.words.get(w);
      if (!c) {
        const f = normForm(w);
        const k = this.clusters.get(f);
        c = [hashString(f, 1) | 0, hashString(f.length > 3 ? f.slice(-3) : f, 2) | 0, k === undefined ? 999 : k >> 8, k === undefined ? 999 : k & 255];
        if (this.words.size > 50_000) this.words.clear();
        this.words.set(w, c);
      }
      const p = tags[i]!;
      set(i + 1, c[0]!, c[1]!, p, this.coarseOf[p]!);
      e.K1[i + 1] = c[2]!; e.K2[i + 1] = c[3]!;
    }
    e.PC[0] = 0; e.VC[0] = 0;
    for (let i = 1; i <= n; i++) {
      e.PC[i] = e.PC[i - 1]! + this.punct[e.P[i]!]!;
      e.VC[i] = e.VC[i - 1]! + this.verb[e.P[i]!]!;
    }
    return e;
  }
}

// ---- templates --------------------------------------------------------------------------------

/** Templates as lists of atom indexes; compiled to flat arrays walked by one loop. */
class Templates {
  readonly seeds: Int32Array;
  readonly starts: Int32Array;
  readonly atoms: Int32Array;
  constructor(name: string, list: readonly (readonly number[])[]) {
    this.seeds = Int32Array.from(list, (_, i) => T(`${name}${i}`));
    this.starts = new Int32Array(list.length + 1);
    const atoms: number[] = [];
    list.forEach((t, i) => { this.starts[i] = atoms.length; atoms.push(...t); });
    this.starts[list.length] = atoms.length;
    this.atoms = Int32Array.from(atoms);
  }
  get size(): number { return this.seeds.length; }
  /** Keys of every template over the atom values v, into out; returns the count. */
  keys(v: Int32Array, out: Int32Array, count = this.seeds.length): number {
    const seeds = this.seeds, starts = this.starts, atoms = this.atoms, n = count;
    for (let t = 0; t < n; t++) {
      let h = seeds[t]!;
      for (let c = starts[t]!, e = starts[t + 1]!; c < e; c++) {
        h = Math.imul(h ^ v[atoms[c]!]!, 0xcc9e2d51);
        h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
      }
      h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
      out[t] = h ^ (h >>> 16);
    }
    return n;
  }
}

// ---- action features --------------------------------------------------------------------------

// Atoms of a state (indexes into the value array).
const S0W = 0, S0P = 1, S0WP = 2, N0W = 3, N0P = 4, N0WP = 5, N1W = 6, N1P = 7, N1WP = 8, N2W = 9, N2P = 10, N2WP = 11,
  D = 12, S0VL = 13, S0VR = 14, N0VL = 15, S0HW = 16, S0HP = 17, S0L = 18, S0LW = 19, S0LP = 20, S0LL = 21,
  S0RW = 22, S0RP = 23, S0RL = 24, N0LW = 25, N0LP = 26, N0LL = 27, S0H2W = 28, S0H2P = 29, S0HL = 30,
  S0L2W = 31, S0L2P = 32, S0L2L = 33, S0R2W = 34, S0R2P = 35, S0R2L = 36, N0L2W = 37, N0L2P = 38, N0L2L = 39,
  S0SL = 40, S0SR = 41, N0SL = 42, S1P = 43, S1WP = 44, S0C = 45, N0C = 46, N1C = 47, N0SP = 48, S0SP = 49,
  S0HAS = 50, S1L = 51, N3P = 52, PC = 53, VC = 54, PVC = 55, ZERO = 56, EDGE = 57,
  S0K1 = 58, N0K1 = 59, N1K1 = 60, S0K2 = 61, N0K2 = 62, N1K2 = 63, S0HK2 = 64;
const N_ATOMS = 65;

/** Zhang & Nivre (2011)'s templates for arc-eager, then ours. */
const ACTION_TEMPLATES = new Templates('a', [
  // single words
  [S0WP], [S0W], [S0P], [N0WP], [N0W], [N0P], [N1WP], [N1W], [N1P], [N2WP], [N2W], [N2P],
  // word pairs
  [S0WP, N0WP], [S0WP, N0W], [S0W, N0WP], [S0WP, N0P], [S0P, N0WP], [S0W, N0W], [S0P, N0P], [N0P, N1P],
  // three words
  [N0P, N1P, N2P], [S0P, N0P, N1P], [S0HP, S0P, N0P], [S0P, S0LP, N0P], [S0P, S0RP, N0P], [S0P, N0P, N0LP],
  // distance
  [S0W, D], [S0P, D], [N0W, D], [N0P, D], [S0W, N0W, D], [S0P, N0P, D],
  // valency
  [S0W, S0VR], [S0P, S0VR], [S0W, S0VL], [S0P, S0VL], [N0W, N0VL], [N0P, N0VL],
  // unigrams of the head and the children
  [S0HW], [S0HP], [S0L], [S0LW], [S0LP], [S0LL], [S0RW], [S0RP], [S0RL], [N0LW], [N0LP], [N0LL],
  // third order
  [S0H2W], [S0H2P], [S0HL], [S0L2W], [S0L2P], [S0L2L], [S0R2W], [S0R2P], [S0R2L], [N0L2W], [N0L2P], [N0L2L],
  [S0P, S0LP, S0L2P], [S0P, S0RP, S0R2P], [S0P, S0HP, S0H2P], [N0P, N0LP, N0L2P],
  // label sets
  [S0W, S0SR], [S0P, S0SR], [S0W, S0SL], [S0P, S0SL], [N0W, N0SL], [N0P, N0SL],
  // ours: the word under s0, coarse tags, rare-word suffixes, s0's state, punctuation and verbs
  // between s0 and n0 (clause and phrase boundaries)
  [S1P], [S1WP], [S1P, S0P, N0P], [S0C, N0C], [S0C, N0C, N1C], [S0C, N0C, D], [N0SP], [S0SP],
  [S0P, N0P, S0HAS], [S0L, S0P, N0P], [N0W, N1W], [S1P, S1L, S0P], [N0P, N1P, N3P],
  [S0P, N0P, PC], [S0P, N0P, VC], [PVC, S0C, N0C], [EDGE, S0P, N0P], [ZERO],
  // word classes (last: a model trained without them skips them, see Encoded.classes) (Koo, Carreras & Collins 2008): fine classes for words, coarse for tags
  [S0K1], [N0K1], [N1K1], [S0K1, N0K1], [S0K1, N0P], [S0P, N0K1], [S0K2, N0K2, N1K2], [S0K2, N0K2, D],
  [S0HK2, S0K2, N0K2], [N0K1, N1K2],
]);
export const N_ACTION_FEATURES = ACTION_TEMPLATES.size;
/** the templates before the word-class ones */
const N_ACTION_BASE = N_ACTION_FEATURES - 10;

/** Distance bucket (1, 2, 3, 4, 5–6, 7–9, 10+). */
function dist(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

const actionAtoms = new Int32Array(N_ATOMS);

/** The keys of the action features of state st into out (≥ N_ACTION_FEATURES long); returns how many. */
export function actionFeatures(st: State, e: Encoded, out: Int32Array): number {
  const n = e.n, NONE = n + 1;
  const W = e.W, P = e.P, WP = e.WP, C = e.C, v = actionAtoms;
  const s0 = st.stack[st.sp - 1]!;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : NONE;
  const b = st.b;
  const n0 = b <= n ? b : NONE, n1 = b + 1 <= n ? b + 1 : NONE, n2 = b + 2 <= n ? b + 2 : NONE, n3 = b + 3 <= n ? b + 3 : NONE;
  const h = st.head, lab = st.label, l1 = st.l1, l2 = st.l2, r1 = st.r1, r2 = st.r2;
  const s0hRaw = s0 !== 0 ? h[s0]! : -1;
  const s0h = s0hRaw >= 0 ? s0hRaw : NONE;
  const s0h2 = s0h !== NONE && s0h !== 0 && h[s0h]! >= 0 ? h[s0h]! : NONE;
  const s0l = l1[s0]! < 0 ? NONE : l1[s0]!, s0l2 = l2[s0]! < 0 ? NONE : l2[s0]!;
  const s0r = r1[s0]! < 0 ? NONE : r1[s0]!, s0r2 = r2[s0]! < 0 ? NONE : r2[s0]!;
  const n0l = n0 !== NONE && l1[n0]! >= 0 ? l1[n0]! : NONE, n0l2 = n0 !== NONE && l2[n0]! >= 0 ? l2[n0]! : NONE;
  v[S0W] = W[s0]!; v[S0P] = P[s0]!; v[S0WP] = WP[s0]!;
  v[N0W] = W[n0]!; v[N0P] = P[n0]!; v[N0WP] = WP[n0]!;
  v[N1W] = W[n1]!; v[N1P] = P[n1]!; v[N1WP] = WP[n1]!;
  v[N2W] = W[n2]!; v[N2P] = P[n2]!; v[N2WP] = WP[n2]!;
  v[D] = n0 !== NONE ? dist(n0 - s0) : 0;
  v[S0VL] = st.vl[s0]!; v[S0VR] = st.vr[s0]!; v[N0VL] = n0 !== NONE ? st.vl[n0]! : 0;
  v[S0HW] = W[s0h]!; v[S0HP] = P[s0h]!; v[S0L] = s0 === 0 ? 0 : lab[s0]! + 1;
  v[S0LW] = W[s0l]!; v[S0LP] = P[s0l]!; v[S0LL] = s0l === NONE ? 0 : lab[s0l]! + 1;
  v[S0RW] = W[s0r]!; v[S0RP] = P[s0r]!; v[S0RL] = s0r === NONE ? 0 : lab[s0r]! + 1;
  v[N0LW] = W[n0l]!; v[N0LP] = P[n0l]!; v[N0LL] = n0l === NONE ? 0 : lab[n0l]! + 1;
  v[S0H2W] = W[s0h2]!; v[S0H2P] = P[s0h2]!; v[S0HL] = s0h === NONE || s0h === 0 ? 0 : lab[s0h]! + 1;
  v[S0L2W] = W[s0l2]!; v[S0L2P] = P[s0l2]!; v[S0L2L] = s0l2 === NONE ? 0 : lab[s0l2]! + 1;
  v[S0R2W] = W[s0r2]!; v[S0R2P] = P[s0r2]!; v[S0R2L] = s0r2 === NONE ? 0 : lab[s0r2]! + 1;
  v[N0L2W] = W[n0l2]!; v[N0L2P] = P[n0l2]!; v[N0L2L] = n0l2 === NONE ? 0 : lab[n0l2]! + 1;
  v[S0SL] = mix2(st.lsLo[s0]!, st.lsHi[s0]!); v[S0SR] = mix2(st.rsLo[s0]!, st.rsHi[s0]!);
  v[N0SL] = n0 !== NONE ? mix2(st.lsLo[n0]!, st.lsHi[n0]!) : 0;
  v[S1P] = P[s1]!; v[S1WP] = WP[s1]!;
  v[S0C] = C[s0]!; v[N0C] = C[n0]!; v[N1C] = C[n1]!;
  v[N0SP] = e.SP[n0]!; v[S0SP] = e.SP[s0]!;
  v[S0HAS] = s0hRaw >= 0 ? 1 : 0; v[S1L] = s1 === NONE || s1 === 0 ? 0 : lab[s1]! + 1; v[N3P] = P[n3]!;
  if (n0 !== NONE) {
    const pc = Math.min(2, e.PC[n0 - 1]! - e.PC[s0]!), vc = Math.min(2, e.VC[n0 - 1]! - e.VC[s0]!);
    v[PC] = pc; v[VC] = vc; v[PVC] = pc * 3 + vc;
  } else { v[PC] = 9; v[VC] = 9; v[PVC] = 99; }
  v[ZERO] = 0;
  v[S0K1] = e.K1[s0]!; v[N0K1] = e.K1[n0]!; v[N1K1] = e.K1[n1]!;
  v[S0K2] = e.K2[s0]!; v[N0K2] = e.K2[n0]!; v[N1K2] = e.K2[n1]!; v[S0HK2] = e.K2[s0h]!;
  // s0 the first word, n0 the last
  v[EDGE] = (s0 === 1 ? 1 : 0) + (n0 === n ? 2 : 0);
  return ACTION_TEMPLATES.keys(v, out, e.classes ? N_ACTION_FEATURES : N_ACTION_BASE);
}

// ---- label features ---------------------------------------------------------------------------

const DIR = 0, DW = 1, DP = 2, DWP = 3, HW = 4, HP = 5, HWP = 6, DD = 7, DLW = 8, DLP = 9, DLL = 10, DRW = 11, DRL = 12,
  DSL = 13, DSR = 14, HL = 15, HSL = 16, HSR = 17, HLW = 18, HHP = 19, PREVP = 20, NEXTP = 21, DSP = 22, DL2W = 23,
  DC = 24, HC = 25, HLL = 26, HRL = 27, HHW = 28, PREVW = 29, DK1 = 30, HK1 = 31, DK2 = 32, HK2 = 33;
const N_LATOMS = 34;

const LABEL_TEMPLATES = new Templates('l', [
  [DIR], [DW, DIR], [DP, DIR], [DWP, DIR], [HW, DIR], [HP, DIR], [HWP, DIR],
  [DP, HP, DIR], [DW, HP, DIR], [DP, HW, DIR], [DW, HW, DIR], [DP, HP, DD],
  [DLW, DP], [DLP, DP], [DLL, DP], [DRW, DP], [DRL, DP], [DSL, DP, DIR], [DSR, DP, DIR],
  [HL, HP, DP], [HSL, DP, DIR], [HSR, DP, DIR], [HLW, DP, DIR], [HHP, HP, DP],
  [PREVP, DP, DIR], [NEXTP, DP, DIR], [DSP, DIR], [DL2W, DLW, DP], [DC, HC, DD], [HLL, DP, DIR],
  [DLW, HP, DP], [HSL, HP, DP], [HRL, DP, DIR], [HHW, HW, DP], [PREVW, DP, DIR], [DLW, HW, DP],
  // word classes (last, as above)
  [DK1, DIR], [HK1, DIR], [DK1, HK2, DIR], [DK2, HP, DIR], [DP, HK1, DIR],
]);
export const N_LABEL_FEATURES = LABEL_TEMPLATES.size;
const N_LABEL_BASE = N_LABEL_FEATURES - 5;
const labelAtoms = new Int32Array(N_LATOMS);

/** Keys of the labeller's features for the arc h → d (about to be made), into out; returns how many. */
export function labelFeatures(st: State, e: Encoded, h: number, d: number, out: Int32Array): number {
  const n = e.n, NONE = n + 1;
  const W = e.W, P = e.P, WP = e.WP, lab = st.label, v = labelAtoms;
  const dir = d < h ? 0 : 1;
  const dl = st.l1[d]! < 0 ? NONE : st.l1[d]!, dl2 = st.l2[d]! < 0 ? NONE : st.l2[d]!, dr = st.r1[d]! < 0 ? NONE : st.r1[d]!;
  const hl = st.l1[h]! < 0 ? NONE : st.l1[h]!, hr = st.r1[h]! < 0 ? NONE : st.r1[h]!;
  const hh = h !== 0 && st.head[h]! >= 0 ? st.head[h]! : NONE;
  const prev = d - 1 >= 1 ? d - 1 : NONE, next = d + 1 <= n ? d + 1 : NONE;
  v[DIR] = dir; v[DW] = W[d]!; v[DP] = P[d]!; v[DWP] = WP[d]!; v[HW] = W[h]!; v[HP] = P[h]!; v[HWP] = WP[h]!;
  v[DD] = dist(Math.abs(h - d)) * 2 + dir;
  v[DLW] = W[dl]!; v[DLP] = P[dl]!; v[DLL] = dl === NONE ? 0 : lab[dl]! + 1;
  v[DRW] = W[dr]!; v[DRL] = dr === NONE ? 0 : lab[dr]! + 1;
  v[DSL] = mix2(st.lsLo[d]!, st.lsHi[d]!); v[DSR] = mix2(st.rsLo[d]!, st.rsHi[d]!);
  v[HL] = h === 0 ? 0 : lab[h]! + 1;
  v[HSL] = mix2(st.lsLo[h]!, st.lsHi[h]!); v[HSR] = mix2(st.rsLo[h]!, st.rsHi[h]!);
  v[HLW] = W[hl]!; v[HHP] = P[hh]!; v[PREVP] = P[prev]!; v[NEXTP] = P[next]!; v[DSP] = e.SP[d]!; v[DL2W] = W[dl2]!;
  v[DC] = e.C[d]!; v[HC] = e.C[h]!; v[HLL] = hl === NONE ? 0 : lab[hl]! + 1; v[HRL] = hr === NONE ? 0 : lab[hr]! + 1;
  v[HHW] = W[hh]!; v[PREVW] = W[prev]!;
  v[DK1] = e.K1[d]!; v[HK1] = e.K1[h]!; v[DK2] = e.K2[d]!; v[HK2] = e.K2[h]!;
  return LABEL_TEMPLATES.keys(v, out, e.classes ? N_LABEL_FEATURES : N_LABEL_BASE);
}
