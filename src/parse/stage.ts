// Stage 'parse' (reads tokens, sentences, mentions and the syntax stage's tags; owns deps): a
// labelled dependency parse of the sentences a later stage can use (select.ts), with the parser's
// own tagger. Stand-off like every layer: heads are indexes into doc.tokens.
import type { Deps, Stage } from '../doc/index.js';
import { parseModel } from './parser.js';
import { sentencesToParse } from './select.js';

export const parseStage: Stage = {
  name: 'parse',
  requires: ['tokens', 'sentences', 'mentions', 'pos'],
  assigns: ['deps'],
  run(doc, ctx) {
    const p = parseModel();
    if (!p) {
      ctx.report({ severity: 'warning', message: 'parse model models/parse.bin.gz is missing; run npm run train:parse' });
      return {};
    }
    const n = doc.tokens.length;
    const deps: Deps = { head: new Int32Array(n).fill(-1), label: new Array<string>(n).fill(''), tag: new Array<string>(n).fill(''), parsed: sentencesToParse(doc) };
    const words: string[] = [];
    for (let si = 0; si < doc.sentences.length; si++) {
      if (!deps.parsed[si]) continue;
      const s = doc.sentences[si]!;
      words.length = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(doc.tokens[i]!.text);
      const tags = p.tagIds(words);
      const r = p.parseTagged(words, tags);
      for (let j = 0; j < words.length; j++) {
        const t = s.tokenStart + j, h = r.heads[j]!;
        deps.head[t] = h === 0 ? -1 : s.tokenStart + h - 1;
        deps.label[t] = p.labelNames[r.labels[j]!]!;
        deps.tag[t] = p.tagNames[tags[j]!]!;
      }
    }
    return { deps };
  },
};
