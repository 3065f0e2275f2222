// Doc → the SPEC's article JSON.
import type { Doc } from './doc/index.js';
import type { ArticleOut, EventOut } from './types.js';
import { precisionOf } from './util/period.js';

export function toArticle(doc: Doc): ArticleOut {
  return {
    id: doc.id,
    ...(doc.url ? { url: doc.url } : {}),
    title: doc.title,
    captions: doc.captions,
    published: doc.published,
    published_source: doc.published ? doc.publishedSource : null,
    body: doc.body,
    entities: doc.entities,
    dates: doc.dates,
    quotes: doc.quotes,
    events: doc.events.map(withGrain),
    tone: doc.tone,
  };
}

/** The SPEC's `date_grain` beside `date` (day, week, month or year; null when undated). */
function withGrain(e: EventOut): EventOut {
  if ('date_grain' in e) return e;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    out[k] = v;
    if (k === 'date') out.date_grain = precisionOf(e.date);
  }
  return out as unknown as EventOut;
}
