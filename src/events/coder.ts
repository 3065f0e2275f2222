// The event coder: for each sentence, each verb the lexicon knows is matched against its patterns;
// the subject and object (or, in the passive, the agent and the subject) become source and target.
// Linear in the text: every look-around is bounded by the clause and a fixed window.
import type { Doc } from '../doc/index.js';
import type { ActorRef, CountOut, DateOut, EntityOut, PlaceRef, SpanRef } from '../types.js';
import { sentenceGraph } from './graph.js';
import { hasNonEventCue } from '../kb/non-event-cues.js';
import { ParseCoder } from './parse-coder.js';
import { actorIndex, placeOf, type ActorIndex } from './actors.js';
import { clauseEnd, sentenceView, verbGroup, type SentenceView, type VerbGroup } from './clause.js';
import { verbLexicon, type Pattern } from '../kb/verb-patterns.js';
import { codeInfo } from '../kb/ontology.js';
import { countryOfName } from '../kb/countries.js';
import { actorCode, roleTypeOf } from '../kb/actor-codes.js';
import { conjoinedSpeaker, conjunctBefore, conjunctsAfter, listBefore, SIDE_BY_SIDE, SPEECH_ACT_ROOTS } from './coordination.js';
import { governingPreposition, isClauseVerb, isPlace, isPossessiveModifier, mentionRange, startsClause } from './phrases.js';
import { complementPronounSubject, emptyMemory, pronounSubject, rememberSubject, type SubjectMemory } from './pronouns.js';
import { extendDoc, genericActor, targetFromSource, type GenericMention } from './generic.js';
import { nominalEvents } from './nominal.js';
import { intendedCode } from './modality.js';
import {
  ACCUSE, ATTACK_NOUNS, CONDEMN_NOUNS, HEDGE_SENTENCE, LOCATIVE, PREPOSITIONS, PRONOUN_SUBJECTS, RAISING, RELATIVES, SPEECH,
} from './words.js';

/** One coded mention of an event, before folding. */
/** A visit of a country to itself: what the chunk reading makes of a caption's welcome ("X, left, is welcomed by Y upon his arrival"). */
const selfVisit = (e: RawEvent): boolean => /^04[23]/.test(e.cameo) && !!e.source.country && e.source.country === e.target?.country;

export interface RawEvent {
  source: ActorRef;
  target: ActorRef | null;
  cameo: string;
  negated: boolean;
  hedged: boolean;
  date: string | null;
  place: PlaceRef | null;
  evidence: SpanRef;
  /** Reading order, for stable ids. */
  order: number;
  /** People killed, wounded, arrested… that the act reports. */
  counts?: CountOut[];
}

/** Roots whose events stand without a recipient (a protest, a show of force). */
const NO_TARGET_ROOTS = new Set(['14', '15']);
const ELEMENT_WINDOW = 8;
const STATE_FORCE = new Set(['COP', 'MIL', 'SPY']);

/** Lemmas the lemmatiser should prefer when a form is ambiguous ("visited" → "visit", not "visite"). */
const KNOWN = (l: string): boolean => verbLexicon().has(l) || SPEECH.has(l) || ACCUSE.has(l) || RAISING.has(l);
const TARGET_WINDOW = 12;

interface Match { pattern: Pattern; end: number; matched: Set<number> }

function matchPattern(v: SentenceView, g: VerbGroup, p: Pattern, limit: number): Match | null {
  let pos = g.head + 1;
  const matched = new Set<number>();
  for (const el of p.elements) {
    let found = -1, len = 0;
    for (let j = pos; j < Math.min(limit, pos + ELEMENT_WINDOW); j++) {
      for (const alt of el) {
        let ok = true;
        for (let k = 0; k < alt.length; k++) {
          const keys = v.keys[j + k];
          if (keys === undefined || !keys.includes(alt[k]!)) { ok = false; break; }
        }
        if (ok) { found = j; len = alt.length; break; }
      }
      if (found >= 0) break;
      // (An element is not looked for past another verb: "protested in Tel Aviv, demanding a deal to free ..."
      // has no "protest to".)
      // (A finite verb, or a participle opening a clause after a comma; not "a debt restructuring deal".)
      // (Not a gerund modifying a noun, "a debt restructuring deal", nor a noun read as a verb, "a landing ship".)
      if (v.verbal[j] && j > g.head && /^(VB|MD)/.test(v.toks[j]!.pos ?? 'VB') && !(v.toks[j]!.pos === 'VBG' && /^NN/.test(v.toks[j + 1]?.pos ?? ''))) break;
    }
    if (found < 0) {
      // In the passive the object noun stands before the verb ("hostages were released").
      if (g.passive && el.length && p.elements.indexOf(el) === 0) {
        let hit = -1;
        for (let j = Math.max(0, g.start - 4); j < g.start; j++) if (el.some((alt) => alt.length === 1 && v.keys[j]!.includes(alt[0]!))) hit = j;
        if (hit >= 0) { matched.add(hit); continue; }
      }
      return null;
    }
    for (let k = 0; k < len; k++) matched.add(found + k);
    pos = found + len;
  }
  return { pattern: p, end: pos, matched };
}

/** Subject of the verb group: nearest name before it in the clause that is not inside a PP or a possessive. */
/** How far back a subject is looked for (keeps coding linear on run-on "sentences"). */
const SUBJECT_WINDOW = 40;

function findSubject(v: SentenceView, g: VerbGroup, prior: Map<number, number>, generic?: Map<number, GenericMention>): number {
  const cs = Math.max(v.clauseStart[g.start] ?? 0, g.start - SUBJECT_WINDOW);
  // A relative clause set off by commas: "Poland and Romania, which border Ukraine, scrambled jets" →
  // the name before it, not the relative clause's object.
  if (cs > 1 && v.lower[g.start - 1] === ',' && RELATIVES.has(v.lower[cs]!) && v.lower[cs] !== 'that' && v.lower[cs - 1] === ',') {
    const m = v.mentionAt[cs - 2]!;
    if (m >= 0 && !isPossessiveModifier(v, m)) return m;
  }
  // A relative clause inside an appositive: "X, a former banker who took office in March, urged" →
  // the name before the appositive.
  if (cs > 1 && v.lower[g.start - 1] === ',' && RELATIVES.has(v.lower[cs]!) && v.lower[cs] !== 'that' && v.lower[cs - 1] !== ',') {
    let k = cs - 1;
    while (k > 0 && v.lower[k] !== ',' && !v.verbal[k] && cs - k < 12) k--;
    if (k > 0 && v.lower[k] === ',') {
      const m = v.mentionAt[k - 1]!;
      if (m >= 0 && !isPossessiveModifier(v, m) && !governingPreposition(v, m)) return m;
    }
  }
  // Appositive: "Velayati, Iran's ... adviser, demanded" → the name before the first comma.
  if (g.start > 0 && v.lower[g.start - 1] === ',') {
    let k = g.start - 2;
    while (k > cs && v.lower[k] !== ',') k--;
    if (k > cs && v.lower[k] === ',') {
      const m = v.mentionAt[k - 1]!;
      if (m >= 0 && !isPossessiveModifier(v, m)) return m;
    }
  }
  let possessive = -1, partitive = -1;
  for (let j = g.start - 1; j >= cs; j--) {
    const l = v.lower[j]!;
    if (j === g.start - 1 && (l === 'and' || l === 'but' || l === 'or')) {
      // "met with X ... and called for" → the subject of the previous verb.
      let best = -1, bestHead = -1;
      for (let h = j - 1; h >= cs; h--) if (prior.has(h)) { bestHead = h; best = prior.get(h)!; break; }
      void bestHead;
      if (best >= 0) return best;
      // The previous verb had no known subject: do not take its object for ours.
      if (v.verbal.subarray(cs, j).some((x) => x === 1)) return -1;
    }
    const m = v.mentionAt[j]!;
    if (m >= 0) {
      const [a] = mentionRange(v, m);
      j = a;
      if (isPossessiveModifier(v, m)) { if (possessive < 0) possessive = m; continue; }
      const prep = governingPreposition(v, m);
      // "Thousands of Kenyans", "the government of Mohammed Shia al-Sudani": the name behind "of".
      if ((prep === 'of' || (prep === 'for' && speaksFor(v, m))) && partitive < 0) partitive = m;
      if (prep && prep !== 'to') continue;
      // A generic phrase inside a prepositional phrase ("ties to both governments") is not the subject.
      if (prep && generic?.has(m)) continue;
      return m;
    }
    // ("police, who responded": the relative pronoun opening the clause stands for its antecedent, below.)
    if (PRONOUN_SUBJECTS.has(l) && j >= g.start - 3) { if (l === 'who' && j === cs && cs > 0) break; return -1; }
  }
  if (possessive >= 0) return possessive;
  if (partitive >= 0) return partitive;
  // Relative clause: "Soleimani, who was invited by ..." → the antecedent.
  const rel = v.lower[cs];
  if (cs > 0 && rel !== undefined && RELATIVES.has(rel) && rel !== 'that') {
    const k = v.lower[cs - 1] === ',' ? cs - 2 : cs - 1;
    if (k >= 0 && v.mentionAt[k]! >= 0) return v.mentionAt[k]!;
  }
  return -1;
}

const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'representatives', 'official', 'officials']);
/** "a spokesperson for the Chinese foreign ministry": the name speaks through its spokesperson. */
function speaksFor(v: SentenceView, m: number): boolean {
  const [a] = mentionRange(v, m);
  for (let j = a - 1; j >= Math.max(0, a - 5); j--) if (v.lower[j] === 'for') return j > 0 && SPOKES.has(v.lower[j - 1]!);
  return false;
}

/** The agent of a passive verb: "by X", or a name modifying an attack noun ("in a US strike"). */
function findAgent(v: SentenceView, g: VerbGroup, end: number): number {
  for (let j = g.head + 1; j < end; j++) {
    const m = v.mentionAt[j]!;
    if (m < 0) continue;
    const [a, b] = mentionRange(v, m);
    const prep = governingPreposition(v, m);
    if (prep === 'by') return m;
    if (prep === 'in' || prep === 'during' || prep === 'at' || prep === 'under') {
      for (let k = b; k < Math.min(end, b + 3); k++) if (ATTACK_NOUNS.has(v.lower[k]!)) return m;
    }
    j = Math.max(j, b - 1);
    void a;
  }
  return -1;
}

/** First name after the verb (within the clause) that is not a locative place and not the source. */
const TIME_PREPS = new Set(['during', 'amid', 'since', 'until', 'throughout']);

function findObject(v: SentenceView, g: VerbGroup, match: Match, end: number, exclude: number, actorOf: (m: number) => unknown, generic?: Map<number, GenericMention>): number {
  const explicitCountry = (m: number) => generic?.get(m)?.country ?? null;
  const limit = Math.min(end, Math.max(match.end, g.head + 1) + TARGET_WINDOW);
  let locative = -1, fallback = -1;
  const root = match.pattern.code.slice(0, 2);
  // "accused them of supplying drones to Russia": a pronoun object is the party, and it is not named here.
  // ("met her Ugandan counterpart": "her" before a noun phrase is a determiner.)
  const pro = v.lower[g.head + 1] ?? '';
  if (OBJECT_PRONOUNS.has(pro) && !(pro === 'her' && /^(NN|JJ|CD|VBN|VBG)/.test(v.toks[g.head + 2]?.pos ?? ''))) return -1;
  // "struck what the military said were Hezbollah depots", "hit what it called militant camps": the
  // object is named after the framing verb of the free relative.
  if (v.lower[g.head + 1] === 'what') {
    for (let j = g.head + 2; j < Math.min(v.toks.length, g.head + 8); j++) {
      if (!v.verbal[j] || !v.keys[j]!.some((k) => WHAT_FRAMES.has(k))) continue;
      let k = j + 1;
      while (k < v.toks.length && (BE_OR_AS.has(v.lower[k]!) || v.lower[k] === 'to')) k++;
      for (let q = k; q < Math.min(v.toks.length, k + TARGET_WINDOW); q++) {
        const m = v.mentionAt[q]!;
        if (m < 0 || m === exclude || generic?.has(m)) continue;
        if (v.verbal[q]) break;
        return actorOf(m) ? m : -1;
      }
      return -1;
    }
  }
  for (let j = g.head + 1; j < limit; j++) {
    const m = v.mentionAt[j]!;
    // Another verb before any name: the object was a common noun ("called for the two countries to
    // formulate ..."); only a show or use of force reaches through its purpose ("scrambled jets to repel X").
    // A new coordinated clause (", and the EU's envoy said") or an attribution ("according to X") ends the object.
    if (m < 0 && j >= match.end && ((v.lower[j] === ',' && COORD.has(v.lower[j + 1] ?? '')) || v.lower[j] === 'according')) break;
    // "declared an emergency and police fired ...": a name after "and" with its own verb starts a new clause.
    if (m < 0 && j >= match.end && v.lower[j] === 'and' && startsClause(v, j + 1)) break;
    // "..., India's defence ministry said": an attribution after a comma is not the object.
    if (m < 0 && j >= match.end && v.lower[j] === ',' && startsClause(v, j + 1)) break;
    // (A pattern that ends in "to" — "is ready to", "agreed to" — takes the infinitive's object as its own.)
    const ownInfinitive = j === match.end && v.lower[j - 1] === 'to' && match.matched.has(j - 1);
    if (m < 0 && v.verbal[j] && j >= match.end && isClauseVerb(v, j) && !(REACH_ROOTS.has(root) && v.lower[j - 1] === 'to') && !ownInfinitive) break;
    if (m < 0 || m === exclude) continue;
    const [a, b] = mentionRange(v, m);
    const prep = governingPreposition(v, m);
    const byPattern = a > 0 && match.matched.has(a - 1);
    if (generic?.has(m)) {
      // "arrested them outside a court", "at the ministry": an institution under a locative is a place.
      // (Unless the pattern names the preposition: "threw stones at police".)
      if (prep && LOCATIVE.has(prep) && !byPattern && generic.get(m)!.kind === 'state') { j = b - 1; continue; }
      // "sent troops to X", "massed troops": the pattern's own noun is what is moved, not the party.
      // (Unless the phrase names another country: "trained Libyan soldiers", "withdrawal of Russian troops".)
      const own = (actorOf(m) as ActorRef | null)?.country;
      // (People the pattern names are acted on: "freed 50 political prisoners", "detained 14 journalists".)
      const people = PEOPLE_ROOTS.has(root) && generic.get(m)!.kind === 'group';
      if (match.matched.has(b - 1) && !prep && !people && (!own || !explicitCountry(m) || own === (actorOf(exclude) as ActorRef | null)?.country)) { j = b - 1; continue; }
      // A group of no known country ("rebels", "protesters") yields to a name further on; it is the
      // object only when nothing else is ("police arrested 14 organisers").
      if (!actorOf(m)) { if (fallback < 0) fallback = m; j = b - 1; continue; }
    }
    if (!byPattern && prep && LOCATIVE.has(prep) && isPlace(v, m) && !isPossessiveModifier(v, m)) { if (locative < 0) locative = m; j = b - 1; continue; }
    // "signed a pact during Putin's visit", "amid Iran's objections": a name in a time adjunct is
    // not the party acted on.
    if (!byPattern && prep && TIME_PREPS.has(prep)) { j = b - 1; continue; }
    // ("opened an inquiry into abuses by Ethiopian troops", "condemned the killing by X": the author of
    // the act investigated or criticised is the target; elsewhere "by X" is an agent, not the party.)
    if (!byPattern && prep === 'by' && !(BY_TARGET_ROOTS.has(root) && a > 1 && /^NNS?$/.test(v.toks[a - 2]?.pos ?? '') && v.lower[a - 1] === 'by')) { j = b - 1; continue; }
    // "forced thousands to flee into Chad": a destination is not the party acted on (force aside: "fired rockets into Israel").
    if (!byPattern && prep === 'into' && isPlace(v, m) && !FORCE_ROOTS.has(root) && movedInto(v, a)) { j = b - 1; continue; }
    // "criticised the Geneva format": a city naming a thing is not the party acted on.
    if (!byPattern && isPlace(v, m) && /^NNS?$/.test(v.toks[b]?.pos ?? '') && /^[a-z]/.test(v.toks[b]?.text ?? '') && !countryOfName(v.doc.mentions[m]!.text)) { j = b - 1; continue; }
    // "sent a carrier to the Mediterranean to deter Iran": a sea or region is where, not whom.
    if (isPlace(v, m) && !actorOf(m)) { j = b - 1; continue; }
    // A name that resolves to no actor does not hide the group acted on before it.
    if (fallback >= 0 && !actorOf(m)) return fallback;
    // ("donate 19 F-16 fighter jets to Ukraine": a weapon or product name is what is given, not the party.)
    if (!actorOf(m) && !PARTY_TYPES.has(v.doc.mentions[m]!.type)) { j = b - 1; continue; }
    return m;
  }
  // An attack on targets "in Iran" is an attack on Iran.
  if (locative >= 0 && FORCE_ROOTS.has(root)) return locative;
  if (fallback >= 0) return fallback;
  // "demanded that Japan stop ...", "warned that Russia would ...": the complement's subject.
  if (limit === end && end < v.toks.length && RELATIVES.has(v.lower[end]!) && COMPLEMENT_ROOTS.has(root)) {
    for (let j = end + 1; j < Math.min(v.toks.length, end + 6); j++) {
      const m = v.mentionAt[j]!;
      if (m >= 0 && m !== exclude) return isPossessiveModifier(v, m) || !governingPreposition(v, m) ? m : -1;
      if (v.verbal[j]) break;
    }
  }
  return -1;
}

/** "mediate between X": the "between" governing mention m follows a verb directly. */
function betweenAfterVerb(v: SentenceView, m: number): boolean {
  const [a] = mentionRange(v, m);
  let k = a - 1;
  while (k > 0 && v.lower[k] !== 'between') k--;
  return k > 0 && v.verbal[k - 1] === 1;
}

/** The place at `a` is where someone moves: "into" right after a verb ("flee into Chad", not "an inquiry into Belarus"). */
function movedInto(v: SentenceView, a: number): boolean {
  let k = a - 1;
  if (v.lower[k] === 'the') k--;
  return v.lower[k] === 'into' && k > 0 && v.verbal[k - 1] === 1;
}

/** "no" before the pattern's own words or right before the subject's name. */
function noDeterminer(v: SentenceView, g: VerbGroup, match: Match, subject: number): boolean {
  const last = match.matched.size ? Math.max(...match.matched) : g.head;
  for (let j = g.head + 1; j < last; j++) if (v.lower[j] === 'no' && !v.verbal[j]) return true;
  if (subject >= 0 && !g.passive) {
    const [a] = mentionRange(v, subject);
    if (a > 0 && v.lower[a - 1] === 'no') return true;
  }
  return false;
}

/** The one country the sentence's names belong to, or null if none or several. */
function soleCountry(v: SentenceView, actors: ActorIndex, generic: Map<number, GenericMention>): string | null {
  let one: string | null = null;
  for (let j = 0; j < v.toks.length; j++) {
    const m = v.mentionAt[j]!;
    if (m < 0) continue;
    const c = generic.has(m) ? generic.get(m)!.country : actors.actor(m)?.country;
    if (!c) continue;
    if (one && c !== one) return null;
    one = c;
  }
  return one;
}

/** Assault, fight, mass violence. */
const ATTACK_ROOTS = new Set(['18', '19', '20']);
const WHAT_FRAMES = new Set(['say', 'call', 'describe', 'claim', 'believe', 'identify', 'term']);
const BE_OR_AS = new Set(['were', 'was', 'are', 'is', 'as', 'be']);
const CAUSE_WORDS = new Set(['after', 'when', 'as']);
/** Foreign actors named before the verb of an "after"/"when"/"as" clause starting at `at` (its subject). */
function causeActors(v: SentenceView, at: number, source: ActorRef, actors: ActorIndex, generic: Map<number, GenericMention>): ActorRef[] {
  const out: ActorRef[] = [];
  if (!CAUSE_WORDS.has(v.lower[at] ?? '')) return out;
  for (let j = at + 1; j < Math.min(v.toks.length, at + 12); j++) {
    if (v.verbal[j]) break;
    const m = v.mentionAt[j]!;
    if (m < 0 || generic.has(m)) continue;
    const [a0, b] = mentionRange(v, m);
    j = b - 1;
    // (Only the clause's subject: "after aircraft from Russia entered" names Russia under "from".)
    if (v.lower.slice(at + 1, a0).some((l) => PREPOSITIONS.has(l))) continue;
    const a = actors.actor(m);
    if (a?.country && a.country !== source.country && !out.some((x) => x.country === a.country)) out.push(a);
  }
  return out;
}

/** Codes of measures a state takes over its own territory (curfews, states of emergency, martial law). */
const DOMESTIC_MEASURES = new Set(['0812', '0813', '0814', '1721', '1722', '1723', '1724']);
const FORCE_ROOTS = new Set(['15', '18', '19', '20']);
/** Roots whose pattern nouns name the people acted on (released prisoners, arrested journalists, abducted villagers). */
const PEOPLE_ROOTS = new Set(['08', '17', '18']);
/** Roots whose object may be the author of an act named after the pattern ("inquiry into abuses by X"). */
const BY_TARGET_ROOTS = new Set(['09', '11', '19']);
/** Mention types that name a party; a mention of another type that resolves to no actor is a thing. */
const PARTY_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);
/** Roots whose object may stand after a purpose infinitive: force, and repression ("fired tear gas to disperse the crowd"). */
/** Threats reach it too: "threatened to halt deliveries to Moldova" threatens Moldova. */
const REACH_ROOTS = new Set([...FORCE_ROOTS, '17', '13']);
/** Verbs that only report what a speaker says (the condemnation rule's speakers). */
const STATEMENT = new Set(['say', 'add', 'tell', 'state', 'declare', 'stress', 'note', 'write', 'insist', 'argue', 'assert', 'emphasize', 'emphasise', 'tweet', 'post']);
const COORD = new Set(['and', 'but', 'while', 'whereas', 'as', 'which', 'who']);

/** Codes whose verbs take a that-clause about the target ("demanded that X ..."). */
const COMPLEMENT_ROOTS = new Set(['02', '10', '11', '12', '13']);

function findPlace(v: SentenceView, g: VerbGroup, end: number, skip: Set<number>): number {
  for (let j = g.head + 1; j < Math.min(end, g.head + 24); j++) {
    const m = v.mentionAt[j]!;
    if (m < 0 || skip.has(m) || !isPlace(v, m)) continue;
    for (let k = j - 1; k >= Math.max(g.head + 1, j - 6); k--) {
      if (v.verbal[k]) break;
      if (LOCATIVE.has(v.lower[k]!)) return m;
    }
  }
  return -1;
}

/** Index of the first hedge cue of each sentence view (one pass per sentence, not per verb). */
const firstHedge = new WeakMap<SentenceView, number>();
function sentenceHedged(v: SentenceView, upTo: number): boolean {
  let at = firstHedge.get(v);
  if (at === undefined) {
    at = Infinity;
    for (let j = 0; j < v.lower.length; j++) {
      const l = v.lower[j]!;
      if (!HEDGE_SENTENCE.has(l)) continue;
      if ((l === 'reports' || l === 'report' || l === 'claims') && v.lower[j + 1] !== 'that' && v.lower[j + 1] !== 'of') continue;
      at = j;
      break;
    }
    firstHedge.set(v, at);
  }
  return at < upTo;
}

export interface CoderContext {
  doc: Readonly<Doc>;
  actors: ActorIndex;
  order: { n: number };
  /** Generic noun-phrase mentions ("police", "the government") by mention index. */
  generic: Map<number, GenericMention>;
  /** The first named subject of the last sentence that had one, for "He", "It" (see pronouns.ts). */
  last: SubjectMemory;
  /** Targets of the last sentence's events by source (entity or actor code), for a carried-over speaker. */
  prev: { sentence: number; targets: Map<string, ActorRef> };
}

function dateFor(doc: Readonly<Doc>, v: SentenceView, head: number): string | null {
  return dateNear(doc, v.index, head);
}

/** Is a date (YYYY, YYYY-MM, YYYY-MM-DD) history for an article published on `published`? */
function isBackground(date: string | null, published: string | null): boolean {
  if (!date || !published || date === published.slice(0, 10) || /W/.test(date)) return false;
  const p = published.slice(0, 10);
  if (date.length === 4) return date < p.slice(0, 4);
  if (date.length === 7) return date < p.slice(0, 7);
  return Date.parse(p) - Date.parse(date.slice(0, 10)) > 60 * 86_400_000;
}

/** The country a dateline opening the body names ("PORT SUDAN, Sudan, May 6 -", "KYIV (Reuters) -"), or null. */
function datelineCountry(doc: Readonly<Doc>): string | null {
  const s = doc.sentences.find((x) => x.field === 'body');
  if (!s) return null;
  const toks = doc.tokens.slice(s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 12));
  const dash = toks.findIndex((t, i) => i > 0 && (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--'));
  const first = toks[0]?.text ?? '';
  if (dash < 0 || first.length < 3 || first !== first.toUpperCase() || !/\p{Lu}{3}/u.test(first)) return null;
  for (const m of doc.mentions) {
    if (m.field !== 'body' || m.tokenStart < s.tokenStart || m.tokenStart >= s.tokenStart + dash) continue;
    const c = doc.mentionActors[doc.mentions.indexOf(m)]?.country;
    if (c) return c;
  }
  return null;
}

/** The entity a definite description covering a token refers to (resolve adds descriptions to entities' mentions). */
function descriptionIndex(doc: Readonly<Doc>): (token: number) => EntityOut | null {
  const named = new Set(doc.mentions.map((m) => `${m.field}:${m.start}`));
  const spans: { field: string; start: number; end: number; e: EntityOut }[] = [];
  for (const e of doc.entities) for (const m of e.mentions) if (!named.has(`${m.field}:${m.start}`)) spans.push({ field: m.field, start: m.start, end: m.end, e });
  if (!spans.length) return () => null;
  return (token) => {
    const t = doc.tokens[token];
    if (!t) return null;
    for (const s of spans) if (s.field === t.field && s.start <= t.start && t.end <= s.end) return s.e;
    return null;
  };
}

/** The date expression of sentence si nearest its token `head`, with value and grain, or null. */
function dateExpressionNear(doc: Readonly<Doc>, si: number, head: number, where?: (token: number) => boolean): { value: string; grain: string | null } | null {
  const s = doc.sentences[si]!;
  const at = doc.tokens[s.tokenStart + head]!.start;
  let best: DateOut | null = null, dist = Infinity;
  for (const d of doc.dates) {
    if (d.field !== s.field || d.start < s.start || d.end > s.end || !d.value) continue;
    if (where) {
      let tok = -1;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) if (doc.tokens[k]!.start >= d.start) { tok = k; break; }
      if (tok < 0 || !where(tok)) continue;
    }
    const dd = Math.abs(d.start - at);
    if (dd < dist) { dist = dd; best = d; }
  }
  return best?.value ? { value: best.value, grain: best.grain } : null;
}

/** The date of sentence si nearest its token `head` (index within the sentence), else the publication date. */
function dateNear(doc: Readonly<Doc>, si: number, head: number): string | null {
  const s = doc.sentences[si]!;
  const at = doc.tokens[s.tokenStart + head]!.start;
  let best: string | null = null, dist = Infinity;
  for (const d of doc.dates) {
    if (d.field !== s.field || d.start < s.start || d.end > s.end || !d.value) continue;
    const dd = Math.abs(d.start - at);
    if (dd < dist) { dist = dd; best = d.value; }
  }
  return best ?? doc.published ?? null;
}

/** Code every event of one sentence. */
export function codeSentence(cx: CoderContext, si: number, out: RawEvent[]): void {
  const { doc, actors } = cx;
  const lex = verbLexicon();
  const known = KNOWN;
  const v = sentenceView(doc, si, known, (l) => lex.has(l));
  const s = doc.sentences[si]!;
  const evidence: SpanRef = { field: s.field, start: s.start, end: s.end, text: fieldSlice(doc, s.field, s.start, s.end) };
  const subjects = new Map<number, number>();
  const groups: VerbGroup[] = [];
  let codedAccusation = false;
  let speaker = -1, firstSubject = -1;
  const before = out.length;
  for (let i = 0; i < v.toks.length; i++) {
    if (!v.verbal[i]) continue;
    const g = verbGroup(v, i, known);
    groups.push(g);
    // A reduced relative's subject is the name right before it, if any ("the Iranian drones supplied by").
    let subj = g.reduced ? v.mentionAt[g.head - 1]! : findSubject(v, g, subjects, cx.generic);
    let viaPronoun = false, carried = false;
    if (subj < 0 && !g.passive) { subj = pronounSubject(cx.last, v, g); viaPronoun = carried = subj >= 0; }
    // "Seoul said it would send ...": the complement's pronoun is the speaker.
    if (subj < 0 && !g.reduced) { subj = complementPronounSubject(v, g, subjects, (h) => lemmaOfHead(groups, h), cx.generic); viaPronoun = subj >= 0; }
    if (subj >= 0) subjects.set(i, subj);
    if (subj >= 0 && !viaPronoun && firstSubject < 0) firstSubject = subj;
    if (STATEMENT.has(g.lemma) && subj >= 0 && speaker < 0) speaker = subj;
    const patterns = lex.get(g.lemma);
    if (!patterns) continue;
    if (g.infinitive) continue;
    let subject = subj;
    let hedged = g.hedged;
    const means = g.gerund && v.lower[g.start - 1] === 'by' ? meansSubject(v, g, groups, subjects) : -1;
    if (means >= 0) subject = means;
    else if (g.gerund) {
      // Only "accused of supplying ...": the accused is the subject of the gerund, and it is a claim.
      const of = v.lower[g.start - 1];
      let gov: VerbGroup | undefined;
      for (let k = groups.length - 2; k >= Math.max(0, groups.length - 6) && !gov; k--) if (ACCUSE.has(groups[k]!.lemma) && groups[k]!.head < g.start) gov = groups[k];
      if ((of !== 'of' && of !== 'for') || !gov) continue;
      const end0 = clauseEnd(v, gov.head);
      subject = gov.passive ? subjects.get(gov.head) ?? -1 : findObject(v, gov, { pattern: patterns[0]!, end: gov.head + 1, matched: new Set() }, end0, subjects.get(gov.head) ?? -1, actors.actor, cx.generic);
      hedged = true;
    }
    const end = clauseEnd(v, i);
    let match: Match | null = null;
    for (const p of patterns) { match = matchPattern(v, g, p, end); if (match) break; }
    if (!match) continue;
    // "would free half of the hostages", "will send troops": an intent (03x) or a threat, as the parse coder codes it.
    const info = codeInfo(g.future ? intendedCode(match.pattern.code) : match.pattern.code);
    if (!info) continue;
    // "Guliyev said Baku wanted a deal and urged Yerevan to ...": a speech act joined by "and" after
    // reported speech is the speaker's, not the reported subject's.
    if (!g.passive && !g.gerund) { const sp = conjoinedSpeaker(v, g, groups, subjects); if (sp >= 0 && SPEECH_ACT_ROOTS.has(info.root)) subject = sp; }
    // mutual: the target is the subject's own partner ("Israel and Bahrain signed"), not an object.
    // coSource: the second of two coordinated subjects, which acts on the same target.
    let src = -1, tgt = -1, mutual = false, coSource = -1;
    let implicit: ActorRef | null = null;
    let listed: number[] = [];
    if (g.passive) {
      tgt = subject;
      src = findAgent(v, g, end);
      // "An American journalist was detained in Moscow": with no agent, an arrest, a sentence or a
      // deportation is the doing of the state where it happens.
      if (src < 0 && tgt >= 0 && !g.reduced && (info.root === '17' || info.code === '116') && !v.lower.slice(g.head + 1, end).includes('by')) implicit = stateAt(v, g, end, actors, tgt);
      // "Sanctions were imposed on Iran by the EU": the subject is a thing, the target follows.
      if (tgt < 0 && src >= 0 && [...match.matched].some((k) => k < g.start)) tgt = findObject(v, g, match, end, src, actors.actor, cx.generic);
      // "A ship was struck by a Russian missile in the port of Odesa": force used in a place is used on it.
      // (Not a place of the attacker's own country: "struck by a Houthi missile off Yemen" hits a ship, not Yemen.)
      else if (tgt < 0 && src >= 0 && FORCE_ROOTS.has(info.root)) {
        const at = findObject(v, g, match, end, src, actors.actor, cx.generic);
        if (at >= 0 && actors.actor(at)?.country !== actors.actor(src)?.country) tgt = at;
      }
    }
    else {
      src = subject;
      // "Israel and Bahrain signed an agreement": the first conjunct acts, the second is its partner.
      const partner = src >= 0 && !viaPronoun ? conjunctBefore(v, src) : -1;
      if (partner >= 0) src = partner;
      // "Britain, France and Germany urged Iran ...": the names listed before the first conjunct act too.
      if (partner >= 0) listed = listBefore(v, partner);
      tgt = findObject(v, g, match, end, src, actors.actor, cx.generic);
      // ("Armenia and Azerbaijan met" is coded once, first conjunct to second, as our suites annotate it.)
      // Only acts two parties do together make one the other's target: "Japan and Australia expressed
      // concern" is said by both, to no one named; "South Korea and Japan welcomed X" is said by both to X.
      if (partner >= 0) {
        if (tgt >= 0 && actors.actor(tgt)) coSource = subject;
        else if (!SIDE_BY_SIDE.has(info.root) && !SIDE_BY_SIDE.has(info.code)) { tgt = subject; mutual = true; }
        else { tgt = -1; coSource = subject; }
      }
    }
    if (match.pattern.reversed) [src, tgt] = [tgt, src];
    if (src < 0 && !implicit) continue;
    let source = implicit ?? actors.actor(src);
    // "the military government imposed a curfew in five townships" (of an article too short to have a
    // main country): a curfew is imposed at home, so the country the sentence names, if it names only one.
    // "A suicide bomber killed 14 people in Peshawar": an unnamed attacker at home, where the sentence names only one country.
    if (!source && cx.generic.has(src) && (DOMESTIC_MEASURES.has(info.code) || ((ATTACK_ROOTS.has(info.root) || info.root === '14') && cx.generic.get(src)!.kind === 'group'))) {
      const one = soleCountry(v, actors, cx.generic);
      // (An attack is placed at home by a place named in the sentence: "attacked the Russian embassy" is not.)
      const placed = DOMESTIC_MEASURES.has(info.code) || [...v.mentionAt].some((m) =>
        m >= 0 && isPlace(v, m) && LOCATIVE.has(governingPreposition(v, m) ?? '') && actors.actor(m)?.country === one);
      if (one && placed) source = genericActor({ ...cx.generic.get(src)!, country: one }, null);
    }
    if (!source) continue;
    let target = tgt >= 0 ? actors.actor(tgt) : null;
    // "Kenyan police arrested 14 organisers": people a domestic actor acts on are of its country.
    const gt = tgt >= 0 ? cx.generic.get(tgt) : undefined;
    if (!target && gt) target = targetFromSource(gt, source, info.root);
    // (Same entity, other arm: "Kenyan police arrested Kenyan protesters" acts within one country's entity.)
    if (target && source.entity && target.entity === source.entity && (target.actor_code === source.actor_code || !(cx.generic.has(src) || gt))) target = null;
    if (target && !source.entity && !target.entity && target.actor_code === source.actor_code && target.name === source.name) target = null;
    // "the government ordered the army to ...": one unnamed arm of a state acting on another is its own business.
    const gs = cx.generic.get(src);
    if (target && gs?.kind === 'state' && gt?.kind === 'state' && target.country === source.country) continue;
    // A curfew, a state of emergency or martial law is imposed (or lifted) at home: on the source's own country.
    // (So is crowd control: police who "responded with tear gas" used it on their own country's people.)
    if (!target && (DOMESTIC_MEASURES.has(info.code) || (info.code === '175' && STATE_FORCE.has(roleTypeOf(source) ?? ''))) && source.country) target = { entity: null, name: source.country, country: source.country, actor_code: source.country };
    // "scrambled jets after Chinese and Russian aircraft entered its zone": a show of force answers the
    // foreign actors of the clause that says why.
    let answered: ActorRef[] = [];
    if (!target && info.root === '15' && !g.passive) {
      let at = match.end;
      while (at < Math.min(v.toks.length, match.end + 6) && !CAUSE_WORDS.has(v.lower[at]!) && !v.verbal[at]) at++;
      answered = causeActors(v, at, source, actors, cx.generic);
      if (answered.length) target = answered.shift()!;
    }
    // "X criticised Israel ... He demanded an investigation": a speaker carried over by "He"/"It" who
    // names no one now still addresses the party of its act in the sentence before.
    if (!target && carried && SPEECH_ACT_ROOTS.has(info.root)) target = cx.prev.sentence === si - 1 ? cx.prev.targets.get(actorKeyOf(source)) ?? null : null;
    if (!target && !NO_TARGET_ROOTS.has(info.root)) continue;
    // A protest is made by the governed: police or an army "blocking roads" is not one.
    if (!target && info.root === '14' && STATE_FORCE.has(roleTypeOf(source) ?? '')) continue;
    if (!hedged) hedged = sentenceHedged(v, g.start);
    const skip = new Set([src, tgt]);
    const pm = findPlace(v, g, end, skip);
    let place: PlaceRef | null = pm >= 0 ? placeOf(doc, actors, pm) : null;
    if (!place && info.root === '04' && tgt >= 0 && isPlace(v, tgt)) place = placeOf(doc, actors, tgt);
    if (info.root === '11') codedAccusation = true;
    const date = dateFor(doc, v, i);
    // "held no talks", "no Turkish warplanes entered": a subject or pattern noun under "no" denies the act.
    if (!g.negated && noDeterminer(v, g, match, subject)) g.negated = true;
    out.push({ source, target, cameo: info.code, negated: g.negated, hedged, date, place, evidence, order: cx.order.n++ });
    for (const t of answered) out.push({ source, target: t, cameo: info.code, negated: g.negated, hedged, date, place, evidence, order: cx.order.n++ });
    const also = coSource >= 0 && !match.pattern.reversed ? actors.actor(coSource) : null;
    // (Not onto its own country: "Russia and North Korea signed a pact during Putin's visit to Pyongyang".)
    if (also && !(also.entity && also.entity === target?.entity) && also.actor_code !== source.actor_code && !(also.country && also.country === target?.country)) {
      out.push({ source: also, target, cameo: info.code, negated: g.negated, hedged, date, place, evidence, order: cx.order.n++ });
      for (const q of listed) {
        const more = actors.actor(q);
        if (more && more.actor_code !== source.actor_code && !(more.country && more.country === target?.country)) out.push({ source: more, target, cameo: info.code, negated: g.negated, hedged, date, place, evidence, order: cx.order.n++ });
      }
    }
    // "sanctioned Russia and Belarus": every coordinated target is acted on.
    // ("mediate between Russia and Ukraine" names a pair, not two parties acted on.)
    // ("mediate between Russia and Ukraine" names a pair, not two parties acted on; "host talks between
    // Russia and Ukraine" concerns each of the pair.)
    if (target && tgt >= 0 && !g.passive && !match.pattern.reversed && !mutual && !(governingPreposition(v, tgt) === 'between' && betweenAfterVerb(v, tgt))) {
      for (const c of conjunctsAfter(v, tgt)) {
        const more = actors.actor(c) ?? (cx.generic.has(c) ? targetFromSource(cx.generic.get(c)!, source, info.root) : null);
        if (!more || (more.entity && more.entity === source.entity) || (isPlace(v, c) && LOCATIVE.has(governingPreposition(v, c) ?? ''))) continue;
        out.push({ source, target: more, cameo: info.code, negated: g.negated, hedged, date, place, evidence, order: cx.order.n++ });
      }
    }
  }
  // A speaker who calls an act a crime or a violation accuses its author ("... is a flagrant violation
  // of international laws," X said): the first foreign name in the sentence.
  codeCondemnation(cx, v, speaker, evidence, out, codedAccusation || out.length > before);
  codeNominals(cx, v, evidence, out);
  if (out.length > before) {
    const targets = new Map<string, ActorRef>();
    for (let k = before; k < out.length; k++) {
      const e = out[k]!;
      if (e.target && !e.negated && !targets.has(actorKeyOf(e.source))) targets.set(actorKeyOf(e.source), e.target);
    }
    cx.prev = { sentence: si, targets };
  }
  rememberSubject(cx.last, doc, cx.generic, firstSubject, si);
}

/**
 * "Moscow retaliated by expelling 10 Polish diplomats", "responded to the sanctions by imposing ...":
 * a gerund after "by" is the means of the verb before it, and shares its subject (an active verb, at
 * most a short phrase without names or verbs between it and "by").
 */
function meansSubject(v: SentenceView, g: VerbGroup, groups: readonly VerbGroup[], subjects: Map<number, number>): number {
  const by = g.start - 1;
  const prev = groups[groups.length - 2];
  if (!prev || prev.passive || prev.gerund || prev.head >= by || by - prev.head > 8) return -1;
  for (let k = prev.head + 1; k < by; k++) if (v.mentionAt[k]! >= 0 || v.verbal[k]) return -1;
  return subjects.get(prev.head) ?? -1;
}

/** The state of the place an agentless act happens in ("detained in Moscow", "deported from the Philippines"). */
function stateAt(v: SentenceView, g: VerbGroup, end: number, actors: ActorIndex, skip: number): ActorRef | null {
  for (let j = g.head + 1; j < Math.min(end, g.head + 14); j++) {
    const m = v.mentionAt[j]!;
    if (m < 0 || m === skip) continue;
    const [, b] = mentionRange(v, m);
    j = b - 1;
    const prep = governingPreposition(v, m);
    if (!isPlace(v, m) || !prep || !(LOCATIVE.has(prep) || prep === 'from')) continue;
    const c = actors.actor(m)?.country;
    if (c) return { entity: null, name: c, country: c, actor_code: actorCode(c, 'GOV') ?? c };
  }
  return null;
}

/** Lemma of the verb group headed at token h (groups are in reading order; the last few are searched). */
function lemmaOfHead(groups: readonly VerbGroup[], h: number): string {
  for (let k = groups.length - 1; k >= 0 && groups.length - k <= 12; k--) if (groups[k]!.head === h) return groups[k]!.lemma;
  return '';
}

const actorKeyOf = (a: ActorRef): string => a.entity ?? `${a.actor_code}|${a.name}`;

/** Event nouns heading a clause's subject ("Talks between Serbia and Kosovo collapsed"): see nominal.ts. */
function codeNominals(cx: CoderContext, v: SentenceView, evidence: SpanRef, out: RawEvent[]): void {
  const { doc, actors } = cx;
  for (const h of nominalEvents(v, (m) => actors.actor(m) !== null || cx.generic.has(m))) {
    const info = codeInfo(h.code);
    const source = actors.actor(h.source);
    if (!info || !source) continue;
    const gt = cx.generic.get(h.target);
    const targets = [h.target, ...(v.lower[h.head + 1] === 'between' ? [] : conjunctsAfter(v, h.target))];
    const hedged = sentenceHedged(v, h.head);
    const date = dateFor(doc, v, h.head);
    for (const t of targets) {
      const target = actors.actor(t) ?? (t === h.target && gt ? targetFromSource(gt, source, info.root) : null);
      if (!target || (target.entity && target.entity === source.entity) || (!target.entity && !source.entity && target.actor_code === source.actor_code)) continue;
      out.push({ source, target, cameo: info.code, negated: false, hedged, date, place: null, evidence, order: cx.order.n++ });
    }
  }
}

function codeCondemnation(cx: CoderContext, v: SentenceView, speakerMention: number, evidence: SpanRef, out: RawEvent[], coded: boolean): void {
  const { doc, actors } = cx;
  // (A word inside a name — "the Convention on ... Crimes against ..." — condemns nothing.)
  if (coded || !v.lower.some((l, j) => CONDEMN_NOUNS.has(l) && !v.verbal[j] && v.mentionAt[j]! < 0)) return;
  if (v.lower.some((l) => l === 'not' || l === "n't" || l === 'never')) return;
  // (A generic phrase — "the government said" — is too vague a speaker to accuse anyone.)
  if (speakerMention >= 0 && cx.generic.has(speakerMention)) return;
  let speaker: ActorRef | null = speakerMention >= 0 ? actors.actor(speakerMention) : null;
  if (!speaker) {
    const q = doc.quotes.find((x) => x.field === evidence.field && x.start < evidence.end && x.end > evidence.start && x.speaker?.entity);
    const e = q ? doc.entities.find((x) => x.id === q.speaker!.entity) : undefined;
    if (e?.country) speaker = { entity: e.id, name: e.name, country: e.country, actor_code: e.actor_code ?? e.country };
  }
  if (!speaker) return;
  for (let j = 0; j < v.toks.length; j++) {
    const m = v.mentionAt[j]!;
    if (m < 0 || m === speakerMention || cx.generic.has(m)) continue;
    const a = actors.actor(m);
    // Only a state is accused this way: an international body named in passing is a reference.
    if (!a || !a.country || a.country === speaker.country || (a.entity && a.entity === speaker.entity)) continue;
    if (isPlace(v, m) && LOCATIVE.has(governingPreposition(v, m) ?? '')) continue;
    out.push({
      source: speaker, target: a, cameo: '112', negated: false, hedged: false, date: dateFor(doc, v, j), place: null, evidence,
      order: cx.order.n++,
    });
    return;
  }
}

function fieldSlice(doc: Readonly<Doc>, field: string, start: number, end: number): string {
  const text = field === 'title' ? doc.title : field === 'body' ? doc.body : doc.captions[Number(field.slice(8))]?.text ?? '';
  return text.slice(start, end);
}

export function codeDoc(doc: Readonly<Doc>): RawEvent[] {
  const named = actorIndex(doc);
  const ext = extendDoc(doc);
  const actors: ActorIndex = ext.generic.size === 0 ? named : {
    entityOfMention: named.entityOfMention,
    actor: (m) => { const g = ext.generic.get(m); return g ? genericActor(g, ext.main) : named.actor(m); },
  };
  const cx: CoderContext = { doc: ext.doc, actors, order: { n: 0 }, generic: ext.generic, last: emptyMemory(), prev: { sentence: -1, targets: new Map() } };
  const out: RawEvent[] = [];
  // Parsed sentences are coded on the parse; the others (and every sentence when the parse coder is
  // switched off with NEWSGRAPH_EVENTS_CODER=chunk, for comparison) by the chunk coder below.
  const parsed = doc.deps && process.env.NEWSGRAPH_EVENTS_CODER !== 'chunk' ? new ParseCoder({
    doc: ext.doc, actors, generic: ext.generic, lexicon: verbLexicon(), order: cx.order,
    memory: { person: null, body: null, group: null, sentence: -9 },
    dateFor: (si, h) => dateNear(ext.doc, si, h),
    descriptionOf: descriptionIndex(ext.doc),
    datelineCountry: datelineCountry(ext.doc),
    dateExpression: (si, h, where) => dateExpressionNear(ext.doc, si, h, where),
  }) : null;
  for (let si = 0; si < doc.sentences.length; si++) {
    // Sport and the like: conflict verbs there are figurative ("Brazil beat Argentina").
    const s0 = doc.sentences[si]!;
    const toks = doc.tokens.slice(s0.tokenStart, s0.tokenEnd);
    // (Filled by push, not .map: an optimised .map makes holey arrays, which deoptimised the cue test; issue 21.)
    const lower: string[] = [], tags: string[] = [];
    for (const t of toks) { lower.push(t.text.toLowerCase()); tags.push(t.pos ?? ''); }
    if (hasNonEventCue(lower, tags)) continue;
    // A question ("What would a Chinese blockade of Taiwan look like?") reports no act.
    if (toks.at(-1)?.text === '?' || (toks.at(-2)?.text === '?' && /^['"’”]$/.test(toks.at(-1)!.text))) continue;
    const g = parsed ? sentenceGraph(ext.doc, si, ext.doc.mentions, KNOWN) : null;
    if (!g || !parsed) {
      const fill: RawEvent[] = [];
      codeSentence(cx, si, fill);
      for (const e of fill) if (!selfVisit(e)) out.push(e);
      continue;
    }
    const s = doc.sentences[si]!;
    const evidence: SpanRef = { field: s.field, start: s.start, end: s.end, text: fieldSlice(doc, s.field, s.start, s.end) };
    if (process.env.NEWSGRAPH_EVENTS_CODER === 'both') {
      const a: RawEvent[] = [];
      codeSentence(cx, si, a);
      const b: RawEvent[] = [];
      parsed.codeSentence(g, evidence, b);
      const key = (e: RawEvent) => `${e.source.country ?? e.source.actor_code}|${e.target?.country ?? e.target?.actor_code ?? '-'}`;
      const pairs = new Set(a.map(key));
      out.push(...a, ...b.filter((e) => !pairs.has(key(e))));
      continue;
    }
    const before = out.length;
    parsed.codeSentence(g, evidence, out);
    // Where the parse gave the coder nothing to go on (no pattern matched with its actors, and no
    // act was left out on purpose), the chunk coder reads the sentence: a parse gone wrong
    // ("In conjunction with X's call, President Y met …") should not cost the event.
    if (out.length === before && !parsed.declined && process.env.NEWSGRAPH_EVENTS_CODER !== 'parse') {
      const fill: RawEvent[] = [];
      codeSentence(cx, si, fill);
      // (The parse coder's reading of history holds here too: an act dated before the article's month is background.)
      for (const e of fill) if (!isBackground(e.date, doc.published) && !selfVisit(e)) out.push(e);
      continue;
    }
    // Event nouns heading a subject ("Talks between Serbia and Kosovo collapsed") and a speaker
    // calling an act a crime: the chunk coder's readings, on the same sentence.
    const v = sentenceView(ext.doc, si, KNOWN, (l) => verbLexicon().has(l));
    codeCondemnation(cx, v, -1, evidence, out, out.length > before);
    const nominal: RawEvent[] = [];
    codeNominals(cx, v, evidence, nominal);
    for (const e of nominal) if (!selfVisit(e)) out.push(e);
  }
  // A company acts in markets, not in politics: its events are business news ("Toyota to invest in
  // US plants", "Volkswagen battles Chinese rivals").
  return out.filter((e) => !isCompany(e.source));
}

const isCompany = (a: ActorRef): boolean => /^(MNC|BUS)/.test(a.actor_code ?? '') || (!!a.country && (a.actor_code ?? '').slice(a.country.length).startsWith('BUS'));

