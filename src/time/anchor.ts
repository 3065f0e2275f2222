// The anchor for relative dates. A known publication date is a day anchor. Without one, the text
// may still date itself: "the third anniversary of the assassination" plus "killed … on Jan. 3,
// 2020" elsewhere puts the article in January 2023 — a month anchor, not a day, so only month- and
// year-grain expressions resolve from it.
import { findFullDates } from '../kb/fulldate.js';
import { ORDINAL_RE, ordinalValue } from './lexicon.js';
import { parseYmd } from './calendar.js';
import type { Anchor } from './resolve.js';

const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_RE})\\s+anniversary\\s+of\\s+([^.;:!?]{0,160})`, 'gi');
const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'his', 'her', 'its', 'their', 'was', 'were', 'who', 'which', 'that']);

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}]{4,}/gu)?.filter((w) => !STOP.has(w)) ?? []);

/** Stem-ish overlap: "assassination" meets "assassinated", "killing" meets "killed". */
function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) for (const y of b) if (x.slice(0, 6) === y.slice(0, 6)) { n++; break; }
  return n;
}

export interface InferredAnchor { anchor: Exclude<Anchor, null>; y: number; m: number; reason: string }

/** Month anchor from an "Nth anniversary of <event>" whose event is dated in the text. */
export function anniversaryAnchor(texts: string[]): InferredAnchor | null {
  const dated = texts.flatMap((t) => findFullDates(t).map((d) => ({
    d, context: words(t.slice(Math.max(0, d.start - 200), d.end + 60)),
  })));
  if (!dated.length) return null;
  let best: { score: number; y: number; m: number; reason: string } | null = null;
  for (const t of texts) {
    for (const x of t.matchAll(ANNIVERSARY)) {
      const n = ordinalValue(x[1]!.replace(/\s+/g, ' '));
      if (!n) continue;
      const what = words(x[2]!);
      for (const { d, context } of dated) {
        const score = overlap(what, context) + (dated.length === 1 ? 1 : 0);
        const day = parseYmd(d.value)!;
        if (score > 0 && (!best || score > best.score)) {
          best = { score, y: day.y + n, m: day.m, reason: `${x[0].slice(0, 60).trim()} … ${d.text}` };
        }
      }
    }
  }
  return best ? { anchor: { grain: 'month', y: best.y, m: best.m }, y: best.y, m: best.m, reason: best.reason } : null;
}

export function dayAnchor(published: string | null): Anchor {
  const day = published ? parseYmd(published.slice(0, 10)) : null;
  return day ? { grain: 'day', day } : null;
}
