// The trained POS tagger and chunker (models/syntax.bin.gz, built by `npm run train:syntax`).
import { existsSync } from 'node:fs';
import { loadBundle, packSequence, type Sequence, type StoredModel } from '../ml/index.js';
import { chunkFeatureKeys, EDGE_KEYS, shape, normWord, wordFeatureKeys, type WordFeatureKeys } from './features.js';
import { hashString } from '../ml/index.js';

export interface SyntaxModels { pos: StoredModel; chunk: StoredModel }

export const SYNTAX_MODEL_URL = new URL('../../models/syntax.bin.gz', import.meta.url);

let cached: SyntaxModels | null | undefined;

/** The committed models, loaded once; null when the file is missing (the stage then reports it). */
export function syntaxModels(): SyntaxModels | null {
  if (cached !== undefined) return cached;
  if (!existsSync(SYNTAX_MODEL_URL)) return (cached = null);
  const b = loadBundle(SYNTAX_MODEL_URL.pathname);
  cached = b.parts.pos && b.parts.chunk ? { pos: b.parts.pos, chunk: b.parts.chunk } : null;
  return cached;
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
  const model = sm.model, L = model.L, T = seq.offsets.length - 1;
  const em = model.emissions(seq);
  const cand = new Int32Array(T * K);
  const best = new Float64Array(K);
  for (let t = 0; t < T; t++) {
    // Partial selection of the K largest emissions.
    best.fill(-Infinity);
    for (let y = 0; y < L; y++) {
      const e = em[t * L + y]!;
      if (e <= best[K - 1]!) continue;
      let k = K - 1;
      while (k > 0 && best[k - 1]! < e) { best[k] = best[k - 1]!; cand[t * K + k] = cand[t * K + k - 1]!; k--; }
      best[k] = e; cand[t * K + k] = y;
    }
  }
  const tr = model.trans, allowed = model.labels.allowed;
  const score = new Float64Array(T * K), back = new Int32Array(T * K);
  for (let k = 0; k < K; k++) {
    const y = cand[k]!;
    score[k] = allowed[L * L + y] ? tr[L * L + y]! + em[y]! : -Infinity;
  }
  for (let t = 1; t < T; t++) {
    for (let k = 0; k < K; k++) {
      const y = cand[t * K + k]!;
      let bs = -Infinity, arg = 0;
      for (let p = 0; p < K; p++) {
        const py = cand[(t - 1) * K + p]!;
        if (!allowed[py * L + y]) continue;
        const sc = score[(t - 1) * K + p]! + tr[py * L + y]!;
        if (sc > bs) { bs = sc; arg = p; }
      }
      score[t * K + k] = bs + em[t * L + y]!;
      back[t * K + k] = arg;
    }
  }
  const out = new Int32Array(T);
  if (!T) return out;
  let arg = 0;
  for (let k = 1; k < K; k++) if (score[(T - 1) * K + k]! > score[(T - 1) * K + arg]!) arg = k;
  for (let t = T - 1; t >= 0; t--) { out[t] = cand[t * K + arg]!; arg = back[t * K + arg]!; }
  return out;
}

/** Per word type: its POS feature keys (bounded cache; news repeats its words). */
const wordCache = new Map<string, WordFeatureKeys>();
function wordKeys(w: string): WordFeatureKeys {
  let k = wordCache.get(w);
  if (!k) {
    if (wordCache.size > 200_000) wordCache.clear();
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

export function tagPos(m: SyntaxModels, words: readonly string[]): string[] {
  if (!words.length) return [];
  const lab = prunedDecode(m.pos, packSequence(posIds(m.pos, words)));
  return Array.from(lab, (y) => m.pos.model.labels.names[y]!);
}

export function tagChunks(m: SyntaxModels, words: readonly string[], pos: readonly string[]): string[] {
  if (!words.length) return [];
  const lab = prunedDecode(m.chunk, packSequence(ids(m.chunk, chunkFeatureKeys(words, pos))), 8);
  return Array.from(lab, (y) => m.chunk.model.labels.names[y]!);
}
