// Doc → the SPEC's article JSON.
import { fieldText, type Doc } from './doc/index.js';
import type { ArticleOut, DiagnosticOut, EventOut, QuoteOut, SpanRef, SyntaxSentenceOut } from './types.js';
import { precisionOf } from './util/period.js';

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
    quotes: withEvents(doc),
    events: doc.events.map(withGrain),
    tone: doc.tone,
    // Only when there is something to say, so that a clean article's JSON is as it always was.
    ...(doc.diagnostics.length ? { diagnostics: doc.diagnostics.map((d) => diagnosticOut(doc, d)) } : {}),
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

function diagnosticOut(doc: Doc, d: Doc['diagnostics'][number]): DiagnosticOut {
  const out: DiagnosticOut = { stage: d.stage, severity: d.severity, message: d.message };
  if (d.field !== undefined && d.start !== undefined) {
    const end = d.end ?? d.start;
    Object.assign(out, { field: d.field, start: d.start, end, text: fieldText(doc, d.field).slice(d.start, end) });
  }
  return out;
}

/** One line for a person: `[quotes] body 120-121 "\"": quotation mark never closed`. */
export function formatDiagnostic(d: DiagnosticOut): string {
  const at = d.field !== undefined ? ` ${d.field} ${d.start}-${d.end}${d.text ? ` ${JSON.stringify(d.text.length > 40 ? d.text.slice(0, 40) + '…' : d.text)}` : ''}` : '';
  return `[${d.stage}]${at}: ${d.message}`;
}

/**
 * Each attribution with the events coded inside what it reports (`events`: their ids), so that an
 * analyst sees who claimed an event: an event whose evidence overlaps the content and one of whose
 * actors is named inside it ("The ministry said [Russian forces shelled Kharkiv]"). Entries that are
 * part of another (`within`) and attributions with no such event are left as they are.
 */
export function withEvents(doc: Doc): QuoteOut[] {
  if (!doc.events.length || !doc.quotes.length) return doc.quotes;
  const mentions = new Map(doc.entities.map((e) => [e.id, e.mentions]));
  const inside = (q: QuoteOut, entity: string | null, name: string): boolean => {
    if (entity) return (mentions.get(entity) ?? []).some((m) => m.field === q.field && m.start >= q.start && m.end <= q.end);
    return !!name && q.text.includes(name);
  };
  const overlaps = (q: QuoteOut, e: SpanRef) => e.field === q.field && e.start < q.end && e.end > q.start;
  return doc.quotes.map((q) => {
    if (q.within !== undefined) return q;
    const ids = doc.events.filter((e) => (e.evidence_all ?? [e.evidence]).some((ev) => overlaps(q, ev))
      && (inside(q, e.source.entity, e.source.name) || (!!e.target && inside(q, e.target.entity, e.target.name)))).map((e) => e.id);
    return ids.length ? { ...q, events: ids } : q;
  });
}
