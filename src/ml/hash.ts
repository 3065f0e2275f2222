// 32-bit feature keys. A feature is (template, value): the template id seeds an FNV-1a hash of
// the value, so callers never build "w-1=Iran" strings; per-token value hashes can be computed
// once and mixed into window features cheaply (see `mix`).

const FNV_PRIME = 0x01000193;

/** FNV-1a of a string's UTF-16 units, seeded (seed = template id, or 0). */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Combine a template id (or an earlier hash) with a value hash: an order-sensitive 32-bit mix. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x1b873593);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Key of a feature with two or more parts: mix3(t, a, b) = mix(mix(t, a), b). */
export function mix3(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}

/**
 * hashString in steps, for keys of concatenated values without building the string:
 * hashExtend(hashExtend(hashInit(seed), a), b) === hashString(a + b, seed).
 */
export function hashInit(seed = 0): number {
  return (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
}

export function hashExtend(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
