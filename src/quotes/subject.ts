// Who is the subject of a verb of saying? Given the stretch of text between the start of the
// clause and the verb, find its head: a name ("Shin Wonsik"), a pronoun resolved to an earlier
// speaker ("He added"), a description matched to an entity ("the joint chiefs" → Joint Chiefs of
// Staff) or kept as written ("Iraqi political sources").
import type { EntityType, SpeakerRef } from '../types.js';
import {
  CLAUSE_OPENERS, DATE_TAIL, DETERMINERS, PREPOSITION_BEFORE, REPRESENTATIVES, findCues, SPEAKER_NOUNS, SUBJECT_TAIL,
} from './lexicon.js';
import type { Name, NameIndex, Referent } from './names.js';

export interface Speaker { ref: SpeakerRef; type: EntityType | null; plural: boolean }

/** What the attribution so far has seen: speakers in order, for pronouns. */
export interface History { speakers: (Speaker & { at: number })[] }

export interface SubjectContext {
  text: string;
  names: Name[];
  index: NameIndex;
  history: History;
  /** Start offsets of finite verbs in this field (from the POS tags, else a guess). */
  finiteVerbs: number[];
}

const PLURAL_TYPES = new Set<EntityType | null>(['ORG', 'GPE', 'NORP']);
/** Longest stretch searched for a subject (news subjects are a few words; sentences < 600 chars). */
const MAX_SUBJECT_SPAN = 2000;

function stripTail(text: string, from: number, to: number): number {
  for (let guard = 0; guard < 6; guard++) {
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    const region = text.slice(from, to);
    const tail = SUBJECT_TAIL.exec(region);
    if (tail && tail[0].length < region.length) { to -= tail[0].length; continue; }
    // A date between subject and verb ("Shin on Tuesday said").
    const d = DATE_TAIL.exec(region);
    if (d && d.index > 0) { to = from + d.index; continue; }
    break;
  }
  return to;
}

const speakerOf = (n: Name): Speaker => ({
  ref: { entity: n.entity, name: n.canonical }, type: n.type, plural: n.type !== null && PLURAL_TYPES.has(n.type),
});

/** The first finite verb in (a, b), by binary search over the sorted offsets (-1 if none). */
function firstVerbBetween(ctx: SubjectContext, a: number, b: number): number {
  const xs = ctx.finiteVerbs;
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= a) lo = mid + 1; else hi = mid;
  }
  return lo < xs.length && xs[lo]! < b ? xs[lo]! : -1;
}

/** Speaker of a verb whose subject lies in text[from, to). */
export function subjectSpeaker(ctx: SubjectContext, from: number, to: number): Speaker | null {
  const { text } = ctx;
  // A subject is a phrase: over a long stretch (text without sentence ends) there is none to find,
  // and the patterns below would scan the whole stretch (see MAX_ATTRIBUTION_SPAN).
  if (to - from > MAX_SUBJECT_SPAN) return null;
  to = stripTail(text, from, to);
  // Clause openers ("That said,", "But", "In a statement,") are not part of the subject, and a
  // verb inside one ("said") is not the subject's.
  for (let guard = 0; guard < 3; guard++) {
    while (from < to && /\s/.test(text[from]!)) from++;
    const m = CLAUSE_OPENERS.exec(text.slice(from, to));
    if (!m || !m[0] || from + m[0].length >= to) break;
    from += m[0].length;
  }
  // "…Gen. Omar Hassan, who told …": the relative pronoun stands for the name before it.
  const rel = /,?\s*\b(?:who|which)\s*$/i.exec(text.slice(from, to));
  if (rel) {
    const end = to - rel[0].length;
    const n = ctx.names.filter((x) => x.start >= from && x.end <= end && /^[\s)]*$/.test(text.slice(x.end, end))).pop();
    if (n) return speakerOf(n);
    // "…condemned by the United States and its allies, who said": the phrase after the preposition.
    const seg = text.slice(from, end);
    const p = /.*\b(?:by|from|of|with|to|for)\s+/is.exec(seg);
    return p ? phraseSpeaker(ctx, from + p[0].length, end) : null;
  }
  // "Imran Qureshi, asked by reporters whether he would meet the union, said": a parenthetical
  // between subject and verb (it may hold verbs of its own); the subject is the phrase before it.
  // Only a name before it, and no name inside it: "His predecessor, former president Jair
  // Bolsonaro, said" is an apposition, whose name is the subject (handled below).
  const par = /^([^,]+),\s+(\p{Ll}[^]*?),\s*$/u.exec(text.slice(from, to));
  if (par && !/^(?:and|but|or|nor|then|so)\b/.test(par[2]!)) {
    const e1 = from + par[1]!.length, m0 = e1 + (/^,\s+/.exec(text.slice(e1))?.[0].length ?? 0);
    const name = headName(ctx, from, e1);
    if (name && !ctx.names.some((n) => n.start >= m0 && n.end <= to && n.type === 'PERSON')) return speakerOf(name);
    // A relative or participle clause between subject and verb ("Judges, who have been on strike
    // for three weeks, argue", "A Hezbollah official, speaking on condition of anonymity, denied"):
    // the subject is the phrase before it, whatever heads it.
    if (/^(?:who|which|where|whose|when|\p{Ll}+ing|\p{Ll}+ed)\b/u.test(par[2]!) && firstVerbBetween(ctx, from - 1, e1) < 0) {
      const sp = phraseSpeaker(ctx, from, e1);
      if (sp) return sp;
    }
  }
  // "In a letter read out by a spokesman, Loayza said": an introductory phrase (which may hold
  // verbs of its own) ends at a comma, and a bare name follows it.
  const lastComma = text.slice(from, to).lastIndexOf(', ');
  if (lastComma > 0) {
    const s1 = from + lastComma + 2;
    const name = headName(ctx, s1, to);
    if (name && name.start - s1 <= 40 && text.slice(s1, to).trim().split(/\s+/).length <= 6 && /^[\p{Lu}]/u.test(text.slice(s1, to).trim())) return speakerOf(name);
  }
  // "…welcomed the deal, but farmers’ unions in Chile said": a new clause after ", but".
  const conj = [...text.slice(from, to).matchAll(/,\s+(?:but|and|while|whereas|although|though|as)\s+/gi)].pop();
  if (conj && firstVerbBetween(ctx, from + conj.index! + conj[0].length, to) < 0) from += conj.index! + conj[0].length;
  // "… withdrew from the square after the country's president accused …": a subordinate clause
  // whose subject is the verb's.
  const sub = [...text.slice(from, to).matchAll(/\b(?:after|before|when|while|because|since|although|though|until|once|whereas)\s+/gi)].pop();
  if (sub && sub.index! > 0 && firstVerbBetween(ctx, from + sub.index! + sub[0].length, to) < 0 && to - (from + sub.index! + sub[0].length) > 2) from += sub.index! + sub[0].length;
  // A finite verb before ours: coordination ("Hrytsenko thanked the allies but said") or a
  // relative clause ("Officials who attended the talks said"); the subject precedes that verb.
  const fv0 = firstVerbBetween(ctx, from, to);
  const fv = fv0 >= 0 ? fv0 : undefined;
  if (fv !== undefined) {
    to = fv;
    const r = /(?:,?\s*\b(?:who|which|that)\b)?[\s,]*$/i.exec(text.slice(from, to));
    if (r) to -= r[0].length;
    to = stripTail(text, from, to);
    if (to <= from) return null;
  }
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
  // A relative clause is not the subject ("The Baltic states, which border Russia, believe").
  while (segs.length >= 2 && /^(?:who|which|where|whose|when)\b/i.test(text.slice(segs[segs.length - 1]!.s, segs[segs.length - 1]!.e))) segs.pop();
  let pick = segs[segs.length - 1]!;
  if (appositive && segs.length >= 2) {
    // "Velayati, <description>, said" → the name; "<description>, Shin Wonsik, said" → the name.
    const last = segs[segs.length - 1]!, prev = segs[segs.length - 2]!;
    if (!headName(ctx, last.s, last.e) && (headName(ctx, prev.s, prev.e) || !isDescription(text.slice(last.s, last.e)))) pick = prev;
  }
  return phraseSpeaker(ctx, pick.s, pick.e);
}

/** The head name of text[s, e), if the phrase is headed by a name. */
function headName(ctx: SubjectContext, s: number, e: number): Name | null {
  const inside = ctx.names.filter((n) => n.start >= s && n.end <= e && !n.possessive && n.type !== 'NORP'
    // A name inside a modifier ("commuters in Paris", "officials at the Royal Bank") is not the head.
    && !PREPOSITION_BEFORE.test(ctx.text.slice(s, n.start)));
  if (!inside.length) return null;
  const tailText = (n: Name) => ctx.text.slice(n.end, e);
  // A name that ends the phrase: "Russian Defense Minister Andrei Belousov".
  const end = inside.find((n) => /^[\s.)]*$/.test(tailText(n)));
  if (end) return end;
  // Coordination: "The United States and its allies".
  const coord = inside.find((n) => /^\s+(?:and|or|as well as)\s/i.test(tailText(n)));
  if (coord) return coord;
  // A person with their affiliation: "Navy Commander Majid Mansour of Iraq".
  const affil = inside.find((n) => (n.type === 'PERSON' || n.type === null) && /^\s+(?:of|from|at)\s/i.test(tailText(n)));
  if (affil && /^[\s\p{Lu}\p{Ll}.’'-]*$/u.test(ctx.text.slice(s, affil.start)) && !/(?:^|\s)\p{Ll}[\p{L}]*\s+$/u.test(ctx.text.slice(s, affil.start).replace(/\b(?:the|a|an)\s+$/i, ''))) return affil;
  return null;
}

/** The head noun of a description: the last word before any prepositional phrase. */
function headNoun(np: string): string | null {
  const core = np.replace(/[“”"]/g, '').split(/\s+(?:of|in|at|for|from|with|on|by|to|near|across|among)\s+/i)[0]!;
  const words = core.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  return words.length ? words[words.length - 1]! : null;
}

function isDescription(np: string): boolean {
  const words = np.split(/\s+/);
  const head = headNoun(np);
  if (!head || words.length > 10) return false;
  // People nouns from our list, or any plural common noun ("commuters", "aid agencies"), or a
  // determined noun phrase headed by a common noun ("the party’s lead candidate", "one survivor").
  return SPEAKER_NOUNS.has(head) || (/^[\p{Ll}]/u.test(head) && /[^su]s$/.test(head))
    || (DETERMINED.test(np) && words.length <= 8 && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(head) && !/(?:ing|ly)$/.test(head) && !NOT_SOURCES.has(head));
}

/** A noun phrase that opens with a determiner or a possessive name ("the …", "a …", "Germany’s …"). */
const DETERMINED = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*[’']s?)\s/u;
/** Heads that are not sources when a verb of saying follows ("the move said" is a parse gone wrong). */
const NOT_SOURCES = new Set(['move', 'decision', 'deal', 'plan', 'war', 'attack', 'vote', 'result', 'results', 'way', 'time', 'year', 'day', 'week', 'month', 'fact', 'world', 'country', 'city', 'region', 'area', 'situation', 'case', 'issue', 'news', 'question', 'problem', 'idea', 'thing', 'one', 'other']);

function phraseSpeaker(ctx: SubjectContext, s: number, e: number): Speaker | null {
  const { text } = ctx;
  // Clause openers ("But", "In a statement", "On Tuesday") are not part of the subject.
  while (s < e && /\s/.test(text[s]!)) s++;
  for (let guard = 0; guard < 3; guard++) {
    const m = CLAUSE_OPENERS.exec(text.slice(s, e));
    if (!m || !m[0]) break;
    s += m[0].length;
  }
  // A dateline before the subject ("PORT SUDAN, Sudan — Aid agencies said"): a spaced dash.
  const dash = /^[^“”"]*\s[—–]\s+/.exec(text.slice(s, e));
  if (dash && dash[0].length < e - s) s += dash[0].length;
  while (s < e && /[\s“”"‘’(,]/.test(text[s]!)) s++;
  while (e > s && /[\s“"‘(,]/.test(text[e - 1]!)) e--;
  const np = text.slice(s, e);
  if (!np) return null;
  const pron = /^(he|she|they|it)$/i.exec(np);
  if (pron) return pronoun(ctx, pron[1]!.toLowerCase(), s);
  // "A spokesman for the shipping company Maersk" speaks as Maersk.
  const rep = REPRESENTATIVES.exec(np);
  if (rep) {
    const org = headName(ctx, s + rep[0].length, e) ?? ctx.names.find((n) => n.start >= s + rep[0].length && n.end <= e && !n.possessive && /^[\s.)]*$/.test(text.slice(n.end, e)));
    if (org) return speakerOf(org);
  }
  const head = headName(ctx, s, e);
  if (head) return speakerOf(head);
  const words = np.split(/\s+/);
  if (words.length > 10 || /^(?:who|which|that|what|where|when|whose)\b/i.test(np)) return null;
  // Clauses are not subjects: a finite verb inside means we cut in the wrong place.
  if (/\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/i.test(np)) return null;
  if (findCues(np).length) return null;
  const ref = describe(ctx, np, s);
  if (ref) return ref;
  if (!isDescription(np)) return null;
  const last = headNoun(np) ?? '';
  return { ref: { entity: null, name: np }, type: null, plural: /s$/.test(last) && !/ss$/.test(last) };
}

const stem = (w: string) => w.toLowerCase().replace(/['’]s$/, '').slice(0, 5);
const pools = new WeakMap<Referent, Set<string>>();
/** Word stems of a referent's name and role, computed once per referent. */
function poolOf(r: Referent): Set<string> {
  let p = pools.get(r);
  if (!p) pools.set(r, p = new Set(`${r.canonical} ${r.role ?? ''}`.split(/[\s-]+/).filter(Boolean).map(stem)));
  return p;
}

const fitting = new WeakMap<NameIndex, Map<string, Referent[]>>();

/** "the joint chiefs" → the entity whose name holds every content word of the description. */
function describe(ctx: SubjectContext, np: string, at: number): Speaker | null {
  if (/\s(?:of|in|at|for|from|with|on|by)\s/i.test(np)) return null; // a described group, not an entity
  // A demonym or name as the head ("Many Russians") is a group as written, not the country.
  if (/^\p{Lu}/u.test(np.split(/\s+/).pop()!) && !/^\p{Lu}/u.test(np)) return null;
  const content = np.split(/\s+/).filter((w) => !DETERMINERS.test(w) && !/['’]s$/.test(w) && /\p{L}/u.test(w));
  if (!content.length || !content.some((w) => w.length >= 4)) return null;
  const stems: string[] = [];
  for (const w of content) stems.push(stem(w));
  const fits = (r: Referent) => {
    const pool = poolOf(r);
    return stems.every((w) => pool.has(w));
  };
  const pluralHead = /[^s]s$/.test(content[content.length - 1]!.toLowerCase());
  // The referents a description fits do not change within an article: kept per name index.
  let memo = fitting.get(ctx.index);
  if (!memo) fitting.set(ctx.index, memo = new Map());
  const key = stems.join(' ') + (pluralHead ? '+' : '');
  let matches = memo.get(key);
  if (!matches) memo.set(key, matches = ctx.index.referents.filter((r) => fits(r) && !(pluralHead && r.type === 'PERSON')));
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

/** The speaker a personal pronoun at `at` stands for ("his claim that …" → he). */
export function pronounSpeaker(ctx: SubjectContext, p: 'he' | 'she' | 'they' | 'it', at: number): Speaker | null {
  return pronoun(ctx, p, at);
}

/** He/she: the last person who spoke; they/it: the last group or place that did. */
function pronoun(ctx: SubjectContext, p: string, at: number): Speaker | null {
  const hist = ctx.history.speakers.filter((h) => h.at < at);
  const g = p === 'he' ? 'f' : p === 'she' ? 'm' : null; // the gender that rules a person out
  const person = (h: Speaker) => (h.type === 'PERSON' || (h.type === null && !h.plural && h.ref.entity === null && /^\p{Lu}/u.test(h.ref.name)))
    && (g === null || ctx.index.gender.get(h.ref.name) !== g);
  const want = (h: Speaker) => (p === 'he' || p === 'she') ? person(h)
    : p === 'they' ? (h.plural || (h.type !== null && PLURAL_TYPES.has(h.type))) : (h.type === 'ORG' || h.type === 'GPE');
  let fit: (Speaker & { at: number }) | null = null;
  for (let i = hist.length - 1; i >= 0 && i >= hist.length - 4; i--) {
    if (want(hist[i]!)) { fit = hist[i]!; break; }
  }
  // He/she after a sentence whose subject is a person named since that speaker ("Sanjay Gupta
  // dismissed the complaints. “…,” he said"): the pronoun continues that sentence's subject.
  if (p === 'he' || p === 'she') {
    const since = fit ? fit.at : at - 600;
    const subj = ctx.names.filter((n) => n.type === 'PERSON' && !n.possessive && n.start > since && n.end <= at
      && (g === null || ctx.index.gender.get(n.canonical) !== g) && sentenceSubject(ctx, n)).pop();
    if (subj) return speakerOf(subj);
  }
  if (fit) return { ref: fit.ref, type: fit.type, plural: fit.plural };
  // No earlier speaker: the last suitable name before the pronoun, skipping objects of prepositions.
  const types: (EntityType | null)[] = p === 'he' || p === 'she' ? ['PERSON'] : p === 'they' ? ['ORG', 'GPE', 'NORP'] : ['ORG', 'GPE'];
  const cands = ctx.names.filter((n) => n.end <= at && n.start >= at - 600 && !n.possessive && (types.includes(n.type) || n.type === null)
    && (g === null || ctx.index.gender.get(n.canonical) !== g));
  for (let i = cands.length - 1; i >= 0; i--) {
    const n = cands[i]!;
    if (/\b(?:of|on|against|for|with|to|by|from|about)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u.test(ctx.text.slice(Math.max(0, n.start - 40), n.start))) continue;
    return speakerOf(n);
  }
  return null;
}

/**
 * A name that is the subject of its sentence: only title words before it since the sentence
 * began ("Political analyst Surachai Rakpong of … said"), and a finite verb soon after it.
 */
function sentenceSubject(ctx: SubjectContext, n: Name): boolean {
  const { text } = ctx;
  const back = text.slice(Math.max(0, n.start - 200), n.start);
  const starts = [...back.matchAll(/(?:[.!?]["”’]?\s+|\n\s*|^)/g)];
  const lead = back.slice(starts.length ? starts[starts.length - 1]!.index! + starts[starts.length - 1]![0].length : 0);
  if (n.start - 200 > 0 && !starts.length) return false;
  if (!/^(?:(?:the|a|an|[\p{Lu}][\p{L}.’'-]*|[\p{Ll}][\p{L}-]*)\s+){0,5}$/u.test(lead) || /[“"]/.test(lead)) return false;
  if (/\b(?:of|in|at|for|from|with|on|by|to|and|or|said|says|told|after|before|when|while|as)\s+$/i.test(lead)) return false;
  return ctx.finiteVerbs.some((v) => v >= n.end && v <= n.end + 60 && !/[.!?]/.test(text.slice(n.end, v)));
}
