// Where a mention stands in its sentence: its token range, the preposition governing it, whether it is
// a possessive, whether a new clause starts at a token. Bounded look-arounds only.
import type { SentenceView } from './clause.js';
import { GROUP_ADVERBS, PREPOSITIONS, RELATIVES, SUBORDINATORS } from './words.js';

/** Token range of a mention inside the sentence view. */
export function mentionRange(v: SentenceView, m: number): [number, number] {
  const s = v.doc.sentences[v.index]!;
  const men = v.doc.mentions[m]!;
  return [Math.max(0, men.tokenStart - s.tokenStart), Math.min(v.toks.length, men.tokenEnd - s.tokenStart)];
}

/** The preposition governing the noun phrase a mention sits in, if any ("in the South Korean capital"). */
export function governingPreposition(v: SentenceView, m: number): string | null {
  const [a] = mentionRange(v, m);
  for (let j = a - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const l = v.lower[j]!;
    // "after"/"as" opening a clause are subordinators there, not prepositions.
    if (PREPOSITIONS.has(l)) return j === v.clauseStart[a] && SUBORDINATORS.has(l) ? null : l;
    if (v.verbal[j] || l === ',' || RELATIVES.has(l) || !/[\p{L}\p{N}'’]/u.test(l)) return null;
    // Names coordinated share their preposition ("ministers of Armenia and Azerbaijan"); after a common
    // noun, "and" starts a new phrase ("a state of emergency and police fired").
    if ((l === 'and' || l === 'or') && (j === 0 || v.mentionAt[j - 1]! < 0)) return null;
  }
  return null;
}

export function isPossessiveModifier(v: SentenceView, m: number): boolean {
  const [, b] = mentionRange(v, m);
  const n = v.lower[b];
  return n === "'s" || n === "'" || (v.doc.mentions[m]!.text.match(/['’]s$/) !== null);
}

/** Does a subject and its finite verb start at token k ("police fired", "the army has said")? */
export function startsClause(v: SentenceView, k: number): boolean {
  if (v.lower[k] === 'the') k++;
  const m = v.mentionAt[k];
  if (m === undefined || m < 0) return false;
  const [, b] = mentionRange(v, m);
  let j = b;
  // "India's defence ministry said": the possessor's head noun phrase comes first.
  if (v.lower[j] === "'s" || v.lower[j] === "'") {
    j++;
    const h = v.mentionAt[j] ?? -1;
    if (h >= 0) j = mentionRange(v, h)[1];
    else while (j < b + 5 && j < v.toks.length && /^NN/.test(v.toks[j]!.pos ?? '') && !v.verbal[j]) j++;
  }
  while (j < v.toks.length && GROUP_ADVERBS.has(v.lower[j]!)) j++;
  return v.verbal[j] === 1 && isClauseVerb(v, j);
}

/** A finite verb or an infinitive: not a participle or gerund used as a noun or adjective ("the border crossing"). */
export function isClauseVerb(v: SentenceView, j: number): boolean {
  const pos = v.toks[j]!.pos;
  if (pos) return pos === 'VB' || pos === 'VBD' || pos === 'VBZ' || pos === 'VBP' || pos === 'MD';
  return !v.lower[j]!.endsWith('ing');
}

export function isPlace(v: SentenceView, m: number): boolean {
  const t = v.doc.mentions[m]!.type;
  return t === 'GPE' || t === 'LOC' || t === 'FAC';
}
