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
import type { ActorRef, PlaceRef, SpanRef } from '../types.js';
import type { RawEvent } from './coder.js';
import type { Pattern } from '../kb/verb-patterns.js';
import { codeInfo } from '../kb/ontology.js';
import { actorCode, roleTypeOf } from '../kb/actor-codes.js';
import type { ActorIndex } from './actors.js';
import { placeOf } from './actors.js';
import type { GenericMention } from './generic.js';
import { targetFromSource } from './generic.js';
import { caseOf, isVerbTag, kidWith, kidsWith, relIs, type SentenceGraph } from './graph.js';
import { nounKey } from './lemma.js';
import { countOf } from './counts.js';
import {
  ASK_VERBS, CONDITIONAL_MARKS, FUTURE_AUX, HEDGE_ADVERBS, INTENT_ADJECTIVES, INTENT_VERBS, NO_ACT_VERBS, REFUSAL_VERBS,
  REPORT_VERBS, THREAT_VERBS, intentCode, refusalCode, threatCode,
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
}

/** Roots of acts two parties do together: coded both ways when neither is the other's object. */
const MUTUAL = new Set(['03', '04', '05', '06']);
/** Codes of mutual acts coded both ways even with an object ("X met Y", "X signed a pact with Y"). */
const TWO_WAY = (code: string): boolean => /^(03[0-9]|04[0-6]|05[0-7]|06[0-4])/.test(code) && !/^(042|043|051|052|053|054|055|056)/.test(code);
const FORCE = new Set(['15', '18', '19', '20']);
const NO_TARGET = new Set(['14', '15']);
/** Prepositions of a locative adjunct (a place where, not a party acted on). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'off', 'across', 'throughout', 'within', 'along', 'from']);
/** Prepositions that introduce the party acted on. */
const TARGET_CASES = ['to', 'against', 'on', 'with', 'at', 'upon', 'toward', 'towards', 'for', 'into', 'over', 'from'];
const TIME_CASES = new Set(['during', 'amid', 'since', 'until', 'before', 'after', 'throughout', 'despite']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Nouns that stand for the group they are part of or speak for ("thousands of Kenyans", "a spokesman for X"). */
const PARTITIVE = new Set(['thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'million', 'millions', 'member', 'members',
  'group', 'groups', 'supporter', 'supporters', 'leader', 'leaders', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'representatives', 'official', 'officials', 'delegation', 'envoy', 'minister', 'ministry', 'army', 'forces',
  'government', 'unit', 'units', 'wing', 'faction', 'fighters', 'troops', 'soldiers', 'navy', 'police', 'authorities', 'side',
  'team', 'embassy', 'office', 'president', 'prime', 'foreign', 'militants', 'activists', 'citizens', 'nationals', 'residents']);

type Node = number;
interface Arg { ref: ActorRef; node: Node; m: number }

/** The mention at or governing node (a name, a generic phrase), following partitives and appositions. */
function mentionOf(g: SentenceGraph, node: Node): number {
  if (node < 0) return -1;
  let m = g.mentionHead[node]!;
  if (m < 0 && g.mentionAt[node]! >= 0) m = g.mentionAt[node]!;
  return m;
}

export class ParseCoder {
  constructor(readonly cx: ParseContext) {}

  /** The actor of a mention: the resolved one, or for a generic group with no country its role code alone. */
  private actorOfMention(m: number, g: SentenceGraph): ActorRef | null {
    const a = this.cx.actors.actor(m);
    if (a) return a;
    const gm = this.cx.generic.get(m);
    if (!gm) return null;
    // A group of no known country: the one country the sentence places it in, else no country.
    const here = this.sentenceCountry(g);
    const name = gm.text.replace(/^(the|a|an|at least|least|at most|most|about|some|several|many|two|three)\s+/i, '');
    if (here && gm.kind === 'group') return { entity: null, name, country: here, actor_code: actorCode(here, gm.type) };
    return { entity: null, name, country: null, actor_code: gm.type };
  }

  /** The one country the sentence's place names belong to ("in Owo, in Nigeria's Ondo state"), or null. */
  private sentenceCountry(g: SentenceGraph): string | null {
    let one: string | null = null;
    for (let i = 0; i < g.n; i++) {
      const m = g.mentionHead[i]!;
      if (m < 0) continue;
      const t = this.cx.doc.mentions[m]?.type;
      if (t !== 'GPE' && t !== 'LOC' && t !== 'FAC') continue;
      const c = this.cx.actors.actor(m)?.country;
      if (!c) continue;
      if (one && c !== one) return null;
      one = c;
    }
    return one;
  }

  /** Actors at a nominal node: its mention, else the group it is part of; then its conjuncts. */
  actorsAt(g: SentenceGraph, node: Node, depth = 0): Arg[] {
    if (node < 0 || depth > 3) return [];
    const out: Arg[] = [];
    let m = mentionOf(g, node);
    if (m < 0 && PRONOUNS.has(g.lower[node]!) && g.tag[node] === 'PRP') {
      const ref = this.pronoun(g, node);
      if (ref) out.push({ ref, node, m: -1 });
    } else if (m < 0) {
      // "thousands of Kenyans", "a spokesman for the ministry", "members of Hamas".
      for (const k of g.kids[node]!) {
        if (!relIs(g.label[k]!, 'nmod')) continue;
        const c = caseOf(g, k);
        if ((c === 'of' || c === 'for' || c === 'from') && PARTITIVE.has(g.lower[node]!)) { m = mentionOf(g, k); if (m >= 0) { node = k; break; } }
      }
      // "Iran's navy" when the generic finder did not take it: the possessor acts through it.
      if (m < 0 && PARTITIVE.has(g.lower[node]!)) {
        const p = kidWith(g, node, 'nmod:poss');
        if (p >= 0 && this.cx.doc.mentions[mentionOf(g, p)]?.type !== 'PERSON') { m = mentionOf(g, p); if (m >= 0) node = p; }
      }
      // An apposition names it: "the group, Hamas".
      if (m < 0) { const ap = kidWith(g, node, 'appos'); if (ap >= 0) { m = mentionOf(g, ap); if (m >= 0) node = ap; } }
    }
    if (m >= 0) {
      const ref = this.actorOfMention(m, g);
      if (ref) out.push({ ref, node, m });
    }
    for (const c of kidsWith(g, node, 'conj')) out.push(...this.actorsAt(g, c, depth + 1));
    return out;
  }

  /** He/she/it/they: the first subject of a recent sentence of the same kind. */
  private pronoun(g: SentenceGraph, node: Node): ActorRef | null {
    const mem = this.cx.memory;
    if (mem.sentence < g.si - 2) return null;
    const p = g.lower[node]!;
    if (p === 'he' || p === 'she') return mem.person;
    if (p === 'it') return mem.body;
    if (p === 'they') return mem.group ?? mem.body;
    return null;
  }

  /** The subject of verb v: its own nsubj, else its controller, its first conjunct's, an antecedent. */
  subjectOf(g: SentenceGraph, v: Node, depth = 0): Node {
    if (depth > 4) return -1;
    const s = kidWith(g, v, 'nsubj');
    if (s >= 0 && !relIs(g.label[s]!, 'nsubj:pass')) {
      // "the militia, which seized the town": the relative pronoun stands for the noun the clause modifies.
      if (RELATIVE.has(g.lower[s]!) && relIs(g.label[v]!, 'acl')) return g.head[v]!;
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
    if (relIs(rel, 'conj') && isVerbTag(g.tag[h]!)) return this.subjectOf(g, h, depth + 1);
    // "..., killing three": a participle adjunct shares its main clause's subject.
    if (relIs(rel, 'advcl') && g.tag[v] === 'VBG' && !kidsWith(g, v, 'mark').some((k) => g.lower[k] !== 'by')) {
      if (kidWith(g, h, 'nsubj:pass') >= 0) return -1;
      return this.subjectOf(g, h, depth + 1);
    }
    // "retaliated by expelling 10 diplomats": the means shares the subject.
    if (relIs(rel, 'advcl') && g.tag[v] === 'VBG' && kidsWith(g, v, 'mark').some((k) => g.lower[k] === 'by')) return this.subjectOf(g, h, depth + 1);
    // "militants operating from Afghan soil": an -ing participle's subject is the noun it modifies.
    if (relIs(rel, 'acl') && g.tag[v] === 'VBG') return h;
    return -1;
  }

  /** Is verb v passive (an auxiliary "be"/"get" passive, or a participle modifying a noun, "drones launched by Russia")? */
  private passive(g: SentenceGraph, v: Node): boolean {
    if (kidWith(g, v, 'aux:pass') >= 0 || kidWith(g, v, 'nsubj:pass') >= 0) return true;
    return g.tag[v] === 'VBN' && relIs(g.label[v]!, 'acl') && !relIs(g.label[v]!, 'acl:relcl');
  }

  /**
   * The words of the clause the patterns are matched against, in order: the verb's particle, then
   * each complement (object, obliques, an infinitive and its object, a preposition-led gerund) as
   * its preposition, modifiers and head, with the complement's own prepositional modifiers.
   */
  private signature(g: SentenceGraph, v: Node, passive: boolean): { keys: string[][]; nodes: Node[] } {
    const keys: string[][] = [], nodes: Node[] = [];
    const push = (i: Node) => { keys.push([g.lower[i]!, nounKey(g.lower[i]!), g.lemma[i]!]); nodes.push(i); };
    const phrase = (d: Node, level: number) => {
      const before = g.kids[d]!.filter((k) => k < d && (g.label[k] === 'case' || g.label[k] === 'fixed' || g.label[k] === 'mark' || g.label[k] === 'amod' || g.label[k] === 'compound' || g.label[k] === 'nummod' || g.label[k] === 'det'));
      for (const k of before) {
        if (g.label[k] === 'det' && !/^(no|any)$/.test(g.lower[k]!)) continue;
        push(k);
        for (const f of g.kids[k]!) if (g.label[f] === 'fixed') push(f);
      }
      push(d);
      if (level > 0) return;
      for (const k of g.kids[d]!) {
        if (k < d) continue;
        const r = g.label[k]!;
        if (relIs(r, 'nmod') || relIs(r, 'obj') || relIs(r, 'obl') || relIs(r, 'compound')) phrase(k, level + 1);
        else if (relIs(r, 'acl') && kidsWith(g, k, 'mark').some((x) => g.lower[x] === 'to')) { push(kidsWith(g, k, 'mark')[0]!); phrase(k, level + 1); }
      }
    };
    for (const k of kidsWith(g, v, 'compound:prt')) push(k);
    // In the passive the object noun is the subject ("hostages were released"): it may complete a pattern.
    const subjPass = passive ? kidWith(g, v, 'nsubj:pass') : -1;
    for (const d of g.kids[v]!) {
      const r = g.label[d]!;
      if (d === subjPass) continue;
      if (relIs(r, 'obj') || relIs(r, 'iobj') || relIs(r, 'obl') || relIs(r, 'xcomp') || relIs(r, 'ccomp') || (relIs(r, 'advcl') && kidsWith(g, d, 'mark').some((x) => /^(of|for|by|to|over|about|against)$/.test(g.lower[x]!)))) {
        if (d < v && !relIs(r, 'obl')) continue;
        if (relIs(r, 'ccomp')) { const mk = kidWith(g, d, 'mark'); if (mk >= 0) push(mk); continue; }
        phrase(d, 0);
      } else if (r === 'advmod' && d > v && /^(back|up|down|off|out|away|together|ahead|forward)$/.test(g.lower[d]!)) push(d);
    }
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
      if ((r === 'aux') && FUTURE_AUX.has(l)) future = true;
      if (r === 'advmod' && HEDGE_ADVERBS.has(l)) hedged = true;
      if (r === 'aux' && (l === 'may' || l === 'might' || l === 'could')) hedged = true;
      if (r === 'mark' && CONDITIONAL_MARKS.has(l)) skip = true;
    }
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
      if ((relIs(r, 'ccomp') || relIs(r, 'parataxis')) && REPORT_VERBS.has(g.lemma[h]!)) hedged = true;
      if (relIs(r, 'ccomp') && (g.lemma[h] === 'ask' || g.lemma[h] === 'wonder')) skip = true;
      x = h;
    }
    const question = g.lower[g.n - 1] === '?' && x === v;
    return { skip: skip || question, negated, hedged, future, question };
  }

  /** Code one parsed sentence. */
  codeSentence(g: SentenceGraph, evidence: SpanRef, out: RawEvent[]): void {
    const { doc } = this.cx;
    const done = new Set<Node>();
    let firstSubject: Arg | null = null;
    for (let v = 0; v < g.n; v++) {
      if (!isVerbTag(g.tag[v]!) && !(g.tag[v] === 'JJ' && INTENT_ADJECTIVES.has(g.lower[v]!))) continue;
      if (done.has(v)) continue;
      const subjNode = this.subjectOf(g, v);
      if (!firstSubject && subjNode >= 0) firstSubject = this.actorsAt(g, subjNode)[0] ?? null;
      // An infinitive under a verb or adjective of intent, threat or refusal is coded there.
      const rel = g.label[v]!, h = g.head[v]!;
      if (relIs(rel, 'xcomp') && h >= 0 && (INTENT_VERBS.has(g.lemma[h]!) || THREAT_VERBS.has(g.lemma[h]!) || REFUSAL_VERBS.has(g.lemma[h]!) || NO_ACT_VERBS.has(g.lemma[h]!) || ASK_VERBS.has(g.lemma[h]!) || INTENT_ADJECTIVES.has(g.lower[h]!))) continue;
      this.codeVerb(g, v, evidence, out, done);
    }
    // Remember the sentence's first subject for pronouns of the sentences after it.
    if (firstSubject) {
      const mem = this.cx.memory;
      const t = firstSubject.m >= 0 ? doc.mentions[firstSubject.m]?.type : null;
      const gm = firstSubject.m >= 0 ? this.cx.generic.get(firstSubject.m) : undefined;
      if (t === 'PERSON') mem.person = firstSubject.ref;
      else if (gm?.kind === 'group') mem.group = firstSubject.ref;
      else mem.body = firstSubject.ref;
      mem.sentence = g.si;
    }
  }

  private codeVerb(g: SentenceGraph, v: Node, evidence: SpanRef, out: RawEvent[], done: Set<Node>): void {
    const { lexicon } = this.cx;
    let mod = this.modality(g, v);
    if (mod.skip) return;
    // The act: v itself, or the infinitive it governs when v is a verb (or adjective) of intent,
    // threat or refusal ("agreed to resume talks", "is ready to supply", "threatened to impose").
    let act = v, family: 'act' | 'intent' | 'threat' | 'refusal' = 'act';
    const x = kidWith(g, v, 'xcomp');
    const intentHead = INTENT_VERBS.has(g.lemma[v]!) || INTENT_ADJECTIVES.has(g.lower[v]!);
    if (x >= 0 && isVerbTag(g.tag[x]!) && (intentHead || THREAT_VERBS.has(g.lemma[v]!) || REFUSAL_VERBS.has(g.lemma[v]!) || NO_ACT_VERBS.has(g.lemma[v]!))) {
      if (NO_ACT_VERBS.has(g.lemma[v]!)) { done.add(x); return; }
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
    if ((!m || m.p.code === '---') && act !== v) {
      const own = lexicon.get(g.lemma[v]!);
      m = own ? this.match(own, this.signature(g, v, this.passive(g, v)), false) : null;
      if (m) { act = v; family = 'act'; }
    }
    if (!m || m.p.code === '---') return;
    let code = m.p.code;
    if (family === 'act' && mod.future) family = 'intent';
    if (family === 'intent') code = intentCode(code) ?? code;
    else if (family === 'threat') { const t = threatCode(code); if (!t) return; code = t; }
    else if (family === 'refusal') { const r = refusalCode(code); if (!r) return; code = r; }
    const info = codeInfo(code);
    if (!info) return;

    // Source and target.
    const subj = this.subjectOf(g, v);
    let sources: Arg[] = [], targets: Arg[] = [];
    if (passive) {
      const agent = kidWith(g, act, 'obl:agent') >= 0 ? kidWith(g, act, 'obl:agent') : kidsWith(g, act, 'obl').find((k) => caseOf(g, k) === 'by') ?? -1;
      sources = this.actorsAt(g, agent);
      // The patient: the passive subject, or the noun a participle modifies ("drones launched by Russia").
      const pat = kidWith(g, act, 'nsubj:pass') >= 0 ? kidWith(g, act, 'nsubj:pass') : relIs(g.label[act]!, 'acl') ? g.head[act]! : -1;
      targets = this.actorsAt(g, pat);
      if (!targets.length) targets = this.objectActors(g, act, m.matched, info.root, sources);
    } else {
      sources = this.actorsAt(g, subj);
      targets = this.objectActors(g, act, m.matched, info.root, sources);
    }
    if (m.p.reversed) [sources, targets] = [targets, sources];

    // An agentless act of force or arrest: the attacker the sentence names elsewhere is unknown to
    // us; an unknown armed actor (UAF) for force, the state where it happens for an arrest.
    if (!sources.length && passive && targets.length) {
      if (FORCE.has(info.root)) sources = [{ ref: { entity: null, name: 'unidentified attackers', country: null, actor_code: 'UAF' }, node: -1, m: -1 }];
      else if (info.root === '17') {
        const c = targets[0]!.ref.country ?? this.sentenceCountry(g);
        if (c) sources = [{ ref: { entity: null, name: c, country: c, actor_code: actorCode(c, 'GOV') ?? c }, node: -1, m: -1 }];
      }
    }
    if (!sources.length) return;

    // Coordinated subjects with no other party: each acts on the other when the act is mutual.
    let pairs: [Arg, Arg | null][] = [];
    if (!targets.length && sources.length >= 2 && MUTUAL.has(info.root)) {
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    } else {
      for (const a of sources) {
        if (!targets.length) pairs.push([a, null]);
        for (const b of targets) pairs.push([a, b]);
      }
    }
    // Not onto itself; a target of no use dropped.
    pairs = pairs.filter(([a, b]) => !b || !(a.ref.entity && a.ref.entity === b.ref.entity) && !(!a.ref.entity && !b.ref.entity && a.ref.actor_code === b.ref.actor_code && a.ref.name === b.ref.name));
    const place = this.placeOf(g, act, new Set([...sources, ...targets].map((x) => x.m)));
    const date = this.cx.dateFor(g.si, v);
    const count = countOf(this.cx.doc, g, act, passive);
    const emitted = new Set<string>();
    for (const [a, b] of pairs) {
      let target = b?.ref ?? null;
      // A group of no known country acted on by a domestic actor is of that actor's country.
      if (b && b.m >= 0 && !b.ref.country) {
        const gm = this.cx.generic.get(b.m);
        const t = gm ? targetFromSource(gm, a.ref, info.root) : null;
        if (t) target = t;
      }
      if (!target && !NO_TARGET.has(info.root)) {
        // Force used in a place is used on it ("strikes on Gaza", "shelled villages in Kharkiv").
        if (FORCE.has(info.root) && place?.country && place.country !== a.ref.country) target = { entity: null, name: place.name, country: place.country, actor_code: place.country };
        else continue;
      }
      if (!target && info.root === '14' && /^(COP|MIL|SPY)$/.test(roleTypeOf(a.ref) ?? '')) continue;
      const key = `${a.ref.entity ?? a.ref.actor_code}|${target?.entity ?? target?.actor_code ?? '-'}|${code}`;
      if (emitted.has(key)) continue;
      emitted.add(key);
      out.push({ source: a.ref, target, cameo: info.code, negated: mod.negated, hedged: mod.hedged, date, place, evidence, order: this.cx.order.n++, ...(count ? { counts: [count] } : {}) });
      // Two-way acts: the other party does its part ("visit" → hosted; "met" → met).
      if (target && family !== 'refusal' && !mod.negated) {
        const mirror = m.p.mirror ?? (TWO_WAY(info.code) && b && !pairs.some(([x, y]) => x === b && y?.m === a.m) ? info.code : null);
        const mi = mirror ? codeInfo(family === 'intent' ? intentCode(mirror) ?? mirror : mirror) : null;
        const back = `${target.entity ?? target.actor_code}|${a.ref.entity ?? a.ref.actor_code}|${mi?.code}`;
        if (mi && !emitted.has(back)) {
          emitted.add(back);
          out.push({ source: target, target: a.ref, cameo: mi.code, negated: false, hedged: mod.hedged, date, place, evidence, order: this.cx.order.n++ });
        }
      }
    }
  }

  /** The parties acted on: what the pattern's preposition introduces, the object, then the obliques. */
  private objectActors(g: SentenceGraph, v: Node, matched: Node[], root: string, sources: Arg[]): Arg[] {
    const srcM = new Set(sources.map((s) => s.m));
    const ok = (a: Arg[]) => a.filter((x) => !srcM.has(x.m) || x.m < 0);
    // A nominal the pattern's last preposition governs ("imposed sanctions on X", "accused X of").
    const lastPrep = [...matched].reverse().find((k) => g.label[k] === 'case');
    if (lastPrep !== undefined) {
      const a = ok(this.actorsAt(g, g.head[lastPrep]!));
      if (a.length && !this.isLocative(g, g.head[lastPrep]!, root)) return a;
    }
    const o = kidWith(g, v, 'obj');
    if (o >= 0) {
      const a = ok(this.actorsAt(g, o));
      if (a.length && !(a[0]!.m >= 0 && matched.includes(o) && this.cx.generic.has(a[0]!.m) && !/^(08|17|18)$/.test(root))) return a;
      // The object's own party: "condemned the attack on Kyiv", "sanctions against Russia", "Israel's decision".
      for (const k of g.kids[o]!) {
        if (!relIs(g.label[k]!, 'nmod')) continue;
        const c = caseOf(g, k);
        if (c && !TARGET_CASES.includes(c) && c !== 'of' && c !== 'by') continue;
        if (c === 'of' && !/^(1[0-9]|0[89])/.test(root)) continue;
        const b = ok(this.actorsAt(g, k));
        if (b.length && !this.isLocative(g, k, root)) return b;
      }
      const poss = kidWith(g, o, 'nmod:poss');
      if (poss >= 0 && /^(1[0-9]|20)$/.test(root)) { const b = ok(this.actorsAt(g, poss)); if (b.length) return b; }
    }
    const io = kidWith(g, v, 'iobj');
    if (io >= 0) { const a = ok(this.actorsAt(g, io)); if (a.length) return a; }
    // Obliques that name a party, in the order of preference of their preposition.
    const obls = kidsWith(g, v, 'obl').filter((k) => !relIs(g.label[k]!, 'obl:agent') && !relIs(g.label[k]!, 'obl:tmod'));
    for (const c of TARGET_CASES) {
      for (const k of obls) {
        if (caseOf(g, k) !== c || this.isLocative(g, k, root)) continue;
        const a = ok(this.actorsAt(g, k));
        if (a.length) return a;
      }
    }
    // "demanded that Japan stop", "warned that Russia would": the complement's subject.
    const cc = kidWith(g, v, 'ccomp');
    if (cc >= 0 && /^(02|10|11|12|13)$/.test(root)) { const a = ok(this.actorsAt(g, kidWith(g, cc, 'nsubj'))); if (a.length) return a; }
    // "urged X to": an infinitive's object-controller.
    return [];
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

  /** The place of the act: a place under a locative preposition of the verb or its object. */
  private placeOf(g: SentenceGraph, v: Node, skip: Set<number>): PlaceRef | null {
    const look = (d: Node): PlaceRef | null => {
      for (const k of g.kids[d]!) {
        if (!relIs(g.label[k]!, 'obl') && !relIs(g.label[k]!, 'nmod')) continue;
        const c = caseOf(g, k);
        if (!LOCATIVE.has(c) || c === 'from') continue;
        const m = mentionOf(g, k);
        if (m < 0 || skip.has(m)) continue;
        const t = this.cx.doc.mentions[m]?.type;
        if (t === 'GPE' || t === 'LOC' || t === 'FAC') return placeOf(this.cx.doc, this.cx.actors, m);
      }
      return null;
    };
    const o = kidWith(g, v, 'obj');
    return look(v) ?? (o >= 0 ? look(o) : null);
  }
}
