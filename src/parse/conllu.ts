// Reading the training treebanks and reading/writing CoNLL-U for `newsgraph parse --conllu`.
//
// Two input formats (../shared/data/ud-english/README.md):
//   *.conll4  FORM XPOS HEAD DEPREL, one word a line, a blank line ends a sentence (EWT v2.2).
//   *.conllu  the ten CoNLL-U columns (GUM). Range lines (8-9) and empty nodes (8.1) are not
//             words: they are skipped for training and passed through untouched when writing.
import { normaliseLabel } from './labels.js';

/** A sentence of a treebank: heads are 1-based (0 = root), labels normalised (labels.ts). */
export interface DepSentence {
  id: string;
  words: string[];
  xpos: string[];
  /** Gold UPOS where the file has it (CoNLL-U), else empty strings. */
  upos: string[];
  heads: Int32Array;
  labels: string[];
}

export function readConll4(text: string, name = 'conll4'): DepSentence[] {
  const out: DepSentence[] = [];
  let cur: string[][] = [];
  const flush = () => {
    if (!cur.length) return;
    out.push({
      id: `${name}-${out.length + 1}`,
      words: cur.map((c) => c[0]!), xpos: cur.map((c) => c[1]!), upos: cur.map(() => ''),
      heads: Int32Array.from(cur.map((c) => Number(c[2]))), labels: cur.map((c) => normaliseLabel(c[3]!)),
    });
    cur = [];
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) { flush(); continue; }
    const c = line.split('\t');
    if (c.length < 4) throw new Error(`${name}: line with ${c.length} columns: ${line.slice(0, 60)}`);
    cur.push(c);
  }
  flush();
  return out;
}

/** Gold treebank sentences of a CoNLL-U file (words only: ranges and empty nodes skipped). */
export function readConlluTreebank(text: string, name = 'conllu'): DepSentence[] {
  const out: DepSentence[] = [];
  let cur: string[][] = [];
  let id = '';
  const flush = () => {
    if (!cur.length) return;
    out.push({
      id: id || `${name}-${out.length + 1}`,
      words: cur.map((c) => c[1]!), xpos: cur.map((c) => c[4]!), upos: cur.map((c) => c[3]!),
      heads: Int32Array.from(cur.map((c) => Number(c[6]))), labels: cur.map((c) => normaliseLabel(c[7]!)),
    });
    cur = []; id = '';
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('#')) {
      const m = /^# sent_id = (.*)$/.exec(line);
      if (m) id = m[1]!.trim();
      continue;
    }
    const c = line.split('\t');
    if (c[0]!.includes('-') || c[0]!.includes('.')) continue;
    cur.push(c);
  }
  flush();
  return out;
}

// ---- CoNLL-U for the CLI ----------------------------------------------------------------------

/** One line of a CoNLL-U sentence block: a word (ten columns), or a line passed through as is. */
export type ConlluLine = { kind: 'word'; cols: string[] } | { kind: 'other'; text: string };
export interface ConlluBlock { lines: ConlluLine[]; /** indexes into lines of the words, in order */ words: number[] }

export class ConlluError extends Error {}

/**
 * Splits CoNLL-U text into sentence blocks and checks what the parser needs: ten columns (or at
 * least ID and FORM: missing trailing columns are filled with `_`), word IDs 1, 2, … in order,
 * ranges and empty nodes well-formed. Throws ConlluError with the 1-based line number.
 */
export function parseConllu(text: string): ConlluBlock[] {
  const blocks: ConlluBlock[] = [];
  let cur: ConlluBlock = { lines: [], words: [] };
  const flush = () => {
    if (cur.lines.length) blocks.push(cur);
    cur = { lines: [], words: [] };
  };
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('#')) { cur.lines.push({ kind: 'other', text: line }); continue; }
    const cols = line.split('\t');
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) { cur.lines.push({ kind: 'other', text: line }); continue; }
    if (!/^\d+$/.test(id)) throw new ConlluError(`line ${n + 1}: bad ID '${id.slice(0, 20)}' (want a word number, a range 8-9 or an empty node 8.1)`);
    if (cols.length < 2 || !cols[1]) throw new ConlluError(`line ${n + 1}: word ${id} has no FORM column (columns are tab-separated)`);
    if (cols.length > 10) throw new ConlluError(`line ${n + 1}: ${cols.length} columns, CoNLL-U has 10`);
    if (Number(id) !== cur.words.length + 1) throw new ConlluError(`line ${n + 1}: word ID ${id} where ${cur.words.length + 1} was expected`);
    while (cols.length < 10) cols.push('_');
    cur.words.push(cur.lines.length);
    cur.lines.push({ kind: 'word', cols });
  }
  flush();
  return blocks;
}

export function formatConllu(blocks: readonly ConlluBlock[]): string {
  let s = '';
  for (const b of blocks) {
    for (const l of b.lines) s += (l.kind === 'word' ? l.cols.join('\t') : l.text) + '\n';
    s += '\n';
  }
  return s;
}
