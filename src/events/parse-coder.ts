// The event coder on the dependency parse. For every verb the lexicon knows, the clause comes from
// the tree, not from word order: its subject (through control, coordination, relative clauses and
// participles), its objects and obliques, its voice, negation and modality; the verb and its
// dependents are matched against the verb patterns; the actors are the mentions (named, or the
// groups and institutions resolve found) at the heads of the subject and the object. Sentences the
// parse stage left unparsed are coded by the chunk coder (coder.ts).
//
// Conventions (docs/events-annotation.md): intent, offers, promises, plans and "will" acts are
// CAMEO 03x (refusals 12x, threats 13x), not the act; conditionals, questions and "whether"
// clauses are not coded; acts reported by someone else are hedged; coordinated subjects each act;
// meetings, talks and agreements between two parties are coded both ways; an actor of no known
// country keeps its role code with country null.
import type { Doc } from '../doc/index.js';
import type { ActorRef, EntityOut, PlaceRef, QuoteOut, SpanRef } from '../types.js';
import type { RawEvent } from './coder.js';
import type { Pattern } from '../kb/verb-patterns.js';
import { SIDE_BY_SIDE } from './coordination.js';
import { codeInfo } from '../kb/ontology.js';
import { actorCode, roleTypeOf } from '../kb/actor-codes.js';
import { countryByName, countryInfo, countryOfDemonym, countryOfName } from '../kb/countries.js';
import { knownActor } from '../kb/actor-codes.js';
import { agentRole } from '../kb/generic-actors.js';
import { nominalLexicon } from '../kb/nominal-events.js';
import type { ActorIndex } from './actors.js';
import { placeOf } from './actors.js';
import type { GenericMention } from './generic.js';
import { targetFromSource } from './generic.js';
import { caseOf, isVerbTag, kidWith, kidsWith, relIs, type SentenceGraph } from './graph.js';
import { nounKey } from '../kb/lemma.js';
import { countOf } from './counts.js';
import {
  ASK_VERBS, CONDITIONAL_MARKS, FUTURE_AUX, HEDGE_ADVERBS, INTENT_ADJECTIVES, INTENT_VERBS, NO_ACT_VERBS, REFUSAL_VERBS,
  REPORT_VERBS, THREAT_VERBS, intendedCode, intentCode, refusalCode, threatCode,
} from './modality.js';

export interface ParseContext {
  doc: Readonly<Doc>;
  actors: ActorIndex;
  generic: Map<number, GenericMention>;
  lexicon: Map<string, Pattern[]>;
  order: { n: number };
  /** The first subject actor of recent sentences, for "He", "It", "They". */
  memory: { person: ActorRef | null; body: ActorRef | null; group: ActorRef | null; sentence: number };
  dateFor(si: number, tokenInSentence: number): string | null;
  /** The country of the article's dateline ("PORT SUDAN, Sudan, May 6 -"), or null. */
  datelineCountry: string | null;
  /** The entity a definite description covering this token (index in doc.tokens) refers to, if resolve linked one. */
  descriptionOf(token: number): EntityOut | null;
  /** The date expression of the sentence nearest the token (among those `where` accepts, by the index of its first token in doc.tokens), with its value and grain, or null. */
  dateExpression(si: number, tokenInSentence: number, where?: (token: number) => boolean): { value: string; grain: string | null } | null;
}

/** Roots of acts two parties do together: coded both ways when neither is the other's object. */
const MUTUAL = new Set(['03', '04', '05', '06']);
/**
 * Codes of mutual acts, coded both ways even with an object ("X met Y", "X signed a pact with Y"):
 * cooperation and its intent, consultation, negotiation, agreements. Visits are two-way with two
 * codes (the visitor's 042, the host's 043).
 */
const TWO_WAY = (code: string): boolean => /^(030|031|032|036|037|04[0146]|057|06[0-4])/.test(code);
const VISIT_MIRROR: Record<string, string> = { '042': '043', '043': '042' };
const FORCE = new Set(['15', '18', '19', '20']);
/** Raising verbs: "appeared to have given" keeps the subject and hedges the act. */
const RAISING_VERBS = new Set(['appear', 'seem', 'be', 'begin', 'start', 'continue', 'use', 'happen', 'tend', 'come', 'go', 'get', 'have', 'need', 'dare', 'used']);
/** Measures a state takes over its own territory and politics (curfews, states of emergency, martial law, bans on parties, and their lifting; a leader stepping down). */
const DOMESTIC_MEASURES = new Set(['0812', '0813', '0814', '0831', '1721', '1722', '1723', '1724']);
/** Verbs that are mutual by themselves: their object is a partner ("X met Y"). */
const MUTUAL_VERBS = new Set(['meet', 'talk', 'negotiate', 'confer', 'consult', 'sign', 'swap', 'exchange', 'reconcile', 'ally',
  'cooperate', 'collaborate', 'hold', 'agree', 'partner', 'trade', 'normalize', 'normalise', 'resume']);
const NO_TARGET = new Set(['14', '15']);
/** Contacts through which one party addresses another ("in a phone call with", "in a letter to"). */
const CONTACT_NOUNS = new Set(['call', 'phone', 'conversation', 'meeting', 'talk', 'talks', 'letter', 'message', 'videoconference', 'video', 'summit', 'session', 'exchange', 'telephone']);
/** Nouns of time: "on Monday" says when. */
const WHEN_NOUNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'morning', 'evening', 'night', 'afternoon']);
/** Words that make a strike a labour one ("an indefinite nationwide strike", "a hunger strike"). */
const LABOUR_STRIKE = new Set(['nationwide', 'general', 'indefinite', 'hunger', 'national', 'labour', 'labor', 'one-day', '24-hour', '48-hour', 'teachers', 'doctors', 'rail', 'transport']);
/** Verbs whose infinitive is the act itself, decided or voted ("decided to sever ties", "voted to extend"). */
const DECISION_VERBS = new Set(['decide', 'vote', 'resolve', 'choose', 'opt', 'elect', 'move', 'try', 'attempt', 'manage']);
/** Counts that stand for a crowd as a subject. */
const CROWD_COUNTS = new Set(['thousands', 'hundreds', 'dozens', 'tens', 'scores']);
/** What a count names after "of" ("tens of thousands of Georgians" → Georgians), else the node itself. */
function crowdHead(g: SentenceGraph, n: Node): Node {
  let k = n;
  for (let d = 0; d < 3 && CROWD_COUNTS.has(g.lower[k]!); d++) {
    const of = kidsWith(g, k, 'nmod').find((q) => caseOf(g, q) === 'of');
    if (of === undefined) break;
    k = of;
  }
  return k;
}
/** Acts only a party can do: a reported clause's thing ("his detention") does none of them. */
const SPEAKING_VERBS = /^(call|urge|demand|ask|warn|condemn|accuse|reject|deny|vow|pledge|promise|insist|appeal|summon|threaten|announce|criticize|criticise|denounce|protest)$/;
/** Spans of time, which no pronoun refers to ("within 48 hours, accusing them"). */
const TIME_MEASURES = new Set(['hour', 'day', 'week', 'month', 'year', 'minute', 'decade', 'night', 'morning', 'evening', 'afternoon', 'time']);
/** Participles that describe a thing by who goes with, leads or runs it. */
const DESCRIBING = new Set(['escort', 'guard', 'accompany', 'lead', 'own', 'operate', 'run', 'carry', 'use', 'man', 'crew', 'staff', 'flag', 'manage', 'command']);
/** A statement that one's own side will answer an act: a threat. */
const ANSWER_THREAT: Pattern = { code: '130', lemma: 'say', elements: [], reversed: false, order: 1e9, mirror: null, origin: 'own' };
/** "receive" a person or a state: hosting a visit (the guest's side is the visit, 042). */
const RECEIVE_HOST: Pattern = { code: '043', lemma: 'receive', elements: [], reversed: false, order: 1e9, mirror: '042', origin: 'own' };
/** Words that judge an act wrong ("the expulsion was regrettable", "the move was a provocation"). */
const JUDGEMENTS = new Set(['regrettable', 'unacceptable', 'unjustified', 'unjustifiable', 'illegal', 'unlawful', 'outrageous', 'provocative',
  'baseless', 'absurd', 'irresponsible', 'reckless', 'hostile', 'unfriendly', 'deplorable', 'shameful', 'disgraceful', 'cowardly', 'barbaric',
  'criminal', 'wrong', 'violation', 'provocation', 'aggression', 'mistake', 'insult', 'affront', 'escalation', 'unwarranted', 'groundless',
  'arbitrary', 'discriminatory', 'illegitimate', 'inadmissible', 'unfounded']);
/** Verbs that deny what their complement or object reports. */
const DENY_VERBS = new Set(['deny', 'dismiss', 'refute', 'reject', 'rebut', 'debunk']);
/** Offices and callings a he/she can stand for. */
const PERSON_NOUNS = new Set(['ambassador', 'envoy', 'diplomat', 'minister', 'president', 'leader', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'secretary', 'premier', 'chancellor', 'king', 'queen', 'prince', 'general', 'commander', 'judge', 'justice', 'governor', 'mayor',
  'journalist', 'activist', 'director', 'head', 'lawmaker', 'senator', 'candidate', 'politician', 'dissident', 'opposition leader']);
/** Nouns that name an act another party did ("the move", "the expulsion", "the strikes"). */
const REACTED_TO = new Set(['move', 'decision', 'expulsion', 'attack', 'strike', 'measure', 'sanction', 'tariff', 'step', 'action', 'remark', 'statement',
  'claim', 'accusation', 'ban', 'raid', 'incursion', 'killing', 'arrest', 'detention', 'sentence', 'verdict', 'ruling', 'seizure', 'deployment', 'drill',
  'exercise', 'test', 'launch', 'annexation', 'blockade', 'closure', 'suspension', 'demand', 'threat', 'comment', 'policy', 'plan', 'deal', 'pact', 'order',
  'deportation', 'resolution', 'crackdown', 'shelling', 'bombing', 'execution', 'expulsions', 'arrests', 'detentions', 'deportations']);
/** What befalls a country, done by no one: "blamed the disaster on corruption" answers no party's act. */
const MISHAPS = new Set(['disaster', 'tragedy', 'accident', 'collapse', 'crash', 'fire', 'flood', 'flooding', 'earthquake', 'quake', 'storm', 'drought',
  'famine', 'outbreak', 'epidemic', 'pandemic', 'crisis', 'situation', 'shortage', 'blackout', 'outage', 'derailment', 'landslide', 'stampede', 'explosion']);
/** Instruments that act for whoever signs or passes them ("a decree banning …"). */
const INSTRUMENTS = new Set(['law', 'bill', 'decree', 'order', 'resolution', 'measure', 'legislation', 'directive', 'motion', 'ordinance', 'regulation', 'ruling', 'proclamation']);
/** Words of a warning that promises a consequence ("warned that any attack would be met with a decisive response"): a threat. */
const CONSEQUENCE = new Set(['response', 'respond', 'retaliation', 'retaliate', 'consequence', 'punish', 'punishment', 'reprisal', 'retribution',
  'force', 'war', 'pay', 'price', 'regret', 'crush', 'countermeasure', 'measure', 'counterattack', 'strike', 'destroy']);
/** Prepositions of a locative adjunct (a place where, not a party acted on). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'off', 'across', 'throughout', 'within', 'along']);
/** Prepositions that introduce the party acted on. */
const TARGET_CASES = ['to', 'against', 'on', 'with', 'at', 'upon', 'toward', 'towards', 'for', 'into', 'over', 'from'];
const TOPIC_CASES = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const TIME_CASES = new Set(['during', 'amid', 'since', 'until', 'before', 'after', 'throughout', 'despite']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
/** Object pronouns and the subject pronoun each stands for ("accusing him of …"). */
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', us: 'we' };
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Nouns that stand for the group they are part of or speak for ("thousands of Kenyans", "a spokesman for X"). */
const PARTITIVE = new Set(['tens', 'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'million', 'millions', 'member', 'members',
  'group', 'groups', 'supporter', 'supporters', 'leader', 'leaders', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'representatives', 'official', 'officials', 'delegation', 'envoy', 'minister', 'ministry', 'army', 'forces',
  'government', 'unit', 'units', 'wing', 'faction', 'fighters', 'troops', 'soldiers', 'navy', 'police', 'authorities', 'side',
  'team', 'embassy', 'office', 'president', 'prime', 'foreign', 'militants', 'activists', 'citizens', 'nationals', 'residents',
  'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'secretary', 'commander', 'general', 'counterpart', 'administration']);
/** The role of a state institution named by its head word ("… Defence Council" GOV, "… Army" MIL), or null. */
function stateRole(name: string): string | null {
  const head = name.split(/\s+/).at(-1)!.toLowerCase();
  if (/^(council|ministry|government|cabinet|presidency|parliament|assembly|senate|congress|commission|office|administration)$/.test(head)) return head === 'parliament' || head === 'assembly' || head === 'senate' || head === 'congress' ? 'LEG' : 'GOV';
  if (/^(army|forces|navy|military|guard)$/.test(head)) return 'MIL';
  if (/^(police)$/.test(head)) return 'COP';
  if (/^(court|tribunal|judiciary)$/.test(head)) return 'JUD';
  return null;
}
/** Verbs of winning a match; between two countries named bare they report sport, not war. */
const SPORT_VERBS = new Set(['beat', 'defeat', 'crush', 'thrash', 'rout', 'edge', 'stun', 'down', 'hammer', 'whip', 'trounce', 'outclass',
  'outplay', 'overpower', 'dump', 'eliminate', 'knock', 'upset', 'humble']);
/** Natural forces that "kill" and "hit" without being actors. */
const NATURE = new Set(['typhoon', 'storm', 'hurricane', 'cyclone', 'earthquake', 'quake', 'flood', 'flooding', 'landslide', 'wildfire',
  'fire', 'tsunami', 'eruption', 'volcano', 'drought', 'heatwave', 'avalanche', 'tornado', 'mudslide', 'blizzard', 'outbreak', 'epidemic',
  'disease', 'virus', 'cholera', 'rain', 'rains', 'monsoon', 'lightning', 'collapse', 'crash', 'accident']);
/** One private person, singular: as the author or the victim of force or arrest, a crime story. */
const INDIVIDUALS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'person', 'student', 'driver', 'resident', 'tourist', 'suspect',
  'pensioner', 'mother', 'father', 'husband', 'wife', 'neighbour', 'neighbor', 'worker', 'employee', 'passenger', 'shopper', 'pupil',
  // (athletes: "Kenyan runner storms to Berlin marathon record")
  'runner', 'athlete', 'sprinter', 'cyclist', 'swimmer', 'boxer', 'golfer', 'skier', 'jockey', 'player', 'champion']);
/** Verbs that name an event by their object ("launched an offensive", "adopted sanctions", "held talks"). */
const LIGHT_VERBS = new Set(['launch', 'carry', 'conduct', 'stage', 'hold', 'mount', 'adopt', 'approve', 'announce', 'impose', 'unveil',
  'order', 'begin', 'start', 'continue', 'resume', 'intensify', 'escalate', 'step', 'wage', 'unleash', 'open', 'make', 'undertake',
  'press', 'pursue', 'renew', 'expand', 'widen', 'extend', 'slap', 'agree', 'finalize', 'finalise', 'seal', 'clinch', 'pass']);
/** Weapons that do things in headlines and ledes ("Drones pound Port Sudan", "Russian missiles hit Kyiv"). */
const WEAPONS = new Set(['drone', 'missile', 'rocket', 'shell', 'bomb', 'airstrike', 'artillery', 'mortar', 'warplane',
  'bomber', 'gunboat', 'warship', 'projectile', 'grenade', 'shelling', 'barrage']);
/** Nouns of armed attack: "killed in a Hamas attack", "in an Israeli airstrike" name the attacker. */
const ATTACK_NOUNS = new Set(['attack', 'strike', 'airstrike', 'raid', 'bombing', 'operation', 'offensive', 'ambush', 'shelling',
  'assault', 'bombardment', 'drone', 'missile', 'rocket', 'fire', 'incursion', 'crackdown', 'assassination', 'explosion', 'blast']);

type Node = number;
/** NEWSGRAPH_DEBUG_EVENTS=1 traces each verb's clause and match to stderr (development only). */
const TRACE = process.env.NEWSGRAPH_DEBUG_EVENTS === '1';
interface Arg { ref: ActorRef; node: Node; m: number }

/** The mention at or governing node (a name, a generic phrase), following partitives and appositions. */
function mentionOf(g: SentenceGraph, node: Node): number {
  if (node < 0) return -1;
  let m = g.mentionHead[node]!;
  if (m < 0 && g.mentionAt[node]! >= 0) m = g.mentionAt[node]!;
  return m;
}

// The signature's pieces (ParseCoder.signature), as module functions: a closure made anew for
// every verb loses its optimised code whenever no instance of it is alive at a full GC, and was
// recompiled by TurboFan several times per 250 articles (bench/jit-settle.mjs).
function sigPush(g: SentenceGraph, keys: string[][], nodes: Node[], i: Node): void {
  // (A gerund with an object of its own is a clause, not the noun of its lemma: "held for exercising
  // their right" holds no exercise.)
  if (g.tag[i] === 'VBG' && kidWith(g, i, 'obj') >= 0 && relIs(g.label[i]!, 'advcl')) { keys.push([g.lower[i]!]); nodes.push(i); return; }
  keys.push([g.lower[i]!, nounKey(g.lower[i]!), g.lemma[i]!]);
  nodes.push(i);
}

/** Does the sentence say its act spans the country ("across the country", "nationwide")? */
function countryWide(g: SentenceGraph): boolean {
  for (let i = 0; i < g.n; i++) {
    if (g.lower[i] === 'nationwide') return true;
    if (i >= 2 && g.lower[i] === 'country' && g.lower[i - 1] === 'the' && /^(across|throughout|around)$/.test(g.lower[i - 2]!)) return true;
  }
  return false;
}

/** The two parties of a hyphened pair of names ("Israel-Hamas", "French-US"), or none. */
function pairActors(text: string, node: Node): Arg[] {
  const parts = /^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$/u.exec(text);
  if (!parts) return [];
  const out: Arg[] = [];
  for (const p of [parts[1]!, parts[2]!]) {
    const c = countryOfName(p);
    const k = c ? null : knownActor(p);
    if (c) out.push({ ref: { entity: null, name: p, country: c, actor_code: c }, node, m: -1 });
    else if (k) out.push({ ref: { entity: null, name: k.name, country: k.country, actor_code: k.code }, node, m: -1 });
    else return [];
  }
  return out[0]!.ref.actor_code === out[1]!.ref.actor_code ? [] : out;
}

/** Territories of another state ("France sends police reinforcements to New Caledonia" mobilises its own). */
const SOVEREIGN: Record<string, string> = {
  NCL: 'FRA', PYF: 'FRA', GLP: 'FRA', MTQ: 'FRA', REU: 'FRA', GUF: 'FRA', MYT: 'FRA', SPM: 'FRA', WLF: 'FRA', BLM: 'FRA', MAF: 'FRA',
  PRI: 'USA', GUM: 'USA', VIR: 'USA', ASM: 'USA', MNP: 'USA', GRL: 'DNK', FRO: 'DNK',
  BMU: 'GBR', GIB: 'GBR', FLK: 'GBR', CYM: 'GBR', VGB: 'GBR', TCA: 'GBR', MSR: 'GBR', AIA: 'GBR', SHN: 'GBR', PCN: 'GBR', IOT: 'GBR',
  ABW: 'NLD', CUW: 'NLD', SXM: 'NLD', BES: 'NLD', NFK: 'AUS', CXR: 'AUS', CCK: 'AUS', COK: 'NZL', NIU: 'NZL', TKL: 'NZL',
  HKG: 'CHN', MAC: 'CHN', ALA: 'FIN', SJM: 'NOR',
};

/** The object a verb with none of its own shares with the verb joined to it ("rammed and boarded two boats"), or -1. */
function sharedObject(g: SentenceGraph, v: Node): Node {
  if (kidWith(g, v, 'obj') >= 0) return -1;
  // (Two verbs side by side, "rammed and boarded", not two clauses: "had spoken by phone with X and
  // had conveyed the government's indignation".)
  const w = g.kids[v]!.find((k) => relIs(g.label[k]!, 'conj') && isVerbTag(g.tag[k]!) && k > v && k - v <= 3 && kidsWith(g, k, 'cc').length > 0 && kidWith(g, k, 'nsubj') < 0 && kidWith(g, k, 'aux') < 0);
  return w === undefined ? -1 : kidWith(g, w, 'obj');
}

/** Nouns of quantity whose "of" phrase is what is acted with or on ("a barrage of missiles", "a wave of strikes"). */
const QUANTITY_NOUNS = new Set(['barrage', 'volley', 'salvo', 'wave', 'series', 'hail', 'swarm', 'string', 'spate', 'round', 'flurry', 'number', 'dozen', 'batch', 'fleet']);

const PHRASE_BEFORE = new Set(['case', 'fixed', 'mark', 'amod', 'compound', 'nummod', 'det']);

/** A complement's words: its preposition, modifiers and head, then (level 0) its own complements. */
function sigPhrase(g: SentenceGraph, keys: string[][], nodes: Node[], d: Node, level: number): void {
  // ("began a strike on Monday": a day or a month is when, never part of the act's pattern.)
  if (level > 0 && WHEN_NOUNS.has(g.lower[d]!)) return;
  const kids = g.kids[d]!;
  for (let ki = 0; ki < kids.length; ki++) {
    const k = kids[ki]!;
    if (!(k < d && PHRASE_BEFORE.has(g.label[k]!))) continue;
    if (g.label[k] === 'det' && !/^(no|any)$/.test(g.lower[k]!)) continue;
    sigPush(g, keys, nodes, k);
    for (const f of g.kids[k]!) if (g.label[f] === 'fixed') sigPush(g, keys, nodes, f);
  }
  sigPush(g, keys, nodes, d);
  if (level > 0) return;
  for (const k of kids) {
    if (k < d) continue;
    const r = g.label[k]!;
    // ("fired a barrage of missiles at Israel": a quantity's "of" phrase is the object itself, with its own complements.)
    if (relIs(r, 'nmod') && level === 0 && QUANTITY_NOUNS.has(g.lemma[d]!) && caseOf(g, k) === 'of') sigPhrase(g, keys, nodes, k, 0);
    else if (relIs(r, 'nmod') || relIs(r, 'obj') || relIs(r, 'obl') || relIs(r, 'compound') || relIs(r, 'xcomp')) sigPhrase(g, keys, nodes, k, level + 1);
    else if (relIs(r, 'acl') && hasMarkTo(g, k)) { sigPush(g, keys, nodes, kidsWith(g, k, 'mark')[0]!); sigPhrase(g, keys, nodes, k, level + 1); }
  }
}

/** What appeals and demands ask for, whose place is the party addressed ("urges an end to fighting in X"). */
const ASKED_FOR = new Set(['end', 'halt', 'stop', 'cessation', 'restraint', 'calm', 'ceasefire', 'truce', 'de-escalation', 'withdrawal', 'pullout',
  'release', 'access', 'protection', 'investigation', 'probe', 'inquiry', 'dialogue', 'peace', 'talks', 'negotiations', 'aid', 'help', 'support']);
/** Verbs of accusing whose accuser is the injured party: an accused act of force that names no party was done to it.
 * (Narrower than words.ts's ACCUSE: who condemns or denounces an attack is not thereby its victim.) */
const ACCUSE_VERBS = new Set(['accuse', 'blame', 'charge', 'suspect']);
/** Verbs of wanting: with an infinitive no pattern knows, they code nothing by themselves. */
const WISH_VERBS = new Set(['seek', 'want', 'hope', 'aim', 'wish', 'look', 'strive', 'try', 'mean', 'expect', 'intend', 'plan']);
/** Verbs that enact an instrument: the instrument then acts for the enacting party ("signed a decree banning …"). */
const ENACT_VERBS = /^(sign|approve|pass|adopt|issue|enact|ratify|introduce|endorse|unveil|publish|announce|impose)$/;
/** Heads of a crowd protesting: their violence is a violent protest (145), not an assault. */
const PROTESTERS = new Set(['protesters', 'protester', 'demonstrators', 'demonstrator', 'rioters', 'crowd', 'crowds', 'mob', 'marchers']);
/** Words that count people without naming them ("arrested dozens", "killed scores"). */
const PEOPLE_COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'many', 'others', 'dozen']);

/**
 * The node that counts people standing as the party acted on: a bare number or "dozens" with no
 * noun of its own ("police arrest six", "an air strike kills 20", "20 killed"), also where the parser
 * hung the number on a later noun across a preposition ("arrest six over online posts": a number
 * cannot modify a noun across "over"). -1 when the phrase is not such a count.
 */
function countedPeople(g: SentenceGraph, n: Node): Node {
  if (n < 0 || g.mentionAt[n]! >= 0 || g.mentionHead[n]! >= 0) return -1;
  const bare = (k: Node) => (g.tag[k] === 'CD' && /^[0-9][0-9,.]*$|^[a-z]+$/i.test(g.lower[k]!) && !/^(19|20)[0-9][0-9]$/.test(g.lower[k]!)) || PEOPLE_COUNTS.has(g.lower[k]!);
  if (bare(n)) return g.kids[n]!.some((k) => relIs(g.label[k]!, 'nmod') && caseOf(g, k) === 'of') ? -1 : n;
  const num = kidWith(g, n, 'nummod');
  if (num >= 0 && num + 1 < n && g.label[num + 1] === 'case' && g.head[num + 1] === n && bare(num)) return num;
  return -1;
}

function hasMarkTo(g: SentenceGraph, k: Node): boolean {
  for (const x of kidsWith(g, k, 'mark')) if (g.lower[x] === 'to') return true;
  return false;
}

export class ParseCoder {
  constructor(readonly cx: ParseContext) {}

  /** The verbs of the sentence being coded that gave an event (an attack whose toll "…, killing four" adds no act of its own). */
  private readonly codedVerbs = new Set<Node>();

  /** The actor of a mention: the resolved one, or for a generic group with no country its role code alone. */
  private actorOfMention(m: number, g: SentenceGraph): ActorRef | null {
    const gm = this.cx.generic.get(m);
    if (!gm) {
      const a = this.cx.actors.actor(m);
      // ("DAR ES SALAAM, Tanzania — Government spokesman Gerson Msigwa dismissed …": an official of no
      // known country, by his office alone, in a story datelined in one country is that country's.)
      if (a && !a.country && this.cx.datelineCountry && /^(GOV|MIL|COP|JUD|LEG)$/.test(a.actor_code ?? '') && this.cx.doc.mentions[m]?.type === 'PERSON') {
        return { ...a, country: this.cx.datelineCountry, actor_code: actorCode(this.cx.datelineCountry, a.actor_code!) ?? a.actor_code };
      }
      if (a || !this.cx.datelineCountry) return a;
      // An institution of no country ("the Security and Defence Council") in a story datelined in
      // one country is that country's.
      const men = this.cx.doc.mentions[m];
      const role = men?.type === 'ORG' ? stateRole(men.text) : null;
      return role ? { entity: this.cx.actors.entityOfMention(m)?.id ?? null, name: men!.text, country: this.cx.datelineCountry, actor_code: actorCode(this.cx.datelineCountry, role) } : null;
    }
    // A generic phrase that names its country ("Kenyan police", "the government of Kenya") is of it.
    if (gm.country) return this.cx.actors.actor(m);
    const name = gm.text.replace(/^(the|a|an|at least|least|at most|most|about|some|several|many|two|three)\s+/i, '');
    const here = this.soleCountry(g, true);
    // An arm of a state with no country named is the article's main country's, else its dateline's,
    // else the one the sentence places it in. A group of people is of the one country the sentence
    // places it in, or of no known country ("32 people" killed in a story about Israel and Gaza are
    // not Israeli). An unidentified armed group is of no known country.
    // (A group that acts — protesters, teachers, youths — in a story datelined in one country is of
    // it; a group acted on is not: the victims of a strike reported from Cairo are not Egyptian.)
    // "France's foreign ministry rejected the accusations … The ministry called on …": a definite
    // arm of a state with no country named is the one a recent sentence's subject named with the same noun.
    const mem = this.cx.memory;
    const at = g.mentionHead.indexOf(m);
    if (gm.kind === 'state' && at >= 0 && kidsWith(g, at, 'det').some((k) => g.lower[k] === 'the') && mem.body?.country && mem.sentence >= g.si - 3 && mem.sentence < g.si
      && mem.body.name.toLowerCase().split(/\s+/).pop() === name.toLowerCase().split(/\s+/).pop()) {
      return { entity: mem.body.entity, name: mem.body.name, country: mem.body.country, actor_code: mem.body.actor_code };
    }
    const acting = this.asSubject.has(m);
    // (Jihadists, terrorists and extremists of no named group are unidentified armed attackers, of no
    // country, wherever the story is datelined: "Suspected jihadists ambushed a convoy" in Mali.)
    if (gm.type !== 'UAF' && /\b(jihadists?|terrorists?|extremists?)( fighters| militants| gunmen)?$/i.test(name)) return { entity: null, name, country: null, actor_code: 'UAF' };
    // ("700 people had been killed across the country": the country of the story's dateline.)
    const country = gm.type === 'UAF' ? null : gm.kind === 'state' ? this.cx.actors.actor(m)?.country ?? this.cx.datelineCountry ?? here
      : here ?? (acting || (this.cx.datelineCountry !== null && countryWide(g)) ? this.cx.datelineCountry : null);
    if (country) return { entity: null, name, country, actor_code: actorCode(country, gm.type) };
    return { entity: null, name, country: null, actor_code: gm.type };
  }

  /**
   * The one country of the sentence's place names ("in Owo, in Nigeria's Ondo state"), or null;
   * with `locative`, only the places it puts things in (after "in", "near", …); countries in
   * `except` are passed over (the one country besides the actor's own).
   */
  private soleCountry(g: SentenceGraph, locative: boolean, except?: ReadonlySet<string | null>): string | null {
    let one: string | null = null;
    for (let i = 0; i < g.n; i++) {
      const m = g.mentionHead[i]!;
      // ("in the Black Sea port of Odesa": a place of a place something happens in is where it happens.)
      if (m < 0 || (locative && !LOCATIVE.has(caseOf(g, i)) && !(caseOf(g, i) === 'of' && g.head[i]! >= 0 && LOCATIVE.has(caseOf(g, g.head[i]!))))) continue;
      const t = this.cx.doc.mentions[m]?.type;
      if (t !== 'GPE' && t !== 'LOC' && t !== 'FAC') continue;
      const c = this.cx.actors.actor(m)?.country;
      if (!c || except?.has(c)) continue;
      if (one && c !== one) return null;
      one = c;
    }
    return one;
  }

  /** Does the sentence name a place of a country outside `own`? */
  private namesOtherCountry(g: SentenceGraph, own: Set<string | null>): boolean {
    for (let i = 0; i < g.n; i++) {
      const m = g.mentionHead[i]!;
      if (m < 0) continue;
      const c = this.cx.actors.actor(m)?.country;
      if (c && !own.has(c)) return true;
    }
    return false;
  }

  /** Actors at a nominal node: its mention, else the group it is part of; then its conjuncts. */
  actorsAt(g: SentenceGraph, node: Node, depth = 0): Arg[] {
    if (node < 0 || depth > 3) return [];
    const out: Arg[] = [];
    const head = node;
    let m = mentionOf(g, node);
    if (m < 0 && (PRONOUNS.has(g.lower[node]!) || OBJECT_PRONOUNS[g.lower[node]!]) && g.tag[node] === 'PRP') {
      const ref = this.pronoun(g, node);
      if (ref) out.push({ ref, node, m: -1 });
    } else if (m < 0) {
      // ("Canada's prime minister": a description with a country's possessor is that country's office,
      // whatever entity resolve linked the description to.)
      const poss = kidWith(g, node, 'nmod:poss');
      const possCountry = poss >= 0 && mentionOf(g, poss) >= 0 ? this.actorOfMention(mentionOf(g, poss), g)?.country : null;
      const d0 = this.descriptionAt(g, node);
      const d = d0 && possCountry && d0.country && d0.country !== possCountry ? null : d0;
      if (d) out.push({ ref: d, node, m: -1 });
      const found = d ? null : this.nameWithin(g, node);
      if (found) { m = found.m; node = found.node; }
    }
    if (m >= 0) {
      let ref = this.actorOfMention(m, g);
      // "Haitian gangs", "Chinese coast guard ships": the nationality's state in the noun's role.
      if (ref && node !== head && !this.cx.generic.has(m) && this.cx.doc.mentions[m]?.type !== 'PERSON' && ref.country && ref.actor_code === ref.country) {
        const role = agentRole(g.lemma[head]!) ?? agentRole(g.lower[head]!);
        if (role) ref = { entity: null, name: `${ref.name} ${g.lower[head]}`, country: ref.country, actor_code: actorCode(ref.country, role.type) };
      }
      if (ref) out.push({ ref, node, m });
      // ("Israel-Hamas truce talks", "a French-US proposal", "US-China trade talks": a pair of names
      // joined by a hyphen is both parties.)
      if (!ref) out.push(...pairActors(this.cx.doc.mentions[m]?.text ?? '', node));
      // ("Indian and Pakistani troops": a group named with coordinated nationalities is each one's.)
      // ("Kyrgyz and Tajik border guards", parsed as compounds and taken by no country: each nationality's.)
      if (ref && node === head && this.cx.generic.has(m) && !ref.country) {
        const each = this.nationalities(g, head, roleTypeOf(ref) ?? ref.actor_code ?? 'CVL', () => true, false);
        if (each.length >= 2) { out.pop(); out.push(...each); }
      }
      if (ref && node === head && this.cx.generic.has(m) && ref.country) {
        for (const a of this.nationalities(g, head, roleTypeOf(ref), (c) => kidsWith(g, c, 'conj').length > 0, true)) {
          if (a.ref.country !== ref.country && !out.some((x) => x.ref.country === a.ref.country)) out.push(a);
        }
      }
    } else {
      // A country the recogniser missed (headlines: "Philippines accuses …").
      const phrase = g.lower[head]!.length > 2 && /^NNP/.test(g.tag[head]!) ? this.phraseAt(g, head) : '';
      const c = phrase ? countryByName(phrase) : null;
      const k = phrase && !c ? knownActor(phrase, 'ORG') : null;
      if (c) out.push({ ref: { entity: null, name: countryInfo(c)?.name ?? c, country: c, actor_code: c }, node: head, m: -1 });
      else if (k && (k.country || k.code)) out.push({ ref: { entity: null, name: k.name, country: k.country, actor_code: k.code }, node: head, m: -1 });
    }
    // Coordinated actors: of the phrase's head ("President X and Prime Minister Y", parsed with the
    // titles as heads), and of the name found inside it.
    const conj = new Set([...kidsWith(g, head, 'conj'), ...(node !== head ? kidsWith(g, node, 'conj') : [])]);
    // ("Indian and Pakistani troops": the name found inside may be the second conjunct; the first is its head.)
    const nh = g.head[node]!;
    if (node !== head && relIs(g.label[node]!, 'conj') && nh >= 0 && nh !== head && g.mentionAt[nh]! >= 0) {
      conj.add(nh);
      for (const k of kidsWith(g, nh, 'conj')) if (k !== node) conj.add(k);
    }
    for (const c of conj) out.push(...this.actorsAt(g, c, depth + 1));
    return out;
  }

  /** The words of a proper-noun head with its compound and flat parts ("South Africa"), as written. */
  private phraseAt(g: SentenceGraph, h: Node): string {
    let a = h, b = h;
    for (const k of g.kids[h]!) if ((g.label[k] === 'compound' || g.label[k] === 'flat') && /^NNP/.test(g.tag[k]!)) { a = Math.min(a, k); b = Math.max(b, k); }
    const toks = this.cx.doc.tokens;
    const t0 = toks[g.base + a]!, t1 = toks[g.base + b]!;
    const f = t0.field === 'title' ? this.cx.doc.title : t0.field === 'body' ? this.cx.doc.body : this.cx.doc.captions[Number(t0.field.slice(8))]?.text ?? '';
    return f.slice(t0.start, t1.end);
  }

  /**
   * The mention a nominal without one of its own stands for: a name under its title ("President
   * Gabriel Boric", parsed with the title as head), the group a part or a spokesman belongs to
   * ("thousands of Kenyans", "a spokesman for the ministry"), a possessor acting through it ("Iran's
   * navy"), an apposition ("the group, Hamas"), or the nationality of a thing ("Russian drones",
   * "a Greek tanker": the state whose thing it is).
   */
  private nameWithin(g: SentenceGraph, node: Node): { m: number; node: Node } | null {
    const mentions = this.cx.doc.mentions;
    const typeOf = (m: number) => mentions[m]?.type;
    for (const k of g.kids[node]!) {
      const r = g.label[k]!;
      if (r !== 'flat' && r !== 'compound' && r !== 'appos' && r !== 'flat:name') continue;
      const m = g.mentionAt[k]! >= 0 ? g.mentionAt[k]! : mentionOf(g, k);
      if (m >= 0 && (typeOf(m) === 'PERSON' || typeOf(m) === 'ORG' || (r === 'appos' && typeOf(m) !== 'NORP'))) return { m, node: k };
    }
    for (const k of g.kids[node]!) {
      if (!relIs(g.label[k]!, 'nmod')) continue;
      const c = caseOf(g, k);
      if ((c === 'of' || c === 'for' || c === 'from') && (PARTITIVE.has(g.lower[node]!) || PARTITIVE.has(g.lemma[node]!))) { const m = mentionOf(g, k); if (m >= 0) return { m, node: k }; }
    }
    const p = kidWith(g, node, 'nmod:poss');
    if (p >= 0 && PARTITIVE.has(g.lower[node]!)) { const m = mentionOf(g, p); if (m >= 0 && typeOf(m) !== 'PERSON') return { m, node: p }; }
    // The nationality of a thing, also one compound further in ("Chinese coast guard ships").
    const nationality = (n: Node, depth: number): { m: number; node: Node } | null => {
      for (const k of g.kids[n]!) {
        const r = g.label[k]!;
        if (r !== 'amod' && r !== 'compound' && r !== 'nmod:poss') continue;
        const m = g.mentionAt[k]! >= 0 ? g.mentionAt[k]! : -1;
        const t = m >= 0 ? typeOf(m) : null;
        if (t === 'NORP' || t === 'GPE' || (t === 'ORG' && r !== 'nmod:poss')) return { m, node: k };
        if (m >= 0 && this.cx.generic.has(m) && r === 'compound') return { m, node: k };
        if (r === 'compound' && depth < 1) { const x = nationality(k, depth + 1); if (x) return x; }
      }
      return null;
    };
    return nationality(node, 0);
  }

  /** The verb whose clause token t lies in (the nearest verb ancestor, or a verb it is an argument of). */
  private clauseOf(g: SentenceGraph, t: Node): Node {
    let x = t;
    for (let d = 0; d < 12 && x >= 0; d++) {
      if (x !== t && isVerbTag(g.tag[x]!)) return x;
      x = g.head[x]!;
    }
    return -1;
  }

  /** Is v the sentence's main verb, or joined to it ("X said … and demanded …")? */
  private mainClause(g: SentenceGraph, v: Node): boolean {
    let x = v;
    for (let d = 0; d < 4; d++) {
      if (g.head[x]! < 0) return true;
      if (!relIs(g.label[x]!, 'conj') && !relIs(g.label[x]!, 'xcomp')) return false;
      x = g.head[x]!;
    }
    return false;
  }

  /** "adopted sanctions against Russia": a pattern made of the event noun in the object of a light verb. */
  private lightVerb(g: SentenceGraph, v: Node): { p: Pattern; matched: Node[] } | null {
    if (!LIGHT_VERBS.has(g.lemma[v]!)) return null;
    let o = kidWith(g, v, 'obj');
    if (o < 0) return null;
    // "a package of sanctions", "a wave of strikes": the noun inside.
    const of = g.kids[o]!.find((k) => relIs(g.label[k]!, 'nmod') && caseOf(g, k) === 'of');
    const lex = nominalLexicon();
    const keyOf = (n: Node) => {
      const c = kidsWith(g, n, 'compound').filter((k) => k === n - 1).map((k) => g.lower[k]!);
      return (c.length && lex.has(`${c[0]} ${g.lemma[n]}`)) ? `${c[0]} ${g.lemma[n]}` : g.lemma[n]!;
    };
    let key = keyOf(o);
    if (!lex.has(key) && of !== undefined) { o = of; key = keyOf(o); }
    const nom = lex.get(key);
    if (!nom) return null;
    const preps = [...nom.preps];
    const elements = [[key.split(' ')], preps.map((x) => [x])];
    const p: Pattern = { code: nom.code, lemma: g.lemma[v]!, elements, reversed: false, order: -1, mirror: null, origin: 'own' };
    // The matched nodes: the noun and the preposition that introduces its target, if there is one.
    const matched: Node[] = [o];
    for (const k of g.kids[o]!) if (relIs(g.label[k]!, 'nmod') && preps.includes(caseOf(g, k))) { const c = g.kids[k]!.find((q) => g.label[q] === 'case'); if (c !== undefined) matched.push(c); }
    return { p, matched };
  }

  /** The code of an attack noun heading a subject ("Israeli air strikes"), from the nominal lexicon, or null. */
  private attackCode(g: SentenceGraph, n: Node): string | null {
    const l = g.lemma[n]!;
    if (!ATTACK_NOUNS.has(l) && !ATTACK_NOUNS.has(g.lower[n]!)) return null;
    const lex = nominalLexicon();
    const c = kidsWith(g, n, 'compound').map((k) => g.lower[k]!);
    const p = (c.length ? lex.get(`${c.at(-1)} ${l}`) : undefined) ?? lex.get(l);
    return p && /^(18|19|20)/.test(p.code) ? p.code : '190';
  }

  /** Is the act dated, in its sentence, more than 60 days before the article's publication? */
  private background(g: SentenceGraph, v: Node): boolean {
    const pub = this.cx.doc.published;
    if (!pub) return false;
    // (A date in a possessive dates the noun, not the act: "opened an investigation into
    // interference in last year's election".)
    const d = this.cx.dateExpression(g.si, v, (tok) => this.clauseOf(g, tok - g.base) === v && !nounModifier(g, tok - g.base, v));
    // ("Talks brokered by the United States broke down in late 2023": a participle of a noun shares its clause's time.)
    if ((!d || !d.value) && relIs(g.label[v]!, 'acl') && g.head[v]! >= 0) { const c = this.clauseOf(g, g.head[v]!); return c !== v && c >= 0 && isVerbTag(g.tag[c]!) && this.background(g, c); }
    // (So does a participle adjunct: "gunmen attacked southern Israel on Oct. 7, 2023, killing about 1,200 people".)
    // (And a verb coordinated with one: "…, killing about 1,200 people and taking 251 hostages".)
    if ((!d || !d.value) && g.head[v]! >= 0 && isVerbTag(g.tag[g.head[v]!]!) && ((relIs(g.label[v]!, 'advcl') && g.tag[v] === 'VBG' && !kidsWith(g, v, 'mark').length)
      || (relIs(g.label[v]!, 'conj') && g.tag[v] === g.tag[g.head[v]!]))) return this.background(g, g.head[v]!);
    if (!d || !d.value) return false;
    // A year or a month before the publication's ("in 2020", "last month") is past; a day more than
    // 60 days before it is too.
    const p = pub.slice(0, 10);
    if (d.value.length === 4) return d.value < p.slice(0, 4);
    if (d.value.length === 7) return d.value < p.slice(0, 7);
    if (/W/.test(d.value)) return false;
    return Date.parse(p) - Date.parse(d.value.slice(0, 10)) > 60 * 86_400_000;
  }

  /** The entity a description at this token refers to ("the group" → Hamas), as resolve linked it. */
  private descriptionAt(g: SentenceGraph, node: Node): ActorRef | null {
    const e = this.cx.descriptionOf(g.base + node);
    if (!e) return null;
    if (!e.country && !e.actor_code) return null;
    return { entity: e.id, name: e.name, country: e.country, actor_code: e.actor_code ?? e.country };
  }

  /** He/she/it/they: the first subject of a recent sentence of the same kind. */
  private pronoun(g: SentenceGraph, node: Node): ActorRef | null {
    const p = OBJECT_PRONOUNS[g.lower[node]!] ?? g.lower[node]!;
    // "China's coast guard said it had taken measures": the subject of the clause that reports
    // this one, when it agrees (he/she a person, it a state or body, they a group or body).
    // ("it" or "them" as an object is never its own clause's subject: see below.)
    const objectPronoun = (p === 'it' || p === 'they') && /^(obj|iobj)$/.test(g.label[node]!);
    let x = g.head[node]!;
    for (let d = 0; d < 6 && x >= 0 && !objectPronoun; d++) {
      let r = g.label[x]!, h = g.head[x]!;
      // "Azerbaijan launched what it called operations": a free relative's clause reports for the
      // verb "what" is an argument of.
      if (relIs(r, 'acl') && h >= 0 && g.tag[h] === 'WP' && g.head[h]! >= 0) { r = 'ccomp'; h = g.head[h]!; }
      if (h < 0 || !(relIs(r, 'ccomp') || relIs(r, 'parataxis') || relIs(r, 'conj') || relIs(r, 'advcl') || relIs(r, 'xcomp'))) break;
      const sj = kidWith(g, h, 'nsubj');
      if (sj >= 0 && sj !== node && !PRONOUNS.has(g.lower[sj]!)) {
        const m = mentionOf(g, sj) >= 0 ? mentionOf(g, sj) : this.nameWithin(g, sj)?.m ?? -1;
        if (m >= 0 && this.agrees(p, m)) { const a = this.actorOfMention(m, g); if (a) return a; }
        break;
      }
      x = h;
    }
    // "expelled South Africa's ambassador, … accusing him of …": an object pronoun for a person
    // is the nearest person named before it in the sentence, other than its own clause's subject.
    // (So is "it" or "them" as an object: the nearest noun phrase before it that could be "it", other than its
    // clause's subject and the times and places of the sentence — a country or a body ("cut ties
    // with the UAE, accusing it of supplying drones"), or a thing, which is no party ("condemned
    // the strike, calling it a violation").)
    if ((OBJECT_PRONOUNS[g.lower[node]!] && (p === 'he' || p === 'she')) || objectPronoun) {
      const gov = g.head[node]!;
      const subj = gov >= 0 ? this.subjectOf(g, gov) : -1;
      const under = (k: Node, top: Node) => { for (let x = k, d = 0; x >= 0 && d < 20; x = g.head[x]!, d++) if (x === top) return true; return false; };
      for (let k = node - 1; k >= 0; k--) {
        if (!g.tag[k]!.startsWith('NN') || (subj >= 0 && under(k, subj))) continue;
        const mk = mentionOf(g, k);
        if (objectPronoun) {
          if (!/^(obj|obl|nmod|iobj|conj|appos|nsubj|nsubj:pass)$/.test(g.label[k]!) || WHEN_NOUNS.has(g.lower[k]!) || TIME_MEASURES.has(g.lemma[k]!) || LOCATIVE.has(caseOf(g, k))) continue;
          if (p === 'it') {
            if (/^NNP?S$/.test(g.tag[k]!) && !(mk >= 0 && this.agrees('it', mk))) continue;
            if (mk < 0 || !this.agrees('it', mk)) return null;
          } else {
            // "them": a plural or a coordinated phrase ("the Taliban's supreme leader and the chief justice").
            if (!/^NNP?S$/.test(g.tag[k]!) && g.label[k] !== 'conj' && !kidsWith(g, k, 'conj').length && !(mk >= 0 && this.agrees('they', mk) && !this.cx.generic.has(mk))) continue;
            const first = g.label[k] === 'conj' && g.head[k]! >= 0 && g.tag[g.head[k]!]!.startsWith('NN') ? g.head[k]! : k;
            return this.actorsAt(g, first)[0]?.ref ?? this.actorsAt(g, k)[0]?.ref ?? null;
          }
        } else if (!(PERSON_NOUNS.has(g.lemma[k]!) || (mk >= 0 && this.cx.doc.mentions[mk]?.type === 'PERSON'))) continue;
        const a = this.actorsAt(g, k)[0];
        if (a) return a.ref;
      }
    }
    const mem = this.cx.memory;
    if (mem.sentence < g.si - 2) return null;
    // (Inside a direct quotation "they" and "we" are the speaker's, not the article's: "'They are
    // murdering fishermen,' Cabello said" speaks of the other side.)
    if ((p === 'they' || p === 'we') && this.inDirectQuote(g.base + node)) return null;
    if (p === 'he' || p === 'she') return mem.person;
    if (p === 'it') return mem.body;
    if (p === 'they') return mem.group ?? mem.body;
    return null;
  }

  /**
   * The nationalities named before a group's head ("Indian and Pakistani troops", "Kyrgyz and Tajik
   * border guards"), one party each in the group's role, each country once: the head's adjectives and
   * the compounds `compound` accepts, with their conjuncts (persons' names only when `persons`).
   */
  private nationalities(g: SentenceGraph, head: Node, role: string | null, compound: (k: Node) => boolean, persons: boolean): Arg[] {
    const out: Arg[] = [];
    for (const k of [...kidsWith(g, head, 'amod'), ...kidsWith(g, head, 'compound').filter(compound)]) {
      for (const n of [k, ...kidsWith(g, k, 'conj')]) {
        const nm = g.mentionAt[n]!;
        const c = nm >= 0 && (persons || this.cx.doc.mentions[nm]?.type !== 'PERSON') ? this.actorOfMention(nm, g)?.country : null;
        if (c && !out.some((x) => x.ref.country === c)) out.push({ ref: { entity: null, name: `${g.lower[n]} ${g.lower[head]}`, country: c, actor_code: actorCode(c, role) ?? c }, node: n, m: -1 });
      }
    }
    return out;
  }

  /** The speaker of the latest attribution of the same field ending before `at` (within 600 characters), as an actor. */
  private latestSpeaker(at: SpanRef): ActorRef | null {
    let best: QuoteOut | null = null;
    for (const q of this.cx.doc.quotes) if (q.field === at.field && q.end <= at.start && at.start - q.end <= 600 && q.speaker?.entity && (!best || q.end > best.end)) best = q;
    const e = best ? this.cx.doc.entities.find((x) => x.id === best!.speaker!.entity) : undefined;
    return e && (e.country || e.actor_code) ? { entity: e.id, name: e.name, country: e.country ?? null, actor_code: e.actor_code ?? e.country ?? null } : null;
  }

  /** Is doc token t inside a direct quotation? */
  private inDirectQuote(t: number): boolean {
    const tok = this.cx.doc.tokens[t];
    if (!tok) return false;
    return this.cx.doc.quotes.some((q) => q.kind === 'direct' && q.field === tok.field && q.start <= tok.start && tok.end <= q.end);
  }

  /** Does a pronoun agree with a mention: he/she a person (or an office-holder), it a body, they a group or a body? */
  private agrees(p: string, m: number): boolean {
    const t = this.cx.doc.mentions[m]?.type;
    const gm = this.cx.generic.get(m);
    if (p === 'he' || p === 'she') return t === 'PERSON' || (!!gm && /(minister|president|leader|chief|spokes|secretary|envoy|ambassador|commander|general|king|queen|premier|chancellor)/.test(gm.text.toLowerCase()));
    if (p === 'it') return gm ? gm.kind === 'state' && !/s$/.test(gm.text) : t === 'ORG' || t === 'GPE';
    if (p === 'they') return gm ? true : t === 'ORG';
    return true;
  }

  /** The subject of verb v: its own nsubj, else its controller, its first conjunct's, an antecedent. */
  subjectOf(g: SentenceGraph, v: Node, depth = 0): Node {
    if (depth > 4) return -1;
    const s = kidWith(g, v, 'nsubj');
    // (A passive subject of a verb that is not passive is the parser's slip, the subject: see passive().)
    if (s >= 0 && (!relIs(g.label[s]!, 'nsubj:pass') || !this.passive(g, v))) {
      // "the militia, which seized the town": the relative pronoun stands for the noun the clause modifies.
      if (RELATIVE.has(g.lower[s]!) && relIs(g.label[v]!, 'acl')) return g.head[v]!;
      // "signed into law a bill suspending …" parsed with the bill as the subject of a complement.
      const hv = g.head[v]!;
      if (INSTRUMENTS.has(g.lemma[s]!) && mentionOf(g, s) < 0 && hv >= 0 && isVerbTag(g.tag[hv]!) && (relIs(g.label[v]!, 'ccomp') || relIs(g.label[v]!, 'xcomp'))
        && ENACT_VERBS.test(g.lemma[hv]!)) {
        const e = this.subjectOf(g, hv, depth + 1);
        if (e >= 0) return e;
      }
      return s;
    }
    if (s >= 0) return -1;
    const h = g.head[v]!;
    if (h < 0) return -1;
    const rel = g.label[v]!;
    if (relIs(rel, 'xcomp')) {
      // "urged Iran to release": the object controls the infinitive; "agreed to send": the subject.
      if (ASK_VERBS.has(g.lemma[h]!)) { const o = kidWith(g, h, 'obj'); if (o >= 0) return o; }
      return this.subjectOf(g, h, depth + 1);
    }
    if (relIs(rel, 'conj') && isVerbTag(g.tag[h]!)) {
      const first = this.subjectOf(g, h, depth + 1);
      // "The ministry said his detention violated the convention and called on Mali to free him",
      // parsed with "called" a conjunct of "violated": a thing cannot call, demand or warn; the
      // speaker of the reported clause does.
      const hh = g.head[h]!;
      if (first >= 0 && SPEAKING_VERBS.test(g.lemma[v]!) && g.tag[first]!.startsWith('NN') && mentionOf(g, first) < 0 && relIs(g.label[h]!, 'ccomp') && hh >= 0 && /^(say|tell|add|state|announce|declare)$/.test(g.lemma[hh]!)) {
        const up = this.subjectOf(g, hh, depth + 1);
        if (up >= 0 && mentionOf(g, up) >= 0) return up;
      }
      if (first >= 0) return first;
      // "troops were deployed to Kursk and have begun fighting": an active second conjunct shares
      // the passive first one's subject (not "was arrested and charged", passive both).
      const sp = kidWith(g, h, 'nsubj:pass');
      return sp >= 0 && activeForm(g, v) ? sp : -1;
    }
    // A headline's second verb after a comma ("court dissolves party, bans its leaders") shares the first's subject.
    if (relIs(rel, 'parataxis') && /^VB[ZPD]$/.test(g.tag[v]!) && isVerbTag(g.tag[h]!) && this.cx.doc.tokens[g.base]?.field === 'title' && g.lower[v - 1] === ',') return this.subjectOf(g, h, depth + 1);
    // "..., killing three": a participle adjunct shares its main clause's subject.
    if (relIs(rel, 'advcl') && g.tag[v] === 'VBG' && !kidsWith(g, v, 'mark').some((k) => g.lower[k] !== 'by')) {
      if (kidWith(g, h, 'nsubj:pass') >= 0) return -1;
      // ("ordered three diplomats to leave within 48 hours, accusing them of …", parsed with
      // "accusing" under "leave": the one who orders accuses, not the ones told to leave.)
      const hh = g.head[h]!;
      if (relIs(g.label[h]!, 'xcomp') && hh >= 0 && ASK_VERBS.has(g.lemma[hh]!) && kidWith(g, hh, 'obj') >= 0 && g.lower[v - 1] === ',') return this.subjectOf(g, hh, depth + 1);
      return this.subjectOf(g, h, depth + 1);
    }
    // "accused Kenya of supplying", "has been accused of supplying": the accused did it.
    if (relIs(rel, 'advcl') && g.tag[v] === 'VBG' && kidsWith(g, v, 'mark').some((k) => g.lower[k] === 'of') && /^(accuse|suspect|charge|blame|condemn|criticize|criticise|denounce|convict)$/.test(g.lemma[h]!)) {
      const o = kidWith(g, h, 'obj');
      if (o >= 0) return o;
      // ("Libyan militia accused of torturing migrants": a headline's passive read as a participle of the noun.)
      if (kidWith(g, h, 'nsubj:pass') < 0 && relIs(g.label[h]!, 'acl') && g.tag[h] === 'VBN' && g.head[h]! >= 0) return g.head[h]!;
      return kidWith(g, h, 'nsubj:pass');
    }
    // "suspended talks after an attack on a base killed three soldiers", parsed with "attack" an
    // oblique of "suspended" and "killed" a clause of no subject: the oblique just before it is it.
    if (relIs(rel, 'advcl') && /^VB[DZP]$/.test(g.tag[v]!) && kidsWith(g, v, 'mark').length === 0) {
      const k = g.kids[h]!.find((x) => x < v && relIs(g.label[x]!, 'obl') && /^(after|before|since|until|as)$/.test(caseOf(g, x)) && rightmost(g, x) === v - 1);
      // (A common noun only: a clause with a named subject, "after Yoon met with …", the chunk coder reads already.)
      if (k !== undefined && (g.tag[k] === 'NN' || g.tag[k] === 'NNS') && mentionOf(g, k) < 0) return k;
    }
    // "retaliated by expelling 10 diplomats": the means shares the subject.
    if (relIs(rel, 'advcl') && g.tag[v] === 'VBG' && kidsWith(g, v, 'mark').some((k) => g.lower[k] === 'by')) return this.subjectOf(g, h, depth + 1);
    // "militants operating from Afghan soil": an -ing participle's subject is the noun it modifies.
    // "signed a decree banning …", "approved a bill suspending …": the instrument acts for whoever enacts it.
    // (Not what is vetoed or blocked: "Russia vetoes UN resolution demanding a ceasefire".)
    if (relIs(rel, 'acl') && g.tag[v] === 'VBG' && INSTRUMENTS.has(g.lemma[h]!) && g.head[h]! >= 0 && isVerbTag(g.tag[g.head[h]!]!) && ENACT_VERBS.test(g.lemma[g.head[h]!]!)) {
      const e = this.subjectOf(g, g.head[h]!, depth + 1);
      if (e >= 0) return e;
    }
    if (relIs(rel, 'acl') && g.tag[v] === 'VBG') return h;
    // "Hamas freed 11 hostages on Monday and Israel released 33 prisoners", parsed with "released"
    // a participle of "hostages" and Israel a conjunct of Monday: a past-tense verb right after
    // "and"/"while"/"but" + a name has that name for its subject.
    if (relIs(rel, 'acl') && g.tag[v] === 'VBD' && v >= 2 && g.mentionAt[v - 1]! >= 0) {
      let a = v - 1;
      while (a > 0 && g.mentionAt[a - 1] === g.mentionAt[v - 1]) a--;
      if (a > 0 && /^(and|while|but|whereas)$/.test(g.lower[a - 1]!)) return v - 1;
    }
    // "Supporters of Niger's junta rallied outside the embassy" parsed with "rallied" a participle
    // of "junta": where the news tagger reads it finite, its subject is the noun phrase it follows.
    if (this.finiteAsParticiple(g, v)) {
      let x = h;
      while (g.head[x]! >= 0 && (relIs(g.label[x]!, 'nmod')) && g.tag[g.head[x]!]!.startsWith('NN')) x = g.head[x]!;
      return x;
    }
    if (this.mainVerbAsParticiple(g, v)) return h;
    return -1;
  }

  /** A participle of a noun (acl, VBN) that the syntax stage's tagger reads as a past tense (VBD), with no agent: a main verb. */
  private finiteAsParticiple(g: SentenceGraph, v: Node): boolean {
    if (g.tag[v] !== 'VBN' || !relIs(g.label[v]!, 'acl') || relIs(g.label[v]!, 'acl:relcl')) return false;
    if (this.cx.doc.tokens[g.base + v]?.pos !== 'VBD') return false;
    const h = g.head[v]!;
    if (h < 0 || h > v || kidWith(g, v, 'obl:agent') >= 0 || kidsWith(g, v, 'obl').some((k) => caseOf(g, k) === 'by')) return false;
    // (A noun joined to a passive clause shares its auxiliaries: "47 people had been detained and
    // 64 officers injured".)
    if (relIs(g.label[h]!, 'conj') && g.head[h]! >= 0 && this.passive(g, g.head[h]!)) return false;
    // (A headline drops its auxiliaries: "Istanbul mayor detained" is a passive.)
    return this.cx.doc.tokens[g.base]?.field !== 'title';
  }

  /** Is verb v passive (an auxiliary "be"/"get" passive, or a participle modifying a noun, "drones launched by Russia")? */
  private passive(g: SentenceGraph, v: Node): boolean {
    if (kidWith(g, v, 'aux:pass') >= 0) return true;
    // (A passive subject beside an active subject or an object is the parser's slip: "RSF fighters
    // and allied militias have killed hundreds" with the first conjunct read as a passive subject.)
    // (An exact 'nsubj': kidWith(…, 'nsubj') would find the passive subject itself.)
    if (kidWith(g, v, 'nsubj:pass') >= 0) return kidWith(g, v, 'obj') < 0 && !g.kids[v]!.some((k) => g.label[k] === 'nsubj');
    return g.tag[v] === 'VBN' && relIs(g.label[v]!, 'acl') && !relIs(g.label[v]!, 'acl:relcl') && !this.mainVerbAsParticiple(g, v) && !this.finiteAsParticiple(g, v);
  }

  /**
   * A main verb the parser took for a participle modifying the noun before it ("Ukrainian forces
   * shelled Russian positions" parsed as forces ← shelled): a participle with an object of its
   * own, or one hanging from the sentence's root noun in a sentence with no finite verb. Its
   * subject is the noun it hangs from.
   */
  private mainVerbAsParticiple(g: SentenceGraph, v: Node): boolean {
    if (g.tag[v] !== 'VBN' && g.tag[v] !== 'VBD') return false;
    if (!relIs(g.label[v]!, 'acl') || relIs(g.label[v]!, 'acl:relcl')) return false;
    const h = g.head[v]!;
    if (h < 0 || h > v) return false;
    if (kidWith(g, v, 'obj') >= 0) return true;
    if (g.head[h]! >= 0) return false;
    // (A headline drops its auxiliaries: "Istanbul mayor detained" is a passive.)
    if (this.cx.doc.tokens[g.base]?.field === 'title') return false;
    for (let i = 0; i < g.n; i++) if (i !== v && (g.tag[i] === 'VBD' || g.tag[i] === 'VBZ' || g.tag[i] === 'VBP' || g.tag[i] === 'MD')) return false;
    return kidWith(g, v, 'obl:agent') < 0;
  }

  /**
   * The words of the clause the patterns are matched against, in order: the verb's particle, then
   * each complement (object, obliques, an infinitive and its object, a preposition-led gerund) as
   * its preposition, modifiers and head, with the complement's own prepositional modifiers.
   */
  private signature(g: SentenceGraph, v: Node, passive: boolean): { keys: string[][]; nodes: Node[] } {
    const keys: string[][] = [], nodes: Node[] = [];
    const push = (i: Node) => sigPush(g, keys, nodes, i);
    const phrase = (d: Node, level: number) => sigPhrase(g, keys, nodes, d, level);
    for (const k of kidsWith(g, v, 'compound:prt')) push(k);
    // In the passive the object noun is the subject ("hostages were released"): it may complete a pattern.
    const subjPass = passive ? kidWith(g, v, 'nsubj:pass') : -1;
    for (const d of g.kids[v]!) {
      const r = g.label[d]!;
      if (d === subjPass) continue;
      // ("according to the presidency" says who reports the act, no part of it: not "accord".)
      if (g.kids[d]!.some((k) => g.lower[k] === 'according' && g.label[k] === 'case')) continue;
      if (relIs(r, 'obj') || relIs(r, 'iobj') || relIs(r, 'obl') || relIs(r, 'xcomp') || relIs(r, 'ccomp') || (relIs(r, 'advcl') && kidsWith(g, d, 'mark').some((x) => /^(of|for|by|to|over|about|against|from)$/.test(g.lower[x]!)))) {
        if (d < v && !relIs(r, 'obl')) continue;
        if (relIs(r, 'ccomp')) { const mk = kidWith(g, d, 'mark'); if (mk >= 0) push(mk); continue; }
        phrase(d, 0);
      } else if (r === 'advmod' && d > v && /^(back|up|down|off|out|away|together|ahead|forward)$/.test(g.lower[d]!)) push(d);
    }
    // "rammed and boarded two Philippine navy boats": a verb with no object of its own shares the
    // object of the verb joined to it.
    if (!passive) { const o = sharedObject(g, v); if (o >= 0) phrase(o, 0); }
    if (subjPass >= 0) { keys.unshift([g.lower[subjPass]!, nounKey(g.lower[subjPass]!), g.lemma[subjPass]!]); nodes.unshift(subjPass); }
    return { keys, nodes };
  }

  /** The most specific pattern of the verb whose elements appear, in order, in the signature. */
  private match(patterns: readonly Pattern[], sig: { keys: string[][]; nodes: Node[] }, passive: boolean): { p: Pattern; matched: Node[] } | null {
    for (const p of patterns) {
      let pos = passive && sig.keys.length ? 0 : 0;
      const matched: Node[] = [];
      let ok = true;
      for (const el of p.elements) {
        let found = -1, len = 0;
        for (let j = pos; j < sig.keys.length && found < 0; j++) {
          for (const alt of el) {
            let good = true;
            for (let k = 0; k < alt.length; k++) if (!sig.keys[j + k]?.includes(alt[k]!)) { good = false; break; }
            if (good) { found = j; len = alt.length; break; }
          }
        }
        if (found < 0) { ok = false; break; }
        for (let k = 0; k < len; k++) matched.push(sig.nodes[found + k]!);
        pos = found + len;
      }
      if (ok) return { p, matched };
    }
    return null;
  }

  /** Modality of v from its own dependents and the verbs above it. */
  private modality(g: SentenceGraph, v: Node): { skip: boolean; negated: boolean; hedged: boolean; future: boolean; question: boolean } {
    let negated = false, hedged = false, future = false, skip = false;
    for (const k of g.kids[v]!) {
      const r = g.label[k]!, l = g.lower[k]!;
      if ((r === 'advmod' || r === 'neg' || r === 'aux') && NEGATORS.has(l)) negated = true;
      if ((r === 'aux') && (FUTURE_AUX.has(l) || l === 'to')) future = true;
      if (r === 'advmod' && HEDGE_ADVERBS.has(l)) hedged = true;
      if (r === 'aux' && (l === 'may' || l === 'might' || l === 'could')) hedged = true;
      if (r === 'mark' && CONDITIONAL_MARKS.has(l)) skip = true;
    }
    // "could have been detained", "should have stopped it": what might have happened did not.
    if (kidsWith(g, v, 'aux').some((k) => /^(could|should|would)$/.test(g.lower[k]!)) && kidsWith(g, v, 'aux').some((k) => g.lower[k] === 'have')) skip = true;
    // Headlinese: "Egypt to host Gaza talks" (an infinitive heading the sentence).
    if (g.head[v]! < 0 && kidsWith(g, v, 'mark').some((k) => g.lower[k] === 'to') && g.tag[v] === 'VB') future = true;
    // Up the tree: a conditional or "whether" clause, a report of someone else's, a question.
    let x = v;
    for (let d = 0; d < 8; d++) {
      const h = g.head[x]!;
      if (h < 0) break;
      const r = g.label[x]!;
      if (relIs(r, 'advcl') || relIs(r, 'ccomp') || relIs(r, 'csubj')) {
        for (const k of g.kids[x]!) if (g.label[k] === 'mark' && CONDITIONAL_MARKS.has(g.lower[k]!)) skip = true;
      }
      // ("If China were to blockade Taiwan, …" parsed with the conditional clause as the root: the
      // infinitive is inside a clause marked "if".)
      if (relIs(r, 'xcomp') && g.kids[h]!.some((k) => g.label[k] === 'mark' && CONDITIONAL_MARKS.has(g.lower[k]!))) skip = true;
      if ((relIs(r, 'ccomp') || relIs(r, 'parataxis')) && REPORT_VERBS.has(g.lemma[h]!)) hedged = true;
      if (relIs(r, 'ccomp') && (g.lemma[h] === 'ask' || g.lemma[h] === 'wonder')) skip = true;
      // "denied reports that it had deported …", "rejected claims that its troops had crossed": a denied act.
      if ((relIs(r, 'ccomp') || relIs(r, 'obj') || relIs(r, 'acl')) && x !== v && DENY_VERBS.has(g.lemma[h]!)) skip = true;
      if (relIs(r, 'advcl') && x === v && DENY_VERBS.has(g.lemma[h]!) && g.kids[x]!.some((k) => g.label[k] === 'mark' && g.lower[k] === 'that')) skip = true;
      if (relIs(r, 'ccomp') && x === v && DENY_VERBS.has(g.lemma[h]!)) skip = true;
      // "had no plans to attack": an act nobody plans.
      if (relIs(r, 'acl') && g.kids[h]!.some((k) => g.label[k] === 'det' && g.lower[k] === 'no')) skip = true;
      x = h;
    }
    // "Neither Washington nor Moscow has agreed …".
    const sj = kidWith(g, v, 'nsubj');
    if (sj >= 0 && g.kids[sj]!.some((k) => g.lower[k] === 'neither')) negated = true;
    const question = g.lower[g.n - 1] === '?' && x === v;
    return { skip: skip || question, negated, hedged, future, question };
  }

  /** Code one parsed sentence. */
  /** Generic mentions being read as a subject right now (see actorOfMention). */
  private asSubject = new Set<number>();

  /** Actors of a subject node (a group that acts may take the dateline's country). */
  private subjectActors(g: SentenceGraph, node: Node): Arg[] {
    if (node < 0) return [];
    // ("Thousands of Yoon's supporters rallied": the group a crowd count counts acts too.)
    const m = mentionOf(g, node), mc = mentionOf(g, crowdHead(g, node));
    if (m >= 0) this.asSubject.add(m);
    if (mc >= 0) this.asSubject.add(mc);
    try { return this.actorsAt(g, node); } finally { if (m >= 0) this.asSubject.delete(m); if (mc >= 0) this.asSubject.delete(mc); }
  }

  /** "India, Pakistan agree …": names before the subject separated by commas, at the start of a title. */
  private titleListed(g: SentenceGraph, subj: Node, first: Arg): Arg[] {
    const out: Arg[] = [];
    let k = subj - 1;
    // Walk back over the subject's own words to its first token.
    // (And over its modifiers: "Thai, Cambodian troops trade fire".)
    while (k >= 0 && ((g.mentionAt[k] === g.mentionAt[subj] && g.mentionAt[k]! >= 0) || (g.head[k] === subj && /^(amod|compound|nummod|det)$/.test(g.label[k]!)))) k--;
    while (k >= 1 && g.lower[k] === ',') {
      let a = k - 1;
      const m = g.mentionAt[a]!;
      if (m < 0) break;
      while (a > 0 && g.mentionAt[a - 1] === m) a--;
      const ref = this.actorOfMention(m, g);
      if (!ref || ref.country === first.ref.country) break;
      out.push({ ref, node: a, m });
      k = a - 1;
    }
    return k < 0 ? out : [];
  }

  /** A private individual named by a singular common noun ("a 24-year-old man", "a student"), not by name or office. */
  private individual(g: SentenceGraph, n: Node): boolean {
    if (n < 0 || !INDIVIDUALS.has(g.lower[n]!)) return false;
    // (A name among its modifiers makes it someone's: not the phrase's own generic mention, "a 24-year-old man".)
    return !g.kids[n]!.some((k) => (g.mentionAt[k]! >= 0 && g.mentionAt[k] !== g.mentionAt[n] && this.cx.doc.mentions[g.mentionAt[k]!]?.type !== 'NORP') || g.label[k] === 'nmod:poss');
  }

  /** Set when the sentence's last coding left an act out on purpose (a condition, a question, a denial, history). */
  declined = false;

  codeSentence(g: SentenceGraph, evidence: SpanRef, out: RawEvent[]): void {
    this.declined = false;
    this.codedVerbs.clear();
    const { doc } = this.cx;
    const done = new Set<Node>();
    let firstSubject: Arg | null = null, firstHead = -1;
    for (let v = 0; v < g.n; v++) {
      if (!isVerbTag(g.tag[v]!) && !(g.tag[v] === 'JJ' && INTENT_ADJECTIVES.has(g.lower[v]!))) continue;
      if (done.has(v)) continue;
      // Both taggers must allow a verb: one the syntax stage reads as a noun inside a noun phrase
      // ("setting off air raid sirens") is the parser's mistake, not an act.
      const tok = doc.tokens[g.base + v]!;
      // (Unless the parser gave the verb a subject of its own: "If Russia attacks Poland".)
      if (tok.chunk === 'I-NP' && tok.pos?.startsWith('NN') && kidWith(g, v, 'nsubj') < 0 && kidWith(g, v, 'nsubj:pass') < 0) continue;
      const subjNode = this.subjectOf(g, v);
      // (The main clause's subject is what "he"/"it" of the next sentence refers to; a city is not an "it".)
      if (!firstSubject && subjNode >= 0 && (g.head[v] === -1 || (g.head[subjNode] === -1 && this.finiteAsParticiple(g, v)))) {
        const a = this.actorsAt(g, subjNode)[0] ?? this.subjectActors(g, crowdHead(g, subjNode)).find((x) => !!x.ref.country) ?? null;
        const t = a && a.m >= 0 ? this.cx.doc.mentions[a.m]?.type : null;
        if (a && !((t === 'GPE' || t === 'LOC' || t === 'FAC') && a.ref.actor_code !== a.ref.country)) firstSubject = a;
        else if (a && t !== 'GPE' && t !== 'LOC' && t !== 'FAC') firstSubject = a;
        if (firstSubject) firstHead = subjNode;
      }
      // An infinitive under a verb or adjective of intent, threat or refusal is coded there.
      const rel = g.label[v]!, h = g.head[v]!;
      if (relIs(rel, 'xcomp') && h >= 0 && (INTENT_VERBS.has(g.lemma[h]!) || THREAT_VERBS.has(g.lemma[h]!) || REFUSAL_VERBS.has(g.lemma[h]!) || NO_ACT_VERBS.has(g.lemma[h]!) || ASK_VERBS.has(g.lemma[h]!) || INTENT_ADJECTIVES.has(g.lower[h]!))) continue;
      // What someone demanded or urged be done ("demanded that Azerbaijan close the embassy") is not done.
      if (relIs(rel, 'ccomp') && h >= 0 && (ASK_VERBS.has(g.lemma[h]!) || g.lemma[h] === 'insist' || g.lemma[h] === 'propose' || g.lemma[h] === 'suggest' || g.lemma[h] === 'recommend')) continue;
      // A purpose ("scrambled jets to repel the warplanes", "sent troops to fight"): what was meant,
      // not what was done (the act it is the purpose of is coded, and reaches its object).
      // (A decision or a vote to act is the act: "decided to sever diplomatic relations".)
      if ((relIs(rel, 'advcl') || relIs(rel, 'xcomp') || relIs(rel, 'acl')) && h >= 0 && g.tag[v] === 'VB' && kidsWith(g, v, 'mark').some((k) => g.lower[k] === 'to') && !RAISING_VERBS.has(g.lemma[h]!)
        && !(relIs(rel, 'xcomp') && DECISION_VERBS.has(g.lemma[h]!))) continue;
      const before = out.length;
      this.codeVerb(g, v, evidence, out, done);
      if (out.length > before) { this.codedVerbs.add(v); this.codeAsDid(g, v, before, out); }
    }
    this.codeNominalVisits(g, evidence, out);
    this.codeNominalFights(g, evidence, out);
    this.codeJudgements(g, evidence, out);
    // Remember the sentence's first subject for pronouns of the sentences after it.
    if (firstSubject) {
      const mem = this.cx.memory;
      const t = firstSubject.m >= 0 ? doc.mentions[firstSubject.m]?.type : null;
      const gm = firstSubject.m >= 0 ? this.cx.generic.get(firstSubject.m) : undefined;
      // ("Poland's foreign minister criticised Israel … He demanded …": an office-holder named by
      // office is a "he" or "she" too.)
      // (And a person whose actor came from a nationality before the name: "Congolese Foreign Minister
      // Therese Wagner … She urged Kigali …".)
      let named = false;
      for (let k = 0; k < g.n && firstHead >= 0 && !named; k++) {
        if (g.mentionAt[k]! < 0 || doc.mentions[g.mentionAt[k]!]?.type !== 'PERSON') continue;
        for (let x = k, d = 0; x >= 0 && d < 6; x = g.head[x]!, d++) if (x === firstHead) { named = true; break; }
      }
      if (t === 'PERSON' || (gm && PERSON_NOUNS.has(gm.text.split(/\s+/).pop()!.toLowerCase())) || (firstHead >= 0 && PERSON_NOUNS.has(g.lemma[firstHead]!)) || named) mem.person = firstSubject.ref;
      else if (gm?.kind === 'group') mem.group = firstSubject.ref;
      else mem.body = firstSubject.ref;
      mem.sentence = g.si;
    }
  }

  /**
   * Visits and talks named by a noun wherever it stands ("during Erdogan's first visit to Greece",
   * "after talks with Egyptian mediators"): the visit happened. The visitor is the possessor (or the
   * nationality, "the Indian prime minister's visit"), the host the place or party after "to"; talks
   * are held with the party after "with". Both are two-way (042/043, 046).
   */
  private codeNominalVisits(g: SentenceGraph, evidence: SpanRef, out: RawEvent[]): void {
    for (let n = 0; n < g.n; n++) {
      const l = g.lemma[n]!;
      const visit = l === 'visit' || l === 'trip' || l === 'tour';
      if (!visit && l !== 'talk' && l !== 'negotiation') continue;
      if (!g.tag[n]!.startsWith('NN')) continue;
      const poss = kidWith(g, n, 'nmod:poss');
      const src = poss >= 0 ? this.actorsAt(g, poss) : [];
      if (!src.length) continue;
      const to = g.kids[n]!.find((k) => relIs(g.label[k]!, 'nmod') && caseOf(g, k) === (visit ? 'to' : 'with'));
      const tgt = to !== undefined ? this.actorsAt(g, to) : [];
      if (!tgt.length || tgt[0]!.ref.country === src[0]!.ref.country) continue;
      const a = src[0]!.ref, b = tgt[0]!.ref;
      const mod = this.modality(g, g.head[n]! >= 0 ? g.head[n]! : n);
      if (mod.skip || this.background(g, n)) continue;
      const date = this.cx.dateFor(g.si, n);
      const [c1, c2] = visit ? ['042', '043'] : ['046', '046'];
      out.push({ source: a, target: b, cameo: c1, negated: false, hedged: mod.hedged, date, place: null, evidence, order: this.cx.order.n++ });
      out.push({ source: b, target: a, cameo: c2, negated: false, hedged: mod.hedged, date, place: null, evidence, order: this.cx.order.n++ });
    }
  }

  /**
   * "The U.S. embassy condemned the attack, as did ECOWAS": the party after "as did" does the same
   * act to the same party (the events verb v just coded from its subject, from that party instead).
   */
  private codeAsDid(g: SentenceGraph, v: Node, from: number, out: RawEvent[]): void {
    const d = g.kids[v]!.find((k) => k > v && g.lemma[k] === 'do' && kidsWith(g, k, 'mark').some((x) => g.lower[x] === 'as') && (relIs(g.label[k]!, 'conj') || relIs(g.label[k]!, 'advcl')));
    // (Also as the parser often reads it: the party an oblique "as" with "did" for its auxiliary.)
    const o = d === undefined ? g.kids[v]!.find((k) => k > v && relIs(g.label[k]!, 'obl') && caseOf(g, k) === 'as' && kidsWith(g, k, 'aux').some((a) => g.lemma[a] === 'do')) : undefined;
    if (d === undefined && o === undefined) return;
    const x = o !== undefined ? o : kidWith(g, d!, 'nsubj') >= 0 ? kidWith(g, d!, 'nsubj') : kidWith(g, d!, 'obj');
    const also = x >= 0 ? this.actorsAt(g, x) : [];
    if (!also.length) return;
    const first = out[from]!.source;
    const made = out.slice(from).filter((e) => e.source === first);
    for (const a of also) {
      for (const e of made) {
        if (e.target && (a.ref.entity ? a.ref.entity === e.target.entity : a.ref.actor_code === e.target.actor_code)) continue;
        out.push({ ...e, source: a.ref, order: this.cx.order.n++ });
      }
    }
  }

  /**
   * A party saying that an act done to it was wrong ("South Africa's presidency said the expulsion
   * was 'regrettable'", "Beijing said the move was a provocation"): criticism (111) of whoever did
   * the act, the latest party of the article so far to act on the speaker's country.
   */
  private codeJudgements(g: SentenceGraph, evidence: SpanRef, out: RawEvent[]): void {
    for (let c = 0; c < g.n; c++) {
      if (!relIs(g.label[c]!, 'ccomp') || !kidsWith(g, c, 'cop').length) continue;
      const word = g.lemma[c]!;
      if (!(JUDGEMENTS.has(word) || JUDGEMENTS.has(g.lower[c]!))) continue;
      if (kidsWith(g, c, 'advmod').some((k) => NEGATORS.has(g.lower[k]!))) continue;
      const say = g.head[c]!;
      if (say < 0 || !/^(say|state|add|tell|call|describe|insist|declare)$/.test(g.lemma[say]!)) continue;
      const subj = kidWith(g, c, 'nsubj');
      if (subj < 0 || !REACTED_TO.has(g.lemma[subj]!) || !kidsWith(g, subj, 'det').some((k) => /^(the|this|that|such)$/.test(g.lower[k]!))) continue;
      const speaker = this.subjectActors(g, this.subjectOf(g, say))[0];
      const own = speaker?.ref.country;
      if (!speaker || !own) continue;
      const by = actedOn(out, own);
      if (!by) continue;
      const mod = this.modality(g, say);
      if (mod.skip || mod.negated) continue;
      out.push({ source: speaker.ref, target: by, cameo: '111', negated: false, hedged: mod.hedged, date: this.cx.dateFor(g.si, say), place: this.placeOf(g, say, new Set([speaker.m])), evidence, order: this.cx.order.n++ });
    }
  }

  /**
   * Fighting named by a noun with its other side after "with", in an adjunct of a clause whose
   * subject is the one side ("Rebels seized the town after two days of heavy fighting with
   * government troops", "the army's clashes with rebels"): each side fought the other (190, both
   * ways, as "X fought Y" is).
   */
  private codeNominalFights(g: SentenceGraph, evidence: SpanRef, out: RawEvent[]): void {
    for (let n = 0; n < g.n; n++) {
      if (!FIGHT_NOUNS.has(g.lemma[n]!) || !g.tag[n]!.startsWith('NN')) continue;
      // (Not "after the clashes with Gambia": fighting the text already told of is background.)
      if (kidsWith(g, n, 'det').some((k) => DEFINITE.test(g.lower[k]!))) continue;
      const w = g.kids[n]!.find((k) => relIs(g.label[k]!, 'nmod') && caseOf(g, k) === 'with');
      const other = w !== undefined ? this.actorsAt(g, w) : [];
      if (!other.length) continue;
      // The fighter: the noun's possessor, else the subject of the clause the noun is an adjunct of.
      let side: Arg[] = [];
      let anchor = n;
      const poss = kidWith(g, n, 'nmod:poss');
      if (poss >= 0) side = this.actorsAt(g, poss);
      else {
        // (Up through "two days of heavy fighting": the noun may hang from a measure of time.)
        let cur = n;
        while (g.head[cur]! >= 0 && relIs(g.label[cur]!, 'nmod') && g.tag[g.head[cur]!]!.startsWith('NN')) cur = g.head[cur]!;
        const v = g.head[cur]!;
        if (v < 0 || !isVerbTag(g.tag[v]!) || !relIs(g.label[cur]!, 'obl') || !/^(after|during|amid|following|in)$/.test(caseOf(g, cur))) continue;
        side = this.subjectActors(g, this.subjectOf(g, v));
        anchor = v;
      }
      if (!side.length) continue;
      const a = side[0]!.ref, b = other[0]!.ref;
      if ((a.entity && a.entity === b.entity) || (a.country === b.country && a.actor_code === b.actor_code)) continue;
      const mod = this.modality(g, anchor);
      if (mod.skip || mod.negated || this.background(g, n)) continue;
      const date = this.cx.dateFor(g.si, n);
      const place = this.placeOf(g, anchor, new Set([side[0]!.m, other[0]!.m]));
      out.push({ source: a, target: b, cameo: '190', negated: false, hedged: mod.hedged, date, place, evidence, order: this.cx.order.n++ });
      out.push({ source: b, target: a, cameo: '190', negated: false, hedged: mod.hedged, date, place, evidence, order: this.cx.order.n++ });
    }
  }

  private codeVerb(g: SentenceGraph, v: Node, evidence: SpanRef, out: RawEvent[], done: Set<Node>): void {
    const { lexicon } = this.cx;
    // "Russia pounds Kharkiv with glide bombs, killing four": the killing is the attack's toll, not an act of its own.
    if (relIs(g.label[v]!, 'advcl') && g.tag[v] === 'VBG' && !kidsWith(g, v, 'mark').length && /^(kill|wound|injure|maim)$/.test(g.lemma[v]!) && g.head[v]! >= 0
      && (lexicon.get(g.lemma[g.head[v]!]!) ?? []).some((p) => /^(19|20)/.test(p.code))
      // (Unless the attack went uncoded for want of an actor: "A bomb … exploded near a checkpoint,
      // killing four officers" codes the killing, by whoever set the bomb.)
      && (this.codedVerbs.has(g.head[v]!) || !WEAPONS.has(g.lemma[this.subjectOf(g, g.head[v]!)] ?? ''))) return;
    // "the jailed opposition leader", "the detained journalist": a participle before its noun describes, it reports no act.
    // (Only after a determiner or a possessive: "Chilean police fired tear gas" misparsed as a noun
    // phrase must still reach the chunk coder.)
    if (g.label[v] === 'amod' && g.tag[v] === 'VBN' && g.head[v]! > v && v > 0 && /^(DT|PRP\$|POS)$/.test(g.tag[v - 1]!)) { if (lexicon.has(g.lemma[v]!)) this.declined = true; return; }
    // "a fuel convoy escorted by Malian soldiers", "a tanker operated by a Greek firm": a participle
    // that says who goes with, leads or runs a thing describes it; it reports no act.
    if (relIs(g.label[v]!, 'acl') && !relIs(g.label[v]!, 'acl:relcl') && g.tag[v] === 'VBN' && DESCRIBING.has(g.lemma[v]!) && g.head[v]! >= 0 && g.tag[g.head[v]!]!.startsWith('NN')) return;
    let mod = this.modality(g, v);
    if (mod.skip) { if (this.cx.lexicon.has(g.lemma[v]!)) this.declined = true; return; }
    // The act: v itself, or the infinitive it governs when v is a verb (or adjective) of intent,
    // threat or refusal ("agreed to resume talks", "is ready to supply", "threatened to impose").
    let act = v, family: 'act' | 'intent' | 'threat' | 'refusal' = 'act';
    const x = kidWith(g, v, 'xcomp');
    const intentHead = INTENT_VERBS.has(g.lemma[v]!) || INTENT_ADJECTIVES.has(g.lower[v]!);
    if (x >= 0 && isVerbTag(g.tag[x]!) && (intentHead || THREAT_VERBS.has(g.lemma[v]!) || REFUSAL_VERBS.has(g.lemma[v]!) || NO_ACT_VERBS.has(g.lemma[v]!))) {
      if (NO_ACT_VERBS.has(g.lemma[v]!)) { done.add(x); this.declined = true; return; }
      act = x;
      family = intentHead ? 'intent' : THREAT_VERBS.has(g.lemma[v]!) ? 'threat' : 'refusal';
      const inner = this.modality(g, x);
      if (inner.negated) mod = { ...mod, negated: !mod.negated };
      done.add(x);
    }
    const passive = this.passive(g, act);
    const patterns = lexicon.get(g.lemma[act]!);
    let m = patterns ? this.match(patterns, this.signature(g, act, passive), passive) : null;
    // The act has no pattern: the verb of intent or threat may have one of its own ("threatened
    // retaliation", "agreed to" alone).
    // (Not a bare "seek", "want" or "hope": "seek to counter China's assertiveness" appeals to no one.)
    if ((!m || m.p.code === '---') && act !== v && !WISH_VERBS.has(g.lemma[v]!)) {
      const own = lexicon.get(g.lemma[v]!);
      m = own ? this.match(own, this.signature(g, v, this.passive(g, v)), false) : null;
      if (m) { act = v; family = 'act'; }
    }
    // "Russia's foreign ministry said Moscow would respond to the expulsion": a statement that one's
    // own side will answer is a threat (130), aimed below at whoever acted on the speaker's side.
    if (!m && act === v && /^(say|state|add|declare|insist|vow|pledge|promise)$/.test(g.lemma[act]!) && this.promisesConsequence(g, kidWith(g, act, 'ccomp'))) m = { p: ANSWER_THREAT, matched: [] };
    // "Saudi crown prince receives Syria's al-Sharaa in Riyadh": to receive a person or a state
    // named as the object is to host them (what else is received has patterns of its own).
    if (!m && g.lemma[act] === 'receive') {
      const o = kidWith(g, act, 'obj');
      const mo = o >= 0 ? mentionOf(g, o) : -1;
      const t = mo >= 0 ? this.cx.doc.mentions[mo]?.type : undefined;
      const ref = mo >= 0 ? this.actorOfMention(mo, g) : null;
      // (A state, or one who speaks for it: a head of state, a minister.)
      if (t === 'GPE' || (ref?.country && /^(GOV|MIL)?$/.test((ref.actor_code ?? '').slice(ref.country.length)))) m = { p: RECEIVE_HOST, matched: [] };
    }
    // A light verb with an event noun as its object names the event by the noun: "launched an
    // offensive against X", "adopted a package of sanctions against Russia", "carried out strikes on X".
    if (!m || m.p.code === '---') m = this.lightVerb(g, act) ?? m;
    // ("ordered a complete siege of Gaza", "ordered air strikes on X": an order of force is the force.)
    else if (g.lemma[act] === 'order' && m.p.elements.every((e) => e.every((alt) => alt.length === 1 && alt[0] === 'to'))) { const l = this.lightVerb(g, act); if (l && /^(1[5-9]|20)/.test(l.p.code)) m = l; }
    if (TRACE) process.stderr.write(`[events] ${g.lower[v]} act=${g.lower[act]} ${family} passive=${passive} match=${m ? `${m.p.code} ${m.p.lemma} ${m.p.elements.map((e) => e.map((a) => a.join('_')).join('|')).join(' ')}` : '-'} sig=${this.signature(g, act, passive).keys.map((k) => k[0]).join(' ')}\n`);
    if (!m || m.p.code === '---') return;
    let code = m.p.code;
    // A strike by workers, or a general, nationwide or hunger strike, is a labour strike (143), not an attack.
    const strikeNoun = m.matched.find((k) => g.lemma[k] === 'strike' && g.tag[k]!.startsWith('NN'));
    if (strikeNoun !== undefined && code.startsWith('19') && (g.kids[strikeNoun]!.some((k) => LABOUR_STRIKE.has(g.lower[k]!)) || /LAB|EDU|HLH/.test(this.subjectActors(g, this.subjectOf(g, v))[0]?.ref.actor_code ?? ''))) code = '143';
    // "warned that any attack would be met with a response": a warning of what the speaker will do is a threat.
    // (So is a statement that one's own state will answer: "said Moscow would respond to the expulsion".)
    if (/^(warn|say|vow|promise|pledge|declare|insist)$/.test(g.lemma[act]!) && code.startsWith('01') && this.promisesConsequence(g, kidWith(g, act, 'ccomp'))) code = '130';
    // "No Israeli delegation travelled", "held no talks": "no" before the subject or the pattern's noun denies the act.
    const subjNode = this.subjectOf(g, v);
    const noDet = (n: Node) => n >= 0 && g.kids[n]!.some((k) => g.label[k] === 'det' && g.lower[k] === 'no');
    if (noDet(subjNode) || m.matched.some(noDet) || noDet(kidWith(g, act, 'obj'))) mod = { ...mod, negated: true };
    // "would not end the war", "will not discuss": what a party says it will not do is not coded
    // here. (Coding it as a refusal, 12x, was meant but never took effect — the code was converted
    // twice and dropped; made to work, it added three false events on the news sets and found none,
    // so the annotators read these as no event. A refusal verb, "refused to", still codes 12x.)
    if (mod.negated && mod.future && family === 'act') return;
    // "An Israeli strike killed 30 people": the attack is the event, coded as the attack noun.
    const attackNoun = subjNode >= 0 ? this.attackCode(g, subjNode) : null;
    if (attackNoun && /^(kill|wound|injure|hit|destroy|damage|level|flatten|raze|strike|target)$/.test(g.lemma[act]!)) code = attackNoun;
    if (family === 'act' && mod.future) family = 'intent';
    // An intent to use force, coerce or protest ("vowed to retaliate") is a threat.
    if (family === 'intent') code = intendedCode(code);
    else if (family === 'threat') { const t = threatCode(code); if (!t) return; code = t; }
    else if (family === 'refusal') { const r = refusalCode(code); if (!r) return; code = r; }
    const info0 = codeInfo(code);
    if (!info0) return;
    let info = info0;
    // Background: an act the sentence dates well before the article ("began when gunmen attacked
    // … on Oct. 7, 2023") is history, not news of the day.
    if (this.background(g, v)) { if (this.mainClause(g, v)) this.declined = true; return; }

    // Source and target. (The subject is the one found above for the negation test.)
    const subj = subjNode;
    // "Russia accuses Ukraine of violating the truce", "accused the coast guard of ramming a boat":
    // the accusation is the event (112), not the act it alleges (docs/events-annotation.md).
    // (The "of" clause hangs on the verb, or on its object: "accuses Chinese coast guard | of ramming".)
    const accuse = g.head[v]! < 0 ? -1 : relIs(g.label[v]!, 'advcl') ? g.head[v]! : relIs(g.label[v]!, 'acl') && g.head[g.head[v]!]! >= 0 && relIs(g.label[g.head[v]!]!, 'obj') ? g.head[g.head[v]!]! : -1;
    if (accuse >= 0 && ACCUSE_VERBS.has(g.lemma[accuse]!) && kidsWith(g, v, 'mark').some((k) => g.lower[k] === 'of' || g.lower[k] === 'for')) return;
    let sources: Arg[] = [], targets: Arg[] = [];
    // The patient of a passive: its subject, or the noun a participle modifies ("drones launched by Russia").
    const pat = !passive ? -1 : kidWith(g, act, 'nsubj:pass') >= 0 ? kidWith(g, act, 'nsubj:pass') : relIs(g.label[act]!, 'acl') ? g.head[act]! : -1;
    if (passive) {
      sources = this.agentOf(g, act);
      targets = this.actorsAt(g, pat);
      if (!targets.length) targets = this.objectActors(g, act, m.matched, info.root, sources);
    } else {
      sources = this.subjectActors(g, subj);
      // "Tens of thousands of Georgians rallied": a count names its people after "of".
      // (Only a people of a country: "tens of thousands of people" is left to the chunk coder's reading.)
      const crowd = subj >= 0 ? crowdHead(g, subj) : -1;
      if (!sources.length && crowd !== subj) sources = this.subjectActors(g, crowd).filter((x) => !!x.ref.country);
      // "Thousands protest in Tbilisi", "Hundreds rallied in Nairobi": a bare count protests as
      // people of the place (only protests: "thousands evacuated" is no actor).
      if (!sources.length && info.root === '14' && subj >= 0 && CROWD_COUNTS.has(g.lower[subj]!) && !kidsWith(g, subj, 'nmod').length) {
        const c = this.placeOf(g, act, new Set())?.country ?? this.soleCountry(g, false);
        if (c) sources = [{ ref: { entity: null, name: this.phraseAt(g, subj), country: c, actor_code: actorCode(c, 'CVL') ?? c }, node: subj, m: -1 }];
      }
      // Headlines list their subjects with commas ("India, Pakistan agree to ceasefire").
      if (sources.length === 1 && this.cx.doc.tokens[g.base]?.field === 'title') sources.push(...this.titleListed(g, subj, sources[0]!));
      targets = this.objectActors(g, act, m.matched, info.root, sources);
      // The verb's own pattern reached into its infinitive ("refused to lift its veto on aid for Ukraine").
      if (!targets.length && act === v && x >= 0) targets = this.objectActors(g, x, m.matched, info.root, sources);
    }
    if (m.p.reversed) [sources, targets] = [targets, sources];
    // "Police arrest six", "an air strike kills 20", "20 killed in …": people counted but not named
    // are acted on as a group of the place where it happens, else of the one country the sentence
    // names, else of the actor's own country (docs/events-annotation.md: groups of no country).
    // (Only states and armed or official bodies: "students protesting …, killing at least six" is a
    // participle the parser hung on the wrong clause far more often than students killing anyone.)
    if (!targets.length && /^(17|18|19|20)$/.test(info.root) && (passive || sources.some((x) => x.ref.actor_code === x.ref.country || /^(GOV|MIL|COP|REB|UAF|SPY|JUD|INS|SEP|PRI)$/.test(roleTypeOf(x.ref) ?? '')))) {
      // (A passive count needs an attack or a place to be news of its own: "20 killed in an air strike",
      // not "adding that more than 400 were injured", which counts the victims of an act already coded.)
      const ob = kidWith(g, act, 'obj');
      let pn = passive && !kidsWith(g, act, 'obl').some((k) => ATTACK_NOUNS.has(g.lemma[k]!) || g.mentionHead[k]! >= 0) ? -1 : countedPeople(g, passive ? pat : ob);
      // (Whom a state arrests is a person even uncounted: "security agents detained an opposition
      // campaign coordinator" acts on the state's own people.)
      if (pn < 0 && !passive && info.code === '173' && ob >= 0 && g.tag[ob]!.startsWith('NN') && mentionOf(g, ob) < 0) pn = ob;
      if (pn >= 0) {
        // (Force abroad: "Russia pounds Kharkiv with glide bombs, killing four" kills in Ukraine, the
        // country of the clause it continues; the actor's own country only for arrests or when the
        // sentence names no other.)
        const own = new Set(sources.map((x) => x.ref.country));
        const other = this.soleCountry(g, false) ?? this.soleCountry(g, false, own);
        const c = this.placeOf(g, act, new Set(sources.map((x) => x.m)))?.country ?? other ?? (info.root === '17' || !this.namesOtherCountry(g, own) ? sources[0]?.ref.country ?? null : null);
        targets = [{ ref: { entity: null, name: this.phraseAt(g, pn), country: c, actor_code: c ? actorCode(c, 'CVL') ?? c : 'CVL' }, node: pn, m: -1 }];
      }
    }
    // "Russia says air defences downed 30 drones": a state's arm of no stated country, in what a
    // state reports, is that state's.
    if (sources.length === 1 && !sources[0]!.ref.country && sources[0]!.m >= 0 && this.cx.generic.get(sources[0]!.m)?.kind === 'state') {
      const sp = this.reportingState(g, v);
      if (sp) { const role = sources[0]!.ref.actor_code ?? ''; sources = [{ ...sources[0]!, ref: { ...sources[0]!.ref, country: sp, actor_code: actorCode(sp, role.slice(-3)) ?? sp } }]; }
    }
    // A reaction to an act named by a noun ("Pretoria calls move 'regrettable'", "Qatar condemns
    // 'cowardly' attack", "rejected the measures", "denied the accusations"): aimed at whoever did
    // the act to the reacting side, the latest such event of the article so far.
    if (!targets.length && sources.length >= 1 && (/^(11|12)$/.test(info.root) || info.code === '016') && !passive) {
      const o = kidWith(g, act, 'obj') >= 0 ? kidWith(g, act, 'obj') : kidWith(g, act, 'xcomp');
      // (A denial answers what was said: "denied the accusations", not "denies the charges" of a court.)
      if (o >= 0 && mentionOf(g, o) < 0 && (info.code !== '016' || /^(accusation|allegation|claim|report|suggestion|assertion)$/.test(g.lemma[o]!)) && (g.tag[o]!.startsWith('NN') || REACTED_TO.has(g.lower[o]!)) && (REACTED_TO.has(g.lemma[o]!) || REACTED_TO.has(nounKey(g.lower[o]!)) || (!MISHAPS.has(g.lemma[o]!) && kidsWith(g, o, 'det').some((k) => /^(the|this|these|such|that)$/.test(g.lower[k]!))))) {
        const c = sources[0]!.ref.country;
        // (An unidentified armed actor too: "Gunmen killed 100 people … Nigeria's president condemned the killings".)
        let by = c ? recentSource(out, (e) => (e.target?.country === c || (e.place?.country === c && e.target?.country !== e.source.country)) && (!!e.source.country ? e.source.country !== c : /^(18|19|20)/.test(e.cameo) && e.source.actor_code === 'UAF')) : null;
        // A third party condemning "the attack" the article told of: aimed at its author ("The U.S.
        // embassy condemned the attack", after militants attacked the capital's airport).
        // (Attackers of no known country too: "gunmen killed 26 men … The United States condemned the killings".)
        // (A body of no country too: "UNICEF condemned the strike".)
        if (!by && (c || sources[0]!.ref.actor_code) && (ATTACK_NOUNS.has(g.lemma[o]!) || VIOLENCE_NOUNS.has(g.lemma[o]!)) && kidsWith(g, o, 'det').some((k) => /^(the|this|these|that)$/.test(g.lower[k]!))) {
          by = recentSource(out, (e) => /^(18|19|20)/.test(e.cameo) && !/^19[12]/.test(e.cameo) && !e.negated && !!(e.source.country || e.source.actor_code) && e.source.country !== c && e.target?.country !== c);
        }
        // (A body of no country condemning "the deportation", "the arrests": the author of the
        // article's latest act of repression or expulsion.)
        if (!by && !c && sources[0]!.ref.actor_code && /^(deportation|expulsion|arrest|detention|crackdown|execution|sentence|verdict)s?$/.test(g.lower[o]!) && kidsWith(g, o, 'det').some((k) => /^(the|this|these|that)$/.test(g.lower[k]!))) {
          by = recentSource(out, (e) => /^1[67]/.test(e.cameo) && !e.negated && !!e.source.country);
        }
        if (by) targets = [{ ref: by, node: -1, m: -1 }];
      }
      // "Chadema said 700 people had been killed … The spokesman dismissed the claim": a denial of a
      // claim, report or allegation no act answers is aimed at whoever last made one (the speaker
      // of the article's latest attribution before it).
      if (!targets.length && info.code === '016' && o >= 0 && /^(claim|allegation|accusation|report|assertion|suggestion)$/.test(g.lemma[o]!)) {
        const sp = this.latestSpeaker(evidence);
        if (sp && !(sp.entity && sources.some((x) => x.ref.entity === sp.entity))) targets = [{ ref: sp, node: -1, m: -1 }];
      }
      // "Russia's defence ministry denied that its aircraft had violated Estonian airspace": a denial
      // answers whoever last acted on, or accused, the denying side.
      const cc = kidWith(g, act, 'ccomp');
      if (!targets.length && info.code === '016' && o < 0 && cc >= 0 && kidsWith(g, cc, 'mark').some((k) => g.lower[k] === 'that') && sources[0]!.ref.country) {
        const c = sources[0]!.ref.country;
        const by = actedOn(out, c);
        if (by) targets = [{ ref: by, node: -1, m: -1 }];
      }
    }

    // "Poland's foreign minister criticised Israel … He demanded a full investigation": a demand,
    // complaint or threat with no party named, right after its speaker acted on a party, continues
    // with that party (the speaker's latest act of the sentence before or this one).
    if (!targets.length && sources.length === 1 && !passive && /^(10|11|12|13)$/.test(info.root) && (sources[0]!.ref.country || sources[0]!.ref.entity)) {
      const a0 = sources[0]!.ref;
      const last = nearbyEvent(out, evidence, () => true);
      if (last && last.target && !last.negated && /^(1[0-3])/.test(last.cameo) && (a0.entity ? last.source.entity === a0.entity : last.source.country === a0.country && last.source.actor_code === a0.actor_code)
        && last.target.country !== a0.country) targets = [{ ref: last.target, node: -1, m: -1 }];
    }
    // "India launched missile strikes on Pakistan … Islamabad vowed to retaliate": a threat aimed at
    // no one named answers the latest hostile act on the threatening side, in this sentence or the one before.
    if (!targets.length && sources.length === 1 && !passive && info.root === '13' && sources[0]!.ref.country) {
      const c = sources[0]!.ref.country;
      const last = nearbyEvent(out, evidence, (e) => e.target?.country === c && !!e.source.country && e.source.country !== c && !e.negated && /^(1[1-9]|20)/.test(e.cameo));
      if (last) targets = [{ ref: last.source, node: -1, m: -1 }];
    }
    // "Syria condemned the strikes. Turkey and Saudi Arabia also condemned them": "also" with a
    // pronoun or no party repeats the act of the sentence before on its party.
    // (The act's object, read by several rules below.)
    const o0 = kidWith(g, act, 'obj');
    const also = [...g.kids[act]!, ...(act !== v ? g.kids[v]! : [])].some((k) => g.label[k] === 'advmod' && g.lower[k] === 'also');
    if (also && /^(01|02|10|11|12|13)$/.test(info.root) && sources.length && !passive && (!targets.length || (o0 >= 0 && g.tag[o0] === 'PRP'))) {
      const last = nearbyEvent(out, evidence, (e) => evidence.start > e.evidence.start && e.cameo.slice(0, 2) === info.root && !!e.target && !e.negated);
      if (last?.target && !sources.some((x) => x.ref.country && x.ref.country === last.target!.country)) targets = [{ ref: last.target, node: -1, m: -1 }];
    }
    // "urged both sides to return to talks", "called on the two governments to …": the two parties
    // of the article's latest act between two countries.
    if (!targets.length && sources.length && !passive) {
      const o = o0 >= 0 ? o0 : kidsWith(g, act, 'obl').find((k) => caseOf(g, k) === 'on') ?? -1;
      if (o >= 0 && /^(side|government|country|party|nation|neighbour|neighbor|leader|capital|delegation|minister|president|envoy|negotiator|delegate)s?$/.test(g.lower[o]!) && g.kids[o]!.some((k) => /^(both|two)$/.test(g.lower[k]!))) {
        const last = latestEvent(out, (e) => !!e.source.country && !!e.target?.country && e.source.country !== e.target.country && !e.negated);
        if (last && last.target) {
          const pair = [last.source, last.target].filter((r) => !sources.some((x) => x.ref.country === r.country));
          if (pair.length === 2) targets = pair.map((ref) => ({ ref, node: -1, m: -1 }));
        }
      }
    }
    // "France's foreign minister warned that Paris would respond to the expulsions": a warning that
    // one's own state will answer is a threat to whoever acted on it, the latest such party of the
    // article so far (never to one's own state).
    if (info.root === '13' && sources.length && sources[0]!.ref.country && targets.length && targets.every((t) => t.ref.country === sources[0]!.ref.country)) {
      const c = sources[0]!.ref.country;
      const by = actedOn(out, c);
      targets = by ? [{ ref: by, node: -1, m: -1 }] : [];
    }
    // An agentless act of force or arrest: the attacker the sentence names elsewhere is unknown to
    // us; an unknown armed actor (UAF) for force, the state where it happens for an arrest.
    // (Not when a by-phrase names an agent we could not place: "abducted by security agents".)
    const namedAgent = passive && (kidWith(g, act, 'obl:agent') >= 0 || kidsWith(g, act, 'obl').some((k) => caseOf(g, k) === 'by'));
    // "North Korean troops have been deployed to Kursk": forces sent with no sender named were
    // sent by their own state, to where they went.
    if (!sources.length && passive && targets.length === 1 && !namedAgent && SEND_VERBS.has(g.lemma[act]!) && /^(MIL|COP)$/.test(roleTypeOf(targets[0]!.ref) ?? '')) {
      const own = targets;
      const to = this.objectActors(g, act, m.matched, info.root, own).filter((x) => x.ref.country && x.ref.country !== own[0]!.ref.country);
      if (to.length) { sources = own; targets = to; }
    }
    if (!sources.length && passive && targets.length && !namedAgent) {
      // (People "injured" with no attack named were hurt in clashes or accidents, by no armed attacker:
      // "64 police officers injured across the country".)
      const hurtOnly = /^(injure|wound|hurt)$/.test(g.lemma[act]!) && !kidsWith(g, act, 'obl').some((k) => ATTACK_NOUNS.has(g.lemma[k]!));
      // ("Israel carried out an air strike on … Hamas said five of its members had been killed": the
      // attack the article just told, on the same side, is the killer.)
      const told = FORCE.has(info.root) && !hurtOnly ? nearbyEvent(out, evidence, (e) => /^(18|19|20)/.test(e.cameo) && !e.negated && !!e.source.country && e.source.actor_code !== 'UAF'
        && targets.some((t) => !!t.ref.country && t.ref.country !== e.source.country && (e.target?.country === t.ref.country || e.place?.country === t.ref.country))) : null;
      if (told) sources = [{ ref: told.source, node: -1, m: -1 }];
      else if (FORCE.has(info.root) && !hurtOnly) sources = [{ ref: { entity: null, name: 'unidentified attackers', country: null, actor_code: 'UAF' }, node: -1, m: -1 }];
      else if (info.root === '17') {
        // (With no place named, the state of the story's dateline: "47 people had been detained".)
        const c = targets[0]!.ref.country ?? this.soleCountry(g, false) ?? this.cx.datelineCountry;
        // (node -2: the state the arrest implies, which may arrest its own officials: "Istanbul mayor detained".)
        if (c) sources = [{ ref: { entity: null, name: c, country: c, actor_code: actorCode(c, 'GOV') ?? c }, node: -2, m: -1 }];
      }
    }
    if (TRACE) process.stderr.write(`[events]   sources=${sources.map((x) => x.ref.actor_code).join(',')} targets=${targets.map((x) => x.ref.actor_code).join(',')} code=${code}\n`);
    // "Drones pound Port Sudan": a weapon with no owner named acts for an unidentified armed actor.
    // (So does "a drone strike" with no one's name on it.)
    const weaponStrike = subj >= 0 && ATTACK_NOUNS.has(g.lemma[subj]!) && kidsWith(g, subj, 'compound').some((k) => WEAPONS.has(g.lemma[k]!));
    // ("An attack on a military base killed three soldiers": an attack of no author named, likewise.)
    const anonymousAttack = subj >= 0 && ATTACK_NOUNS.has(g.lemma[subj]!) && /^(attack|bombing|explosion|blast|ambush|assault|raid)$/.test(g.lemma[subj]!) && mentionOf(g, subj) < 0
      && !g.kids[subj]!.some((k) => (g.label[k] === 'amod' || g.label[k] === 'compound' || g.label[k] === 'nmod:poss') && g.mentionAt[k]! >= 0)
      // (Indefinite only: "the attack" is one the text already told, whose author it named.)
      && !g.kids[subj]!.some((k) => g.label[k] === 'det' && DEFINITE.test(g.lower[k]!)) && (relIs(g.label[subj]!, 'nsubj') || relIs(g.label[subj]!, 'obl'));
    if (!sources.length && !passive && subj >= 0 && FORCE.has(info.root) && (WEAPONS.has(g.lemma[subj]!) || weaponStrike || anonymousAttack)) {
      sources = [{ ref: { entity: null, name: g.lower[subj]!, country: null, actor_code: 'UAF' }, node: subj, m: -1 }];
    }
    // Nature is no actor ("Typhoon Kalmaegi slammed into the Philippines, killing 40"); one person
    // killing or arresting another is crime, not politics ("a man was charged", "student kills 10").
    // (Declined on purpose, even with no actor found: the chunk coder must not code the sentence in
    // its stead, "An earthquake struck off Japan, the agency told Reuters".)
    if (subj >= 0 && (NATURE.has(g.lemma[subj]!) || kidsWith(g, subj, 'compound').some((k) => NATURE.has(g.lemma[k]!)) || (g.head[subj]! >= 0 && g.tag[g.head[subj]!]!.startsWith('NN') && NATURE.has(g.lemma[g.head[subj]!]!)))) { this.declined = true; return; }
    // (A plan whose actor the parse lost is still no act: the chunk coder must not code "had been
    // due to travel to Beijing" as a visit.)
    if (!sources.length) { if (family === 'intent' && INTENT_ADJECTIVES.has(g.lower[v]!)) this.declined = true; return; }
    // (Unless the one attacked holds office: "a 71-year-old man had tried to assassinate the prime minister".)
    const official = targets.some((t) => /^(GOV|MIL|JUD|LEG|ELI)$/.test(roleTypeOf(t.ref) ?? ''));
    if (/^(17|18|19|20)$/.test(info.root) && !(official && this.individual(g, subj)) && (this.individual(g, subj) || (passive && this.individual(g, kidWith(g, act, 'nsubj:pass'))))) { this.declined = true; return; }
    // "England crush Australia", "Brazil edge Argentina": a win of one country over another named
    // bare, with a verb of sport rather than of war, is a match.
    if (SPORT_VERBS.has(g.lemma[act]!) && sources.every((x) => x.ref.actor_code === x.ref.country) && targets.length && targets.every((x) => x.ref.actor_code === x.ref.country)) { this.declined = true; return; }

    // "Japan protests Chinese survey ship's entry": a state that protests an act is complaining
    // officially (114), not demonstrating.
    if (info.root === '14' && g.lemma[act] === 'protest' && kidWith(g, act, 'obj') >= 0 && sources.length && sources.every((x) => !!x.ref.country && (x.ref.actor_code === x.ref.country || /^(GOV|MIL)$/.test(roleTypeOf(x.ref) ?? '')))) {
      code = '114';
      info = codeInfo(code)!;
    }
    // Protesters who storm, torch or attack are rioting: a violent protest (145), against whom they attack.
    const crowd = sources.length > 0 && (PROTESTERS.has(g.lower[subj] ?? '') || sources.every((x) => x.m >= 0 && PROTESTERS.has(this.cx.generic.get(x.m)?.text.split(/\s+/).pop()!.toLowerCase() ?? '')));
    if (/^(18|19)$/.test(info.root) && crowd) {
      code = '145';
      info = codeInfo(code)!;
    }
    // Arson by anyone but a crowd or the groups that take to the streets ("settlers torched homes",
    // "the assailants set fire to houses") destroys property (1712); a crowd's is a riot.
    if (info.code === '145' && /^(torch|set)$/.test(g.lemma[act]!) && sources.length && !crowd && !sources.every((x) => /^(EDU|LAB|OPP|PTY)$/.test(roleTypeOf(x.ref) ?? ''))) {
      code = '1712';
      info = codeInfo(code)!;
    }
    // "Security forces shot dead three people during protests": force a state's police or troops use
    // on their own people at a protest or rally is violent repression (175), as CAMEO codes it.
    // (Shooting and killing only: a clash is a fight, an execution a killing of its own.)
    if (/^(18|19)$/.test(info.root) && /^(kill|shoot|gun|wound|injure)$/.test(g.lemma[act]!) && sources.length && sources.every((x) => !!x.ref.country && /^(COP|MIL|GOV|SPY)$/.test(roleTypeOf(x.ref) ?? ''))
      && !targets.some((t) => t.ref.country && !sources.some((x) => x.ref.country === t.ref.country))
      && g.lower.some((w) => /^(protests?|protesters?|demonstrations?|demonstrators?|rally|rallies|marches|unrest|riots?|rioters)$/.test(w))) {
      code = '175';
      info = codeInfo(code)!;
    }
    // "Vance visited an American military base in Greenland": a visitor's own troops or base are
    // where the visit goes, not whom it is to; the host is the place's country (below).
    if (info.code === '042' && targets.length && targets.every((t) => !!t.ref.country && sources.some((x) => x.ref.country === t.ref.country))) targets = [];
    // Coordinated subjects with no other party: each acts on the other when the act is mutual.
    let pairs: [Arg, Arg | null][] = [];
    // "India and Pakistan accused each other": each acts on the other.
    const eachOther = o0 >= 0 && (g.lower[o0] === 'other' || g.lower[o0] === 'another') && g.kids[o0]!.some((k) => g.lower[k] === 'each' || g.lower[k] === 'one');
    if (eachOther) targets = [];
    // ("Russia and Ukraine exchanged prisoners": people of no stated side are what is exchanged.)
    // ("Xi, Putin vow to deepen ties at a Kremlin summit": a target of one subject's own country is
    // where they meet, not a third party.)
    const vague = targets.length > 0 && targets.every((t) => (t.m >= 0 && this.cx.generic.has(t.m) && !this.cx.generic.get(t.m)!.country)
      || (sources.length >= 2 && !!t.ref.country && sources.some((x) => x.ref.country === t.ref.country)));
    // (Not mediation: "talks brokered by the United States and Saudi Arabia" is no act between the two.)
    // ("Ethiopia and Eritrea traded accusations": to trade or exchange an act is to do it to each other.)
    const reciprocal = /^(trade|exchange|swap)$/.test(g.lemma[act]!);
    if ((!targets.length || vague) && sources.length >= 2 && (eachOther || reciprocal || (MUTUAL.has(info.root) && info.code !== '045' && !SIDE_BY_SIDE.has(info.code)) || info.code.startsWith('08') || info.root === '19')) {
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    } else {
      for (const a of sources) {
        if (!targets.length) pairs.push([a, null]);
        for (const b of targets) pairs.push([a, b]);
      }
    }
    // Not onto itself: the same entity, the same unnamed actor, or a country acting on itself as a
    // whole ("Tokyo" and "Japan": one actor; a police force acting on its country's protesters stays).
    pairs = pairs.filter(([a, b]) => !b || !(a.ref.entity && a.ref.entity === b.ref.entity) && !(!a.ref.entity && !b.ref.entity && a.ref.actor_code === b.ref.actor_code && a.ref.name === b.ref.name)
      && !(a.ref.country && a.ref.country === b.ref.country && a.ref.actor_code === b.ref.actor_code && !(a.node === -2 && b.m >= 0)
        // (A state arresting people of its own arm is an act: "military authorities arrested two generals".)
        && !(info.root === '17' && b.m >= 0 && b.m !== a.m && this.cx.generic.has(b.m)))
      // (Nor a visit or a welcome between a state's arm and that state as a whole: "is welcomed by North
      // Korea's defence minister upon his arrival in North Korea" reaches North Korea through the arrival.)
      && !(/^04[23]/.test(info.code) && a.ref.country && a.ref.country === b.ref.country && (a.ref.actor_code === a.ref.country || b.ref.actor_code === b.ref.country)));
    const skipPlaces = new Set([...sources, ...targets].map((x) => x.m));
    // ("A drone strike on a market in North Darfur killed 35": the attack noun says where.)
    const place = this.placeOf(g, act, skipPlaces) ?? (attackNoun && subj >= 0 ? this.placeWithin(g, subj, skipPlaces) : null);
    if (TRACE) process.stderr.write(`[events]   pairs=${pairs.length} place=${place?.name ?? '-'}:${place?.country ?? '-'}\n`);
    const date = this.cx.dateFor(g.si, v);
    const count = countOf(this.cx.doc, g, act, passive);
    const emitted = new Set<string>(), emittedCodes = new Set<string>();
    const patientNode = passive ? kidWith(g, act, 'nsubj:pass') : kidWith(g, act, 'obj');
    const mass = info.code === '1823' && (count ? count.n >= 100 : patientNode >= 0 && /^(hundreds|thousands|millions)$/.test(g.lower[patientNode]!));
    for (const [a, b] of pairs) {
      let target = b?.ref ?? null;
      // A group of no known country acted on by a domestic actor is of that actor's country.
      if (b && b.m >= 0 && !b.ref.country) {
        const gm = this.cx.generic.get(b.m);
        const t = gm ? targetFromSource(gm, a.ref, info.root) : null;
        if (t) target = t;
        // People killed in a place by force of no known side are that place's.
        // (The actor's own country too: "the RSF massacred 200 villagers in West Darfur" is Sudan on Sudan.)
        // (Criminals keep their role: "a US strike on a boat off Venezuela killed 11 drug traffickers" is on criminals.)
        else if (FORCE.has(info.root) && place?.country && gm?.kind === 'group' && gm.type !== 'CRM') target = { entity: null, name: place.name, country: place.country, actor_code: place.country };
        // Soldiers or police attacked by no one known are of the one country the sentence names
        // ("Colombia suspended talks after an attack on a base killed three soldiers").
        else if (FORCE.has(info.root) && !a.ref.country && gm && gm.kind === 'state') {
          const c = this.soleCountry(g, false);
          const role = b.ref.actor_code ?? '';
          if (c) target = { ...b.ref, country: c, actor_code: actorCode(c, role.slice(-3)) ?? c };
        }
      }
      // A curfew, a state of emergency or martial law, and crowd control by the police or the army,
      // are done at home: on the source's own country.
      if (!target && (DOMESTIC_MEASURES.has(info.code) || (info.code === '175' && /^(COP|MIL|SPY)$/.test(roleTypeOf(a.ref) ?? ''))) && a.ref.country) {
        target = { entity: null, name: a.ref.country, country: a.ref.country, actor_code: a.ref.country };
      }
      // An inquiry a state opens into no party named is into its own affairs ("the army opened a
      // probe into the killing of 15 medics").
      if (!target && info.root === '09' && a.ref.country) target = { entity: null, name: a.ref.country, country: a.ref.country, actor_code: a.ref.country };
      // "Myanmar's junta declared a temporary ceasefire": a truce declared with no party named is
      // with the other side of the article's latest fight of this state, else with its own rebels.
      if (!target && info.code === '0871' && a.ref.country) {
        const c = a.ref.country;
        const fight = latestEvent(out, (e) => /^(1[5-9]|20)/.test(e.cameo) && !e.negated && ((e.source.country === c && !!e.target?.country && e.target.country !== c) || (e.target?.country === c && !!e.source.country && e.source.country !== c)));
        const other = fight ? (fight.source.country === c ? fight.target! : fight.source) : null;
        target = other ?? { entity: null, name: c, country: c, actor_code: c };
      }
      if (!target && !NO_TARGET.has(info.root)) {
        // Force used in a place is used on it ("strikes on Gaza", "shelled villages in Kharkiv").
        // (So is the seizure or demolition of property: "demolishes homes in Jenin".)
        // (At home too when the act has an object: "the RSF massacred 200 villagers in West Darfur".)
        // (And a threat of it: "threatens a new offensive in Syria".)
        const force = (FORCE.has(info.root) || info.code.startsWith('171')) && (place?.country !== a.ref.country || (o0 >= 0 && !passive && a.ref.actor_code !== a.ref.country));
        const threat = info.root === '13' && !!a.ref.country && place?.country !== a.ref.country;
        // ("visited a refugee camp in Kenya": a visit to a place abroad is hosted by its country.)
        const visit = info.code === '042' && !!a.ref.country && place?.country !== a.ref.country;
        // ("WFP resumes food deliveries in northern Gaza": aid given in a place goes to it.)
        const aid = info.root === '07' && place?.country !== a.ref.country;
        if (place?.country && (force || threat || visit || aid)) target = { entity: null, name: place.name, country: place.country, actor_code: place.country };
        else continue;
      }
      if (!target && info.root === '14' && /^(COP|MIL|SPY)$/.test(roleTypeOf(a.ref) ?? '')) continue;
      // A protest against no one named is against the protesters' own government.
      if (!target && info.root === '14' && a.ref.country) target = { entity: null, name: a.ref.country, country: a.ref.country, actor_code: a.ref.country };
      const key = `${a.ref.entity ?? a.ref.actor_code}|${target?.entity ?? target?.actor_code ?? '-'}|${code}`;
      if (emitted.has(key)) continue;
      emitted.add(key);
      // ("killed hundreds of Masalit men and boys": an unnamed group coded as a party already acted on adds nothing.)
      const codesKey = `${a.ref.entity ?? a.ref.actor_code}|${target?.actor_code ?? '-'}|${code}`;
      if (target && !target.entity && emittedCodes.has(codesKey)) continue;
      emittedCodes.add(codesKey);
      // Troops or police sent within one's own country are mobilised (150), not protection given to another (074).
      // Killing hundreds of civilians is a mass killing (202), as CAMEO defines it.
      const cameo = info.code.startsWith('074') && target?.country && (target.country === a.ref.country || SOVEREIGN[target.country] === a.ref.country) ? '150'
        : mass && target && roleTypeOf(target) === 'CVL' ? '202' : info.code;
      out.push({ source: a.ref, target, cameo, negated: mod.negated, hedged: mod.hedged, date, place, evidence, order: this.cx.order.n++, ...(count ? { counts: [count] } : {}) });
      // Two-way acts: the other party does its part ("visit" → hosted; "met" → met).
      if (target && family !== 'refusal' && !mod.negated) {
        // Mutual: a two-way code and a mutual verb or a partner "with"/"between" ("signed a pact with Y");
        // a visit is hosted (not an intended one); a CAMEO pattern may say so itself.
        // (A guest hosted meets the host: "Lula hosts Colombia's Petro", not "Egypt hosts Gaza truce talks".)
        // (The party's phrase, when its name is a modifier in it: "with his Egyptian counterpart".)
        const bn = b && b.node >= 0 && /^(amod|compound|nmod:poss|flat)/.test(g.label[b.node]!) && g.head[b.node]! >= 0 ? g.head[b.node]! : b?.node ?? -1;
        const partner = b && (MUTUAL_VERBS.has(g.lemma[act]!) || MUTUAL_VERBS.has(m.p.lemma) || (bn >= 0 && /^(with|between)$/.test(caseOf(g, bn)))
          || (g.lemma[act] === 'host' && b.node >= 0 && g.label[b.node] === 'obj'));
        // ("Venezuela frees 10 Americans in a prisoner swap with the US": a swap is done by both sides.)
        // (The swap may hang from the object: "frees 10 Americans in prisoner swap".)
        const swap = !!b && [...g.kids[act]!, ...(o0 >= 0 ? g.kids[o0]! : [])].some((k) => (relIs(g.label[k]!, 'obl') || relIs(g.label[k]!, 'nmod')) && /^(swap|exchange)$/.test(g.lemma[k]!) && /^(in|as|under)$/.test(caseOf(g, k)));
        const twoWay = (TWO_WAY(info.code) && partner) || (swap && /^08/.test(info.code));
        const mirror = m.p.mirror ?? (family === 'act' ? VISIT_MIRROR[info.code] : undefined) ?? (twoWay && !pairs.some(([x, y]) => x === b && y?.m === a.m) ? info.code : null);
        const mi = mirror ? codeInfo(family === 'intent' ? intentCode(mirror) ?? mirror : mirror) : null;
        const back = `${target.entity ?? target.actor_code}|${a.ref.entity ?? a.ref.actor_code}|${mi?.code}`;
        if (mi && !emitted.has(back)) {
          emitted.add(back);
          out.push({ source: target, target: a.ref, cameo: mi.code, negated: false, hedged: mod.hedged, date, place, evidence, order: this.cx.order.n++ });
        }
      }
    }
  }

  /**
   * The agent of a passive: "by X" (also where the parser hung it under an oblique: "supplied with
   * weapons by Iran"), or the author of an attack the act happened in ("killed in a Hamas attack",
   * "in an Israeli airstrike near Damascus").
   */
  private agentOf(g: SentenceGraph, v: Node): Arg[] {
    const ag = kidWith(g, v, 'obl:agent');
    if (ag >= 0) return this.actorsAt(g, ag);
    for (const k of kidsWith(g, v, 'obl')) if (caseOf(g, k) === 'by') { const a = this.actorsAt(g, k); if (a.length) return a; }
    for (const k of kidsWith(g, v, 'obl')) {
      for (const q of g.kids[k]!) if (relIs(g.label[q]!, 'nmod') && caseOf(g, q) === 'by') { const a = this.actorsAt(g, q); if (a.length) return a; }
      if (!ATTACK_NOUNS.has(g.lemma[k]!) || !/^(in|during|by|under)$/.test(caseOf(g, k))) continue;
      for (const q of g.kids[k]!) {
        const r = g.label[q]!;
        if (r !== 'amod' && r !== 'compound' && r !== 'nmod:poss' && !(relIs(r, 'nmod') && caseOf(g, q) === 'by')) continue;
        const a = this.actorsAt(g, q);
        if (a.length) return a;
      }
    }
    return [];
  }

  /**
   * The parties acted on, in order of preference: what the pattern's own preposition introduces
   * (a place there is its country: "withdrew from Kherson"); the object, or the party inside it (its
   * possessor, its prepositional modifier, the author of an act criticised: "the Israeli strike on
   * Syria" → Israel for a statement, Syria for force); the indirect object; the obliques by
   * preposition and the parties inside them; the subject of a that-clause ("demanded that Japan
   * stop"); and, for force, threats and repression, the object of a purpose clause ("sent warships
   * to protect Guyana").
   */
  private objectActors(g: SentenceGraph, v: Node, matched: Node[], root: string, sources: Arg[]): Arg[] {
    // (Sets filled in a loop, not from .map arrays: an optimised .map makes holey arrays, which
    // deoptimised this function on "wrong map": issue 21.)
    const srcM = new Set<Arg['m']>();
    const srcC = new Set<string | null>();
    // (Nor a party the subject already names, reached again through a pronoun: "Saudi Arabia, Egypt
    // and Turkey condemned the strike, calling it a violation": "it" is the strike, not Saudi Arabia.)
    const srcE = new Set<string | null>();
    for (const s of sources) {
      srcM.add(s.m);
      if (s.ref.country) srcC.add(s.ref.country);
      if (s.ref.entity) srcE.add(s.ref.entity);
    }
    const ok = (a: Arg[]) => a.filter((x) => (x.m < 0 || !srcM.has(x.m)) && !(sources.length > 1 && x.ref.entity && srcE.has(x.ref.entity)));
    const statement = /^(0[1-2]|1[0-3])$/.test(root);
    // Talks, meetings and cooperation "on", "about" or "over" a thing: whose thing it is makes no
    // party to them ("hold indirect talks in Egypt on a US plan"; "talks on Ukraine" still are).
    const topical = /^(03|04|05)$/.test(root);
    // Inside a nominal: its own mention, else its possessor / modifiers / prepositional modifiers.
    const inside = (n: Node, level: number): Arg[] => {
      const own = ok(this.actorsAt(g, n));
      if (own.length) return own;
      if (level > 1) return [];
      const mods: Node[] = [];
      const poss = kidWith(g, n, 'nmod:poss');
      if (poss >= 0) mods.push(poss);
      for (const k of g.kids[n]!) {
        if (!relIs(g.label[k]!, 'nmod') || relIs(g.label[k]!, 'nmod:poss')) continue;
        const c = caseOf(g, k);
        if (TIME_CASES.has(c) || c === 'by' && !/^(09|1[0-2]|19)$/.test(root) || (topical && TOPIC_CASES.has(c) && mentionOf(g, k) < 0)) continue;
        if (this.isLocative(g, k, root)) continue;
        mods.push(k);
      }
      // An act a statement is about is its author's; force hits what the act is on.
      if (statement) mods.sort((x, y) => Number(caseOf(g, x) === 'on' || caseOf(g, x) === 'against') - Number(caseOf(g, y) === 'on' || caseOf(g, y) === 'against'));
      for (const k of mods) {
        const a = inside(k, level + 1);
        if (a.length) return a;
      }
      return [];
    };
    // The object ("the vessel, which it accused of …": a relative pronoun stands for the noun the clause modifies).
    let o = kidWith(g, v, 'obj');
    if (o < 0) o = sharedObject(g, v);
    // ("Seoul assesses that Russia has provided systems to X" parsed with "that" as a second object:
    // a complementizer, not a relative pronoun; the real object is the other one.)
    const objs = kidsWith(g, v, 'obj');
    if (objs.length > 1 && g.lower[o] === 'that') o = objs.find((k) => k !== o)!;
    else if (o >= 0 && RELATIVE.has(g.lower[o]!) && relIs(g.label[v]!, 'acl') && g.head[v]! >= 0) o = g.head[v]!;
    let objActors = o >= 0 ? ok(this.actorsAt(g, o)) : [];
    // "a Marshall Islands-flagged tanker", "a Greek-owned ship": the vessel is its flag state's.
    if (o >= 0 && !objActors.length) { const f = this.flagState(g, o); if (f && !srcC.has(f.ref.country)) objActors = [f]; }
    // A group of no country as the object ("sent doctors to the West Bank") yields to a party found further on.
    let fallback: Arg[] = [];
    const countryless = (a: Arg[]) => a.length > 0 && a.every((x) => !x.ref.country && x.m >= 0 && this.cx.generic.has(x.m));
    // 1. What the pattern's last preposition governs ("imposed sanctions on X"), unless it names
    // the matter rather than the party ("accused X of …", "blamed X for …", "warned X against …" act on X).
    const lastPrep = [...matched].reverse().find((k) => g.label[k] === 'case');
    if (lastPrep !== undefined && g.head[lastPrep]! >= 0 && !(objActors.length && /^(of|for|over|about|against)$/.test(g.lower[lastPrep]!))) {
      const a = inside(g.head[lastPrep]!, 0);
      if (a.length && !countryless(a)) return a;
      if (a.length && !fallback.length) fallback = a;
    }
    // 2. The object.
    let ownNoun = false;
    if (o >= 0) {
      const own = objActors;
      // The pattern's own noun is what is moved or given ("sent troops to X"), unless people acted on.
      ownNoun = own.length > 0 && own[0]!.m >= 0 && matched.some((k) => k === o || (g.head[k] === o && g.label[k] === 'compound')) && this.cx.generic.has(own[0]!.m) && !/^(08|17|18)$/.test(root) && !(own[0]!.ref.country && !srcC.has(own[0]!.ref.country));
      if (own.length && !ownNoun && !countryless(own)) return own;
      if (own.length && !ownNoun && !fallback.length) fallback = own;
      const a = ownNoun ? [] : inside(o, 1);
      if (a.length && !countryless(a)) return a;
    }
    const io = kidWith(g, v, 'iobj');
    if (io >= 0) { const a = inside(io, 0); if (a.length) return a; }
    // 3. Obliques, by preposition.
    // ("according to the Joint Chiefs": who says so, not who is acted on.)
    const obls = g.kids[v]!.filter((k) => relIs(g.label[k]!, 'obl') && !relIs(g.label[k]!, 'obl:agent') && !relIs(g.label[k]!, 'obl:tmod') && !caseOf(g, k).startsWith('according'));
    // "discussed aid in a phone call with his Egyptian counterpart", "during talks with X", "in a letter to X".
    // (Also where the parser hung the call on a clause inside the object: "discussed ways to get more
    // aid into Gaza in a phone call with his Egyptian counterpart".)
    const within = (k: Node): boolean => {
      for (let x = g.head[k]!, d = 0; x >= 0 && d < 8; x = g.head[x]!, d++) {
        if (x === v) return true;
        if (relIs(g.label[x]!, 'ccomp') || relIs(g.label[x]!, 'parataxis')) return false;
      }
      return false;
    };
    const contacts = [...obls];
    for (let k = 0; k < g.n; k++) if (!contacts.includes(k) && CONTACT_NOUNS.has(g.lemma[k]!) && relIs(g.label[k]!, 'obl') && within(k)) contacts.push(k);
    for (const k of contacts) {
      if (!CONTACT_NOUNS.has(g.lemma[k]!) || !/^(in|during|at|by|over)$/.test(caseOf(g, k))) continue;
      // (The partner may hang beside the call: "in a phone call | with his Egyptian counterpart".)
      const h = g.head[k]!;
      const beside = h >= 0 ? g.kids[h]!.filter((q) => q > k && relIs(g.label[q]!, 'obl')) : [];
      for (const q of [...g.kids[k]!, ...beside]) {
        if (!(relIs(g.label[q]!, 'nmod') || beside.includes(q)) || !/^(with|to)$/.test(caseOf(g, q))) continue;
        const a = ok(this.actorsAt(g, q));
        if (a.length) return a;
      }
    }
    for (const c of TARGET_CASES) {
      for (const k of obls) {
        if (caseOf(g, k) !== c || this.isLocative(g, k, root) || (topical && TOPIC_CASES.has(c) && mentionOf(g, k) < 0)) continue;
        const a = inside(k, 0);
        if (a.length) return a;
      }
    }
    if (o >= 0 && !ownNoun) { const a = inside(o, 0); if (a.length && !countryless(a)) return a; }
    for (const k of obls) {
      if (topical && TOPIC_CASES.has(caseOf(g, k)) && mentionOf(g, k) < 0) continue;
      // ("dismissed the accusations as 'Russophobic hysteria'", "branded the group as terrorists":
      // what "as" names is how the act is described, not whom it is aimed at.)
      if (this.isLocative(g, k, root) || TIME_CASES.has(caseOf(g, k)) || caseOf(g, k) === 'as') continue;
      const a = inside(k, 0);
      if (a.length) return a;
    }
    // 4. "demanded that Japan stop", "warned that Russia would": the complement's subject.
    const cc = kidWith(g, v, 'ccomp');
    if (cc >= 0 && /^(02|10|11|12|13)$/.test(root)) {
      const subj = kidWith(g, cc, 'nsubj') >= 0 ? kidWith(g, cc, 'nsubj') : kidWith(g, cc, 'nsubj:pass');
      const a = ok(this.actorsAt(g, subj));
      if (a.length) return a;
      // A threat over an act of the other side: "warned that any U.S. attack would be met …" is aimed at the U.S.
      if (root === '13' && subj >= 0) {
        for (const k of g.kids[subj]!) {
          if (g.label[k] !== 'compound' && g.label[k] !== 'amod' && g.label[k] !== 'nmod:poss') continue;
          const b = ok(this.actorsAt(g, k)).filter((x) => !x.ref.country || !srcC.has(x.ref.country));
          if (b.length) return b;
        }
      }
    }
    // 5. Force, threats and repression reach through a purpose clause: "scrambled jets to intercept Russian aircraft".
    if (/^(13|15|17|18|19|20)$/.test(root)) {
      for (const k of [...g.kids[v]!, ...(o >= 0 ? g.kids[o]! : [])]) {
        if (!(relIs(g.label[k]!, 'advcl') || relIs(g.label[k]!, 'xcomp') || relIs(g.label[k]!, 'acl')) || !kidsWith(g, k, 'mark').some((x) => g.lower[x] === 'to')) continue;
        const po = kidWith(g, k, 'obj');
        if (po >= 0) { const a = inside(po, 0); if (a.length) return a; }
      }
    }
    // 6. Force used near or in a place is used on it ("deployed warships near Taiwan").
    if (FORCE.has(root)) {
      const near = (n: Node): Arg[] => {
        for (const k of g.kids[n]!) {
          if (!relIs(g.label[k]!, 'obl') && !relIs(g.label[k]!, 'nmod')) continue;
          const c = caseOf(g, k);
          if (!/^(near|in|into|along|off|over|toward|towards|across|at)$/.test(c)) continue;
          const a = ok(this.actorsAt(g, k)).filter((x) => x.ref.country && !srcC.has(x.ref.country));
          if (a.length) return a;
          const mm = g.kids[k]!.find((q) => g.label[q] === 'amod' && g.mentionAt[q]! >= 0);
          if (mm !== undefined) { const b = ok(this.actorsAt(g, mm)).filter((x) => x.ref.country && !srcC.has(x.ref.country)); if (b.length) return b; }
        }
        return [];
      };
      for (const n of [v, ...(o >= 0 ? [o] : []), ...obls, ...kidsWith(g, v, 'advmod').flatMap((x) => kidsWith(g, x, 'obl'))]) {
        const a = near(n);
        if (a.length) return a;
      }
    }
    // An inquiry into an act names its party inside the act ("opened an investigation into Belarus over …").
    if (root === '09' && o >= 0) {
      for (const k of g.kids[o]!) {
        if (!relIs(g.label[k]!, 'nmod') || !/^(into|against|of|on)$/.test(caseOf(g, k))) continue;
        const a = inside(k, 0);
        if (a.length) return a;
        // ("into suspected Russian interference": the party is the act's adjective.)
        for (const q of kidsWith(g, k, 'amod')) { const b = ok(this.actorsAt(g, q)).filter((x) => x.ref.country && !srcC.has(x.ref.country)); if (b.length) return b; }
      }
    }
    // 7. A threat's condition names whom it is aimed at: "threatens countermeasures if Japan intervenes".
    if (root === '13') {
      for (const n of o >= 0 ? [v, o] : [v]) {
        for (const k of g.kids[n]!) {
          if (!(relIs(g.label[k]!, 'advcl') || relIs(g.label[k]!, 'acl')) || !kidsWith(g, k, 'mark').some((x) => g.lower[x] === 'if' || g.lower[x] === 'unless')) continue;
          const s = kidWith(g, k, 'nsubj') >= 0 ? kidWith(g, k, 'nsubj') : kidWith(g, k, 'nsubj:pass');
          const a = ok(this.actorsAt(g, s)).filter((x) => !x.ref.country || !srcC.has(x.ref.country));
          if (a.length) return a;
        }
      }
    }
    // 8. An appeal or demand about an act in a place addresses that place's country
    // ("urges an end to fighting in eastern Congo"): the first country a place inside the object names.
    // (Also through an infinitive the parser hung on the verb: "urges end to fighting in X".)
    if (!fallback.length && o >= 0 && /^(02|10)$/.test(root) && ASKED_FOR.has(g.lemma[o]!)) {
      const seen: Node[] = [o, ...(/^(end|halt|stop|cessation)$/.test(g.lemma[o]!) ? g.kids[v]!.filter((k) => relIs(g.label[k]!, 'advcl') && k > o && hasMarkTo(g, k)) : [])];
      for (let i = 0; i < seen.length && i < 12; i++) {
        for (const k of g.kids[seen[i]!]!) {
          if (!relIs(g.label[k]!, 'nmod') && !relIs(g.label[k]!, 'acl') && !(i > 0 && relIs(g.label[k]!, 'obl'))) continue;
          if (TIME_CASES.has(caseOf(g, k))) continue;
          const a = ok(this.actorsAt(g, k)).filter((x) => x.ref.country && !srcC.has(x.ref.country) && x.m >= 0 && /^(GPE|LOC)$/.test(this.cx.doc.mentions[x.m]?.type ?? ''));
          if (a.length) return a.slice(0, 1);
          seen.push(k);
        }
      }
    }
    return fallback;
  }

  /** The country of the state whose statement clause v is in ("Russia says …", "Iran's army said …"). */
  private reportingState(g: SentenceGraph, v: Node): string | null {
    let x = v;
    for (let d = 0; d < 4 && x >= 0; d++) {
      const h = g.head[x]!;
      if (h < 0 || !(relIs(g.label[x]!, 'ccomp') || relIs(g.label[x]!, 'parataxis'))) return null;
      const sj = kidWith(g, h, 'nsubj');
      const a = sj >= 0 ? this.actorsAt(g, sj)[0] : undefined;
      if (a?.ref.country) return a.ref.country;
      x = h;
    }
    return null;
  }

  /** The state a vessel or aircraft is flagged in or owned from ("Liberian-flagged", "Marshall Islands-flagged"). */
  private flagState(g: SentenceGraph, n: Node): Arg | null {
    for (const k of g.kids[n]!) {
      const mm = /^(.+)-(flagged|registered|owned)$/.exec(g.lower[k]!);
      if (!mm || (g.label[k] !== 'amod' && g.label[k] !== 'compound')) continue;
      // The name may start with words before the hyphenated one ("Marshall Islands-flagged").
      const before: string[] = [];
      for (let j = k - 1; j >= 0 && g.head[j] === n && g.label[j] === 'compound' && /^NNP/.test(g.tag[j]!); j--) before.unshift(this.cx.doc.tokens[g.base + j]!.text);
      const word = this.cx.doc.tokens[g.base + k]!.text.replace(/-(flagged|registered|owned)$/i, '');
      for (const name of [[...before, word].join(' '), word]) {
        const c = countryByName(name) ?? countryOfDemonym(name);
        if (c) return { ref: { entity: null, name: countryInfo(c)?.name ?? c, country: c, actor_code: c }, node: k, m: -1 };
      }
    }
    return null;
  }

  /** A complement clause in the future that names a consequence ("would be met with a decisive response", "will pay a heavy price"). */
  private promisesConsequence(g: SentenceGraph, cc: Node): boolean {
    if (cc < 0 || !g.kids[cc]!.some((k) => relIs(g.label[k]!, 'aux') && /^(will|would|'ll|shall)$/.test(g.lower[k]!))) return false;
    // ("said South Africa would not retaliate": a consequence ruled out is no threat.)
    if (g.kids[cc]!.some((k) => NEGATORS.has(g.lower[k]!))) return false;
    const stack = [cc];
    while (stack.length) {
      const n = stack.pop()!;
      if (CONSEQUENCE.has(g.lemma[n]!)) return true;
      for (const k of g.kids[n]!) if (!relIs(g.label[k]!, 'ccomp') && !relIs(g.label[k]!, 'advcl')) stack.push(k);
    }
    return false;
  }

  /** A place under a locative preposition, not a party (force aside: "strikes in Gaza" hit Gaza). */
  private isLocative(g: SentenceGraph, node: Node, root: string): boolean {
    const c = caseOf(g, node);
    if (TIME_CASES.has(c)) return true;
    if (!LOCATIVE.has(c) && c !== 'into') return false;
    const m = mentionOf(g, node);
    const t = m >= 0 ? this.cx.doc.mentions[m]?.type : null;
    if (t !== 'GPE' && t !== 'LOC' && t !== 'FAC') return this.cx.generic.get(m)?.kind === 'state' && c !== 'with';
    return !(FORCE.has(root) && c !== 'from');
  }

  /** A place named inside a noun phrase ("a strike on a market in Sudan's North Darfur state"), two prepositions deep. */
  private placeWithin(g: SentenceGraph, n: Node, skip: Set<number>): PlaceRef | null {
    const queue: [Node, number][] = [[n, 0]];
    while (queue.length) {
      const [x, d] = queue.shift()!;
      for (const k of g.kids[x]!) {
        if (!relIs(g.label[k]!, 'nmod')) continue;
        const c = caseOf(g, k);
        for (const q of [k, ...kidsWith(g, k, 'nmod:poss'), ...kidsWith(g, k, 'compound')]) {
          const m = mentionOf(g, q);
          if (m < 0 || skip.has(m) || !(LOCATIVE.has(c) || c === 'on' || relIs(g.label[q]!, 'nmod:poss') || relIs(g.label[q]!, 'compound'))) continue;
          const t = this.cx.doc.mentions[m]?.type;
          if (t === 'GPE' || t === 'LOC' || t === 'FAC') return placeOf(this.cx.doc, this.cx.actors, m);
        }
        if (d < 2) queue.push([k, d + 1]);
      }
    }
    return null;
  }

  /** The place of the act: a place under a locative preposition of the verb or its object. */
  private placeOf(g: SentenceGraph, v: Node, skip: Set<number>): PlaceRef | null {
    const look = (d: Node): PlaceRef | null => {
      for (const k of g.kids[d]!) {
        if (!relIs(g.label[k]!, 'obl') && !relIs(g.label[k]!, 'nmod')) continue;
        const c = caseOf(g, k);
        if (!LOCATIVE.has(c) || c === 'from') continue;
        // "in Odesa", "in the port of Odesa", "in the West Darfur town of Ardamata".
        for (const n of [k, ...kidsWith(g, k, 'nmod').filter((q) => caseOf(g, q) === 'of'), ...kidsWith(g, k, 'compound')]) {
          const m = mentionOf(g, n);
          if (m < 0 || skip.has(m)) continue;
          const t = this.cx.doc.mentions[m]?.type;
          if (t === 'GPE' || t === 'LOC' || t === 'FAC') return placeOf(this.cx.doc, this.cx.actors, m);
        }
      }
      return null;
    };
    const o = kidWith(g, v, 'obj');
    return look(v) ?? (o >= 0 ? look(o) : null);
  }
}

/**
 * Is token t, on its way up to v, inside a possessive ("last year's election")? (Not any noun
 * modifier: the parser often hangs a clause's own date on the noun before it, "attacked southern
 * Israel on Oct. 7".)
 */
function nounModifier(g: SentenceGraph, t: number, v: number): boolean {
  let unmarked = false;
  for (let x = t, d = 0; x >= 0 && x !== v && d < 12; x = g.head[x]!, d++) {
    if (relIs(g.label[x]!, 'nmod:poss')) return true;
    if (g.label[x] === 'nmod:unmarked') unmarked = true;
    // (Nor the time of what the act came after, told as a clause the parser cut into a noun phrase:
    // "flew to Port Moresby, after a planned signing last month was delayed" is this month's trip;
    // "sent aid following the February earthquakes" is still dated by them.)
    if (unmarked && relIs(g.label[x]!, 'obl') && g.head[x] === v && /^(after|since|following)$/.test(caseOf(g, x))) return true;
  }
  return false;
}

/** Determiners of something the text already told of ("the attack", "the clashes"). */
const DEFINITE = /^(the|this|that|these|those)$/;

/** The source of the latest of the last eight events coded that `pick` accepts, or null. */
function recentSource(out: readonly RawEvent[], pick: (e: RawEvent) => boolean): RawEvent['source'] | null {
  for (let i = out.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) if (pick(out[i]!)) return out[i]!.source;
  return null;
}

/** The latest party of the article so far (of its last eight events) to act on country c, never c itself. */
function actedOn(out: readonly RawEvent[], c: string): RawEvent['source'] | null {
  return recentSource(out, (e) => e.target?.country === c && !!e.source.country && e.source.country !== c && !e.negated);
}

/** The latest event of the article so far that `pick` accepts. */
function latestEvent(out: readonly RawEvent[], pick: (e: RawEvent) => boolean): RawEvent | null {
  for (let i = out.length - 1; i >= 0; i--) if (pick(out[i]!)) return out[i]!;
  return null;
}

/** The latest event `pick` accepts in this sentence or the one before (up to 400 characters back in the same field). */
function nearbyEvent(out: readonly RawEvent[], evidence: SpanRef, pick: (e: RawEvent) => boolean): RawEvent | null {
  return latestEvent(out, (e) => e.evidence.field === evidence.field && evidence.start >= e.evidence.start && evidence.start - e.evidence.start <= 400 && pick(e));
}

/** The last token of node i's subtree. */
function rightmost(g: SentenceGraph, i: number): number {
  let r = i;
  for (const k of g.kids[i]!) if (k > i) r = Math.max(r, rightmost(g, k));
  return r;
}

/** Acts of violence named by a noun that a third party condemns ("condemned the killings"). */
const VIOLENCE_NOUNS = new Set(['killing', 'massacre', 'shooting', 'slaying', 'murder', 'abduction', 'kidnapping', 'execution', 'atrocity']);

/** Nouns of fighting between two sides. */
const FIGHT_NOUNS = new Set(['fighting', 'clash', 'battle', 'gunbattle', 'gunfight', 'firefight', 'skirmish', 'combat']);

/** Verbs that send forces somewhere. */
const SEND_VERBS = new Set(['deploy', 'redeploy', 'send', 'dispatch', 'station']);

/** Is verb v written in an active form of its own: finite, or a participle with its own "have" or "be" ("have begun", "are fighting")? */
function activeForm(g: SentenceGraph, v: Node): boolean {
  if (/^VB[DZP]$/.test(g.tag[v]!)) return true;
  const aux = kidsWith(g, v, 'aux').filter((k) => !relIs(g.label[k]!, 'aux:pass'));
  if (g.tag[v] === 'VBN') return aux.some((k) => g.lemma[k] === 'have');
  if (g.tag[v] === 'VBG') return aux.some((k) => g.lemma[k] === 'be');
  return false;
}
