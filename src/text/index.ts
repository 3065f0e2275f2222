// Stage 'text' (owns: tokens, sentences): tokenises and sentence-splits every field in reading
// order (title, captions, body). Token.sentence indexes doc.sentences; offsets are per field.
import { fieldNames, fieldText, type Sentence, type Stage, type Token } from '../doc/index.js';
import type { FieldName } from '../types.js';
import { splitSentences } from '../kb/sentences.js';
import { tokenize } from '../kb/tokenize.js';

export { tokenize, ABBREVIATIONS, type RawToken } from '../kb/tokenize.js';
export { splitSentences, type SentenceRange } from '../kb/sentences.js';

/** Tokens and sentences of one text, appended to the given arrays (used by the stage and tools). */
export function segmentField(text: string, field: FieldName, tokens: Token[], sentences: Sentence[]): void {
  const raw = tokenize(text);
  for (const r of splitSentences(text, raw)) {
    const si = sentences.length;
    const base = tokens.length;
    for (let k = r.tokenStart; k < r.tokenEnd; k++) {
      const t = raw[k]!;
      tokens.push({ field, start: t.start, end: t.end, text: t.text, sentence: si });
    }
    sentences.push({
      field, start: raw[r.tokenStart]!.start, end: raw[r.tokenEnd - 1]!.end,
      tokenStart: base, tokenEnd: base + (r.tokenEnd - r.tokenStart),
    });
  }
}

export const textStage: Stage = {
  name: 'text',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    for (const f of fieldNames(doc)) segmentField(fieldText(doc, f), f, tokens, sentences);
    return { tokens, sentences };
  },
};
