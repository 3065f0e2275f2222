// Doc → the SPEC's article JSON.
import type { Doc } from './doc/index.js';
import type { ArticleOut, SyntaxSentenceOut } from './types.js';

export interface OutputOptions {
  /** Add `syntax`: tokens, tags and the dependency parse of every sentence (`analyze --with-syntax`). */
  withSyntax?: boolean;
}

export function toArticle(doc: Doc, opts: OutputOptions = {}): ArticleOut {
  const out: ArticleOut = {
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
  if (opts.withSyntax) out.syntax = syntaxOut(doc);
  return out;
}

/** The token, tag and dependency layers per sentence (heads 1-based within the sentence, CoNLL-U style). */
export function syntaxOut(doc: Doc): SyntaxSentenceOut[] {
  const d = doc.deps;
  return doc.sentences.map((s, si) => {
    const parsed = !!d && d.parsed[si] === 1;
    const tokens = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      const h = parsed ? d!.head[i]! : 0;
      tokens.push({
        text: t.text, start: t.start, end: t.end, pos: t.pos ?? null,
        xpos: parsed ? d!.tag[i]! : null,
        head: parsed ? (h < 0 ? 0 : h - s.tokenStart + 1) : null,
        deprel: parsed ? d!.label[i]! : null,
      });
    }
    return { field: s.field, start: s.start, end: s.end, parsed, tokens };
  });
}
