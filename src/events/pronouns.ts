// Pronoun subjects: "He accused ...", "It warned ..." opening a sentence stand for the first named
// subject of the sentence before. One memory per document, updated once per sentence.
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
  const t = doc.mentions[m]!.type;
  if (t === 'PERSON') Object.assign(mem, { person: m, body: -1, group: -1, sentence: at });
  else if (t === 'ORG' || t === 'GPE') Object.assign(mem, { person: -1, body: m, group: -1, sentence: at });
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
