// Stage 'quotes' (owns: quotes). Direct, partial and reported quotations in every field, each
// with its speaker resolved to an entity where the text allows (see attribution.ts).
import { fieldNames, fieldText, type Doc, type Stage, type StageContext, type Token } from '../doc/index.js';
import type { FieldName, QuoteOut } from '../types.js';
import { quotesInField, type Range } from './attribution.js';
import { nameIndex } from './names.js';
import { findCues } from './lexicon.js';
import type { History } from './subject.js';

export { findQuoted } from './marks.js';

/** Sentence ranges per field, from the text stage. */
function sentenceRanges(doc: Readonly<Doc>): Map<FieldName, Range[]> {
  const out = new Map<FieldName, Range[]>();
  for (const s of doc.sentences) {
    const list = out.get(s.field);
    if (list) list.push({ start: s.start, end: s.end }); else out.set(s.field, [{ start: s.start, end: s.end }]);
  }
  return out;
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** Where finite verbs start in a field, from the syntax stage's POS tags, ascending (attribution looks them up by binary search). */
function finiteVerbs(tagged: readonly Token[] | undefined): number[] {
  // Filled by push, not .map: an optimised .map makes holey arrays, and the binary searches
  // optimised on packed ones were thrown away at the first (issue 21).
  const out: number[] = [];
  if (tagged) for (const t of tagged) if (FINITE_TAGS.has(t.pos!) && /^[\p{Ll}]/u.test(t.text)) out.push(t.start);
  return out.sort((a, b) => a - b);
}

export function findQuotes(doc: Readonly<Doc>, report?: StageContext['report']): QuoteOut[] {
  const index = nameIndex(doc);
  const sentences = sentenceRanges(doc);
  const quotes: QuoteOut[] = [];
  const tagged = new Map<FieldName, Token[]>();
  const taggedAt = new Map<FieldName, number[]>(); // each tagged token's index in doc.tokens
  doc.tokens.forEach((t, i) => {
    if (t.pos === undefined) return;
    const list = tagged.get(t.field);
    if (list) { list.push(t); taggedAt.get(t.field)!.push(i); } else { tagged.set(t.field, [t]); taggedAt.set(t.field, [i]); }
  });
  for (const field of fieldNames(doc)) {
    const text = fieldText(doc, field);
    // Cheap skip for fields with nothing to attribute (most titles and captions): no quotation
    // mark, no "according to" and no verb of saying at all (any of them: "warned", "urged"…).
    const cues = findCues(text);
    if (!cues.length && !/["“”]/.test(text) && !/ccording\s+to/i.test(text)) continue;
    // Pronouns reach back within a field only: a caption's "he" is not the body's.
    const history: History = { speakers: [] };
    const toks = tagged.get(field);
    // A verb by either tagger: the parser's own tag where it parsed the sentence (it reads
    // "Residents … fear the strikes" as a verb where the syntax tagger says noun), else the syntax stage's.
    // Looked up by binary search over the field's tokens (in text order), only for cue forms.
    const at = taggedAt.get(field);
    const deps = doc.deps;
    const posAt = toks && at ? (offset: number): string | undefined => {
      let lo = 0, hi = toks.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.start < offset) lo = mid + 1; else hi = mid; }
      const t = toks[lo];
      if (!t || t.start !== offset) return undefined;
      const parsed = deps?.tag[at[lo]!];
      return parsed && /^(?:V|JJ)/.test(parsed) ? parsed : t.pos;
    } : undefined;
    const base = quotes.length;
    const found = quotesInField({
      field, text, sentences: sentences.get(field) ?? [], names: index.byField.get(field) ?? [], index, history,
      finiteVerbs: finiteVerbs(toks), cues,
      posAt,
      onUnclosed: report && ((at) => report({ severity: 'warning', message: 'quotation mark never closed: the quotation runs to the end of its paragraph', field, start: at, end: at + 1 })),
    });
    for (const q of found) { if (q.within !== undefined) q.within += base; quotes.push(q); }
  }
  return quotes;
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'pos', 'deps', 'mentions', 'entities', 'mentionEntity'],
  assigns: ['quotes'],
  run: (doc, ctx) => ({ quotes: findQuotes(doc, (d) => ctx.report(d)) }),
};
