// Hand-built mentions for tests and the evaluation's "gold mentions" mode: every whole-word
// occurrence of the given names in every field, longest names first, without overlaps.
import { fieldNames, fieldText, type ConllLabel, type Doc, type Mention } from '../doc/index.js';
import type { EntityType } from '../types.js';

export interface HandName { text: string; label: ConllLabel; type?: EntityType }

const DEFAULT_TYPE: Record<ConllLabel, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'NORP' };

export function handMentions(doc: Pick<Doc, 'title' | 'captions' | 'body'>, names: HandName[]): Mention[] {
  const out: Mention[] = [];
  const sorted = [...names].sort((a, b) => b.text.length - a.text.length);
  for (const field of fieldNames(doc)) {
    const text = fieldText(doc, field);
    for (const n of sorted) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(n.text, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + n.text.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        if (out.some((m) => m.field === field && m.start < end && at < m.end)) continue;
        out.push({ field, start: at, end, text: n.text, label: n.label, type: n.type ?? DEFAULT_TYPE[n.label], tokenStart: 0, tokenEnd: 0 });
      }
    }
  }
  const order = (f: string) => (f === 'title' ? 0 : f === 'body' ? 2 : 1);
  return out.sort((a, b) => order(a.field) - order(b.field) || a.start - b.start);
}
