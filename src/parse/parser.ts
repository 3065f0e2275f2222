// The run-time parser: tag with the parser's own tagger, then parse greedily with the arc-eager
// system, labelling each arc as it is made. The model is models/parse.bin.gz (npm run
// train:parse): three parts in one model-io bundle — `tagger` (XPOS), `moves` (the four
// transitions) and `labels` (the arc labeller).
import { existsSync } from 'node:fs';
import { decodeBundle, encodeBundle, type ModelBundle, type StoredModel } from '../ml/index.js';
import { readParseModel, type ParseModelParts } from './model-file.js';
import { Encoder, actionFeatures, labelFeatures, parseClusters } from './features.js';
import { State, LEFT, RIGHT, SHIFT, N_ACTIONS } from './system.js';
import { UdTagger } from './tagger.js';
import { reattachPunct, PUNCT_TAGS } from './punct.js';
import { InlineTable4, LabelTable } from './weights.js';
import { fromShared, toShared, type SharedParseModel } from './shared.js';

export const PARSE_MODEL_URL = new URL('../../models/parse.bin.gz', import.meta.url);

/** Coarse classes of the Penn tags, a second, less sparse tag feature. */
export function coarseTag(t: string): string {
  if (t === 'NN' || t === 'NNS') return 'N';
  if (t === 'NNP' || t === 'NNPS') return 'NP';
  if (t.startsWith('VB')) return 'V';
  if (t.startsWith('JJ')) return 'J';
  if (t.startsWith('RB') || t === 'WRB') return 'R';
  if (t === 'PRP' || t === 'WP') return 'PR';
  if (t === 'PRP$' || t === 'WP$') return 'PS';
  if (t === 'DT' || t === 'PDT' || t === 'WDT') return 'D';
  if ([',', '.', ':', '``', "''", '-LRB-', '-RRB-', 'HYPH', 'NFP'].includes(t)) return 'P';
  return t;
}

export function coarseTable(tags: readonly string[]): Int32Array {
  const names = [...new Set(tags.map(coarseTag))].sort();
  const out = new Int32Array(tags.length + 2);
  tags.forEach((t, i) => { out[i] = names.indexOf(coarseTag(t)); });
  out[tags.length] = names.length; out[tags.length + 1] = names.length + 1;
  return out;
}

/**
 * The labels an arc can take, by direction, the dependent's tag and the head's coarse tag, as seen
 * in the training data (the labeller scores only these: 5–10 of the 48 labels, not all of them).
 * Stored in the model's meta as { "dir depTag headCoarse": [label ids] }.
 */
export class LabelCandidates {
  private table: (Int32Array | null)[];
  readonly all: Int32Array;
  constructor(readonly nTags: number, readonly nCoarse: number, nLabels: number, rootLabel: number, stored: Record<string, number[]>) {
    this.table = new Array(2 * (nTags + 2) * (nCoarse + 2)).fill(null);
    for (const [k, ids] of Object.entries(stored)) {
      const [dir, dt, hc] = k.split(' ').map(Number) as [number, number, number];
      this.table[this.key(dir, dt, hc)] = Int32Array.from(ids);
    }
    this.all = Int32Array.from({ length: nLabels }, (_, i) => i).filter((i) => i !== rootLabel);
  }
  key(dir: number, depTag: number, headCoarse: number): number {
    return (dir * (this.nTags + 2) + depTag) * (this.nCoarse + 2) + headCoarse;
  }
  of(dir: number, depTag: number, headCoarse: number): Int32Array {
    return this.table[this.key(dir, depTag, headCoarse)] ?? this.all;
  }
  /** Build the stored form from gold arcs (dir, depTag, headCoarse, label). */
  static collect(arcs: Iterable<[number, number, number, number]>): Record<string, number[]> {
    const m = new Map<string, Set<number>>();
    for (const [dir, dt, hc, l] of arcs) {
      const k = `${dir} ${dt} ${hc}`;
      let set = m.get(k);
      if (!set) m.set(k, (set = new Set()));
      set.add(l);
    }
    const out: Record<string, number[]> = {};
    for (const k of [...m.keys()].sort()) out[k] = [...m.get(k)!].sort((a, b) => a - b);
    return out;
  }
}

/** Best label among cands for the feature keys (scores summed as int32 over the candidates only). */
export function bestOf(m: StoredModel, keys: Int32Array, k: number, cands: Int32Array, acc: Int32Array): number {
  const W = m.model.weights, L = m.model.L, index = m.index, nc = cands.length;
  acc.fill(0, 0, nc);
  for (let i = 0; i < k; i++) {
    const id = index.get(keys[i]!);
    if (id < 0) continue;
    const r = id * L;
    for (let c = 0; c < nc; c++) acc[c]! += W[r + cands[c]!]!;
  }
  let best = 0;
  for (let c = 1; c < nc; c++) if (acc[c]! > acc[best]!) best = c;
  return cands[best]!;
}

export interface ParseResult {
  /** XPOS per word */
  tags: string[];
  /** 1-based head per word, 0 for the root */
  heads: Int32Array;
  /** relation per word */
  labels: string[];
}

/** Scores of the two classifiers; shared by run time and the training loop's evaluation. */
export interface Scorers {
  moves(keys: Int32Array, k: number, out: Float64Array): void;
  labels(keys: Int32Array, k: number, out: Float64Array): void;
}

export class Parser {
  readonly tagger: UdTagger;
  readonly tagNames: readonly string[];
  readonly labelNames: readonly string[];
  readonly rootLabel: number;
  readonly meta: Record<string, unknown>;
  private enc: Encoder;
  private st = new State(128);
  private keys = new Int32Array(128);
  private sc = new Float64Array(64);
  private acc = new Int32Array(64);
  private moves: InlineTable4;
  private labelsT: LabelTable;
  private cands: LabelCandidates;
  private isPunctTag: Uint8Array;
  private punctBuf = new Uint8Array(128);

  constructor(parts: ParseModelParts | ModelBundle) {
    let tagger: StoredModel | undefined, labels: StoredModel | undefined, labelNames: readonly string[];
    if ('parts' in parts) {
      tagger = parts.parts.tagger; labels = parts.parts.labels;
      const moves = parts.parts.moves;
      if (!tagger || !moves || !labels) throw new Error('parse model: missing part (tagger, moves, labels)');
      // Float weights (in training) are rounded as the file would round them: same decisions as loaded.
      this.moves = InlineTable4.fromModel(moves.model.weights instanceof Int16Array ? moves : decodeBundle(encodeBundle({ meta: {}, parts: { moves } })).parts.moves!);
      if (!(labels.model.weights instanceof Int16Array) || !(tagger.model.weights instanceof Int16Array)) {
        const q = decodeBundle(encodeBundle({ meta: {}, parts: { tagger, labels } }));
        tagger = q.parts.tagger!; labels = q.parts.labels!;
      }
      this.labelsT = LabelTable.fromModel(labels);
      labelNames = labels.model.labels.names;
    } else {
      tagger = parts.tagger; this.moves = parts.moves; this.labelsT = parts.labels; labelNames = parts.labelNames;
    }
    this.meta = parts.meta;
    // Word classes (scripts/train-clusters.mjs) travel in the model's meta: the features were
    // trained with them. A model without them gets no classes.
    const cl = parts.meta.clusters;
    const clusters = typeof cl === 'string' ? parseClusters(cl) : undefined;
    this.tagger = new UdTagger(tagger, parts.meta.taggerClusters ? clusters : undefined);
    this.tagNames = tagger.model.labels.names;
    this.labelNames = labelNames;
    this.rootLabel = this.labelNames.indexOf('root');
    const coarse = coarseTable(this.tagNames);
    // The parser's class templates only for a model whose parser was trained with them (a model
    // from `train-parse --retag` has a class-reading tagger and a parser without them).
    const meta = parts.meta;
    const parserClasses = typeof meta.parserClasses === 'boolean' ? meta.parserClasses : clusters !== undefined && !meta.retag;
    this.enc = new Encoder(this.tagNames, coarse, clusters, parserClasses);
    this.isPunctTag = Uint8Array.from(this.tagNames, (t) => (PUNCT_TAGS.has(t) ? 1 : 0));
    this.cands = new LabelCandidates(this.tagNames.length, coarse[this.tagNames.length]!, this.labelNames.length, this.rootLabel,
      (parts.meta.labelCandidates as Record<string, number[]> | undefined) ?? {});
  }

  static load(path: string = PARSE_MODEL_URL.pathname): Parser {
    return new Parser(readParseModel(path));
  }
  static fromBuffer(buf: Buffer): Parser { return new Parser(readParseModel(buf)); }

  /** Tag ids of the words (a fresh array). */
  tagIds(words: readonly string[]): Int32Array {
    if (!words.length) return new Int32Array(0);
    return Int32Array.from(this.tagger.tag(words));
  }

  /** Tag and parse one sentence of words (already tokenised). */
  parse(words: readonly string[], tagIds?: Int32Array): ParseResult {
    const tags = tagIds ?? this.tagIds(words);
    const { heads, labels } = this.parseTagged(words, tags);
    return { tags: Array.from(tags, (t) => this.tagNames[t]!), heads, labels: Array.from(labels, (l) => this.labelNames[l]!) };
  }

  /** Parse words whose tag ids are given; heads 1-based (0 root), label ids. */
  parseTagged(words: readonly string[], tags: ArrayLike<number>): { heads: Int32Array; labels: Int32Array } {
    const n = words.length;
    const heads = new Int32Array(n), labels = new Int32Array(n);
    if (!n) return { heads, labels };
    const e = this.enc.encode(words, tags);
    const st = this.st;
    st.reset(n);
    const keys = this.keys, sc = this.sc;
    while (!st.done) {
      // The root on top of the stack: SHIFT is the only legal move (no features, no scores).
      if (st.sp === 1) { st.apply(SHIFT); continue; }
      const k = actionFeatures(st, e, keys);
      this.moves.score(keys, k, sc);
      let best = -1, bs = -Infinity;
      for (let a = 0; a < N_ACTIONS; a++) if (st.canDo(a) && sc[a]! > bs) { bs = sc[a]!; best = a; }
      if (best === LEFT) st.apply(LEFT, this.bestLabel(st.b, st.s0, e));
      else if (best === RIGHT) st.apply(RIGHT, this.bestLabel(st.s0, st.b, e));
      else st.apply(best);
    }
    st.finish((h, d) => this.bestLabel(h, d, e));
    for (let d = 1; d <= n; d++) { heads[d - 1] = st.head[d]!; labels[d - 1] = st.label[d]!; }
    // Punctuation by the UD rule (punct.ts), as the training trees were normalised.
    if (this.punctBuf.length < n) this.punctBuf = new Uint8Array(n * 2);
    let any = 0;
    for (let i = 0; i < n; i++) any |= this.punctBuf[i] = this.isPunctTag[tags[i]!]!;
    if (any) reattachPunct(words, this.punctBuf, heads);
    return { heads, labels };
  }

  private bestLabel(h: number, d: number, e: ReturnType<Encoder['encode']>): number {
    if (h === 0) return this.rootLabel;
    // One candidate label (e.g. a determiner under a noun): no features needed.
    const cands = this.cands.of(d < h ? 0 : 1, e.P[d]!, e.C[h]!);
    if (cands.length === 1) return cands[0]!;
    const k = labelFeatures(this.st, e, h, d, this.keys);
    return this.labelsT.best(this.keys, k, cands, this.acc);
  }
}

let cached: Parser | null | undefined;
let given: SharedParseModel | null = null;
/** The committed parse model, loaded once; null when the file is missing. */
export function parseModel(): Parser | null {
  if (cached !== undefined) return cached;
  if (given) return (cached = new Parser(fromShared(given)));
  if (!existsSync(PARSE_MODEL_URL)) return (cached = null);
  return (cached = Parser.load());
}

/**
 * Use a model another thread loaded into shared memory (src/parse/shared.ts) instead of reading
 * the file; takes effect if this thread has not loaded the model yet.
 */
export function useSharedParseModel(s: SharedParseModel): void {
  if (cached === undefined) given = s;
}

let sharedCache: SharedParseModel | null | undefined;
/** The committed model's tables in shared memory, loaded once (null when the file is missing). */
export function sharedParseModel(): SharedParseModel | null {
  if (sharedCache !== undefined) return sharedCache;
  if (!existsSync(PARSE_MODEL_URL)) return (sharedCache = null);
  return (sharedCache = toShared(readParseModel(PARSE_MODEL_URL.pathname)));
}
