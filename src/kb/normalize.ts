// Name normalisation and string distance: the shared vocabulary of coreference and lookups.
import { BoundedMap } from '../util/bounded-map.js';

/** Fold case, accents, curly quotes and spacing so that spellings of one name compare equal. */
export function foldName(s: string): string {
  // Fast path: plain ASCII needs no Unicode folding (most names in English copy).
  if (/^[\x20-\x7e]*$/.test(s)) return (/\s\s|^\s|\s$/.test(s) ? s.replace(/\s+/g, ' ').trim() : s).toLowerCase();
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼ`´]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Strip a trailing possessive ("Iran's", "Soleimani’s", "Reuters'") from a name. */
export function stripPossessive(s: string): string {
  return s.replace(/['’]s$/u, '').replace(/(s)['’]$/u, '$1');
}

/** Strip a leading "the " (names are compared without it). */
export function stripArticle(s: string): string {
  return s.replace(/^the\s+/i, '');
}

/** The comparison key of a name: folded, no possessive, no leading article, no dots in acronyms. */
const keyCache = new BoundedMap<string, string>(20000);

export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = nameKeyUncached(s);
    keyCache.set(s, k);
  }
  return k;
}

function nameKeyUncached(s: string): string {
  return foldName(stripArticle(stripPossessive(s.trim()))).replace(/\.(?=\S)/g, '').replace(/\.$/, '');
}

/**
 * Name tokens for partial matching. Arabic-style particles joined by hyphens ("Al-Sadeq") stay
 * one token, since the partial mention keeps them too ("Al-Sadeq", "al-Sudani").
 */
export function nameTokens(s: string): string[] {
  return nameKey(s).split(/[\s]+/).filter(Boolean);
}

/** Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two name tokens are variants of one spelling: equal, or long enough that one or two slips are
 * a misspelling or a transliteration ("Vladmir"/"Vladimir", "Qassem"/"Qasem", "Mohammed"/"Muhammad")
 * rather than a different name. Short tokens must match exactly ("Kim" ≠ "Kin").
 */
export function tokensVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const ah = a.replace(/-/g, ''), bh = b.replace(/-/g, '');
  if (ah === bh) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  const d = editDistance(translitFold(a), translitFold(b), 2);
  return d <= (n >= 8 ? 2 : 1);
}

/** Collapse common transliteration alternations before comparing (Arabic, Russian, Korean names). */
export function translitFold(s: string): string {
  return s
    .replace(/^(al|el|ul)[- ]/, '')
    .replace(/kh/g, 'k').replace(/dh/g, 'd').replace(/q/g, 'k').replace(/ou/g, 'u').replace(/ee/g, 'i')
    .replace(/y/g, 'i').replace(/([a-z])\1/g, '$1').replace(/[aeiou]/g, (v) => (v === 'a' || v === 'e' ? 'a' : v === 'o' || v === 'u' ? 'u' : 'i'));
}

/** Words that begin with a capital letter (or digit), as a name's words do. */
export function isCapitalised(w: string): boolean {
  return /^[\p{Lu}\d]/u.test(w);
}
