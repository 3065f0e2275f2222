// Gather an article's stand-off layers per field, ready for segment().
import type { ArticleDetail, ArticleEntity, ArticleEvent, FieldName } from '../api.ts';
import type { QuoteOut } from '../../../src/types.ts';
import type { Span } from './segments.ts';

export type Mark =
  | { kind: 'quote'; quote: QuoteOut; index: number }
  | { kind: 'evt'; event: ArticleEvent }
  | { kind: 'ent'; entity: ArticleEntity };

export function fieldText(a: ArticleDetail, field: FieldName): string {
  if (field === 'title') return a.title;
  if (field === 'body') return a.body;
  const i = Number(field.slice('caption:'.length));
  return a.captions[i]?.text ?? '';
}

/** Field name as written in annotations; older stores may write plain `caption` for the first caption. */
function normField(f: string): string {
  return f === 'caption' ? 'caption:0' : f;
}

export function marksByField(a: ArticleDetail): Map<string, Span<Mark>[]> {
  const out = new Map<string, Span<Mark>[]>();
  const add = (field: string, start: number, end: number, data: Mark) => {
    const f = normField(field);
    let list = out.get(f);
    if (!list) out.set(f, (list = []));
    list.push({ start, end, data });
  };
  a.quotes.forEach((q, index) => add(q.field, q.start, q.end, { kind: 'quote', quote: q, index }));
  for (const ev of a.events) {
    if (ev.negated) continue; // consumers ignore negated events (SPEC)
    const spans = ev.evidence_all?.length ? ev.evidence_all : [ev.evidence];
    for (const s of spans) if (s) add(s.field, s.start, s.end, { kind: 'evt', event: ev });
  }
  for (const ent of a.entities) for (const m of ent.mentions) add(m.field, m.start, m.end, { kind: 'ent', entity: ent });
  return out;
}

/** Local entity id (e2) → its entity, for actors and speakers that point at the article's entities. */
export function entityIndex(a: ArticleDetail): Map<string, ArticleEntity> {
  return new Map(a.entities.map((e) => [e.id, e]));
}
