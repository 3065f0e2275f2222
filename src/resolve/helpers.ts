// Helpers for the later stages (events, quotes): who is the actor behind a stretch of text, and
// where is a place. They read the resolved entities of the doc; call them after the resolve stage.
import { fieldText, type Doc } from '../doc/index.js';
import type { ActorRef, EntityOut, FieldName, PlaceRef } from '../types.js';
import { countryInfo, countryOfCapital, findCountryCues } from './countries.js';
import { actorCode, roleType } from './actor-codes.js';
import { lookupPlace } from './gazetteer.js';
import { nameKey } from './normalize.js';
import { focusCountries } from './entities.js';

type DocR = Pick<Doc, 'title' | 'captions' | 'body' | 'entities' | 'mentionEntity'>;

const ACTOR_RANK: Record<string, number> = { PERSON: 3, ORG: 3, GPE: 2, NORP: 1 };

/** The role type (GOV, MIL, JUD, …) of an entity, read off its actor code; null if none. */
export function roleTypeOf(e: Pick<EntityOut, 'actor_code' | 'country'>): string | null {
  const code = e.actor_code;
  if (!code) return null;
  if (e.country && code.startsWith(e.country)) return code.slice(e.country.length) || null;
  return code;
}

/**
 * The entity of a recognised mention (index into doc.mentions), or null if it was dropped.
 */
export function entityOfMention(doc: DocR, mentionIndex: number): EntityOut | null {
  const id = doc.mentionEntity[mentionIndex];
  return id ? doc.entities.find((e) => e.id === id) ?? null : null;
}

function asActor(e: EntityOut): ActorRef {
  // A capital standing for its government ("Tehran renewed its calls") acts as that government.
  if (e.type === 'GPE' && e.country && countryOfCapital(e.name) === e.country) {
    return { entity: e.id, name: e.name, country: e.country, actor_code: `${e.country}GOV` };
  }
  return { entity: e.id, name: e.name, country: e.country, actor_code: e.actor_code };
}

/**
 * The actor behind text[start, end) of `field`: the resolved entity one of whose mentions overlaps
 * the span (people and organisations before places, then the largest overlap, then the earliest);
 * otherwise an actor built from a country cue in the span ("the Iraqi judiciary" → IRQJUD,
 * "Iranian officials" → IRNGOV, "Washington" → USAGOV, "South Korea" → KOR); otherwise null.
 */
export function actorForText(doc: DocR, field: FieldName, start: number, end: number): ActorRef | null {
  let best: { e: EntityOut; rank: number; overlap: number; at: number } | null = null;
  for (const e of doc.entities) {
    const rank = ACTOR_RANK[e.type];
    if (!rank) continue;
    for (const m of e.mentions) {
      if (m.field !== field || m.start >= end || start >= m.end) continue;
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      if (!best || rank > best.rank || (rank === best.rank && (overlap > best.overlap || (overlap === best.overlap && m.start < best.at)))) {
        best = { e, rank, overlap, at: m.start };
      }
    }
  }
  if (best) return asActor(best.e);
  const text = fieldText(doc, field).slice(start, end);
  const cue = findCountryCues(text).find((c) => !/(pro|anti)-$/i.test(text.slice(Math.max(0, c.start - 4), c.start)));
  if (!cue) return null;
  const rest = text.slice(0, cue.start) + text.slice(cue.end);
  const type = roleType(rest) ?? (cue.kind === 'capital' ? 'GOV' : null);
  const name = text.trim().replace(/^(the|a|an)\s+/i, '') || countryInfo(cue.iso3)?.name || cue.text;
  return { entity: null, name, country: cue.iso3, actor_code: actorCode(cue.iso3, type) };
}

/**
 * A place by name, as events carry it: the doc's own resolved place entity when the article
 * names it, else the gazetteer (choosing among same-named places by the article's countries).
 * Null when the place cannot be resolved; coordinates are never guessed.
 */
export function placeFor(name: string, doc?: DocR): PlaceRef | null {
  const k = nameKey(name);
  if (doc) {
    for (const e of doc.entities) {
      if (!['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
      if (nameKey(e.name) === k || e.mentions.some((m) => nameKey(m.text) === k)) {
        return { name: e.name, country: e.country, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null };
      }
    }
  }
  const p = lookupPlace(name, doc ? focusCountries(doc) : new Set());
  return p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon } : null;
}
