// Reading around a mention: its sentence, the title before it, an appositive after it.
// Works on character offsets so that it does not depend on how the text stage tokenised.
import { fieldText, type Doc } from '../doc/index.js';
import type { FieldName } from '../types.js';
import { roleTypeHit } from '../kb/actor-codes.js';
import { findCountryCues, type CountryCue } from '../kb/countries.js';

type DocText = Pick<Doc, 'title' | 'captions' | 'body' | 'sentences'>;

/** [start, end) of the sentence holding `pos` in `field` (from the text stage, else by punctuation). */
const byField = new WeakMap<object, Map<FieldName, Doc['sentences']>>();

export function sentenceBounds(doc: DocText, field: FieldName, pos: number): [number, number] {
  // Sentences of one field, in order, found by binary search (this is called for every mention).
  let m = byField.get(doc.sentences);
  if (!m) {
    m = new Map();
    for (const s of doc.sentences) { const l = m.get(s.field); if (l) l.push(s); else m.set(s.field, [s]); }
    for (const l of m.values()) l.sort((a, b) => a.start - b.start);
    byField.set(doc.sentences, m);
  }
  const list = m.get(field) ?? [];
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return [s.start, s.end];
  }
  const text = fieldText(doc, field);
  let a = pos;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!) ) a--;
  let b = pos;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  return [a, Math.min(text.length, b + 1)];
}

/** Words that may make up a title before a name ("former Prime Minister", "the IRGC Quds Force Commander"). */
const TITLE_FILLER = /^(former|acting|deputy|vice|top|senior|chief|then|interim|new|late|first|second|de|of|for|on|national|security|foreign|defense|defence|state|general|supreme|armed|forces)$/i;

export interface RoleContext {
  /** The role as written, without determiner and country modifier ("President", "ambassador in Baghdad"). */
  role: string;
  /** The whole phrase with its modifiers ("Iraqi President", "the Iranian ambassador in Baghdad"). */
  phrase: string;
  type: string;
  /** Country cues that modify the role (before its head noun; not "in Baghdad"). */
  cues: CountryCue[];
  /** A possessive name before the role's head ("Yoon’s national security adviser"): its text and start. */
  possessor: { text: string; start: number; end: number } | null;
  field: FieldName;
  start: number;
}

/**
 * The title written directly before a name: a run of capitalised words and role words
 * ("Iraqi President ", "Iran's Supreme Leader ", "former Prime Minister ", "leader ").
 * `blocked` are spans of other names the title may not swallow.
 */
export function titleBefore(doc: DocText, field: FieldName, start: number): RoleContext | null {
  const text = fieldText(doc, field);
  const [sStart] = sentenceBounds(doc, field, start);
  const before = text.slice(sStart, start);
  // The words separated only by spaces that end right before the name.
  const run = /(?:[\p{L}\p{N}][\p{L}\p{N}.'’-]*[ \t]+)+$/u.exec(before);
  if (!run) return null;
  const words = [...run[0].matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)];
  let first = -1;
  let sawRole = false, loose = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    if (/^(The|A|An|the|a|an|and|or|but|said|says|by|with|to|from|as)$/.test(word)) break;
    const capital = /^[\p{Lu}]/u.test(word);
    const role = roleTypeHit(word) !== null;
    // Lower-case modifiers of a title after a possessive ("Eritrea's information minister"):
    // at most two, and only when a possessive precedes them ("met German Chancellor" is no title).
    const possBefore = [words[i - 1]?.[0], words[i - 2]?.[0]].some((w) => w !== undefined && /['’]s$/u.test(w));
    const modifier = sawRole && possBefore && /^[\p{Ll}]+$/u.test(word) && ++loose <= 2;
    if (!(capital || TITLE_FILLER.test(word) || role || modifier)) break;
    if (role) sawRole = true;
    first = i;
  }
  // A title does not begin with a linking word ("of former Prime Minister" → "former Prime Minister").
  while (first >= 0 && first < words.length && /^(of|for|on|and|de)$/i.test(words[first]![0])) first++;
  if (first < 0 || first >= words.length) return null;
  // It must end in a title ("the government of Mohammed Shia al-Sudani" has none).
  const last = words.at(-1)![0];
  if (!/^[\p{Lu}]/u.test(last) && !PERSON_TITLE_END.test(last) && !roleTypeHit(last)) return null;
  const a = sStart + run.index + words[first]!.index!;
  return roleFrom(text, field, a, start);
}

const PERSON_TITLE_END = /(president|minister|premier|chancellor|leader|adviser|advisor|ambassador|envoy|general|commander|spokes\w+|secretary|governor|mayor|king|queen|prince|emir|judge|prosecutor|senator|lawmaker|chief|director|diplomat|admiral|colonel|officer|head)$/i;

/** Turn a stretch of text into a role context if it contains a role word. */
export function roleFrom(text: string, field: FieldName, a: number, b: number): RoleContext | null {
  let phrase = text.slice(a, b).replace(/[\s,]+$/u, '');
  const lead = /^(the|a|an|his|her|its|their)\s+/i.exec(phrase);
  let start = a;
  if (lead) { phrase = phrase.slice(lead[0].length); start += lead[0].length; }
  // "Iran's Supreme Leader Ali Khamenei's top adviser": the role is what follows the last
  // possessive that still holds a role word; what precedes it only says whose.
  const possAll = [...phrase.matchAll(/([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*)['’]s?\s/gu)];
  let tailAt = 0;
  for (const p of possAll) {
    const after = p.index! + p[0].length;
    if (roleTypeHit(phrase.slice(after))) tailAt = after;
  }
  const hit = roleTypeHit(phrase.slice(tailAt));
  if (!hit) return null;
  // The head's position in characters: the country cues before it modify the role.
  const words = [...phrase.slice(tailAt).matchAll(/[\p{L}\p{N}]+/gu)];
  const headWord = words.find((w) => w[0].toLowerCase() === hit.phrase.split(' ')[0]);
  const headAt = tailAt + (headWord ? headWord.index! : phrase.length - tailAt);
  const pre = phrase.slice(0, headAt);
  const cutPrep = /\b(in|to|at|for|from|on|with|against|of)\b/i.exec(pre);
  const modifierZone = cutPrep ? pre.slice(0, cutPrep.index) : pre;
  const cues = findCountryCues(modifierZone, start);
  // Possessor: "Yoon’s national security adviser", "Iran's Supreme Leader Ali Khamenei's top adviser".
  let possessor: RoleContext['possessor'] = null;
  const poss = possAll.filter((p) => p.index! < headAt).at(-1);
  if (poss) possessor = { text: poss[1]!, start: start + poss.index!, end: start + poss.index! + poss[1]!.length };
  // The role as written: from the first role word on ("Iraqi President" → "President").
  let role = phrase.slice(tailAt);
  for (const c of findCountryCues(role)) if (c.start === 0) role = role.slice(c.end).trimStart();
  return { role: role.trim(), phrase, type: hit.type, cues, possessor, field, start };
}

/**
 * A role in apposition: "the Iranian ambassador in Baghdad, Muhammad Kazem Al-Sadeq" (before)
 * or "Ali Akbar Velayati, Iran's Supreme Leader Ali Khamenei's top adviser on ..., said" (after).
 */
export function appositive(doc: DocText, field: FieldName, start: number, end: number): RoleContext | null {
  const text = fieldText(doc, field);
  const [sStart, sEnd] = sentenceBounds(doc, field, start);
  // After: ", <role phrase>," right behind the name.
  const after = text.slice(end, sEnd);
  const am = /^,\s+((?:the|a|an|his|her|its|their)\s+|[\p{Lu}][\p{L}.-]*['’]s?\s+)?([^,;:“”"()]{2,120}?)(?=,|\s*[.;]|$)/u.exec(after);
  if (am && !/^(who|which|whose|where|whom|that|when|said|says|added|told)\b/i.test(am[2]!)) {
    const a = end + am[0].indexOf(am[1] ?? am[2]!);
    const b = end + am[0].length;
    const ctx = roleFrom(text, field, a, b);
    if (ctx) return ctx;
  }
  // Before: "<role phrase>, <Name>" with the phrase starting at a determiner or a possessive.
  const before = text.slice(sStart, start);
  const bm = /,\s*$/.exec(before);
  if (bm) {
    const seg = before.slice(0, bm.index);
    const det = [...seg.matchAll(/\b(?:the|a|an|his|her|its|their)\s+|[\p{Lu}][\p{L}.-]*['’]s?\s+(?=[\p{Ll}])/gu)].at(-1);
    if (det && seg.length - det.index! < 100) {
      const ctx = roleFrom(text, field, sStart + det.index!, sStart + seg.length);
      if (ctx) return ctx;
    }
  }
  return null;
}
