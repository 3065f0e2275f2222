// A sentence as the coder reads it: tokens with lower-case forms, the mention each token lies in,
// which tokens are verbs, where clauses start, and verb groups (auxiliaries, negation, voice).
// Everything here is one left-to-right pass or a bounded look-around: linear in sentence length.
import type { Doc, Token } from '../doc/index.js';
import { BoundedMap } from '../util/bounded-map.js';
import { lemmatizeVerb, nounKey, verbForm } from '../kb/lemma.js';
import { compoundNouns } from '../kb/verb-patterns.js';
import { FUTURE_AUX } from './modality.js';
import {
  BE, DETERMINERS, DO, GET, GROUP_ADVERBS, HAVE, HEDGE_GROUP, MODAL, NEGATORS, PREPOSITIONS, RAISING, RELATIVES, SPEECH,
  SUBORDINATORS,
} from './words.js';

export interface SentenceView {
  doc: Readonly<Doc>;
  index: number;
  toks: readonly Token[];
  lower: string[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  /** First token of the clause each token belongs to. */
  clauseStart: Int32Array;
  verbal: Uint8Array;
  /** Pattern-matching keys of each token (see tokenKeys). */
  keys: (readonly string[])[];
}

const isWordLike = (s: string) => /[\p{L}]/u.test(s);
const QUOTE_OPEN = new Set(['“', '"', '‘']);
/** Words after which an opening quote marks a quoted word or phrase, not a quoted clause. */
const SCARE_BEFORE = new Set(['to', 'a', 'an', 'the', 'of', 'as', 'called', 'dubbed', 'termed']);
/** Words that continue a speech verb without starting its complement ("said in an interview that"). */
const SPEECH_PREPS = new Set(['in', 'on', 'to', 'by', 'at', 'during', 'after', 'before', 'late', 'earlier', 'later', 'last', 'this', 'on', ',', 'that', 'reporters', 'journalists']);

/** Does this token read as a verb? POS tags decide when the syntax stage ran; otherwise a cautious guess. */
function looksVerbal(v: Omit<SentenceView, 'verbal' | 'clauseStart' | 'keys'>, i: number, known: (l: string) => boolean): boolean {
  const t = v.toks[i]!;
  const l = v.lower[i]!;
  if (!isWordLike(l)) return false;
  const inTitle = t.field === 'title';
  if (v.mentionAt[i]! >= 0 && !inTitle) return false;
  const prev = i > 0 ? v.lower[i - 1]! : '';
  if (prev && compoundNouns().has(`${prev} ${l}`)) return false;
  if (t.pos) {
    if (t.pos.startsWith('VB') || t.pos === 'MD') return true;
    // Tagger slips on verbs right after a name or an auxiliary ("Amir-Abdollahian meets with",
    // "has reportedly supplied"): a lower-case known verb form there is read as a verb.
    if ((t.pos === 'NNS' || t.pos === 'JJ' || t.pos === 'NN') && /^[a-z]/.test(t.text) && known(lemmatizeVerb(l, known)) && (/(?:s|ed|en)$/.test(l) || lemmatizeVerb(l, known) !== l)) {
      let k = i - 1;
      while (k >= 0 && (v.lower[k]!.endsWith('ly') || v.lower[k] === 'also')) k--;
      const p = k >= 0 ? v.lower[k]! : '';
      const afterName = k >= 0 && v.mentionAt[k]! >= 0 && (v.toks[k]!.pos ?? '').startsWith('NNP') || (k >= 0 && v.mentionAt[k]! >= 0);
      const afterAux = HAVE.has(p) || (BE.has(p) && l.endsWith('ed'));
      const next = v.lower[i + 1] ?? '';
      const pastForm = !l.endsWith('s') && lemmatizeVerb(l, known) !== l;
      if (afterAux || (afterName && (PREPOSITIONS.has(next) || DETERMINERS.has(next) || v.mentionAt[i + 1]! >= 0 || k < i - 1 || pastForm))) return true;
    }
    // Headlines in title case: "Iran Pressures Iraq to ..." is tagged as a proper noun run.
    if (inTitle && /^[A-Z]/.test(t.text) && known(lemmatizeVerb(l, known)) && (t.pos === 'NNP' || t.pos === 'NNPS' || t.pos === 'NNS')) {
      // "Iran Pressures Iraq", "Defense Minister Visits North Korea": a present-tense -s form after the
      // headline's subject noun phrase.
      const prevCap = i > 0 && (v.mentionAt[i - 1]! >= 0 || /^[A-Z]/.test(v.toks[i - 1]!.text));
      return prevCap && v.mentionAt[i]! < 0 && l.endsWith('s') && i + 1 < v.toks.length;
    }
    return false;
  }
  // No POS: a known verb form not right after a determiner, a possessive or a preposition ("the visit", "for talks").
  if (/^[A-Z]/.test(t.text) && i > 0 && !inTitle) return false;
  if (DETERMINERS.has(prev) || prev === "'s" || prev === '’s' || (PREPOSITIONS.has(prev) && prev !== 'to')) return false;
  if (BE.has(l) || HAVE.has(l) || DO.has(l) || MODAL.has(l)) return true;
  return known(lemmatizeVerb(l, known));
}

/** Mention index covering each token of the doc (-1 if none), built once per doc. */
const mentionIndexes = new WeakMap<object, Int32Array>();
function mentionIndex(doc: Readonly<Doc>): Int32Array {
  let ix = mentionIndexes.get(doc.mentions);
  if (!ix) {
    ix = new Int32Array(doc.tokens.length).fill(-1);
    doc.mentions.forEach((men, m) => { for (let k = men.tokenStart; k < men.tokenEnd && k < ix!.length; k++) ix![k] = m; });
    mentionIndexes.set(doc.mentions, ix);
  }
  return ix;
}

export function sentenceView(doc: Readonly<Doc>, si: number, known: (l: string) => boolean, codes: (l: string) => boolean): SentenceView {
  const s = doc.sentences[si]!;
  const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
  // Arrays filled by push, not .map: an optimised .map makes holey arrays, and the readers of a
  // view optimised on packed ones were thrown away at the first (issue 21).
  const lower: string[] = [];
  for (const t of toks) lower.push(t.text.toLowerCase().replace(/’/g, "'"));
  const mentionAt = mentionIndex(doc).subarray(s.tokenStart, s.tokenEnd);
  const base = { doc, index: si, toks, lower, mentionAt };
  const verbal = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) verbal[i] = looksVerbal(base, i, known) ? 1 : 0;
  // "had struck Hezbollah targets in ...": a present-tense form right after the name a verb takes as
  // its object is the head noun of that object ("Hamas positions", "Houthi sites"), not a new verb.
  // (Not after a speech verb: "said Russia wants ...".)
  for (let i = 2; i < toks.length; i++) {
    if (!verbal[i] || mentionAt[i - 1]! < 0) continue;
    const pos = toks[i]!.pos;
    if (pos !== 'VBZ' && pos !== 'VBP') continue;
    const a = doc.mentions[mentionAt[i - 1]!]!.tokenStart - s.tokenStart;
    const next = lower[i + 1] ?? '.';
    if (a < 1 || !verbal[a - 1] || SPEECH.has(lemmatizeVerb(lower[a - 1]!, known)) || !/^(VBD|VBN|VB|VBG)$/.test(toks[a - 1]!.pos ?? '')) continue;
    if (PREPOSITIONS.has(next) || next === ',' || next === '.' || next === 'and') verbal[i] = 0;
  }
  const clauseStart = new Int32Array(toks.length);
  let cs = 0, openStraight = false;
  for (let i = 0; i < toks.length; i++) {
    const l = lower[i]!;
    const prev = i > 0 ? lower[i - 1]! : '';
    // (A quotation mark inside a verb phrase — threatened to "wipe out" — is a scare quote, not a new clause.)
    // (A straight quote that closes an open one opens nothing.)
    const opens = QUOTE_OPEN.has(l) && !(l === '"' && openStraight);
    if (l === '"') openStraight = !openStraight;
    if (i > 0 && mentionAt[i]! < 0 && (SUBORDINATORS.has(l) || RELATIVES.has(l) || l === ';' || l === ':' || (opens && !SCARE_BEFORE.has(prev)))) cs = i;
    // A dateline ("GENEVA (AP) —") is no part of the first clause: its names are never the subject.
    else if (i > 0 && i < 12 && (l === '—' || l === '--' || l === '–') && isDateline(toks, i)) cs = i + 1;
    // A speech verb's complement is a clause of its own: "Shin said Russia has provided ...".
    // (Verbs the lexicon codes — "warned Taiwan of", "recalled its ambassador" — keep their objects.)
    else if (i > 0 && verbal[i - 1] && SPEECH.has(lemmatizeVerb(prev, known)) && !codes(lemmatizeVerb(prev, known)) && !SPEECH_PREPS.has(l)) cs = i;
    clauseStart[i] = cs;
  }
  const keys: ReturnType<typeof tokenKeys>[] = [];
  for (const l of lower) keys.push(tokenKeys(l, known));
  return { ...base, verbal, clauseStart, keys };
}

/** Tokens before a dash that open the sentence in capitals, with place and agency only ("CUCUTA, Colombia (Reuters)"). */
function isDateline(toks: readonly Token[], dash: number): boolean {
  const first = toks[0]!.text;
  if (first.length < 3 || first !== first.toUpperCase() || !/\p{Lu}/u.test(first)) return false;
  for (let k = 1; k < dash; k++) if (!/^(\p{Lu}[\p{L}.'’-]*|[,()])$/u.test(toks[k]!.text)) return false;
  return true;
}

/** End (exclusive) of the clause token i lies in; computed once per sentence so coding stays linear. */
const clauseEnds = new WeakMap<SentenceView, Int32Array>();
export function clauseEnd(v: SentenceView, i: number): number {
  let ends = clauseEnds.get(v);
  if (!ends) {
    const n = v.toks.length;
    ends = new Int32Array(n);
    let e = n;
    for (let j = n - 1; j >= 0; j--) {
      ends[j] = e;
      if (v.clauseStart[j] === j) e = j;
    }
    clauseEnds.set(v, ends);
  }
  return ends[i]!;
}

const REDUCED_NEXT = new Set(['by', 'of', 'for', 'in', 'on', 'at', 'with', 'from', 'during', 'after', 'near', ',', 'last', 'earlier', 'since']);

export interface VerbGroup {
  /** Main verb token. */
  head: number;
  /** First token of the group (auxiliaries, adverbs, raising verbs). */
  start: number;
  lemma: string;
  passive: boolean;
  negated: boolean;
  hedged: boolean;
  /** "to V" not raised by appear/seem: a purpose or control infinitive (not coded on its own). */
  infinitive: boolean;
  /** "-ing" form without a "be" auxiliary. */
  gerund: boolean;
  /** Reduced relative participle: its subject is the noun right before it. */
  reduced: boolean;
  /** "will", "would", "shall" in the group: an intent or a plan, not an act done. */
  future: boolean;
}

/** The verb group ending at token `head`. */
export function verbGroup(v: SentenceView, head: number, known: (l: string) => boolean): VerbGroup {
  const f = verbForm(v.lower[head]!, known);
  let passive = false, negated = false, hedged = false, infinitive = false, sawAux = false, sawBe = false, future = false;
  let start = head;
  let j = head - 1;
  let firstAux: string | null = null;
  while (j >= 0) {
    const l = v.lower[j]!;
    if (v.mentionAt[j]! >= 0) break;
    if (NEGATORS.has(l) && l !== 'no' && l !== 'neither' && l !== 'nor') { negated = true; start = j; j--; continue; }
    if (GROUP_ADVERBS.has(l) || (l.endsWith('ly') && l.length > 4 && !v.verbal[j])) { if (HEDGE_GROUP.has(l)) hedged = true; start = j; j--; continue; }
    if (BE.has(l) || HAVE.has(l) || DO.has(l) || MODAL.has(l) || GET.has(l)) {
      if (firstAux === null) firstAux = l;
      if (BE.has(l)) sawBe = true;
      if (FUTURE_AUX.has(l)) future = true;
      if (HEDGE_GROUP.has(l)) hedged = true;
      sawAux = true; start = j; j--; continue;
    }
    if (l === 'to') {
      // Raising: "appeared to have given", "is said to have sent", "is likely to strike".
      let k = j - 1;
      while (k >= 0 && GROUP_ADVERBS.has(v.lower[k]!)) k--;
      const r = k >= 0 ? v.lower[k]! : '';
      if (k >= 0 && (RAISING.has(lemmatizeVerb(r, known)) || RAISING.has(r))) { hedged = true; start = k; j = k - 1; continue; }
      infinitive = true; start = j; break;
    }
    break;
  }
  if (firstAux !== null && (BE.has(firstAux) || GET.has(firstAux)) && f.pastParticiple) passive = true;
  // A participle with no auxiliary after a noun is a reduced relative ("companies accused of supplying").
  let reduced = false;
  // (A participle followed by its own object — "authorities arrested a citizen" — is a mistagged past tense.)
  // ("police arrested at least 14 ...": "at least" opens a quantified object, not a prepositional phrase.)
  const quantifier = v.lower[head + 1] === 'at' && (v.lower[head + 2] === 'least' || v.lower[head + 2] === 'most');
  // A reduced relative needs a main verb beside it: before it ("sanctioned firms accused of X") or after
  // it ("companies accused of X were fined"). With none, the participle is a mistagged past tense
  // ("police clashed with protesters outside parliament").
  const finite = (k: number) => v.verbal[k] === 1 && /^(VBD|VBZ|VBP|MD)$/.test(v.toks[k]!.pos ?? 'VBD');
  let mainVerb = false;
  for (let k = v.clauseStart[head]!; k < v.toks.length && !mainVerb; k++) mainVerb = k !== head && finite(k);
  if (!sawAux && !quantifier && mainVerb && v.toks[head]!.pos === 'VBN' && head > 0 && /^NN/.test(v.toks[head - 1]!.pos ?? '') && REDUCED_NEXT.has(v.lower[head + 1] ?? '')) { passive = true; reduced = true; }
  // Reduced passive: "a delegation led by X", "the strike carried out by Y".
  // (Not "retaliated by expelling ...": "by" with a gerund is the means of an active verb.)
  if (!sawAux && f.pastParticiple && v.lower[head + 1] === 'by' && (!v.toks[head]!.pos || v.toks[head]!.pos === 'VBN') && v.toks[head + 2]?.pos !== 'VBG') passive = true;
  const gerund = f.gerund && !sawBe;
  return { head, start, lemma: f.lemma, passive, reduced, negated, hedged, infinitive, gerund, future };
}

/** Matching keys of a token against pattern words: as written, as a singular noun, as a verb lemma. */
export function tokenKeys(l: string, known: (l: string) => boolean): readonly string[] {
  let cache = tokenKeyCaches.get(known);
  if (!cache) { cache = new BoundedMap(30_000); tokenKeyCaches.set(known, cache); }
  let k = cache.get(l);
  if (!k) {
    k = [l, nounKey(l), lemmatizeVerb(l, known)];
    cache.set(l, k);
  }
  return k;
}
/** tokenKeys per lexicon (its `known`) and word: the same few thousand words recur in every article. */
const tokenKeyCaches = new WeakMap<(l: string) => boolean, Map<string, readonly string[]>>();
