// Stage 'quotes' (owns: quotes). Direct, partial and reported quotations in every field, each
// with its speaker resolved to an entity where the text allows (see attribution.ts).
import { fieldNames, fieldText, type Doc, type Sentence, type Stage, type Token } from '../doc/index.js';
import type { FieldName, QuoteOut } from '../types.js';
import { segmentField } from '../text/index.js';
import { quotesInField, type Range } from './attribution.js';
import { nameIndex } from './names.js';
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
  for (const s of sentences) out.set(s.field, [...(out.get(s.field) ?? []), { start: s.start, end: s.end }]);
  return out;
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const FINITE_GUESS = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|[a-z]{2,}ed)\b/g;

/** Where finite verbs start in a field: from the POS tags when the syntax stage ran, else a guess. */
function finiteVerbs(doc: Readonly<Doc>, field: FieldName, text: string): number[] {
  const tagged = doc.tokens.filter((t) => t.field === field && t.pos !== undefined);
  if (tagged.length) return tagged.filter((t) => FINITE_TAGS.has(t.pos!) && /^[\p{Ll}]/u.test(t.text)).map((t) => t.start);
  return [...text.matchAll(FINITE_GUESS)].map((m) => m.index!);
}

export function findQuotes(doc: Readonly<Doc>): QuoteOut[] {
  const index = nameIndex(doc);
  const sentences = sentenceRanges(doc);
  const quotes: QuoteOut[] = [];
  for (const field of fieldNames(doc)) {
    const text = fieldText(doc, field);
    if (!/["“”]|\b(?:said|says|told|according)\b|ed that\b/i.test(text) && !/\w that\b/.test(text)) continue;
    // Pronouns reach back within a field only: a caption's "he" is not the body's.
    const history: History = { speakers: [] };
    quotes.push(...quotesInField({
      field, text, sentences: sentences.get(field) ?? [], names: index.byField.get(field) ?? [], index, history,
      finiteVerbs: finiteVerbs(doc, field, text),
    }));
  }
  return quotes;
}

export const quotesStage: Stage = {
  name: 'quotes',
  run: (doc) => ({ quotes: findQuotes(doc) }),
};
