// Stage 'parse' (reads tokens, sentences, mentions and the syntax stage's tags; owns deps): a
// labelled dependency parse of the sentences a later stage can use (select.ts), with the parser's
// own tagger. Stand-off like every layer: heads are indexes into doc.tokens.
import { idiomTags } from './idioms.js';
import type { Deps, Stage } from '../doc/index.js';
import { parseModel } from './parser.js';
import { sentencesToParse } from './select.js';
import { headlineParseWords, headlineTags } from '../kb/headline.js';
import { verbLexicon } from '../kb/verb-patterns.js';

const knownVerb = (l: string): boolean => verbLexicon().has(l);

function hasVerbTag(names: readonly string[], tags: Int32Array): boolean {
  for (const k of tags) if (names[k]!.startsWith('VB') || names[k] === 'MD') return true;
  return false;
}

/**
 * Tokens of a dateline opening a sentence: a place in capitals, then place, date and agency words,
 * up to a dash ("CAIRO, April 14 -", "KYIV, Ukraine (AP) —"); 0 when there is none.
 */
export function datelineEnd(tokens: readonly { text: string }[], a: number, b: number): number {
  const first = tokens[a]?.text ?? '';
  if (first.length < 3 || first !== first.toUpperCase() || !/\p{Lu}{3}/u.test(first)) return 0;
  for (let i = a + 1; i < Math.min(b - 1, a + 16); i++) {
    const t = tokens[i]!.text;
    if (t === '—' || t === '–' || t === '-' || t === '--') return i + 1 - a;
    if (!/^(\p{Lu}[\p{L}.'’-]*|[,()/]|\d{1,4}|[A-Z]+\.?)$/u.test(t)) return 0;
  }
  return 0;
}

/** Tag ids for tag names; a name the model does not know keeps the position's old id. */
function tagIdsOf(names: readonly string[], old: Int32Array, tagNames: readonly string[]): Int32Array {
  return Int32Array.from(names, (t, j) => { const k = tagNames.indexOf(t); return k >= 0 ? k : old[j]!; });
}

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
      // A dateline ("CAIRO, April 14 -", "KYIV, Ukraine (AP) —") is no part of the sentence's
      // grammar: it is left unparsed (label 'dep') and the sentence after it parsed alone.
      const from = s.tokenStart + datelineEnd(doc.tokens, s.tokenStart, s.tokenEnd);
      for (let i = s.tokenStart; i < from; i++) { deps.label[i] = 'dep'; deps.tag[i] = doc.tokens[i]!.pos ?? ''; }
      for (let i = from; i < s.tokenEnd; i++) words.push(doc.tokens[i]!.text);
      if (!words.length) continue;
      let tags = p.tagIds(words);
      // The tags by name, for the fixes below (kept in step with `tags`).
      let names = Array.from(tags, (k) => p.tagNames[k]!);
      const retag = (fixed: readonly string[]) => { tags = tagIdsOf(fixed, tags, p.tagNames); names = Array.from(tags, (k) => p.tagNames[k]!); };
      // Headlines (and verbless sentences): the verb the tagger took for a noun ("Moldova
      // expels/NNS Russian diplomat"), retagged before parsing (src/kb/headline.ts).
      if (s.field === 'title' || !hasVerbTag(p.tagNames, tags)) {
        const fixed = headlineTags(words, names, knownVerb);
        if (fixed) retag(fixed);
      }
      // "Protesters set/JJ fire to …": a verb of a fixed phrase the tagger read as a noun (./idioms.ts).
      const idiom = idiomTags(words, names);
      if (idiom) retag(idiom);
      // Headlinese rewritten into running text for the parser (same positions; src/kb/headline.ts).
      const rewritten = s.field === 'title' ? headlineParseWords(words, names) : null;
      if (rewritten) {
        const again = p.tagIds(rewritten);
        tags = Int32Array.from(tags, (k, j) => (rewritten[j] !== words[j] ? again[j]! : k));
      }
      const r = p.parseTagged(rewritten ?? words, tags);
      for (let j = 0; j < words.length; j++) {
        const t = from + j, h = r.heads[j]!;
        deps.head[t] = h === 0 ? -1 : from + h - 1;
        deps.label[t] = p.labelNames[r.labels[j]!]!;
        deps.tag[t] = p.tagNames[tags[j]!]!;
      }
    }
    return { deps };
  },
};
