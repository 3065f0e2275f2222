// The NER tagger at run time: two stacked perceptron passes over a whole document.
// Pass 1 tags each sentence from local, gazetteer and document-case features; pass 2 sees pass 1's
// labels for this sentence and for the same words elsewhere in the document (consistency).
// Both passes share one feature index (merged at load), so base features are computed and looked
// up once per token.
import { existsSync } from 'node:fs';
import {
  bilouToIob2, FeatureIndex, int32Scratch, loadBundle, modelFromShared, PerceptronModel, shareArray, shareModel, viterbi, type ModelBundle, type SharedModel, type StoredModel, type Sequence,
} from '../ml/index.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import { BoundedMap } from '../util/bounded-map.js';
import { modelPath, resource } from '../kb/resource.js';
import {
  baseFeatureKeys, CaseMode, EDGE_WORDS, neighbourKeys, caseModeOf, docStats, stackedFeatureKeys, stackStats, wordInfo, wordKeys, KeyList, type DocStats, type TokenKeys, type WordInfo,
} from './features.js';

export const DEFAULT_MODEL_PATH = modelPath('ner.bin.gz');

/** Feature keys → ids of a feature index (unknown features dropped). */
export function keysToSequence(index: FeatureIndex, f: TokenKeys): Sequence {
  const feats = new Int32Array(f.keys.length);
  const offsets = new Int32Array(f.offsets.length);
  let n = 0;
  for (let t = 0; t + 1 < f.offsets.length; t++) {
    offsets[t] = n;
    for (let k = f.offsets[t]!; k < f.offsets[t + 1]!; k++) {
      const id = index.get(f.keys[k]!);
      if (id >= 0) feats[n++] = id;
    }
  }
  offsets[f.offsets.length - 1] = n;
  return { feats: feats.subarray(0, n), offsets };
}

export function toSequence(m: StoredModel, f: TokenKeys): Sequence {
  return keysToSequence(m.index, f);
}

function labelsOf(ys: Int32Array, names: readonly string[]): string[] {
  const out = new Array<string>(ys.length);
  for (let i = 0; i < ys.length; i++) out[i] = names[ys[i]!]!;
  return out;
}

/** Per token, a's ids then b's ids. */
function concatSequences(a: Sequence, b: Sequence): Sequence {
  const T = a.offsets.length - 1;
  const feats = new Int32Array(a.feats.length + b.feats.length);
  const offsets = new Int32Array(T + 1);
  let n = 0;
  for (let t = 0; t < T; t++) {
    offsets[t] = n;
    for (let k = a.offsets[t]!; k < a.offsets[t + 1]!; k++) feats[n++] = a.feats[k]!;
    for (let k = b.offsets[t]!; k < b.offsets[t + 1]!; k++) feats[n++] = b.feats[k]!;
  }
  offsets[T] = n;
  return { feats, offsets };
}

/** Re-index two models onto one feature index (the union of theirs); absent rows are zero. */
function shareIndex(a: StoredModel, b: StoredModel): { index: FeatureIndex; a: PerceptronModel; b: PerceptronModel } {
  const index = FeatureIndex.fromKeys(b.index.keysInOrder());
  const ka = a.index.keysInOrder();
  for (const k of ka) index.add(k);
  const n = index.size;
  const La = a.model.L, Lb = b.model.L;
  const like = (w: Float32Array | Int16Array, size: number) => (w instanceof Int16Array ? new Int16Array(size) : new Float32Array(size));
  const wb = like(b.model.weights, n * Lb);
  wb.set(b.model.weights);
  const wa = like(a.model.weights, n * La);
  for (let i = 0; i < ka.length; i++) wa.set(a.model.weights.subarray(i * La, i * La + La), index.get(ka[i]!) * La);
  return {
    index,
    a: new PerceptronModel(a.model.labels, wa, a.model.trans, a.model.scale),
    b: new PerceptronModel(b.model.labels, wb, b.model.trans, b.model.scale),
  };
}

export interface TagOptions {
  /** false: first pass only. */
  stacked?: boolean;
  /** Sentences that are headlines: re-cased before tagging when they look Title Case. */
  headline?: readonly boolean[];
  /** Is this lower-case word a verb form that headlines use ("hosts", "slaps")? Such words are re-cased too. */
  headlineVerb?: (lower: string) => boolean;
}

/** A headline in Title Case, by a looser test than the model's case mode (AP style lower-cases some words). */
export function looksTitleCase(ws: readonly string[]): boolean {
  let content = 0, cap = 0;
  for (const w of ws) {
    const x = wordInfo(w);
    if (!x.alpha || x.small || /^['’]/.test(w) || w.length < 2) continue;
    content++;
    if (x.cap) cap++;
  }
  return content >= 3 && cap >= content * 0.7;
}

/**
 * A sentence's word infos, filled by push: an optimised .map makes holey arrays, and the feature
 * functions optimised on packed ones were thrown away at the first (issue 21).
 */
function wordInfos(ws: readonly string[]): WordInfo[] {
  const out: WordInfo[] = [];
  for (const w of ws) out.push(wordInfo(w));
  return out;
}

/** The NER model's run-time tables: one feature index for both passes, and their fused weights. */
export interface NerTables {
  index: FeatureIndex;
  m1: PerceptronModel;
  m2: PerceptronModel | null;
  /** Both passes' Int16 weights side by side (see NerTagger.fused); null for Float32 models. */
  fused: Int16Array | null;
}

function loadNerBundle(path: string): ModelBundle {
  if (!existsSync(path)) throw new Error(`NER model not found at ${path} (run npm run train:ner)`);
  return loadBundle(path);
}

/** Build the run-time tables of a loaded bundle (merged index, fused weights). */
export function nerTables(bundle: ModelBundle): NerTables {
  const p1 = bundle.parts['p1']!, p2 = bundle.parts['p2'];
  let index: FeatureIndex, m1: PerceptronModel, m2: PerceptronModel | null;
  if (p2) {
    const s = shareIndex(p1, p2);
    index = s.index; m1 = s.a; m2 = s.b;
  } else {
    index = p1.index; m1 = p1.model; m2 = null;
  }
  let fused: Int16Array | null = null;
  if (m2 && m1.weights instanceof Int16Array && m2.weights instanceof Int16Array) {
    const L1 = m1.L, L2 = m2.L, LL = L1 + L2, n = index.size;
    const w = new Int16Array(n * LL), w1 = m1.weights, w2 = m2.weights;
    for (let f = 0; f < n; f++) {
      w.set(w1.subarray(f * L1, f * L1 + L1), f * LL);
      w.set(w2.subarray(f * L2, f * L2 + L2), f * LL + L1);
    }
    fused = w;
  }
  return { index, m1, m2, fused };
}

/** The NER model's tables in shared memory (what crosses to a pool thread). */
export interface SharedNerModel {
  meta: Record<string, unknown>;
  m1: SharedModel;
  /** Pass 2 (its index is m1's: not repeated). */
  m2: SharedModel | null;
  fused: Int16Array | null;
}

/**
 * The committed model's tables, built once and copied into shared memory, for pool threads
 * (NerTagger.fromShared). Only the tables: the gazetteer trie (Maps of strings) is built by each
 * thread from the meta's lists.
 */
export function shareNerModel(path = DEFAULT_MODEL_PATH): SharedNerModel {
  const bundle = loadNerBundle(path);
  const t = nerTables(bundle);
  const m1 = shareModel(t.m1, t.index);
  let m2: SharedModel | null = null;
  if (t.m2) {
    // Same index as m1: share its weights and transitions only, and point at m1's index arrays.
    const s = shareModel(t.m2, new FeatureIndex(1));
    m2 = { ...s, indexSlots: m1.indexSlots, keys: m1.keys };
  }
  return { meta: bundle.meta, m1, m2, fused: t.fused ? shareArray(t.fused) : null };
}

export class NerTagger {
  readonly gaz: Gazetteer;
  private readonly index: FeatureIndex;
  private readonly m1: PerceptronModel;
  private readonly m2: PerceptronModel | null;

  private readonly caseLower: Set<string>;
  /**
   * Both passes' Int16 weights side by side (row f = pass-1 labels then pass-2 labels), when the
   * loaded models are quantised: one index lookup and one cache line serve both passes. Sums of
   * Int16 weights are exact integers, so adding them in any order (cached per word, base then
   * stacked) gives bit-identical emissions to PerceptronModel.emissions. null: Float32 models
   * (fresh from training), which take the generic path.
   */
  private readonly fused: Int16Array | null;

  constructor(readonly meta: Record<string, unknown>, t: NerTables) {
    this.gaz = new Gazetteer(meta['gazetteer'] as GazetteerLists);
    this.caseLower = new Set((meta['caseLower'] as string[] | undefined) ?? []);
    this.index = t.index; this.m1 = t.m1; this.m2 = t.m2; this.fused = t.fused;
  }

  static load(path = DEFAULT_MODEL_PATH): NerTagger {
    const bundle = loadNerBundle(path);
    return new NerTagger(bundle.meta, nerTables(bundle));
  }

  /** A tagger over tables another thread loaded into shared memory (sharedNerModel). */
  static fromShared(s: SharedNerModel): NerTagger {
    const p1 = modelFromShared(s.m1);
    const p2 = s.m2 ? modelFromShared(s.m2) : null;
    // The two passes share one index (nerTables): s.m2's copy of it is not sent.
    return new NerTagger(s.meta, { index: p1.index, m1: p1.model, m2: p2 ? p2.model : null, fused: s.fused });
  }

  /** Ids of the word-alone features, cached per word form (they are most of a token's features). */
  private wordIds = new BoundedMap<WordInfo, Int32Array>(60_000);
  private wordSequence(infos: readonly WordInfo[]): Sequence {
    const per = infos.map((x) => {
      let ids = this.wordIds.get(x);
      if (!ids) {
        ids = Int32Array.from(wordKeys(x).map((k) => this.index.get(k)).filter((id) => id >= 0));
        this.wordIds.set(x, ids);
      }
      return ids;
    });
    const offsets = new Int32Array(per.length + 1);
    let n = 0;
    per.forEach((ids, t) => { offsets[t] = n; n += ids.length; });
    offsets[per.length] = n;
    const feats = new Int32Array(n);
    per.forEach((ids, t) => feats.set(ids, offsets[t]!));
    return { feats, offsets };
  }

  /**
   * Summed fused weights per word form (bounded cache keyed like wordIds), in five blocks of LL:
   * the word-alone features, then the features it gives a token as its neighbour at -1, -2, +1, +2.
   */
  private wordVecs = new BoundedMap<WordInfo, Int32Array>(30_000); // ≤ ~16 MB
  private wordVector(x: WordInfo, W: Int16Array, LL: number): Int32Array {
    let v = this.wordVecs.get(x);
    if (!v) {
      v = new Int32Array(5 * LL);
      this.addRows(v, 0, wordKeys(x), W, LL);
      this.neighbourRows(v, x.hL, x.hW, W, LL);
      this.wordVecs.set(x, v);
    }
    return v;
  }
  private addRows(v: Int32Array, off: number, keys: readonly number[], W: Int16Array, LL: number): void {
    for (const k of keys) {
      const id = this.index.get(k);
      if (id < 0) continue;
      const r = id * LL;
      for (let j = 0; j < LL; j++) v[off + j]! += W[r + j]!;
    }
  }
  private neighbourRows(v: Int32Array, hL: number, hW: number, W: Int16Array, LL: number): void {
    neighbourKeys(hL, hW).forEach((keys, role) => this.addRows(v, (role + 1) * LL, keys, W, LL));
  }
  /** Neighbour blocks of the four pseudo-words past the sentence edges (same layout as wordVector). */
  private edgeVecs: Int32Array[] | null = null;
  private edgeVectors(W: Int16Array, LL: number): Int32Array[] {
    return (this.edgeVecs ??= [EDGE_WORDS.bos, EDGE_WORDS.bos2, EDGE_WORDS.eos, EDGE_WORDS.eos2].map((e) => {
      const v = new Int32Array(5 * LL);
      this.neighbourRows(v, e.hL, e.hW, W, LL);
      return v;
    }));
  }

  /**
   * Add the fused weight rows of `f`'s known keys to acc (row t at t * LL), columns [c0, c1).
   * In three sweeps: all index lookups, then one read of every row, then the additions. The
   * first two are tight loops of independent loads, so the CPU overlaps their cache misses (the
   * weight table is ~9 MB); interleaved with the additions they would be waited for one by one.
   */
  private idBuf = new Int32Array(4096);
  /** Reused by every sentence's feature keys (each list is consumed before the next is built). */
  private readonly keyList = new KeyList(128);
  private readonly accScratch = int32Scratch();
  private touched = 0;
  private addKeys(f: TokenKeys, acc: Int32Array, W: Int16Array, LL: number, c0: number, c1: number): void {
    const keys = f.keys, offsets = f.offsets, index = this.index, nk = keys.length;
    if (this.idBuf.length < nk) this.idBuf = new Int32Array(nk * 2);
    const ids = this.idBuf;
    for (let k = 0; k < nk; k++) ids[k] = index.get(keys[k]!);
    let touch = 0;
    for (let k = 0; k < nk; k++) { const id = ids[k]!; if (id >= 0) touch += W[id * LL + c0]! + W[id * LL + c1 - 1]!; }
    this.touched = touch; // kept so the reads are not optimised away
    for (let t = 0; t + 1 < offsets.length; t++) {
      const b = t * LL;
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const id = ids[k]!;
        if (id < 0) continue;
        const r = id * LL;
        for (let j = c0; j < c1; j++) acc[b + j]! += W[r + j]!;
      }
    }
  }

  private emBuf = new Float32Array(1024);
  /** Columns [c0, c0 + L) of acc, times scale, as a T × L emission matrix (a reused buffer). */
  private emissionsOf(acc: Int32Array, T: number, LL: number, c0: number, L: number, scale: number): Float32Array {
    if (this.emBuf.length < T * L) this.emBuf = new Float32Array(T * L * 2);
    const em = this.emBuf;
    for (let t = 0; t < T; t++) for (let y = 0; y < L; y++) em[t * L + y] = acc[t * LL + c0 + y]! * scale;
    return em;
  }

  private truecase(ws: readonly string[], doc: DocStats, verb?: (lower: string) => boolean): string[] {
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) out.push(this.truecaseWord(ws[i]!, doc, i > 0 ? verb : undefined));
    return out;
  }

  private truecaseWord(w: string, doc: DocStats, verb?: (lower: string) => boolean): string {
    const x = wordInfo(w);
    if (!x.cap || x.upper || !x.alpha) return w;
    if ((doc.capMid.get(x.lower) ?? 0) > 0) return w;
    if (x.small || (doc.low.get(x.lower) ?? 0) > 0 || this.caseLower.has(x.lower)) return x.lower;
    // ("Lula Hosts Colombia's Petro", "EU Slaps New Sanctions": the headline's verb, which the
    // training text seldom writes, is no part of a name.)
    if (verb?.(x.lower)) return x.lower;
    return w;
  }

  /** IOB2 labels for every sentence of one document (sentences = token texts). */
  tagDocument(sentences: readonly (readonly string[])[], opts: TagOptions = {}): string[][] {
    return this.tagDocumentRaw(sentences, opts).map(bilouToIob2);
  }

  /** Labels in the model's own scheme (BILOU for the committed model). */
  tagDocumentRaw(input: readonly (readonly string[])[], opts: TagOptions = {}): string[][] {
    const infos0 = input.map(wordInfos);
    const modes0: CaseMode[] = input.map((ws, s) => caseModeOf(ws, infos0[s]));
    // Title Case headlines are re-cased before tagging (Reuters headlines are ALL CAPS, so the
    // model has seen few): a word goes lower-case when this document, or the training text,
    // writes it in lower case and the document never capitalises it mid-sentence. The headline's
    // own capitals are no evidence, so it is left out of the document's case statistics.
    // Only for sentences the caller marks as headlines: re-casing CoNLL's Title Case lines (table
    // headers, sports results) costs 0.2 F1 on dev, where the model's own Title mode does better.
    const recase = input.map((ws, s) => !!opts.headline?.[s] && looksTitleCase(ws));
    const doc = docStats(input, modes0.map((m, s) => (recase[s] ? CaseMode.Title : m)), infos0);
    const sentences = input.map((ws, s) => (recase[s] ? this.truecase(ws, doc, opts.headlineVerb) : ws));
    const infos = sentences.map((ws, s) => (ws === input[s] ? infos0[s]! : wordInfos(ws)));
    const modes: CaseMode[] = sentences.map((ws, s) => (ws === input[s] ? modes0[s]! : caseModeOf(ws, infos[s])));
    const names1 = this.m1.labels.names;
    if (this.fused && this.m2) return this.tagFused(sentences, infos, modes, doc, opts.stacked !== false);
    const base = sentences.map((ws, s) => concatSequences(
      this.wordSequence(infos[s]!),
      keysToSequence(this.index, baseFeatureKeys(ws, { mode: modes[s]!, doc, gaz: this.gaz, infos: infos[s] }, false)),
    ));
    const first = sentences.map((ws, s) => (ws.length ? labelsOf(this.m1.decode(base[s]!), names1) : []));
    if (!this.m2 || opts.stacked === false) return first;
    const stack = stackStats(sentences, first, infos);
    const names2 = this.m2.labels.names;
    return sentences.map((ws, s) => {
      if (!ws.length) return [];
      const extra = keysToSequence(this.index, stackedFeatureKeys(ws, first[s]!, stack, infos[s]));
      return labelsOf(this.m2!.decode(concatSequences(base[s]!, extra)), names2);
    });
  }

  /** tagDocumentRaw's passes over fused Int16 weights (same labels as the generic path). */
  private tagFused(sentences: readonly (readonly string[])[], infos: readonly (readonly WordInfo[])[], modes: readonly CaseMode[], doc: DocStats, stacked: boolean): string[][] {
    const W = this.fused!, m1 = this.m1, m2 = this.m2!;
    const L1 = m1.L, L2 = m2.L, LL = L1 + L2;
    const s1 = m1.scale, s2 = m2.scale;
    // One scratch block for the whole document's sums (pass 2 adds to pass 1's), sentence s at
    // rows starts[s]..: every cell is assigned in pass 1 before anything is added to it.
    const starts = new Int32Array(sentences.length + 1);
    sentences.forEach((ws, s) => { starts[s + 1] = starts[s]! + ws.length; });
    const all = this.accScratch.get(starts[sentences.length]! * LL);
    const accOf = (s: number) => all.subarray(starts[s]! * LL, starts[s + 1]! * LL);
    const first = sentences.map((ws, s) => {
      const T = ws.length, inf = infos[s]!;
      const acc = accOf(s);
      if (!T) return [];
      const V = new Array<Int32Array>(T);
      for (let t = 0; t < T; t++) V[t] = this.wordVector(inf[t]!, W, LL);
      const [bos, bos2, eos, eos2] = this.edgeVectors(W, LL);
      for (let t = 0; t < T; t++) {
        // The word's own block and its neighbours' blocks for positions -1, -2, +1, +2.
        const v = V[t]!, b = t * LL;
        const p1 = t > 0 ? V[t - 1]! : bos!, p2 = t > 1 ? V[t - 2]! : t === 1 ? bos! : bos2!;
        const n1 = t + 1 < T ? V[t + 1]! : eos!, n2 = t + 2 < T ? V[t + 2]! : t + 2 === T ? eos! : eos2!;
        for (let j = 0; j < LL; j++) acc[b + j] = v[j]! + p1[LL + j]! + p2[2 * LL + j]! + n1[3 * LL + j]! + n2[4 * LL + j]!;
      }
      this.addKeys(baseFeatureKeys(ws, { mode: modes[s]!, doc, gaz: this.gaz, infos: inf }, false, false, this.keyList), acc, W, LL, 0, LL);
      return labelsOf(viterbi(this.emissionsOf(acc, T, LL, 0, L1, s1), T, L1, m1.trans, m1.labels.allowed, true), m1.labels.names);
    });
    if (!stacked) return first;
    const stack = stackStats(sentences, first, infos);
    return sentences.map((ws, s) => {
      const T = ws.length;
      if (!T) return [];
      const acc = accOf(s);
      this.addKeys(stackedFeatureKeys(ws, first[s]!, stack, infos[s], this.keyList), acc, W, LL, L1, LL);
      return labelsOf(viterbi(this.emissionsOf(acc, T, LL, L1, L2, s2), T, L2, m2.trans, m2.labels.allowed, true), m2.labels.names);
    });
  }
}

/** The resource's name (src/workers/worker.ts skips it while shared tables are on their way). */
export const NER_RESOURCE = 'NER model';
let given: SharedNerModel | null = null;
const shared = resource(NER_RESOURCE, () => (given ? NerTagger.fromShared(given) : NerTagger.load()));
/**
 * Use tables another thread loaded into shared memory (shareNerModel) instead of reading the
 * file; takes effect if this thread has not loaded the model yet.
 */
export function useSharedNerModel(s: SharedNerModel): void {
  if (!shared.loaded) given = s;
}
/** The committed model, loaded once per process (or worker). */
export function defaultTagger(): NerTagger {
  return shared.get();
}
