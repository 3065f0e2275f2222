// Actors of events: a mention → its resolved entity and the actor resolve published for it
// (doc.mentionActors: country, CAMEO actor code).
import type { Doc } from '../doc/index.js';
import type { ActorRef, EntityOut, PlaceRef } from '../types.js';

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
  const actor = (m: number): ActorRef | null => doc.mentionActors[m] ?? null;
  return { entityOfMention, actor };
}

/** A place from a place mention, with coordinates when resolution found them. */
export function placeOf(doc: Readonly<Doc>, ix: ActorIndex, m: number): PlaceRef {
  const men = doc.mentions[m]!;
  const e = ix.entityOfMention(m);
  return {
    name: e?.name ?? men.text,
    country: e?.country ?? ix.actor(m)?.country ?? null,
    lat: e?.geo?.lat ?? null,
    lon: e?.geo?.lon ?? null,
  };
}
