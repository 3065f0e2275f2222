// Pronoun subjects: "He accused ...", "It warned ..." opening a sentence stand for the first named
// subject of the sentence before. One memory per document, updated once per sentence.
import { cueLexicon } from '../kb/cues.js';
import type { Doc } from '../doc/index.js';
import type { SentenceView, VerbGroup } from './clause.js';
import type { GenericMention } from './generic.js';

/** The first named subject of the last sentence that had one, a person and a body apart. */
export interface SubjectMemory { person: number; body: number; sentence: number; /** A generic phrase ("thousands of people"), for "They". */ group: number }

export const emptyMemory = (): SubjectMemory => ({ person: -1, body: -1, sentence: -1, group: -1 });

/** Keep the sentence's first named subject for pronouns of the next sentence. */
export function rememberSubject(mem: SubjectMemory, doc: Readonly<Doc>, generic: Map<number, GenericMention>, m: number, at: number): void {
  if (m < 0) return;
  // "Thousands of people marched ... They demanded ...": a generic plural subject stands for "They".
  if (generic.has(m) && generic.get(m)!.kind === 'group') { Object.assign(mem, { person: -1, body: -1, group: m, sentence: at }); return; }
  // (A generic phrase counts only when it names its country: "Russia's foreign ministry", not "officials".)
  if (generic.has(m) && !generic.get(m)!.country) return;
  // ("Lithuania's president criticised ... She accused ...": an office-holder is a person and a body.)
  if (generic.has(m) && PERSON_ROLES.has(generic.get(m)!.text.toLowerCase().split(/\s+/).pop() ?? '')) { Object.assign(mem, { person: m, body: m, group: -1, sentence: at }); return; }
  const t = doc.mentions[m]!.type;
  if (t === 'PERSON') Object.assign(mem, { person: m, body: -1, group: -1, sentence: at });
  // ("Poland's foreign minister criticised ... He demanded ...": a state's office-holder is a person too.)
  else if (t === 'ORG' || t === 'GPE') Object.assign(mem, { person: officeHolder(doc, m) ? m : -1, body: m, group: -1, sentence: at });
}

/**
 * "He accused ...", "It warned ...": a pronoun opening the sentence as its subject stands for the first
 * named subject of the sentence just before (a person for he/she, a state or body for it), if that
 * sentence had one and lies in the same field.
 */
export function pronounSubject(mem: SubjectMemory, v: SentenceView, g: VerbGroup): number {
  const k = g.start - 1;
  if (k < 0) return -1;
  const p = v.lower[k]!;
  if (k !== 0 && !(k === 2 && v.lower[1] === ',')) return -1;
  if (mem.sentence !== v.index - 1) return -1;
  const m = p === 'he' || p === 'she' ? mem.person : p === 'it' ? mem.body : p === 'they' ? mem.group : -1;
  if (m < 0 || v.doc.mentions[m]!.field !== v.toks[0]!.field) return -1;
  return m;
}

/** Possessive pronouns and the subject pronoun each stands for. */
const OWNER: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she', our: 'we' };

/** Tokens that may stand between a speech verb and its complement's pronoun ("said on Monday that it"). */
const BRIDGE = new Set(['that', 'on', 'in', 'late', 'earlier', 'later', 'last', 'this', 'today', 'yesterday', 'tonight', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'night', 'morning', 'afternoon', 'evening',
  'statement', 'a', 'an', 'the', 'interview', 'its', 'his', 'her', 'their', ',']);
/** Verbs whose complement's pronoun subject is, by default, the one who speaks ("Seoul said it would ..."). */
const SAY_LIKE: ReadonlySet<string> = cueLexicon.get().lemmas('ev-saylike');

/**
 * "Seoul said it would send ...", "the ministry said on Monday that it had summoned ...": a pronoun
 * that is the subject of a speech verb's complement stands for the speaker, when they agree (he/she a
 * person, it a state or body, they a group or a body, we anything). `subjects` maps verb tokens to
 * their subject mentions; `lemmaAt` gives a verb token's lemma.
 */
export function complementPronounSubject(v: SentenceView, g: VerbGroup, subjects: ReadonlyMap<number, number>,
  lemmaAt: (i: number) => string, generic: ReadonlyMap<number, GenericMention>): number {
  let k = g.start - 1;
  if (k < 1) return -1;
  const w = v.lower[k]!;
  const pronoun = w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'we';
  const pos = v.toks[k]!.pos;
  if (!pronoun && pos !== 'NN' && pos !== 'NNS') return -1;
  // "Russia said its forces had captured ...": a noun phrase owned by the pronoun ("its jets", "their troops").
  if (!pronoun && v.mentionAt[k]! < 0) {
    let q = k - 1;
    while (q > 0 && k - q < 4 && v.mentionAt[q]! < 0 && /^(JJ|NN|NNS|CD)$/.test(v.toks[q]!.pos ?? '')) q--;
    const owner = OWNER[v.lower[q]!];
    if (!owner) return -1;
    k = q;
  }
  const p = OWNER[v.lower[k]!] ?? v.lower[k]!;
  if (p !== 'he' && p !== 'she' && p !== 'it' && p !== 'they' && p !== 'we') return -1;
  // Walk back over "that", a date or a short adverbial to the speech verb itself.
  let j = k - 1;
  // ("said in a statement on its website that it ...": after "that", any adjunct without a verb.)
  if (v.lower[j] === 'that') { j--; while (j >= 0 && k - j <= 14 && !v.verbal[j]) j--; }
  else while (j >= 0 && k - j <= 6 && !v.verbal[j] && v.mentionAt[j]! < 0 && BRIDGE.has(v.lower[j]!)) j--;
  if (j < 0 || !v.verbal[j] || !SAY_LIKE.has(lemmaAt(j))) return -1;
  const m = subjects.get(j);
  if (m === undefined || m < 0) return -1;
  const gm = generic.get(m);
  const t = v.doc.mentions[m]!.type;
  if (p === 'he' || p === 'she') return (!gm && t === 'PERSON') || personRole(v, m, gm) ? m : -1;
  if (p === 'it') return gm ? (gm.kind === 'state' && !/s$/.test(gm.text) ? m : -1) : t === 'ORG' || t === 'GPE' ? m : -1;
  if (p === 'they') return gm ? m : t === 'ORG' ? m : -1;
  return m;
}

/** Nouns naming one person by office: "Cambodia's leader", "the president" may be "he" or "she". */
const PERSON_ROLES = new Set(['leader', 'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir',
  'sultan', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'general', 'commander', 'chief', 'head', 'secretary',
  'mayor', 'governor', 'pope', 'ayatollah', 'dictator', 'ruler', 'monarch']);

/** The mention names a person by office: a generic head that is one ("the prime minister"), or a possessor before one ("Cambodia's leader"). */
function personRole(v: SentenceView, m: number, gm: GenericMention | undefined): boolean {
  if (gm) return PERSON_ROLES.has(gm.text.toLowerCase().split(/\s+/).pop() ?? '');
  const s = v.doc.sentences[v.index]!;
  const b = v.doc.mentions[m]!.tokenEnd - s.tokenStart;
  const poss = v.lower[b] === "'s" || v.lower[b] === "'" || /['’]s$/.test(v.doc.mentions[m]!.text);
  if (!poss) return false;
  // The possessor's head noun within a few words: "Cambodia's long-time leader".
  for (let j = v.lower[b] === "'s" || v.lower[b] === "'" ? b + 1 : b; j < Math.min(v.lower.length, b + 5); j++) {
    if (PERSON_ROLES.has(v.lower[j]!)) return true;
    if (v.verbal[j] || v.mentionAt[j]! >= 0) return false;
  }
  return false;
}

/** "Poland's foreign minister": the mention is the possessor of a noun naming one person by office. */
function officeHolder(doc: Readonly<Doc>, m: number): boolean {
  const men = doc.mentions[m]!;
  let j = men.tokenEnd;
  const t = (k: number) => doc.tokens[k]?.text.toLowerCase().replace(/’/g, "'") ?? '';
  if (t(j) === "'s" || t(j) === "'") j++;
  else if (!/['’]s$/.test(men.text)) return false;
  for (let k = j; k < Math.min(doc.tokens.length, j + 4); k++) {
    if (PERSON_ROLES.has(t(k))) return true;
    if (!/^(JJ|NN|NNP)$/.test(doc.tokens[k]!.pos ?? '')) return false;
  }
  return false;
}
