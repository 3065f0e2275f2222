// Stage 'quotes' (owns: quotes). Direct, partial and reported quotations in every field, each
// with its speaker resolved to an entity where the text allows (see attribution.ts).
import { fieldNames, fieldText, type Doc, type Sentence, type Stage, type Token } from '../doc/index.js';
import type { FieldName, QuoteOut } from '../types.js';
import { segmentField } from '../text/index.js';
import { quotesInField, type Range } from './attribution.js';
import { nameIndex } from './names.js';
import { IRREGULAR_VERBS, SAY_RE } from './lexicon.js';
import type { History } from './subject.js';

export { findQuoted } from './marks.js';

/** Sentence ranges per field: the text stage's, or our own split when it did not run. */
function sentenceRanges(doc: Readonly<Doc>): Map<FieldName, Range[]> {
  let sentences: readonly Sentence[] = doc.sentences;
  if (!sentences.length) {
    const tokens: Token[] = [], own: Sentence[] = [];
    for (const f of fieldNames(doc)) segmentField(fieldText(doc, f), f, tokens, own);
    sentences = own;
  }
  const out = new Map<FieldName, Range[]>();
  for (const s of sentences) {
    const list = out.get(s.field);
    if (list) list.push({ start: s.start, end: s.end }); else out.set(s.field, [{ start: s.start, end: s.end }]);
  }
  return out;
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const FINITE_GUESS = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|[a-z]{2,}ed|${IRREGULAR_VERBS})\\b`, 'g');

/** Where finite verbs start in a field: from the POS tags when the syntax stage ran, else a guess. */
function finiteVerbs(tagged: readonly Token[] | undefined, text: string): number[] {
  // Ascending (tokens and matches come in reading order; sorted again to be sure): attribution looks them up by binary search.
  if (tagged?.length) return tagged.filter((t) => FINITE_TAGS.has(t.pos!) && /^[\p{Ll}]/u.test(t.text)).map((t) => t.start).sort((a, b) => a - b);
  return [...text.matchAll(FINITE_GUESS)].map((m) => m.index!);
}

export function findQuotes(doc: Readonly<Doc>): QuoteOut[] {
  const index = nameIndex(doc);
  const sentences = sentenceRanges(doc);
  const quotes: QuoteOut[] = [];
  const tagged = new Map<FieldName, Token[]>();
  for (const t of doc.tokens) {
    if (t.pos === undefined) continue;
    const list = tagged.get(t.field);
    if (list) list.push(t); else tagged.set(t.field, [t]);
  }
  for (const field of fieldNames(doc)) {
    const text = fieldText(doc, field);
    // Cheap skip for fields with nothing to attribute (most titles and captions): no quotation
    // mark, no "according to" and no verb of saying at all (any of them: "warned", "urged"…).
    SAY_RE.lastIndex = 0;
    if (!/["“”]/.test(text) && !/ccording\s+to/i.test(text) && !SAY_RE.test(text)) continue;
    // Pronouns reach back within a field only: a caption's "he" is not the body's.
    const history: History = { speakers: [] };
    quotes.push(...quotesInField({
      field, text, sentences: sentences.get(field) ?? [], names: index.byField.get(field) ?? [], index, history,
      finiteVerbs: finiteVerbs(tagged.get(field), text),
    }));
  }
  return quotes;
}

export const quotesStage: Stage = {
  name: 'quotes',
  run: (doc) => ({ quotes: findQuotes(doc) }),
};
