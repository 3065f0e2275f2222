// Sentence splitting over tokens. A sentence ends at . ? ! or … (with any closing quotes and
// brackets that follow it) when the next token can start a sentence, and always at a line break
// (readers put one paragraph per line). Titles ("Gen.", "Mr."), months ("Jan.") and initials
// ("W.") never end a sentence; "U.S." / "Inc." end one only before a typical sentence opener.
import { ABBREVIATIONS, NONFINAL_ABBREVIATIONS, type RawToken } from './tokenize.js';

/** Token ranges [start, end) of each sentence. */
export interface SentenceRange { tokenStart: number; tokenEnd: number }

const CLOSERS = new Set(['”', '’', ')', ']', '}', '»', '"', "'"]);
const OPENERS = /^[“‘"'(\[«¿¡]/;
// Words that often open a sentence: after "U.S." or "Inc." a capitalised one of these means a
// new sentence, a capitalised name does not ("the U.S. Navy").
const OPENER_WORDS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'or', 'this',
  'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when', 'while',
  'if', 'as', 'since', 'for', 'however', 'meanwhile', 'also', 'some', 'many', 'most', 'officials', 'one',
  'no', 'so', 'yet', 'then', 'what', 'who', 'why', 'how', 'according', 'last', 'earlier', 'later',
]);

function isTerminal(t: string): boolean {
  return t === '.' || t === '?' || t === '!' || t === '…' || /^\.{2,}$/.test(t) || /^[?!]+$/.test(t);
}

/** Is `t` an abbreviation token ("U.S.", "Inc.", "Gen.") and may it end a sentence? */
function abbreviationKind(t: string): 'none' | 'nonfinal' | 'maybe' {
  if (!t.endsWith('.') || t.length < 2) return 'none';
  const w = t.slice(0, -1).toLowerCase().replace(/['’]/g, '');
  if (/^\p{L}$/u.test(w)) return 'nonfinal'; // an initial
  if (NONFINAL_ABBREVIATIONS.has(w)) return 'nonfinal';
  if (ABBREVIATIONS.has(w) || w.includes('.')) return 'maybe';
  return 'none';
}

function canStart(t: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t) || OPENERS.test(t);
}

export function splitSentences(text: string, tokens: readonly RawToken[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const close = (end: number) => {
    if (end > start) out.push({ tokenStart: start, tokenEnd: end });
    start = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // A line break before this token ends the previous sentence.
    if (i > start && /\n/.test(text.slice(tokens[i - 1]!.end, tok.start))) close(i);
    const next = tokens[i + 1];
    if (!next) break;
    let end = -1;
    if (isTerminal(tok.text)) {
      let j = i + 1;
      // Closing quotes/brackets belong to the sentence they close: glued to the mark before them.
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      const after = tokens[j];
      if (!after || canStart(after.text) || /\n/.test(text.slice(tokens[j - 1]!.end, after.start))) end = j;
    } else {
      const kind = abbreviationKind(tok.text);
      if (kind === 'maybe' && OPENER_WORDS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text)) end = i + 1;
    }
    if (end > 0) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return out;
}
