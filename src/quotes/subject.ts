// Who is the subject of a verb of saying? Given the stretch of text between the start of the
// clause and the verb, find its head: a name ("Shin Wonsik"), a pronoun resolved to an earlier
// speaker ("He added"), a description matched to an entity ("the joint chiefs" → Joint Chiefs of
// Staff) or kept as written ("Iraqi political sources").
import type { EntityType, SpeakerRef } from '../types.js';
import { findDates } from '../time/find.js';
import { CLAUSE_OPENERS, DETERMINERS, SPEAKER_NOUNS, SUBJECT_TAIL } from './lexicon.js';
import type { Name, NameIndex, Referent } from './names.js';

export interface Speaker { ref: SpeakerRef; type: EntityType | null; plural: boolean }

/** What the attribution so far has seen: speakers in order, for pronouns. */
export interface History { speakers: (Speaker & { at: number })[] }

export interface SubjectContext {
  text: string;
  names: Name[];
  index: NameIndex;
  history: History;
}

const PLURAL_TYPES = new Set<EntityType | null>(['ORG', 'GPE', 'NORP']);

function stripTail(text: string, from: number, to: number): number {
  for (let guard = 0; guard < 6; guard++) {
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    const region = text.slice(from, to);
    const tail = SUBJECT_TAIL.exec(region);
    if (tail && tail[0].length < region.length) { to -= tail[0].length; continue; }
    // A date between subject and verb ("Shin on Tuesday said").
    const d = findDates(region).pop();
    if (d && d.end >= region.trimEnd().length && d.start > 0) {
      let s = from + d.start;
      const on = /\s(?:on|late|early|last)\s*$/i.exec(text.slice(from, s));
      if (on) s -= on[0].length - 1;
      to = s;
      continue;
    }
    break;
  }
  return to;
}

/** Speaker of a verb whose subject lies in text[from, to). */
export function subjectSpeaker(ctx: SubjectContext, from: number, to: number): Speaker | null {
  const { text } = ctx;
  to = stripTail(text, from, to);
  let region = text.slice(from, to);
  const appositive = /,\s*$/.test(region);
  if (appositive) { to = from + region.replace(/,\s*$/, '').length; region = text.slice(from, to); }
  // Segments between commas (not commas inside numbers).
  const segs: { s: number; e: number }[] = [];
  let a = from;
  for (const m of region.matchAll(/,(?!\d)\s*/g)) {
    segs.push({ s: a, e: from + m.index! });
    a = from + m.index! + m[0].length;
  }
  segs.push({ s: a, e: to });
  let pick = segs[segs.length - 1]!;
  if (appositive && segs.length >= 2) {
    // "Velayati, <description>, said" → the name; "<description>, Shin Wonsik, said" → the name.
    const last = segs[segs.length - 1]!, prev = segs[segs.length - 2]!;
    if (!headName(ctx, last.s, last.e) && (headName(ctx, prev.s, prev.e) || !isDescription(text.slice(last.s, last.e)))) pick = prev;
    else if (!headName(ctx, last.s, last.e) && /^(?:who|which|whose|a|an|the)\b/i.test(text.slice(last.s, last.e))) pick = prev;
  }
  return phraseSpeaker(ctx, pick.s, pick.e);
}

/** The head name of text[s, e), if the phrase is headed by a name. */
function headName(ctx: SubjectContext, s: number, e: number): Name | null {
  const inside = ctx.names.filter((n) => n.start >= s && n.end <= e && !n.possessive && n.type !== 'NORP');
  if (!inside.length) return null;
  const tailText = (n: Name) => ctx.text.slice(n.end, e);
  // A name that ends the phrase: "Russian Defense Minister Andrei Belousov".
  const end = inside.find((n) => /^[\s.)]*$/.test(tailText(n)));
  if (end) return end;
  // Coordination: "The United States and its allies".
  const coord = inside.find((n) => /^\s+(?:and|or|as well as)\s/i.test(tailText(n)));
  if (coord) return coord;
  // Apposition inside the phrase or a trailing "who …" clause: "Shin Wonsik who …".
  const first = inside[0]!;
  const before = ctx.text.slice(s, first.start);
  if (/^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u.test(before) && /^\s*(?:\(|who\b|,)/.test(tailText(first))) return first;
  return null;
}

function isDescription(np: string): boolean {
  const words = np.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  return words.length > 0 && words.length <= 8 && SPEAKER_NOUNS.has(words[words.length - 1]!);
}

function phraseSpeaker(ctx: SubjectContext, s: number, e: number): Speaker | null {
  const { text } = ctx;
  // Clause openers ("But", "In a statement", "On Tuesday") are not part of the subject.
  for (let guard = 0; guard < 3; guard++) {
    const m = CLAUSE_OPENERS.exec(text.slice(s, e));
    if (!m || !m[0]) break;
    s += m[0].length;
  }
  while (s < e && /[\s“”"‘’(]/.test(text[s]!)) s++;
  while (e > s && /[\s“”"‘’),]/.test(text[e - 1]!)) e--;
  const np = text.slice(s, e);
  if (!np) return null;
  const pron = /^(he|she|they|it)$/i.exec(np);
  if (pron) return pronoun(ctx, pron[1]!.toLowerCase(), s);
  const head = headName(ctx, s, e);
  if (head) {
    const plural = head.type === null ? false : PLURAL_TYPES.has(head.type);
    return { ref: { entity: head.entity, name: head.canonical }, type: head.type, plural };
  }
  const words = np.split(/\s+/);
  if (words.length > 8 || /^(?:who|which|that|what|where|when|whose)\b/i.test(np)) return null;
  // Clauses are not subjects: a finite verb inside means we cut in the wrong place.
  if (/\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/i.test(np)) return null;
  const ref = describe(ctx, np, s);
  if (ref) return ref;
  if (!isDescription(np)) return null;
  const last = words[words.length - 1]!.toLowerCase();
  return { ref: { entity: null, name: np }, type: null, plural: /s$/.test(last) && !/ss$/.test(last) };
}

const stem = (w: string) => w.toLowerCase().replace(/['’]s$/, '').slice(0, 5);

/** "the joint chiefs" → the entity whose name holds every content word of the description. */
function describe(ctx: SubjectContext, np: string, at: number): Speaker | null {
  const content = np.split(/\s+/).filter((w) => !DETERMINERS.test(w) && !/['’]s$/.test(w) && /\p{L}/u.test(w));
  if (!content.length || !content.some((w) => w.length >= 4)) return null;
  const fits = (r: Referent) => {
    const pool = `${r.canonical} ${r.role ?? ''}`.split(/[\s-]+/).filter(Boolean).map(stem);
    return content.every((w) => pool.includes(stem(w)));
  };
  const matches = ctx.index.referents.filter(fits);
  if (!matches.length) return null;
  // Several fit: the one named most recently before the description.
  const lastSeen = (r: Referent) => {
    const ns = ctx.names.filter((n) => n.canonical === r.canonical && n.start < at);
    return ns.length ? ns[ns.length - 1]!.start : -1;
  };
  const r = matches.reduce((x, y) => (lastSeen(y) > lastSeen(x) ? y : x));
  const lastWord = content[content.length - 1]!.toLowerCase();
  return { ref: { entity: r.entity, name: r.canonical }, type: r.type, plural: /s$/.test(lastWord) || PLURAL_TYPES.has(r.type) };
}

/** He/she: the last person who spoke; they/it: the last group or place that did. */
function pronoun(ctx: SubjectContext, p: string, at: number): Speaker | null {
  const hist = ctx.history.speakers.filter((h) => h.at < at);
  const want = (h: Speaker) => (p === 'he' || p === 'she')
    ? (h.type === 'PERSON' || (h.type === null && !h.plural && h.ref.entity === null && !/\s(?:sources|officials)$/i.test(h.ref.name)))
    : p === 'they' ? (h.plural || (h.type !== null && PLURAL_TYPES.has(h.type))) : (h.type === 'ORG' || h.type === 'GPE');
  for (let i = hist.length - 1; i >= 0 && i >= hist.length - 4; i--) if (want(hist[i]!)) return { ...hist[i]!, at: undefined } as Speaker;
  // No earlier speaker: the last suitable name before the pronoun, skipping objects of prepositions.
  const types: (EntityType | null)[] = p === 'he' || p === 'she' ? ['PERSON'] : p === 'they' ? ['ORG', 'GPE', 'NORP'] : ['ORG', 'GPE'];
  const cands = ctx.names.filter((n) => n.end <= at && n.start >= at - 600 && !n.possessive && (types.includes(n.type) || n.type === null));
  for (let i = cands.length - 1; i >= 0; i--) {
    const n = cands[i]!;
    if (/\b(?:of|on|against|for|with|to|by|from|about)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u.test(ctx.text.slice(Math.max(0, n.start - 40), n.start))) continue;
    return { ref: { entity: n.entity, name: n.canonical }, type: n.type, plural: n.type !== null && PLURAL_TYPES.has(n.type) };
  }
  return null;
}
