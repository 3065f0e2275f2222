// Attachment scores: UAS, LAS on the universal relation (the part before the colon, as the
// acceptance measures), LAS on the full label, per-relation precision/recall/F1. Punctuation is
// included: every word counts.
import { universal } from './labels.js';

export interface Scores {
  words: number;
  uas: number;
  las: number;
  lasFull: number;
  /** per universal relation: gold count, predicted count, correct (head and relation) */
  rel: Map<string, { gold: number; pred: number; ok: number }>;
  /** the same per full label */
  relFull: Map<string, { gold: number; pred: number; ok: number }>;
}

export class Scorer {
  words = 0; uh = 0; lh = 0; lf = 0;
  rel = new Map<string, { gold: number; pred: number; ok: number }>();
  relFull = new Map<string, { gold: number; pred: number; ok: number }>();

  add(goldHeads: ArrayLike<number>, goldLabels: readonly string[], heads: ArrayLike<number>, labels: readonly string[]): void {
    const get = (m: Map<string, { gold: number; pred: number; ok: number }>, k: string) => {
      let v = m.get(k);
      if (!v) m.set(k, (v = { gold: 0, pred: 0, ok: 0 }));
      return v;
    };
    for (let i = 0; i < goldLabels.length; i++) {
      this.words++;
      const gu = universal(goldLabels[i]!), pu = universal(labels[i]!);
      const headOk = goldHeads[i] === heads[i];
      get(this.rel, gu).gold++; get(this.rel, pu).pred++;
      get(this.relFull, goldLabels[i]!).gold++; get(this.relFull, labels[i]!).pred++;
      if (headOk) {
        this.uh++;
        if (gu === pu) { this.lh++; get(this.rel, gu).ok++; }
        if (goldLabels[i] === labels[i]) { this.lf++; get(this.relFull, goldLabels[i]!).ok++; }
      }
    }
  }

  scores(): Scores {
    const w = this.words || 1;
    return { words: this.words, uas: (100 * this.uh) / w, las: (100 * this.lh) / w, lasFull: (100 * this.lf) / w, rel: this.rel, relFull: this.relFull };
  }

  static merge(a: Scorer, b: Scorer): Scorer {
    const s = new Scorer();
    s.words = a.words + b.words; s.uh = a.uh + b.uh; s.lh = a.lh + b.lh; s.lf = a.lf + b.lf;
    for (const src of [a, b]) {
      for (const [k, v] of src.rel) { const x = s.rel.get(k) ?? { gold: 0, pred: 0, ok: 0 }; x.gold += v.gold; x.pred += v.pred; x.ok += v.ok; s.rel.set(k, x); }
      for (const [k, v] of src.relFull) { const x = s.relFull.get(k) ?? { gold: 0, pred: 0, ok: 0 }; x.gold += v.gold; x.pred += v.pred; x.ok += v.ok; s.relFull.set(k, x); }
    }
    return s;
  }
}

/** A per-relation table (markdown), most frequent first. */
export function relationTable(rel: Scores['rel'], minGold = 1): string {
  const rows = [...rel.entries()].filter(([, v]) => v.gold >= minGold).sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]));
  let s = '| relation | gold | P | R | F1 |\n| --- | ---: | ---: | ---: | ---: |\n';
  for (const [k, v] of rows) {
    const p = v.pred ? v.ok / v.pred : 0, r = v.gold ? v.ok / v.gold : 0, f = p + r ? (2 * p * r) / (p + r) : 0;
    s += `| ${k} | ${v.gold} | ${(100 * p).toFixed(1)} | ${(100 * r).toFixed(1)} | ${(100 * f).toFixed(1)} |\n`;
  }
  return s;
}
