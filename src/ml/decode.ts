// Viterbi restricted to each token's K best labels by emission score: with 45 POS tags the full
// trellis costs 45² per token; the K best cover the true tag almost always, at (K² + 45) per token.
// Shared by the taggers of the syntax and parse stages.
import type { StoredModel } from './model-io.js';
import { int32Scratch, float64Scratch } from './scratch.js';

const candScratch = int32Scratch(), backScratch = int32Scratch(), outScratch = int32Scratch();
const bestScratch = float64Scratch(), scoreScratch = float64Scratch();
/**
 * The best label path over ready emissions em[t * L + y] (T tokens), each token's labels cut to its
 * K best. The labels come back in a scratch array, valid until the next call (callers map them at once).
 */
export function prunedDecodeEmissions(sm: StoredModel, em: Float32Array, T: number, K = 4): Int32Array {
  const model = sm.model, L = model.L;
  const cand = candScratch.get(T * K);
  const best = bestScratch.get(K);
  for (let t = 0; t < T; t++) {
    // Partial selection of the K largest emissions.
    best.fill(-Infinity, 0, K);
    for (let y = 0; y < L; y++) {
      const e = em[t * L + y]!;
      if (e <= best[K - 1]!) continue;
      let k = K - 1;
      while (k > 0 && best[k - 1]! < e) { best[k] = best[k - 1]!; cand[t * K + k] = cand[t * K + k - 1]!; k--; }
      best[k] = e; cand[t * K + k] = y;
    }
  }
  const tr = model.trans, allowed = model.labels.allowed;
  const score = scoreScratch.get(T * K), back = backScratch.get(T * K);
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
  const out = outScratch.get(T).subarray(0, T);
  if (!T) return out;
  let arg = 0;
  for (let k = 1; k < K; k++) if (score[(T - 1) * K + k]! > score[(T - 1) * K + arg]!) arg = k;
  for (let t = T - 1; t >= 0; t--) { out[t] = cand[t * K + arg]!; arg = back[t * K + arg]!; }
  return out;
}
