// Actors of events: a mention → its resolved entity (country, CAMEO actor code). When resolution
// left a nationality word or a country name without a country, the country tables of src/resolve
// still give one ("Ukrainian" in "a Ukrainian delegation" → UKR).
import type { Doc, Mention } from '../doc/index.js';
import type { ActorRef, EntityOut, PlaceRef } from '../types.js';
import { countryByName, countryOfDemonym, countryOfName } from '../resolve/countries.js';

export interface ActorIndex {
  entityOfMention(m: number): EntityOut | null;
  actor(m: number): ActorRef | null;
}

export function actorIndex(doc: Readonly<Doc>): ActorIndex {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const entityOfMention = (m: number): EntityOut | null => {
    const id = doc.mentionEntity[m];
    return id ? byId.get(id) ?? null : null;
  };
  // A nationality word that acts ("Chinese vessels fired…") stands for its country: when the article
  // names that country, the event joins the country's entity rather than the adjective's.
  const countryEntity = new Map<string, EntityOut>();
  for (const e of doc.entities) {
    if (e.type === 'GPE' && e.country && countryByName(e.name) === e.country && !countryEntity.has(e.country)) countryEntity.set(e.country, e);
  }
  const cache = new Map<number, ActorRef | null>();
  const actor = (m: number): ActorRef | null => {
    if (cache.has(m)) return cache.get(m)!;
    const men: Mention | undefined = doc.mentions[m];
    if (!men) return null;
    let e = entityOfMention(m);
    if (e?.type === 'NORP' && e.country) e = countryEntity.get(e.country) ?? e;
    let country = e?.country ?? null;
    if (!country) country = fallbackCountry(men);
    // International bodies (the UN, the EU) have an actor code but no country: they still act.
    const code = e?.actor_code ?? country;
    const out: ActorRef | null = country || code
      ? { entity: e?.id ?? null, name: e?.name ?? men.text, country, actor_code: code }
      : null;
    cache.set(m, out);
    return out;
  };
  return { entityOfMention, actor };
}

function fallbackCountry(m: Mention): string | null {
  const t = m.text.replace(/[’']s$/, '');
  if (m.type === 'NORP') return countryOfDemonym(t) ?? countryOfName(t);
  if (m.type === 'GPE') return countryOfName(t);
  return null;
}

/** A place from a place mention, with coordinates when resolution found them. */
export function placeOf(doc: Readonly<Doc>, ix: ActorIndex, m: number): PlaceRef {
  const men = doc.mentions[m]!;
  const e = ix.entityOfMention(m);
  return {
    name: e?.name ?? men.text,
    country: e?.country ?? fallbackCountry(men),
    lat: e?.geo?.lat ?? null,
    lon: e?.geo?.lon ?? null,
  };
}
