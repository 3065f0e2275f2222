// The trained POS tagger and chunker (models/syntax.bin.gz, built by `npm run train:syntax`).
import { existsSync } from 'node:fs';
import { loadBundle, modelFromShared, packSequence, shareModel, type Sequence, type SharedModel, type StoredModel } from '../ml/index.js';
import { chunkFeatureKeys, EDGE_KEYS, shape, normWord, wordFeatureKeys, type WordFeatureKeys } from './features.js';
import { hashString, hashExtend, hashInit, int32Scratch, float32Scratch, prunedDecodeEmissions } from '../ml/index.js';
import { BoundedMap } from '../util/bounded-map.js';
import { modelPath, resource } from '../kb/resource.js';

export interface SyntaxModels { pos: StoredModel; chunk: StoredModel }

export const SYNTAX_MODEL_PATH = modelPath('syntax.bin.gz');

function loadSyntaxModels(): SyntaxModels | null {
  if (!existsSync(SYNTAX_MODEL_PATH)) return null;
  const b = loadBundle(SYNTAX_MODEL_PATH);
  return b.parts.pos && b.parts.chunk ? { pos: b.parts.pos, chunk: b.parts.chunk } : null;
}

/** The resource's name (src/workers/worker.ts skips it while shared tables are on their way). */
export const SYNTAX_RESOURCE = 'syntax models';
/** The syntax models in shared memory (what crosses to a pool thread); null: no model file. */
export type SharedSyntaxModels = { pos: SharedModel; chunk: SharedModel } | null;
let given: { m: SharedSyntaxModels } | null = null;

const models = resource(SYNTAX_RESOURCE, (): SyntaxModels | null => {
  if (!given) return loadSyntaxModels();
  const g = given.m;
  return g ? { pos: modelFromShared(g.pos), chunk: modelFromShared(g.chunk) } : null;
});

/** The committed models loaded here and copied into shared memory, for pool threads (useSharedSyntaxModels). */
export function shareSyntaxModels(): SharedSyntaxModels {
  const m = loadSyntaxModels();
  return m ? { pos: shareModel(m.pos.model, m.pos.index), chunk: shareModel(m.chunk.model, m.chunk.index) } : null;
}

/**
 * Use models another thread loaded into shared memory (shareSyntaxModels) instead of reading the
 * file; takes effect if this thread has not loaded them yet.
 */
export function useSharedSyntaxModels(s: SharedSyntaxModels): void {
  if (!models.loaded) given = { m: s };
}

/** The committed models, loaded once; null when the file is missing (the stage then reports it). */
export function syntaxModels(): SyntaxModels | null {
  return models.get();
}

function ids(m: StoredModel, keys: number[][]): number[][] {
  return keys.map((ks) => {
    const out: number[] = [];
    for (const k of ks) { const id = m.index.get(k); if (id >= 0) out.push(id); }
    return out;
  });
}

/**
 * Viterbi restricted to each token's K best labels by emission score: with 45 POS tags the full
 * trellis costs 45² per token; the K best cover the true tag almost always, at (K² + 45) per token.
 */
export function prunedDecode(sm: StoredModel, seq: Sequence, K = 4): Int32Array {
  return prunedDecodeEmissions(sm, sm.model.emissions(seq), seq.offsets.length - 1, K);
}


/** Per word type: its POS feature keys (bounded cache; news repeats its words). */
const wordCache = new BoundedMap<string, WordFeatureKeys>(60_000);
function wordKeys(w: string): WordFeatureKeys {
  let k = wordCache.get(w);
  if (!k) {
    k = wordFeatureKeys(w);
    wordCache.set(w, k);
  }
  return k;
}

/** POS feature ids of a sentence: posFeatureKeys' features, built from the per-word cache. */
function posIds(m: StoredModel, words: readonly string[]): number[][] {
  const W = words.map(wordKeys);
  const n = W.length;
  const out: number[][] = [];
  const push = (arr: number[], key: number) => { const id = m.index.get(key); if (id >= 0) arr.push(id); };
  for (let i = 0; i < n; i++) {
    const f: number[] = [];
    const w = W[i]!;
    push(f, EDGE_KEYS.bias);
    for (const k of w.own) push(f, k);
    push(f, i > 0 ? W[i - 1]!.prev[0]! : EDGE_KEYS.prevStart);
    push(f, i + 1 < n ? W[i + 1]!.next[0]! : EDGE_KEYS.nextEnd);
    push(f, i > 1 ? W[i - 2]!.prev2 : EDGE_KEYS.prev2Start);
    push(f, i + 2 < n ? W[i + 2]!.next2 : EDGE_KEYS.next2End);
    push(f, hashString((i > 0 ? W[i - 1]!.lower : '<s>') + ' ' + w.lower, 7));
    push(f, hashString(w.lower + ' ' + (i + 1 < n ? W[i + 1]!.lower : '</s>'), 8));
    if (i === 0) push(f, hashString(shape(normWord(words[0]!)), 30));
    if (i > 0) push(f, W[i - 1]!.prev[1]!);
    if (i + 1 < n) push(f, W[i + 1]!.next[1]!);
    out.push(f);
  }
  return out;
}

/**
 * Summed Int16 weight rows of a word's cacheable POS features, per role: the word itself, and the
 * word as the previous / next / second-previous / second-next neighbour (WordFeatureKeys' groups).
 * Sums of Int16 weights are exact integers, so the emissions equal PerceptronModel.emissions'
 * bit for bit, at ~5 row additions per token instead of ~17 hash lookups and row additions.
 */
const OWN = 0, PREV = 1, NEXT = 2, PREV2 = 3, NEXT2 = 4;
const posVecCache = new WeakMap<StoredModel, Map<string, Int32Array>>();
function addRow(v: Int32Array, off: number, m: StoredModel, key: number): void {
  const id = m.index.get(key);
  if (id < 0) return;
  const W = m.model.weights, L = m.model.L, r = id * L;
  for (let y = 0; y < L; y++) v[off + y]! += W[r + y]!;
}
function posWordVectors(m: StoredModel, w: string): Int32Array {
  let cache = posVecCache.get(m);
  if (!cache) { cache = new BoundedMap(20_000); posVecCache.set(m, cache); } // ≤ ~18 MB: news vocabularies repeat
  let v = cache.get(w);
  if (!v) {
    const L = m.model.L, k = wordKeys(w);
    v = new Int32Array(5 * L + 2);
    // Hash states of "lower " for the word-pair templates 7 and 8 (finished by the next word).
    v[5 * L] = hashExtend(hashExtend(hashInit(7), k.lower), ' ');
    v[5 * L + 1] = hashExtend(hashExtend(hashInit(8), k.lower), ' ');
    for (const key of k.own) addRow(v, OWN * L, m, key);
    for (const key of k.prev) addRow(v, PREV * L, m, key);
    for (const key of k.next) addRow(v, NEXT * L, m, key);
    addRow(v, PREV2 * L, m, k.prev2);
    addRow(v, NEXT2 * L, m, k.next2);
    cache.set(w, v);
  }
  return v;
}
const PAIR7_START = hashExtend(hashInit(7), '<s> ');
/** The sentence-edge rows (bias, <s> / </s> neighbours), per model. */
const posEdgeCache = new WeakMap<StoredModel, Int32Array>();
function posEdgeVectors(m: StoredModel): Int32Array {
  let v = posEdgeCache.get(m);
  if (!v) {
    const L = m.model.L;
    v = new Int32Array(5 * L);
    addRow(v, 0, m, EDGE_KEYS.bias);
    addRow(v, L, m, EDGE_KEYS.prevStart);
    addRow(v, 2 * L, m, EDGE_KEYS.nextEnd);
    addRow(v, 3 * L, m, EDGE_KEYS.prev2Start);
    addRow(v, 4 * L, m, EDGE_KEYS.next2End);
    posEdgeCache.set(m, v);
  }
  return v;
}

/** POS emissions of a sentence: the same features as posIds, summed from per-word caches. */
function posEmissions(m: StoredModel, words: readonly string[]): Float32Array {
  const L = m.model.L, n = words.length, W = m.model.weights as Int16Array, scale = m.model.scale;
  const acc = posAccScratch.get(n * L); // every cell is assigned before it is added to
  // Filled by push, not .map: an optimised .map makes holey arrays, and this function, optimised
  // on packed ones, was thrown away at the first (issue 21).
  const V: Int32Array[] = [], K: WordFeatureKeys[] = [];
  for (const w of words) { V.push(posWordVectors(m, w)); K.push(wordKeys(w)); }
  const E = posEdgeVectors(m);
  const addKey = (b: number, key: number) => {
    const id = m.index.get(key);
    if (id < 0) return;
    const r = id * L;
    for (let y = 0; y < L; y++) acc[b + y]! += W[r + y]!;
  };
  for (let i = 0; i < n; i++) {
    const b = i * L;
    // The six cached parts (bias, own, ±1 and ±2 neighbours or sentence edges) in one pass.
    const vo = V[i]!;
    const vp = i > 0 ? V[i - 1]! : E, op = i > 0 ? PREV * L : L;
    const vn = i + 1 < n ? V[i + 1]! : E, on = i + 1 < n ? NEXT * L : 2 * L;
    const vp2 = i > 1 ? V[i - 2]! : E, op2 = i > 1 ? PREV2 * L : 3 * L;
    const vn2 = i + 2 < n ? V[i + 2]! : E, on2 = i + 2 < n ? NEXT2 * L : 4 * L;
    for (let y = 0; y < L; y++) acc[b + y] = E[y]! + vo[y]! + vp[op + y]! + vn[on + y]! + vp2[op2 + y]! + vn2[on2 + y]!;
    const lw = K[i]!.lower;
    addKey(b, hashExtend(i > 0 ? V[i - 1]![5 * L]! : PAIR7_START, lw));
    addKey(b, hashExtend(V[i]![5 * L + 1]!, i + 1 < n ? K[i + 1]!.lower : '</s>'));
    if (i === 0) addKey(b, hashString(shape(normWord(words[0]!)), 30));
  }
  const em = posEmScratch.get(n * L);
  for (let i = 0; i < n * L; i++) em[i] = acc[i]! * scale;
  return em;
}
const posAccScratch = int32Scratch(), posEmScratch = float32Scratch();

export function tagPos(m: SyntaxModels, words: readonly string[]): string[] {
  if (!words.length) return [];
  const lab = m.pos.model.weights instanceof Int16Array
    ? prunedDecodeEmissions(m.pos, posEmissions(m.pos, words), words.length)
    : prunedDecode(m.pos, packSequence(posIds(m.pos, words)));
  return Array.from(lab, (y) => m.pos.model.labels.names[y]!);
}

/**
 * Chunk feature ids without building feature strings per token: the POS n-gram features come
 * from tables indexed by tag number (filled lazily, once per model), the word features from a
 * per-word cache. Same keys as chunkFeatureKeys, hence the same emissions.
 */
interface ChunkTables {
  tagIndex: Map<string, number>; tags: string[]; P: number;
  /** ids of tag unigrams for templates 42..46: uni[(tpl - 42) * P + a] */
  uni: Int32Array;
  /** Summed rows of the bias and all tag n-gram features around a token, by tag trigram (a * P² + b * P + c), filled lazily. */
  triVec: Map<number, Int32Array>;
  words: Map<string, ChunkWord>;
  bias: number;
}
/** A word's ids: itself (41), as previous (49) / next (50) word, and (prev word, tag) pairs (52). */
interface ChunkWord { self: number; asPrev: number; asNext: number; withTag: Int32Array }
const chunkTables = new WeakMap<StoredModel, ChunkTables>();

function chunkTablesOf(m: StoredModel, posNames: readonly string[]): ChunkTables {
  let c = chunkTables.get(m);
  if (!c) {
    const tags = [...posNames, '<s>', '</s>'];
    const P = tags.length;
    const tagIndex = new Map(tags.map((t, i) => [t, i] as [string, number]));
    const uni = new Int32Array(5 * P);
    for (let k = 0; k < 5; k++) for (let a = 0; a < P; a++) uni[k * P + a] = m.index.get(hashString(tags[a]!, 42 + k));
    c = { tagIndex, tags, P, uni, triVec: new Map(), words: new BoundedMap(30_000), bias: m.index.get(hashString('b', 40)) };
    chunkTables.set(m, c);
  }
  return c;
}

function chunkWord(m: StoredModel, c: ChunkTables, l: string): ChunkWord {
  let w = c.words.get(l);
  if (!w) {
    w = { self: m.index.get(hashString(l, 41)), asPrev: m.index.get(hashString(l, 49)), asNext: m.index.get(hashString(l, 50)), withTag: new Int32Array(c.P).fill(-2) };
    c.words.set(l, w);
  }
  return w;
}

function chunkEmissions(m: StoredModel, c: ChunkTables, words: readonly string[], ti: Int32Array): Float32Array {
  const L = m.model.L, n = words.length, W = m.model.weights as Int16Array, P = c.P, tags = c.tags;
  const S = P - 2, E = P - 1; // '<s>', '</s>'
  const cw: ChunkWord[] = [];
  for (const w of words) cw.push(chunkWord(m, c, wordKeys(w).lower)); // (push, not .map: see posEmissions)
  const start = chunkWord(m, c, '<s>');
  const acc = chunkAccScratch.get(n * L).fill(0, 0, n * L);
  const add = (b: number, id: number) => {
    if (id < 0) return;
    const r = id * L;
    for (let y = 0; y < L; y++) acc[b + y]! += W[r + y]!;
  };
  const p = (i: number) => (i < 0 ? S : i >= n ? E : ti[i]!);
  for (let i = 0; i < n; i++) {
    const b = i * L, a0 = p(i - 1), a1 = p(i), a2 = p(i + 1);
    // Bias and every feature of the tag trigram around i, summed once per distinct trigram.
    const g = (a0 * P + a1) * P + a2;
    let tv = c.triVec.get(g);
    if (!tv) {
      const ids = [c.bias, c.uni[a1]!, c.uni[P + a0]!, c.uni[2 * P + a2]!,
        m.index.get(hashString(tags[a0]! + ' ' + tags[a1]!, 47)), m.index.get(hashString(tags[a1]! + ' ' + tags[a2]!, 48)),
        m.index.get(hashString(tags[a0]! + ' ' + tags[a1]! + ' ' + tags[a2]!, 51))];
      tv = new Int32Array(L);
      for (const id of ids) if (id >= 0) for (let y = 0; y < L; y++) tv[y]! += W[id * L + y]!;
      c.triVec.set(g, tv);
    }
    for (let y = 0; y < L; y++) acc[b + y]! += tv[y]!;
    add(b, cw[i]!.self);
    add(b, c.uni[3 * P + p(i - 2)]!); add(b, c.uni[4 * P + p(i + 2)]!);
    const prev = i > 0 ? cw[i - 1]! : start;
    add(b, prev.asPrev);
    add(b, i + 1 < n ? cw[i + 1]!.asNext : m.index.get(hashString('</s>', 50)));
    if (prev.withTag[a1] === -2) prev.withTag[a1] = m.index.get(hashString((i > 0 ? wordKeys(words[i - 1]!).lower : '<s>') + ' ' + tags[a1]!, 52));
    add(b, prev.withTag[a1]!);
  }
  const em = chunkEmScratch.get(n * L), scale = m.model.scale;
  for (let i = 0; i < n * L; i++) em[i] = acc[i]! * scale;
  return em;
}
const chunkAccScratch = int32Scratch(), chunkEmScratch = float32Scratch(), tagIdScratch = int32Scratch();

export function tagChunks(m: SyntaxModels, words: readonly string[], pos: readonly string[]): string[] {
  if (!words.length) return [];
  let lab: Int32Array | null = null;
  if (m.chunk.model.weights instanceof Int16Array && pos.length === words.length) {
    const c = chunkTablesOf(m.chunk, m.pos.model.labels.names);
    const ti = tagIdScratch.get(pos.length);
    let known = true;
    for (let i = 0; i < pos.length && known; i++) { const x = c.tagIndex.get(pos[i]!); if (x === undefined || x >= c.P - 2) known = false; else ti[i] = x; }
    if (known) lab = prunedDecodeEmissions(m.chunk, chunkEmissions(m.chunk, c, words, ti), words.length, 8);
  }
  lab ??= prunedDecode(m.chunk, packSequence(ids(m.chunk, chunkFeatureKeys(words, pos))), 8);
  return Array.from(lab!, (y) => m.chunk.model.labels.names[y]!);
}
