// Stage 'syntax' (owns: tokens, adding pos and chunk): Penn Treebank POS tags and IOB2 chunk tags
// (B-NP, I-VP, B-PP, ...) from averaged-perceptron models trained on CoNLL-2003 (src/ml).
import type { Stage, Token } from '../doc/index.js';
import { syntaxModels, tagChunks, tagPos } from './tagger.js';

export { tagPos, tagChunks, syntaxModels } from './tagger.js';

export const syntaxStage: Stage = {
  name: 'syntax',
  run(doc, ctx) {
    const m = syntaxModels();
    if (!m) {
      ctx.report({ severity: 'warning', message: 'syntax model models/syntax.bin.gz is missing; run npm run train:syntax' });
      return {};
    }
    const tokens: Token[] = doc.tokens.slice();
    for (const s of doc.sentences) {
      const words = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
      const pos = tagPos(m, words);
      const chunk = tagChunks(m, words, pos);
      for (let i = 0; i < words.length; i++) tokens[s.tokenStart + i] = { ...tokens[s.tokenStart + i]!, pos: pos[i], chunk: chunk[i] };
    }
    return { tokens };
  },
};
