// Where an event happened, GDELT's way: the place of its clause, else a place of its sentence,
// else the article's dateline, else the article's main place, else the country of its actors.
// Pure functions of the Doc (its resolved place entities), called by the coder for each event:
//
//   locateEvent(doc, evidenceSentence, clausePlace, actors?) → the event's place with coordinates
//   and GDELT Geo_Type, or null when not even an actor's country is known;
//   actorPlace(doc, evidenceSentence, actor) → an actor's own place where the text gives one.
//
// A place with no coordinates is passed over (the next level may have them); so is a place with
// no country (a sea, a world region) unless nothing later has one, so that every located event
// has a country. Places that are themselves the event's actors ("Iran condemned Israel") count
// for its sentence only after every other place there.
import { sentenceOf, type Doc } from '../doc/index.js';
import type { ActorRef, EntityOut, GeoType, PlaceRef } from '../types.js';
import { countryPlace, fipsOf, geoTypeOf } from '../kb/gazetteer.js';

export type LocatedPlace = PlaceRef & { lat: number; lon: number; geo_type: GeoType };

type DocIn = Readonly<Doc>;

interface PlaceMention { e: EntityOut; field: string; start: number; end: number; sentence: number | null }

interface Index {
  /** Place mentions with coordinates, in reading order, with their sentence. */
  mentions: PlaceMention[];
  bySentence: Map<number, PlaceMention[]>;
  dateline: EntityOut | null;
  /** Where the dateline ends in the body (its places are the dateline's, not the first sentence's). */
  headEnd: number;
  main: EntityOut | null;
}

const cache = new WeakMap<object, Index>();

/** How specific a place is: towns and features before divisions before countries. */
function specificity(e: EntityOut): number {
  const k = e.place?.kind;
  if (k === 'country' || k === 'continent') return 0;
  if (k === 'adm1' || k === 'region' || k === 'sea') return 1;
  if (k === 'adm2' || k === 'territory' || k === 'river' || k === 'lake' || k === 'mountain' || k === 'desert' || k === 'island' || k === 'strait' || k === 'valley') return 2;
  return 3;
}

/** A place the gazetteer does not hold, standing at the coordinates of a place beside it. */
const approx = (e: EntityOut) => e.place?.feature === 'approximate';

const located = (e: EntityOut) => !!e.geo && (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC');

function index(doc: DocIn): Index {
  const hit = cache.get(doc.entities);
  if (hit) return hit;
  const mentions: PlaceMention[] = [];
  for (const e of doc.entities) {
    if (!located(e)) continue;
    for (const m of e.mentions) mentions.push({ e, field: m.field, start: m.start, end: m.end, sentence: sentenceOf(doc, m) });
  }
  const order = (f: string) => (f === 'title' ? 0 : f === 'body' ? 2 : 1);
  mentions.sort((a, b) => order(a.field) - order(b.field) || a.start - b.start);
  const bySentence = new Map<number, PlaceMention[]>();
  for (const m of mentions) {
    if (m.sentence === null) continue;
    const l = bySentence.get(m.sentence);
    if (l) l.push(m); else bySentence.set(m.sentence, [m]);
  }
  // The dateline: a place named at the head of the body, before the first dash or parenthesis
  // ("MEKELLE, Ethiopia (Reuters) —"): its most specific place.
  const head = /^[^\n]{0,80}?(?:\s[—–-]{1,2}\s|\(|:)/.exec(doc.body);
  const inHead = head && /^[\p{Lu}]/u.test(doc.body) ? mentions.filter((m) => m.field === 'body' && m.end <= head[0].length) : [];
  const dateline = inHead.sort((a, b) => specificity(b.e) - specificity(a.e) || a.start - b.start)[0]?.e ?? null;
  // The main place: the place named most often (the title counts twice), the more specific on a tie.
  const weight = new Map<EntityOut, number>();
  // (A place standing at another's coordinates, 'approximate', is not counted: the other one is.)
  for (const m of mentions) if (!approx(m.e)) weight.set(m.e, (weight.get(m.e) ?? 0) + (m.field === 'title' ? 2 : 1));
  let main: EntityOut | null = null;
  for (const [e, w] of weight) {
    if (!e.country) continue;
    const best = main ? weight.get(main)! : -1;
    if (w > best || (w === best && specificity(e) > specificity(main!))) main = e;
  }
  const ix = { mentions, bySentence, dateline, headEnd: inHead.length ? head![0].length : 0, main };
  cache.set(doc.entities, ix);
  return ix;
}

/** A place entity as an event's place. */
export function placeRefOf(e: EntityOut, from: PlaceRef['from']): LocatedPlace {
  const kind = e.place?.kind ?? (e.country && !e.place ? 'city' : null);
  return {
    name: e.name, country: e.country, lat: e.geo!.lat, lon: e.geo!.lon,
    geo_type: e.place?.geo_type ?? (e.country === 'USA' ? 3 : 4),
    kind, admin1: e.place?.admin1 ?? null, admin1_code: e.place?.admin1_code ?? (fipsOf(e.country) ?? null),
    geonames_id: e.geo!.geonames_id ?? null, from,
  };
}

/** A country as an event's place (GDELT Geo_Type 1). */
export function countryRef(iso3: string, from: PlaceRef['from']): LocatedPlace | null {
  const c = countryPlace(iso3);
  if (!c) return null;
  return { name: c.name, country: iso3, lat: c.lat, lon: c.lon, geo_type: geoTypeOf(c), kind: 'country', admin1: null, admin1_code: fipsOf(iso3), geonames_id: null, from };
}

/** A place that is an actor of the event: its entity, or the country an actor belongs to ("Ukraine condemned Russia"). */
const isActor = (e: EntityOut, actors: readonly (ActorRef | null | undefined)[]) =>
  actors.some((a) => !!a && (a.entity === e.id || (specificity(e) === 0 && !!a.country && a.country === e.country)));

/**
 * The place of an event coded from sentence `sentence` (index into doc.sentences, null when
 * unknown). `clausePlace` is the place the coder found in the event's own clause, if any.
 */
export function locateEvent(doc: DocIn, sentence: number | null, clausePlace: PlaceRef | null, actors: readonly (ActorRef | null | undefined)[] = []): LocatedPlace | null {
  const ix = index(doc);
  let countryless: LocatedPlace | null = null;
  const take = (p: LocatedPlace | null): LocatedPlace | null => {
    if (!p) return null;
    if (p.country) return p;
    countryless ??= p;
    return null;
  };
  // 1. The clause's place, with its entity's coordinates when the coder gave none.
  if (clausePlace) {
    const e = doc.entities.find((x) => located(x) && (x.name === clausePlace.name || x.mentions.some((m) => m.text === clausePlace.name)));
    const got = e ? take(placeRefOf(e, 'clause'))
      : clausePlace.lat !== null && clausePlace.lon !== null && clausePlace.country
        ? take({ ...clausePlace, lat: clausePlace.lat, lon: clausePlace.lon, geo_type: clausePlace.country === 'USA' ? 3 : 4, from: 'clause' }) : null;
    if (got) return got;
  }
  // 2. A place of the sentence: the most specific one that is not an actor of the event.
  if (sentence !== null) {
    const here = (ix.bySentence.get(sentence) ?? []).filter((m) => !(m.field === 'body' && m.end <= ix.headEnd));
    const ranked = [...here].sort((a, b) => Number(isActor(a.e, actors)) - Number(isActor(b.e, actors)) || Number(approx(a.e)) - Number(approx(b.e)) || specificity(b.e) - specificity(a.e) || a.start - b.start);
    for (const m of ranked) {
      // A country that is an actor of the event locates it only at the last step (its actors' country).
      if (isActor(m.e, actors) && specificity(m.e) === 0) continue;
      const got = take(placeRefOf(m.e, 'sentence'));
      if (got) return got;
    }
  }
  // 3. The dateline; 4. the article's main place.
  if (ix.dateline) { const got = take(placeRefOf(ix.dateline, 'dateline')); if (got) return got; }
  if (ix.main) { const got = take(placeRefOf(ix.main, 'article')); if (got) return got; }
  // 5. The country of its actors (source first).
  for (const a of actors) {
    if (!a?.country) continue;
    const got = countryRef(a.country, 'actor');
    if (got) return got;
  }
  return countryless;
}

/**
 * An actor's own place where the text gives one: a place right after its mention in the
 * sentence ("police in Ohio", "the mayor of Kharkiv", "protesters from Nairobi"), a place that is
 * the actor itself ("Ukraine"), else null (the actor's country says the rest).
 */
export function actorPlace(doc: DocIn, sentence: number | null, actor: ActorRef | null): LocatedPlace | null {
  if (!actor) return null;
  const ix = index(doc);
  const e = actor.entity ? doc.entities.find((x) => x.id === actor.entity) : null;
  if (e && located(e)) return placeRefOf(e, null);
  if (sentence === null) return null;
  const s = doc.sentences[sentence];
  if (!s) return null;
  const text = s.field === 'body' ? doc.body : s.field === 'title' ? doc.title : doc.captions[Number(s.field.slice(8))]?.text ?? '';
  // Where the actor is named in the sentence: its entity's mention, else its name as written.
  let at = -1;
  if (e) at = e.mentions.find((m) => m.field === s.field && m.start >= s.start && m.end <= s.end)?.end ?? -1;
  if (at < 0) {
    const i = text.slice(s.start, s.end).toLowerCase().indexOf(actor.name.toLowerCase());
    if (i >= 0) at = s.start + i + actor.name.length;
  }
  if (at < 0) return null;
  const lead = /^\s+(?:in|of|from|at)\s+(?:the\s+)?/i.exec(text.slice(at, at + 20));
  if (!lead) return null;
  const m = (ix.bySentence.get(sentence) ?? []).find((x) => x.field === s.field && x.start === at + lead[0].length);
  return m && m.e.country ? placeRefOf(m.e, null) : null;
}

/**
 * Fill the place of coded events that have none (and complete the coordinates and precision of
 * those that have one), and give their actors their own places: what the current coder calls
 * after coding. `T` is any event shape with evidence, source, target and place.
 */
export function locateEvents<T extends { evidence: { field: string; start: number }; source: ActorRef; target: ActorRef | null; place: PlaceRef | null }>(doc: DocIn, events: T[]): T[] {
  return events.map((ev) => {
    const si = sentenceOf(doc, ev.evidence as never);
    const place = locateEvent(doc, si, ev.place, [ev.source, ev.target]);
    const sp = actorPlace(doc, si, ev.source);
    const tp = actorPlace(doc, si, ev.target);
    return {
      ...ev,
      place: place ?? ev.place,
      source: sp ? { ...ev.source, place: sp } : ev.source,
      target: ev.target && tp ? { ...ev.target, place: tp } : ev.target,
    };
  });
}
