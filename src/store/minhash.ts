// Near-duplicate detection: MinHash over word 3-shingles with LSH banding. Reprints of one story
// (same text, small edits, different headline or boilerplate) share most shingles, so their
// signatures agree in most positions; banding turns "find similar" into exact lookups by band hash.

export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity from which two articles are one story. */
export const NEAR_DUP_THRESHOLD = 0.7;
const SHINGLE = 3;

// 32-bit FNV-1a of a string, then NUM_HASHES universal-hash permutations of it.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers/addends (deterministic: signatures must match across processes and runs).
const A: number[] = [];
const B: number[] = [];
{
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  for (let i = 0; i < NUM_HASHES; i++) {
    A.push(next() | 1);
    B.push(next());
  }
}

export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

export function signature(text: string): number[] {
  const sig = new Array<number>(NUM_HASHES).fill(0xffffffff);
  for (const sh of shingles(text)) {
    const h = fnv1a(sh);
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = (Math.imul(A[i]!, h) + B[i]!) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One hash string per band: equal band hashes make two articles candidates. */
export function bandHashes(sig: number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    out.push(sig.slice(b * ROWS, (b + 1) * ROWS).map((v) => v.toString(16).padStart(8, '0')).join(''));
  }
  return out;
}

export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}
