// Generic actors: noun phrases that name a group or an institution without a name ("police",
// "the government", "at least 14 organisers", "Kenyan protesters"). NER leaves them out, so the coder
// would see no subject or object; here they become extra mentions the coder reads like names.
// Their country comes from the phrase ("Kenyan police", "the government of Kenya"), else from the
// article's main country (only when it has a clear one), else — for people acted on by a domestic
// actor — from that actor (see targetCountry). One pass over the tokens: linear in the document.
import { readFileSync } from 'node:fs';
import type { Doc, Mention } from '../doc/index.js';
import type { ActorRef } from '../types.js';
import { dataPath } from './ontology.js';
import { roleType, actorCode } from '../resolve/actor-codes.js';
import { dominantCountry } from '../resolve/entities.js';
import { roleTypeOf } from '../resolve/helpers.js';

export interface GenericHead { type: string; kind: 'state' | 'group' }

export interface GenericMention {
  /** Index the mention has in the coder's extended mention list. */
  index: number;
  type: string;
  kind: 'state' | 'group';
  /** Country the phrase names (demonym, possessive, "of X"), or null. */
  country: string | null;
  text: string;
  /** The actor of a nationality word taken into the phrase ("Kenyan" in "Kenyan police"): its entity stays the event's. */
  nationality: ActorRef | null;
}

let heads: Map<string, GenericHead> | null = null;

/** The head-noun lexicon (data/events/generic-actors.txt); multi-word heads are written a_b. */
export function genericHeads(): Map<string, GenericHead> {
  if (heads) return heads;
  heads = new Map();
  for (const raw of readFileSync(dataPath('events/generic-actors.txt'), 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [w, type, kind] = line.split(/\s+/);
    if (w && type && (kind === 'state' || kind === 'group')) heads.set(w.toLowerCase().replace(/_/g, ' '), { type, kind });
  }
  return heads;
}

const NOUN = /^NNS?$/;
/** Modifiers a generic phrase may carry before its head ("at least 14", "anti-government", "riot"). */
const MODIFIER_POS = /^(JJ|JJR|JJS|NN|NNS|CD|VBN|VBG)$/;
/** A possessive pronoun makes the phrase someone's ("his forces", "their supporters"): not resolvable here. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
/** "both governments", "the two armies", "other officials": parties named elsewhere, not one actor. */
const PLURAL_REFERENCE = new Set(['both', 'two', 'three', 'each', 'other', 'either', 'neither', 'respective', 'all']);
/** ... but "two journalists" without "the" is a count, not a reference. */
const NUMBERS = new Set(['two', 'three']);

export interface Extended {
  doc: Readonly<Doc>;
  generic: Map<number, GenericMention>;
  /** The article's main country, or null when it has none clear. */
  main: string | null;
}

const COUNTRY_OF = (doc: Readonly<Doc>, actor: (m: number) => ActorRef | null, m: number): string | null => {
  const men = doc.mentions[m];
  if (!men || (men.type !== 'NORP' && men.type !== 'GPE')) return null;
  return actor(m)?.country ?? null;
};

/**
 * The doc with generic noun phrases added as mentions (after the real ones, so indexes of real
 * mentions are unchanged). A demonym right before the phrase is taken into it ("Kenyan police").
 */
export function extendDoc(doc: Readonly<Doc>, actor: (m: number) => ActorRef | null): Extended {
  const lex = genericHeads();
  const main = dominantCountry(doc);
  const mentions: Mention[] = [...doc.mentions];
  const mentionEntity = [...doc.mentionEntity];
  const generic = new Map<number, GenericMention>();
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  doc.mentions.forEach((men, m) => { for (let k = men.tokenStart; k < men.tokenEnd && k < owner.length; k++) owner[k] = m; });
  const toks = doc.tokens;
  const low = (k: number) => (toks[k]?.text ?? '').toLowerCase();
  // A participle modifies only after a determiner or an adjective ("the armed militants"); after an
  // auxiliary or a noun it is a verb ("had sent troops").
  const isModifier = (k: number): boolean => {
    const pos = toks[k]!.pos ?? '';
    if (!MODIFIER_POS.test(pos) || !/^[a-z0-9]/.test(toks[k]!.text)) return false;
    if (pos === 'VBN' || pos === 'VBG') return /^(DT|JJ|CD|PRP\$)$/.test(toks[k - 1]?.pos ?? '');
    return true;
  };
  // A name the recogniser took for a group's word ("— Police", "Protesters") and resolution left
  // without an actor is read as the generic phrase it is: its tokens are free for the scan below.
  doc.mentions.forEach((men, m) => {
    if (actor(m)) return;
    const words = men.text.toLowerCase().replace(/^[^\p{L}]+/u, '').replace(/^the\s+/, '');
    if (!lex.has(words)) return;
    for (let k = men.tokenStart; k < men.tokenEnd && k < owner.length; k++) owner[k] = -1;
  });
  for (let i = 0; i < toks.length; i++) {
    if (owner[i]! >= 0) continue;
    // Two-word heads ("riot police", "security forces") first.
    let head: GenericHead | undefined, end = i + 1;
    const two = i + 1 < toks.length && toks[i + 1]!.sentence === toks[i]!.sentence && owner[i + 1]! < 0 ? lex.get(`${low(i)} ${low(i + 1)}`) : undefined;
    if (two) { head = two; end = i + 2; } else head = lex.get(low(i));
    if (!head) continue;
    const last = toks[end - 1]!;
    // The head of its phrase: a noun not followed by another noun ("government spokesman", "police station").
    if (last.pos && !/^NNP?S?$/.test(last.pos)) continue;
    const next = toks[end];
    if (next && next.sentence === last.sentence && owner[end]! < 0 && NOUN.test(next.pos ?? '') && /^[a-z]/.test(next.text)) continue;
    // "journalist Maria Ressa": a title before a name; the name is the actor.
    if (next && next.sentence === last.sentence && owner[end]! >= 0) continue;
    // Modifiers before it, and a demonym or possessive country in front of those.
    let start = i;
    while (start > 0 && toks[start - 1]!.sentence === last.sentence && owner[start - 1]! < 0 && isModifier(start - 1)) start--;
    // "to clear protesters": a verb the tagger took for an adjective is not a modifier.
    while (start < i && low(start - 1) === 'to') start++;
    const det = low(start - 1);
    const ref = (k: number) => PLURAL_REFERENCE.has(low(k)) && (!NUMBERS.has(low(k)) || low(k - 1) === 'the');
    if (POSSESSIVE_PRONOUNS.has(det) || ref(start - 1) || ref(start)) { i = end - 1; continue; }
    let country: string | null = null;
    let absorbed = -1;
    const before = start - 1;
    if (before >= 0 && owner[before]! >= 0 && toks[before]!.sentence === last.sentence) {
      const m = owner[before]!;
      // "Kenyan police", "US officials": the country is part of the phrase. "UN officials", "Hamas
      // fighters": an organisation acts through its people, so the name stays the actor.
      const t = doc.mentions[m]!.type;
      if (t !== 'NORP' && t !== 'GPE') { i = end - 1; continue; }
      country = COUNTRY_OF(doc, actor, m);
      if (country) absorbed = m;
    } else if ((det === "'s" || det === '’s') && start >= 2 && owner[start - 2]! >= 0) {
      country = COUNTRY_OF(doc, actor, owner[start - 2]!);
    } else if ((det === "'s" || det === '’s') && start >= 3 && (low(start - 2) === 'country' || low(start - 2) === 'nation') && low(start - 3) === 'the') {
      // "the country's military rulers": the country named last before it.
      for (let k = start - 4; k >= Math.max(0, start - 60) && !country; k--) {
        if (toks[k]!.field !== last.field) break;
        if (owner[k]! >= 0 && doc.mentions[owner[k]!]!.type === 'GPE') country = COUNTRY_OF(doc, actor, owner[k]!);
      }
    }
    // "the government of Kenya", "police in Dhaka"
    if (!country && (low(end) === 'of' || low(end) === 'in')) {
      let k = end + 1;
      while (k < end + 3 && (low(k) === 'the' || /^JJ/.test(toks[k]?.pos ?? '') && /^[a-z]/.test(toks[k]!.text))) k++;
      if (k < toks.length && owner[k]! >= 0 && toks[k]!.sentence === last.sentence) country = COUNTRY_OF(doc, actor, owner[k]!);
    }
    const a = absorbed >= 0 ? doc.mentions[absorbed]!.tokenStart : start;
    const first = toks[a]!;
    const text = sliceText(doc, first.field, first.start, last.end);
    const type = roleType(text) ?? head.type;
    const index = mentions.length;
    mentions.push({ field: first.field, start: first.start, end: last.end, text, label: 'ORG', type: 'ORG', tokenStart: a, tokenEnd: end });
    mentionEntity.push(null);
    generic.set(index, { index, type, kind: head.kind, country, text, nationality: absorbed >= 0 ? actor(absorbed) : null });
    i = end - 1;
  }
  return { doc: generic.size ? { ...doc, mentions, mentionEntity } : doc, generic, main };
}

function sliceText(doc: Readonly<Doc>, field: string, start: number, end: number): string {
  const text = field === 'title' ? doc.title : field === 'body' ? doc.body : doc.captions[Number(field.slice(8))]?.text ?? '';
  return text.slice(start, end);
}

/** The actor of a generic mention from what the phrase and the article say (null without a country). */
export function genericActor(g: GenericMention, main: string | null): ActorRef | null {
  const country = g.country ?? main;
  if (!country) return null;
  const n = g.nationality;
  if (n?.entity && n.country === country) return { entity: n.entity, name: n.name, country, actor_code: actorCode(country, g.type) };
  return { entity: null, name: g.text.replace(/^(the|a|an|at least|least|at most|most|about|some)\s+/i, ''), country, actor_code: actorCode(country, g.type) };
}

/** Actors that act on people inside their own country (police, courts, a government, its opponents, its rebels). */
const STATE_ARMS = new Set(['MIL', 'SPY']);
/** Non-state actors inside a country: what they act on ("the government", "police") is their country's. */
const PEOPLE = new Set(['CVL', 'OPP', 'EDU', 'MED', 'LAB', 'PTY', 'REB', 'INS']);
const DOMESTIC = new Set(['COP', 'GOV', 'JUD', 'LEG', 'OPP', 'CVL', 'EDU', 'MED', 'LAB', 'PTY', 'REB', 'INS']);

/**
 * A generic group acted on, whose phrase names no country and whose article has no main one:
 * the country of a domestic source ("Kenyan police arrested 14 organisers" → Kenyan organisers).
 * An army or a state as a whole acts abroad too, so neither lends its country, except to arrests.
 */
export function targetFromSource(g: GenericMention, source: ActorRef, root: string): ActorRef | null {
  if (g.country || !source.country) return null;
  const t = roleTypeOf(source);
  // The state's own institutions are acted on by its people ("protesters clashed with police").
  if (g.kind === 'state') return t && PEOPLE.has(t) ? genericActor({ ...g, country: source.country }, null) : null;
  // Arrests and repression (root 17) are done at home, whoever does them ("soldiers detained two journalists").
  // A state as a whole arrests or frees people at home ("Cuba freed 50 political prisoners").
  if (!t && (root === '17' || root === '08')) return genericActor({ ...g, country: source.country }, null);
  if (!t || !(DOMESTIC.has(t) || (root === '17' && STATE_ARMS.has(t)))) return null;
  return genericActor({ ...g, country: source.country }, null);
}
