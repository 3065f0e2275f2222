// Generic actors in events: the groups and institutions resolve found ("police", "the government",
// "Kenyan protesters", doc.generics) become extra mentions the coder reads like names. Their
// country is the phrase's, else the article's main country (only when it has a clear one), else —
// for people acted on by a domestic actor — that actor's (targetFromSource).
import type { Doc, Mention } from '../doc/index.js';
import type { ActorRef } from '../types.js';
import { groupActor, roleTypeOf } from '../kb/actor-codes.js';

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

export interface Extended {
  doc: Readonly<Doc>;
  generic: Map<number, GenericMention>;
  /** The article's main country, or null when it has none clear. */
  main: string | null;
}

/**
 * The doc with the generic phrases resolve found added as mentions (after the real ones, so
 * indexes of real mentions are unchanged), and each phrase by its mention index.
 */
export function extendDoc(doc: Readonly<Doc>): Extended {
  const n = doc.mentions.length;
  const generic = new Map<number, GenericMention>();
  doc.generics.forEach((g, i) => generic.set(n + i, {
    index: n + i, type: g.role, kind: g.kind, country: g.country, text: g.mention.text, nationality: g.nationality,
  }));
  const main = doc.context?.dominant ?? null;
  if (!generic.size) return { doc, generic, main };
  const mentions: Mention[] = [...doc.mentions, ...doc.generics.map((g) => g.mention)];
  const mentionEntity = [...doc.mentionEntity, ...doc.generics.map(() => null)];
  return { doc: { ...doc, mentions, mentionEntity }, generic, main };
}

/** The actor of a generic mention from what the phrase and the article say (null without a country). */
export function genericActor(g: GenericMention, main: string | null): ActorRef | null {
  return groupActor(g.text, g.type, g.country ?? main, g.nationality);
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
  // (And an official a state arrests is its own: "Philippine police arrest ex-president".)
  if (g.kind === 'state') return (t && PEOPLE.has(t)) || root === '17' ? genericActor({ ...g, country: source.country }, null) : null;
  // Arrests and repression (root 17) are done at home, whoever does them ("soldiers detained two journalists").
  // A state as a whole arrests or frees people at home ("Cuba freed 50 political prisoners").
  if (!t && (root === '17' || root === '08')) return genericActor({ ...g, country: source.country }, null);
  if (!t || !(DOMESTIC.has(t) || (root === '17' && STATE_ARMS.has(t)))) return null;
  return genericActor({ ...g, country: source.country }, null);
}
