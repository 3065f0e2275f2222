// Doc → the SPEC's article JSON.
import type { Doc } from './doc/index.js';
import type { ArticleOut } from './types.js';

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
    events: doc.events,
    tone: doc.tone,
  };
}
