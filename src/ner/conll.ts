// CoNLL-2003 files: documents of sentences of (token, tag). `-DOCSTART-` separates documents
// wherever it stands (the shared copy puts it after each article). Tags come back as IOB2.
import { iob1ToIob2 } from '../ml/index.js';

export interface ConllSentence { tokens: string[]; tags: string[] }
export interface ConllDoc { sentences: ConllSentence[] }

export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let toks: string[] = [], tags: string[] = [];
  const endSentence = () => {
    if (toks.length) doc.sentences.push({ tokens: toks, tags: iob1ToIob2(tags) });
    toks = []; tags = [];
  };
  const endDoc = () => { endSentence(); if (doc.sentences.length) docs.push(doc); doc = { sentences: [] }; };
  for (const line of text.split('\n')) {
    const l = line.trimEnd();
    if (l.startsWith('-DOCSTART-')) { endDoc(); continue; }
    if (!l.trim()) { endSentence(); continue; }
    const cols = l.split(/\s+/);
    toks.push(cols[0]!);
    tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  endDoc();
  return docs;
}
