// Feature templates of the POS tagger and the chunker. Each feature is a 32-bit key: the hash of
// its value seeded by its template number, so templates never collide by construction.
import { hashString } from '../ml/index.js';

/** Normalise a token as the CoNLL-2003 newswire spells it (straight quotes, digits folded). */
export function normWord(w: string): string {
  return w.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, '0');
}

export function shape(w: string): string {
  let s = '';
  for (const ch of w) {
    const c = /[A-Z]/.test(ch) ? 'X' : /[a-z]/.test(ch) ? 'x' : /[0-9]/.test(ch) ? 'd' : ch;
    if (s[s.length - 1] !== c) s += c;
  }
  return s;
}

/** POS features of every token of a sentence (words as written). */
export function posFeatureKeys(words: readonly string[]): number[][] {
  const w = words.map(normWord);
  const lw = w.map((x) => x.toLowerCase());
  const at = (i: number) => (i < 0 ? '<s>' : i >= w.length ? '</s>' : lw[i]!);
  return w.map((word, i) => {
    const l = lw[i]!;
    const k: number[] = [
      hashString('b', 0), hashString(l, 1), hashString(shape(word), 2),
      hashString(at(i - 1), 3), hashString(at(i + 1), 4), hashString(at(i - 2), 5), hashString(at(i + 2), 6),
      hashString(at(i - 1) + ' ' + l, 7), hashString(l + ' ' + at(i + 1), 8),
    ];
    for (let n = 1; n <= 4; n++) if (l.length > n) k.push(hashString(l.slice(-n), 10 + n));
    for (let n = 1; n <= 3; n++) if (l.length > n) k.push(hashString(l.slice(0, n), 20 + n));
    if (i === 0) k.push(hashString(shape(word), 30));
    if (word.includes('-')) k.push(hashString('-', 31));
    if (i > 0) k.push(hashString(lw[i - 1]!.slice(-3), 32));
    if (i + 1 < w.length) k.push(hashString(lw[i + 1]!.slice(-3), 33));
    return k;
  });
}

/** Chunk features from words and (predicted) POS tags. */
export function chunkFeatureKeys(words: readonly string[], pos: readonly string[]): number[][] {
  const lw = words.map((x) => normWord(x).toLowerCase());
  const p = (i: number) => (i < 0 ? '<s>' : i >= pos.length ? '</s>' : pos[i]!);
  const wd = (i: number) => (i < 0 ? '<s>' : i >= lw.length ? '</s>' : lw[i]!);
  return lw.map((l, i) => [
    hashString('b', 40), hashString(l, 41), hashString(p(i), 42), hashString(p(i - 1), 43), hashString(p(i + 1), 44),
    hashString(p(i - 2), 45), hashString(p(i + 2), 46), hashString(p(i - 1) + ' ' + p(i), 47),
    hashString(p(i) + ' ' + p(i + 1), 48), hashString(wd(i - 1), 49), hashString(wd(i + 1), 50),
    hashString(p(i - 1) + ' ' + p(i) + ' ' + p(i + 1), 51), hashString(wd(i - 1) + ' ' + p(i), 52),
  ]);
}

/**
 * The same POS features as posFeatureKeys, grouped by the word they depend on, so a tagger can
 * cache them per word type: `own` (the word itself), and the word seen as a neighbour.
 */
export interface WordFeatureKeys { own: number[]; prev: number[]; next: number[]; prev2: number; next2: number; lower: string }

export function wordFeatureKeys(raw: string): WordFeatureKeys {
  const word = normWord(raw);
  const l = word.toLowerCase();
  const own = [hashString(l, 1), hashString(shape(word), 2)];
  for (let n = 1; n <= 4; n++) if (l.length > n) own.push(hashString(l.slice(-n), 10 + n));
  for (let n = 1; n <= 3; n++) if (l.length > n) own.push(hashString(l.slice(0, n), 20 + n));
  if (word.includes('-')) own.push(hashString('-', 31));
  return {
    own,
    prev: [hashString(l, 3), hashString(l.slice(-3), 32)],
    next: [hashString(l, 4), hashString(l.slice(-3), 33)],
    prev2: hashString(l, 5), next2: hashString(l, 6), lower: l,
  };
}

/** Keys of the features that depend on sentence edges or word pairs (not cacheable per word). */
export const EDGE_KEYS = {
  bias: hashString('b', 0),
  prevStart: hashString('<s>', 3), nextEnd: hashString('</s>', 4), prev2Start: hashString('<s>', 5), next2End: hashString('</s>', 6),
};
