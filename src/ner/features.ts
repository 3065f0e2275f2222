// NER features as 32-bit keys (src/ml/hash.ts). One call per sentence; word-level parts are cached
// per word form, window features mix neighbours' cached hashes, so no feature strings are built.
//
// Feature groups: word / lower / shape / short shape / affixes 1–4; ±2 lower-case window and ±1
// exact words; shape and word bigrams; sentence case mode (normal, ALL-CAPS headline, Title Case
// headline) crossed with shape; gazetteer classes at and around the token; document-level case
// evidence (is this word written capitalised mid-sentence / lower-case elsewhere in the document?);
// and, in the stacked second pass, the first pass's labels here, around, and for the same word
// elsewhere in the document.
import { hashString, mix, mix3 } from '../ml/hash.js';
import { GAZ_CLASSES, type Gazetteer } from './gazetteer.js';
import { TITLE_CASE_SMALL } from './lexicons.js';
import { BoundedMap } from '../util/bounded-map.js';

export const CaseMode = { Normal: 0, Upper: 1, Title: 2 } as const;
export type CaseMode = 0 | 1 | 2;

const T = {
  BIAS: 1, W: 2, L: 3, SHAPE: 4, SS: 5, PRE: 6, SUF: 10, LW: 14, WW: 20, SSB: 24, LB: 28, INIT: 31, MODE: 32,
  GAZ: 33, GAZP: 34, GAZN: 35, DOC: 36, P1: 40, STK: 44, STKANY: 45, LEN: 46, MODEL: 47, DOCL: 48, NUM: 50, STKPOS: 54,
} as const;

export interface WordInfo {
  hW: number; hL: number; hShape: number; hSS: number; affix: Int32Array;
  lower: string; cap: boolean; lowerStart: boolean; alpha: boolean; lenBucket: number;
  /** ALL-CAPS word of two letters or more; a small word that title case leaves lower-case. */
  upper: boolean; small: boolean;
}

const cache = new BoundedMap<string, WordInfo>(60_000);

function shapeOf(w: string, short: boolean): string {
  let s = '', last = '';
  for (let i = 0; i < w.length && s.length < 16; i++) {
    const c = w[i]!;
    const k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
      : /\p{Lu}/u.test(c) ? 'X' : /\p{L}/u.test(c) ? 'x' : c;
    if (short && k === last) continue;
    s += k; last = k;
  }
  return s;
}

export function wordInfo(w: string): WordInfo {
  let wi = cache.get(w);
  if (wi) return wi;
  const lower = w.toLowerCase();
  const affix = new Int32Array(8);
  for (let k = 1; k <= 4; k++) {
    affix[k - 1] = lower.length >= k ? hashString(lower.slice(0, k), T.PRE + k) : 0;
    affix[k + 3] = lower.length >= k ? hashString(lower.slice(-k), T.SUF + k) : 0;
  }
  const c0 = w[0] ?? '';
  wi = {
    hW: hashString(w, T.W), hL: hashString(lower, T.L), hShape: hashString(shapeOf(w, false), T.SHAPE),
    hSS: hashString(shapeOf(w, true), T.SS), affix, lower,
    cap: c0 !== c0.toLowerCase(), lowerStart: c0 !== c0.toUpperCase(), alpha: /\p{L}/u.test(w),
    lenBucket: Math.min(w.length, 8),
    upper: w.length > 1 && w === w.toUpperCase(), small: TITLE_CASE_SMALL.has(lower),
  };
  cache.set(w, wi);
  return wi;
}

/** ALL-CAPS or Title Case sentences (headlines) get their own case mode. */
export function caseModeOf(words: readonly string[], infos?: readonly WordInfo[]): CaseMode {
  let letters = 0, upper = 0, content = 0, capContent = 0;
  for (let i = 0; i < words.length; i++) {
    const x = infos ? infos[i]! : wordInfo(words[i]!);
    if (!x.alpha) continue;
    letters++;
    if (x.upper) upper++;
    if (!x.small) { content++; if (x.cap) capContent++; }
  }
  if (letters >= 2 && upper >= letters * 0.8) return CaseMode.Upper;
  if (content >= 3 && capContent >= content * 0.9) return CaseMode.Title;
  return CaseMode.Normal;
}

/** Per-document case evidence: how each lower-cased word is written across the document. */
export interface DocStats { capMid: Map<string, number>; low: Map<string, number> }

export function docStats(sentences: readonly (readonly string[])[], modes: readonly CaseMode[], infos?: readonly (readonly WordInfo[])[]): DocStats {
  const capMid = new Map<string, number>(), low = new Map<string, number>();
  sentences.forEach((ws, s) => {
    if (modes[s] !== CaseMode.Normal) return;
    ws.forEach((w, i) => {
      const wi = infos ? infos[s]![i]! : wordInfo(w);
      if (!wi.alpha) return;
      if (wi.lowerStart) low.set(wi.lower, (low.get(wi.lower) ?? 0) + 1);
      else if (wi.cap && i > 0) capMid.set(wi.lower, (capMid.get(wi.lower) ?? 0) + 1);
    });
  });
  return { capMid, low };
}

/** First-pass evidence for the stacked pass: entity types seen per lower-cased word in the doc. */
export interface StackStats {
  /** Per lower-cased word: [O, PER, LOC, ORG, MISC] counts, then 4 types × (single, first, inner, last). */
  types: Map<string, Int32Array>;
}
export const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

export function stackStats(sentences: readonly (readonly string[])[], p1: readonly (readonly string[])[], infos?: readonly (readonly WordInfo[])[]): StackStats {
  const types = new Map<string, Int32Array>();
  sentences.forEach((ws, s) => ws.forEach((w, i) => {
    const wi = infos ? infos[s]![i]! : wordInfo(w);
    if (!wi.alpha) return;
    let c = types.get(wi.lower);
    if (!c) { c = new Int32Array(21); types.set(wi.lower, c); }
    const lab = p1[s]![i]!;
    const ty = lab === 'O' ? -1 : TYPES.indexOf(lab.slice(2) as (typeof TYPES)[number]);
    c[ty + 1]!++;
    if (ty >= 0) c[5 + ty * 4 + positionOf(lab)]!++;
  }));
  return { types };
}

/** Position of a token in its chunk from a BILOU (or IOB2) label: 0 single, 1 first, 2 inner, 3 last. */
function positionOf(lab: string): number {
  const p = lab[0];
  return p === 'U' ? 0 : p === 'B' ? 1 : p === 'I' ? 2 : 3;
}

export interface SentenceContext {
  mode: CaseMode;
  doc: DocStats;
  gaz: Gazetteer;
  /** Stacked pass only: first-pass labels of this sentence and the doc's type counts. */
  p1?: readonly string[];
  stack?: StackStats;
  /** wordInfo of each word, when the caller has them already. */
  infos?: readonly WordInfo[];
}

const NUMSHAPE = hashString('d', T.SS);
const labelHashes = new Map<string, number>();
function labelHash(l: string): number {
  let h = labelHashes.get(l);
  if (h === undefined) { h = hashString(l, 77); labelHashes.set(l, h); }
  return h;
}
const BOS = hashString('<s>', 99), EOS = hashString('</s>', 99), BOS2 = hashString('<s2>', 99), EOS2 = hashString('</s2>', 99);

/** Flat per-token key lists: token t's keys are keys[offsets[t] .. offsets[t+1]). */
export interface TokenKeys { keys: ArrayLike<number>; offsets: ArrayLike<number> }

/**
 * A growable key list that a tagger reuses sentence after sentence: the feature functions below
 * fill it instead of growing fresh arrays (they run for every token of every article, and their
 * garbage was a good share of the pipeline's). Keys are stored as int32 (FeatureIndex folds keys
 * with `| 0` anyway). A view is valid until the list is next reset.
 */
export class KeyList {
  keys: Int32Array;
  offsets: Int32Array;
  private n = 0;
  private t = 0;
  constructor(tokens = 64) {
    this.keys = new Int32Array(tokens * 32);
    this.offsets = new Int32Array(tokens + 1);
  }
  reset(): this { this.n = 0; this.t = 0; return this; }
  /** Start the next token's keys. */
  token(): void {
    if (this.t + 2 > this.offsets.length) { const o = new Int32Array(this.offsets.length * 2); o.set(this.offsets); this.offsets = o; }
    this.offsets[this.t++] = this.n;
  }
  push(k: number): void {
    if (this.n >= this.keys.length) { const o = new Int32Array(this.keys.length * 2); o.set(this.keys); this.keys = o; }
    this.keys[this.n++] = k;
  }
  view(): TokenKeys {
    this.offsets[this.t] = this.n;
    return { keys: this.keys.subarray(0, this.n), offsets: this.offsets.subarray(0, this.t + 1) };
  }
}

/** Feature keys of each token: base features, plus the stacked ones when ctx.p1 is given. */
export function sentenceFeatureKeys(words: readonly string[], ctx: SentenceContext): TokenKeys {
  const base = baseFeatureKeys(words, ctx);
  if (!ctx.p1) return base;
  return concatKeys(base, stackedFeatureKeys(words, ctx.p1, ctx.stack!));
}

/** Per token, a's keys then b's keys. */
export function concatKeys(a: TokenKeys, b: TokenKeys): TokenKeys {
  const keys: number[] = [], offsets: number[] = [];
  const n = a.offsets.length - 1;
  for (let t = 0; t < n; t++) {
    offsets.push(keys.length);
    for (let k = a.offsets[t]!; k < a.offsets[t + 1]!; k++) keys.push(a.keys[k]!);
    for (let k = b.offsets[t]!; k < b.offsets[t + 1]!; k++) keys.push(b.keys[k]!);
  }
  offsets.push(keys.length);
  return { keys, offsets };
}

/** Local, gazetteer and document-case features (both passes). */
/** Features of the word alone (form, lower case, shapes, affixes, length): cacheable per word. */
export function wordKeys(x: WordInfo): number[] {
  const keys = [x.hW, x.hL, x.hShape, x.hSS];
  for (let k = 0; k < 8; k++) if (x.affix[k]) keys.push(x.affix[k]!);
  keys.push(mix3(T.LEN, x.lenBucket, x.hSS));
  return keys;
}

/**
 * Features that depend on one neighbour word alone, by the neighbour's position (-1, -2, +1, +2):
 * the ±2 lower-case window and ±1 exact words. `hL`/`hW` are the neighbour's hashes, or for
 * positions past the sentence edge those of EDGE_WORDS (the same keys baseFeatureKeys builds).
 */
export function neighbourKeys(hL: number, hW: number): [number[], number[], number[], number[]] {
  return [[mix(T.LW, hL), mix(T.WW, hW)], [mix(T.LW + 1, hL)], [mix(T.LW + 2, hL), mix(T.WW + 1, hW)], [mix(T.LW + 3, hL)]];
}
/** Pseudo-neighbours past the edges: one before / two before / one after / two after the sentence. */
export const EDGE_WORDS = {
  bos: { hL: BOS, hW: BOS }, bos2: { hL: BOS2, hW: BOS }, eos: { hL: EOS, hW: EOS }, eos2: { hL: EOS2, hW: EOS },
} as const;

/**
 * `withWord` false leaves out the word-alone features (wordKeys), for callers that cache their ids;
 * `withNeighbours` false leaves out the neighbourKeys features, likewise.
 */
export function baseFeatureKeys(words: readonly string[], ctx: SentenceContext, withWord = true, withNeighbours = true, out?: KeyList): TokenKeys {
  const n = words.length;
  // Filled by push, not .map: an optimised .map makes holey arrays, and the functions optimised
  // on packed ones were thrown away at the first (issue 21).
  let wi = ctx.infos;
  if (!wi) {
    const made: WordInfo[] = [];
    for (const w of words) made.push(wordInfo(w));
    wi = made;
  }
  const lower: string[] = [], capital: boolean[] = [];
  for (const x of wi) { lower.push(x.lower); capital.push(x.cap); }
  // Gazetteer codes per token: class index * 4 + (0 begin, 1 inside, 2 single).
  const gz: (number[] | undefined)[] = new Array(n);
  const addGz = (k: number, code: number) => { (gz[k] ??= []).push(code); };
  for (const m of ctx.gaz.match(lower, capital)) {
    const c = GAZ_CLASSES.indexOf(m.cls) * 4;
    if (m.end - m.start === 1) addGz(m.start, c + 2);
    else { addGz(m.start, c); for (let k = m.start + 1; k < m.end; k++) addGz(k, c + 1); }
  }
  const NONE: number[] = [];
  const K = out ? out.reset() : new KeyList(n);
  const L = (i: number) => (i < 0 ? (i === -1 ? BOS : BOS2) : i >= n ? (i === n ? EOS : EOS2) : wi[i]!.hL);
  const W = (i: number) => (i < 0 ? BOS : i >= n ? EOS : wi[i]!.hW);
  const S = (i: number) => (i < 0 ? BOS : i >= n ? EOS : wi[i]!.hSS);
  const mode = ctx.mode;
  // Result tables and score lines ("Rotor Volgograd 2 Lada 1"): share of number tokens.
  let nums = 0;
  for (const x of wi) if (x.hSS === NUMSHAPE) nums++;
  const numeric = n >= 3 && nums * 3 >= n ? 1 : 0;
  for (let i = 0; i < n; i++) {
    K.token();
    const x = wi[i]!;
    K.push(mix(T.BIAS, mode));
    if (withWord) for (const k of wordKeys(x)) K.push(k);
    if (withNeighbours) {
      { K.push(mix(T.LW, L(i - 1))); K.push(mix(T.LW + 1, L(i - 2))); K.push(mix(T.LW + 2, L(i + 1))); K.push(mix(T.LW + 3, L(i + 2))); }
      { K.push(mix(T.WW, W(i - 1))); K.push(mix(T.WW + 1, W(i + 1))); }
    }
    { K.push(mix3(T.SSB, S(i - 1), x.hSS)); K.push(mix3(T.SSB + 1, x.hSS, S(i + 1))); K.push(mix(mix3(T.SSB + 2, S(i - 1), x.hSS), S(i + 1))); }
    { K.push(mix3(T.LB, L(i - 1), x.hL)); K.push(mix3(T.LB + 1, x.hL, L(i + 1))); }
    K.push(mix3(T.MODE, mode * 2 + (i === 0 ? 1 : 0), x.hSS));
    if (numeric) { K.push(mix3(T.NUM, S(i - 1), x.hSS)); K.push(mix3(T.NUM + 1, x.hSS, S(i + 1))); K.push(mix(T.NUM + 2, x.hL)); }
    if (mode !== CaseMode.Normal) K.push(mix3(T.MODEL, mode, x.hL));
    for (const g of gz[i] ?? NONE) { K.push(mix(T.GAZ, g)); K.push(mix3(T.GAZ, g, x.hSS)); }
    if (i > 0) for (const g of gz[i - 1] ?? NONE) K.push(mix(T.GAZP, g));
    if (i + 1 < n) for (const g of gz[i + 1] ?? NONE) K.push(mix(T.GAZN, g));
    if (x.alpha) {
      // Document case evidence, leaving out this occurrence itself.
      let cm = ctx.doc.capMid.get(x.lower) ?? 0, lo = ctx.doc.low.get(x.lower) ?? 0;
      if (mode === CaseMode.Normal) { if (x.lowerStart) lo--; else if (x.cap && i > 0) cm--; }
      const flag = (cm > 0 ? 1 : 0) | (lo > 0 ? 2 : 0);
      K.push(mix3(T.DOC, flag * 8 + mode * 2 + (i === 0 ? 1 : 0), x.hSS));
      if (flag) K.push(mix3(T.DOCL, flag, x.hL));
    }
  }
  return K.view();
}

/** Stacked-pass features: first-pass labels here and around, and for the same word in the doc. */
export function stackedFeatureKeys(words: readonly string[], p1: readonly string[], stack: StackStats, infos?: readonly WordInfo[], out?: KeyList): TokenKeys {
  const n = words.length;
  const K = out ? out.reset() : new KeyList(n);
  const ph: number[] = [];
  for (const l of p1) ph.push(labelHash(l));
  const P = (i: number) => (i < 0 ? BOS : i >= n ? EOS : ph[i]!);
  for (let i = 0; i < n; i++) {
    K.token();
    const x = infos ? infos[i]! : wordInfo(words[i]!);
    { K.push(mix(T.P1, P(i))); K.push(mix3(T.P1 + 1, P(i - 1), P(i))); K.push(mix3(T.P1 + 2, P(i), P(i + 1))); }
    const c = x.alpha ? stack.types.get(x.lower) : undefined;
    if (c) {
      const own = p1[i]!;
      const oi = own === 'O' ? 0 : 1 + TYPES.indexOf(own.slice(2) as (typeof TYPES)[number]);
      let best = -1, bestN = 0, total = 0;
      for (let k = 0; k < 5; k++) {
        const m = c[k]! - (k === oi ? 1 : 0);
        total += m;
        if (m > bestN) { bestN = m; best = k; }
        if (k > 0 && m > 0) K.push(mix3(T.STKANY, k, x.cap ? 1 : 0));
      }
      if (best >= 0) { K.push(mix3(T.STK, best, Math.min(total, 3))); K.push(mix3(T.STK + 100, best, P(i))); K.push(mix3(T.STK + 101, best, x.hSS)); }
      // Where this word sat in the document's other chunks ("Rotor" as the first word of "Rotor Volgograd").
      const ownPos = oi > 0 ? 5 + (oi - 1) * 4 + positionOf(own) : -1;
      for (let k = 5; k < 21; k++) if (c[k]! - (k === ownPos ? 1 : 0) > 0) K.push(mix(T.STKPOS, k));
    }
  }
  return K.view();
}
