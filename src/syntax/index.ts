// Stage 'syntax' (owns: tokens, adding pos and chunk): Penn Treebank POS tags and IOB2 chunk tags
// (B-NP, I-VP, B-PP, ...) from averaged-perceptron models trained on CoNLL-2003 (src/ml).
import type { Stage, Token } from '../doc/index.js';
import { syntaxModels, tagChunks, tagPos } from './tagger.js';
import { headlineTags } from '../kb/headline.js';
import { verbLexicon } from '../kb/verb-patterns.js';

const knownVerb = (l: string): boolean => verbLexicon().has(l);

export { tagPos, tagChunks, syntaxModels } from './tagger.js';

export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  assigns: ['pos', 'chunk'],
  run(doc, ctx) {
    const m = syntaxModels();
    if (!m) {
      ctx.report({ severity: 'warning', message: 'syntax model models/syntax.bin.gz is missing; run npm run train:syntax' });
      return {};
    }
    const tokens: Token[] = doc.tokens.slice();
    for (const s of doc.sentences) {
      const words = new Array<string>(s.tokenEnd - s.tokenStart);
      for (let i = 0; i < words.length; i++) words[i] = tokens[s.tokenStart + i]!.text;
      let pos = tagPos(m, words);
      // Headlinese ("Moldova expels Russian diplomat"): the verb the tagger took for a noun.
      if (s.field === 'title') pos = headlineTags(words, pos, knownVerb) ?? pos;
      const chunk = tagChunks(m, words, pos);
      // Built field by field, not by spreading: a spread plus two new keys makes a slower,
      // larger object per token (this stage copies every token of the document). A field added
      // to Token must be copied here too.
      for (let i = 0; i < words.length; i++) {
        const t = tokens[s.tokenStart + i]!;
        tokens[s.tokenStart + i] = { field: t.field, start: t.start, end: t.end, text: t.text, sentence: t.sentence, pos: pos[i], chunk: chunk[i] };
      }
    }
    return { tokens };
  },
};
