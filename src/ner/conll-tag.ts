// Tagging a CoNLL-2003-style text: every line is copied and one column (the predicted IOB2 tag)
// appended; -DOCSTART- and blank lines are kept as they are. Documents (split at -DOCSTART-) are
// tagged whole so the document-level features work as in training.
import type { NerTagger } from './tagger.js';

export function tagConllText(text: string, tagger: NerTagger): string {
  const lines = text.split('\n');
  const out = lines.slice();
  // Token lines grouped by sentence, sentences by document.
  let doc: number[][] = [];
  let sent: number[] = [];
  const flushDoc = () => {
    if (sent.length) { doc.push(sent); sent = []; }
    if (!doc.length) return;
    const words = doc.map((s) => s.map((li) => lines[li]!.trim().split(/\s+/)[0]!));
    const tags = tagger.tagDocument(words);
    doc.forEach((s, si) => s.forEach((li, k) => {
      const l = lines[li]!;
      const cr = l.endsWith('\r');
      const body = cr ? l.slice(0, -1) : l;
      const sep = body.includes('\t') && !body.includes(' ') ? '\t' : ' ';
      out[li] = `${body}${sep}${tags[si]![k]}${cr ? '\r' : ''}`;
    }));
    doc = [];
  };
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t.startsWith('-DOCSTART-')) { flushDoc(); return; }
    if (!t) { if (sent.length) { doc.push(sent); sent = []; } return; }
    sent.push(i);
  });
  flushDoc();
  return out.join('\n');
}
