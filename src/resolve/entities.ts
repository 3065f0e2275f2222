// From clusters to resolved entities: canonical name, role, country, CAMEO actor code, coordinates.
import { fieldNames, fieldText, type ArticleContext, type Doc } from '../doc/index.js';
import type { EntityOut, EntityType, FieldName, Geo, PlaceInfo, SpanRef } from '../types.js';
import type { StageContext } from '../doc/stage.js';
import { clusterItems, definedAcronyms, type Cluster } from './coref.js';
import { lawSpans, settleType, PLACE_TYPES, type Item } from './mentions.js';
import { nameKey } from '../kb/normalize.js';
import { countryByName, countryInfo, countryOfCapital, countryOfDemonym, countryOfName, findCountryCues, type CountryCue } from '../kb/countries.js';
import { actorCode, knownActor, knownPersonBySurname, phoenixActor, roleType, roleTypeHit, type KnownActor } from '../kb/actor-codes.js';
import { appositive, roleFrom, sentenceBounds, titleBefore, type RoleContext } from './context.js';
import { admin1Of, adm1Code, citiesNamed, countryPlace, divisionOfCountry, geoTypeOf, isProminent, lookupPlace, placeKey, type Place } from '../kb/gazetteer.js';
import { findPlaceSpans, hintAt, locativeBefore, placeReading, townWordsBefore } from './places.js';
import { findDescriptions, referentOf } from './descriptions.js';

export interface Resolution {
  entities: EntityOut[];
  mentionEntity: (string | null)[];
  /** Role type (GOV, MIL, …) per entity id. */
  roleTypes: Map<string, string | null>;
  /** The article's countries. */
  context: ArticleContext;
}

type DocIn = Readonly<Doc>;

type CueSource = Pick<Doc, 'title' | 'captions' | 'body'>;

/** Every country cue of the article (by name, demonym or capital), title, captions and body. */
function articleCues(doc: CueSource): CountryCue[] {
  return [doc.title, ...doc.captions.map((c) => c.text), doc.body].flatMap((t) => findCountryCues(t));
}

function focusOf(cues: readonly CountryCue[]): Set<string> {
  const named = new Set<string>(), capitals = new Set<string>();
  for (const c of cues) (c.kind === 'capital' ? capitals : named).add(c.iso3);
  // Capitals count only when no country is named: "Tripoli" would otherwise vote for Libya in
  // an article about Lebanon's Tripoli.
  return named.size ? named : capitals;
}

const SUBUNIT = /\s+(press service|press office|press center|spokesman|spokesperson|spokeswoman|media office)$/i;

function canonicalName(c: Cluster): string {
  // (Arrays filled by push, not .map: an optimised .map makes holey arrays and the readers
  // optimised on packed ones deoptimised on "wrong map": issue 21.)
  const names: string[] = [];
  for (const i of c.items) if (i.idx !== null || i.found) names.push(i.name.trim());
  let all = names;
  if (!names.length) {
    all = [];
    for (const i of c.items) all.push(i.name);
  }
  if (c.type === 'GPE') {
    const iso = c.head.country ?? countryByName(c.head.name);
    if (iso && !divisionOfCountry(c.head.name)) return countryInfo(iso)?.name ?? c.head.name;
  }
  if (c.type === 'ORG') {
    const k = knownActor(c.head.name, 'ORG');
    const base = all.filter((n) => !SUBUNIT.test(n));
    // Only a sub-unit named ("… Defense Ministry press service"): the entity is its parent.
    const pick = base.length ? base.sort((a, b) => b.length - a.length)[0]! : all[0]!.replace(SUBUNIT, '');
    // An acronym alone is named by its known expansion ("UN" → "United Nations").
    if (k && /^[\p{Lu}.]{2,8}$/u.test(pick)) return k.name;
    return pick.replace(/['’]s$/, '');
  }
  // The fullest form; among spellings of equal length, the most frequent, then the first;
  // a dateline's capitals ("MANILA") only when nothing else is written.
  const calm: string[] = [];
  for (const n of all) if (!shouting(n)) calm.push(n);
  const pool = calm.length ? calm : all;
  let maxW = -Infinity;
  for (const n of pool) {
    const w = wordCount(n);
    if (w > maxW) maxW = w;
  }
  const full: string[] = [];
  for (const n of pool) if (wordCount(n) === maxW) full.push(n);
  return stripRank(full.sort((a, b) => spellingCount(full, b) - spellingCount(full, a))[0]!.replace(/['’]s$/, ''));
}

// canonicalName's helpers as module functions (closures made per cluster were recompiled by
// TurboFan after every full GC: issue 21).
function wordCount(n: string): number { return n.split(/\s+/).length; }
function shouting(n: string): boolean { return n.length > 3 && n === n.toUpperCase() && /\p{Lu}{4}/u.test(n); }
function spellingCount(full: readonly string[], n: string): number {
  const k = nameKey(n);
  let c = 0;
  for (const x of full) if (nameKey(x) === k) c++;
  return c;
}

// A rank the recogniser took into the name ("Commodore Rommel Dizon", "Maj. Gen. Ali Saleh"):
// the person is the name after it, when at least two words remain.
const RANK = /^(?:(?:Lt\.?|Lieut\.?|Maj\.?|Brig\.?|Gen\.?|Col\.?|Capt\.?|Cmdr\.?|Cdr\.?|Adm\.?|Sgt\.?|Cpl\.?|Pvt\.?|Commodore|Admiral|General|Colonel|Major|Captain|Lieutenant|Sergeant|Corporal|Private|Brigadier|Marshal|Field Marshal|Air Marshal|Vice Admiral|Rear Admiral|Commander|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?)\s+)+/;
function stripRank(name: string): string {
  const m = RANK.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  return rest.split(/\s+/).length >= 2 && /^[\p{Lu}]/u.test(rest) ? rest : name;
}

const STATE_TYPES = new Set(['GOV', 'MIL', 'JUD', 'LEG', 'COP', 'SPY']);
/** Kinds of actor that, with no country of their own, belong to the country the article is about. */
const DOMESTIC_TYPES = new Set([...STATE_TYPES, 'OPP', 'REB', 'INS', 'SEP', 'CRM', 'LAB', 'PTY', 'BUS', 'MED', 'EDU', 'CVL']);
/** Non-state kinds that a phrase beside an organisation's name gives it over what its name says. */
const CUE_TYPES = new Set(['REB', 'INS', 'SEP', 'OPP', 'CRM', 'LAB', 'BUS', 'MED', 'NGO']);
/** Ranks name people: "General" in "General Confederation of Labour" is no army. */
const RANK_PHRASES = new Set(['general', 'lieutenant general', 'major general', 'brigadier', 'colonel', 'commander', 'admiral']);

/** An organisation's role type from its own name. */
function orgNameType(name: string): string | null {
  const h = roleTypeHit(name);
  return h && !RANK_PHRASES.has(h.phrase) ? h.type : null;
}

/**
 * An organisation's role type from the words beside a mention: a modifier after a determiner
 * ("the militant network Jemaah Islamiyah", "the opposition Malaysian Islamic Party"), an
 * apposition ("a construction company, Perdana Jaya Holdings", "the main opposition party, the
 * CCC") or a head noun after it ("M23 rebels", "Sinaloa cartel gunmen").
 */
function orgCueType(doc: DocIn, field: FieldName, start: number, end: number): string | null {
  const text = fieldText(doc, field);
  const before = text.slice(Math.max(0, start - 80), start);
  const mod = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?:,\s+(?:the\s+)?|\s+)$/u.exec(before);
  const after = /^\s+((?:[\p{Ll}-]+\s+)?(?:rebels?|militants?|fighters|guerrillas?|insurgents?|gangs?|cartel|separatists?|jihadists?|militia|union))\b/u.exec(text.slice(end, end + 40));
  for (const phrase of [mod?.[1], after?.[1]]) {
    if (!phrase) continue;
    const h = roleTypeHit(phrase);
    if (h && h.type !== '-' && !RANK_PHRASES.has(h.phrase)) return h.type;
  }
  return null;
}

/** The country at least half of the article's country cues name (3 or more), else null. */
function dominantOf(cues: readonly CountryCue[]): string | null {
  const n = new Map<string, number>();
  for (const c of cues) n.set(c.iso3, (n.get(c.iso3) ?? 0) + 1);
  const [iso, k] = [...n].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return iso && k >= 3 && k * 2 >= cues.length ? iso : null;
}

/** "the South’s Joint Chiefs" / "the North's missiles": North/South of a country this article names. */
function compassCountry(word: string, focus: Set<string>): string | null {
  if (!/^(North|South|East|West)$/.test(word)) return null;
  for (const iso of focus) {
    const name = countryInfo(iso)?.name ?? '';
    if (name.startsWith(word + ' ')) return iso;
  }
  return null;
}

/** A country cue written right before a mention: "Iran's", "Iraqi", "the South’s". */
function cueBefore(doc: DocIn, field: FieldName, start: number, focus: Set<string>): string | null {
  const [sStart] = sentenceBounds(doc, field, start);
  const text = fieldText(doc, field).slice(Math.max(sStart, start - 40), start);
  const poss = /([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)['’]s?\s+$/u.exec(text);
  if (poss) {
    const w = poss[1]!;
    const c = countryByName(w) ?? countryOfCapital(w) ?? compassCountry(w.split(' ').at(-1)!, focus);
    if (c) return c;
  }
  const dem = /([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)\s+$/u.exec(text);
  if (dem) {
    const parts = dem[1]!.split(' ');
    return countryOfDemonym(dem[1]!) ?? countryOfDemonym(parts.at(-1)!) ?? countryByName(dem[1]!);
  }
  return null;
}

/** The nearest country cue earlier in the sentence (not "pro-Iran", not inside a person's name). */
function nearbyCue(doc: DocIn, field: FieldName, start: number, persons: SpanRef[], end = start): string | null {
  const [a, b] = sentenceBounds(doc, field, start);
  const text = fieldText(doc, field);
  const cues = findCountryCues(text.slice(a, start), a).filter((c) =>
    !/(pro|anti)-$/i.test(text.slice(Math.max(0, c.start - 4), c.start)) &&
    !persons.some((p) => p.field === field && p.start <= c.start && c.end <= p.end));
  // A source named at the end of its sentence (", the Joint Chiefs of Staff said.") speaks for
  // the sentence's subject, not for the foreign actors the sentence reports on.
  if (/^[\s,]*\b(said|says|reported|announced|added|stated)\b[^,;:]{0,40}[.!?”"]?\s*$/i.test(text.slice(end, b)) && /,\s*(the\s+)?$/i.test(text.slice(Math.max(a, start - 8), start))) {
    return cues[0]?.iso3 ?? null;
  }
  return cues.at(-1)?.iso3 ?? null;
}

/**
 * "former Prime Minister X … the former Iraqi government": a head of government with no country
 * of their own takes the one government the paragraph names by nationality, if only one.
 */
function governmentOfParagraph(doc: DocIn, field: FieldName, pos: number): string | null {
  const text = fieldText(doc, field);
  const a = text.lastIndexOf('\n', pos) + 1;
  let b = text.indexOf('\n', pos);
  if (b < 0) b = text.length;
  const found = new Set<string>();
  for (const m of text.slice(a, b).matchAll(/([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)\s+(government|cabinet|administration|presidency)\b/gu)) {
    const c = countryOfDemonym(m[1]!) ?? countryOfDemonym(m[1]!.split(' ').at(-1)!);
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A well-known organisation named inside a title ("Houthi spokesman" → the Houthis). */
function knownInPhrase(phrase: string): KnownActor | null {
  const words = phrase.split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const k = knownActor(words.slice(i, i + n).join(' ').replace(/['’]s$/, ''), 'ORG');
      if (k && k.type === 'ORG') return k;
    }
  }
  return null;
}

const ORG_WORDS = /^(army|military|ministry|agency|navy|police|court|parliament|government|party|guard|force|forces|service|council|committee|commission|company|bank|movement|group)$/i;

/**
 * "Army commander Joseph Aoun" after "The Lebanese army …", "The agency's chief" after
 * "Ukraine's military intelligence agency": a title naming an organisation by its common noun
 * takes the country the paragraph gave that organisation.
 */
function orgOfParagraph(doc: DocIn, role: RoleContext, focus: Set<string>): string | null {
  const noun = role.phrase.split(/[\s']+/).find((w) => ORG_WORDS.test(w.replace(/’s$|'s$/, '')))?.replace(/’s$|'s$/, '');
  if (!noun) return null;
  const text = fieldText(doc, role.field);
  const from = Math.max(text.lastIndexOf('\n', role.start) + 1, role.start - 600);
  const window = text.slice(from, role.start);
  // Each earlier use of the noun, with the four words before it ("The Philippine Coast Guard").
  let found: string | null = null;
  for (const m of window.matchAll(new RegExp(`((?:[\\p{L}'’-]+\\s+){1,4})${noun}\\b`, 'giu'))) {
    const lead = m[1]!;
    const cue = findCountryCues(lead).at(-1)?.iso3 ?? compassCountry(lead.trim().split(/\s+/).at(-1)!.replace(/['’]s$/, ''), focus);
    if (cue) found = cue;
  }
  return found;
}

function cueCountry(ctx: RoleContext | null, focus: Set<string>): string | null {
  if (!ctx) return null;
  if (ctx.cues.length) return ctx.cues[0]!.iso3;
  if (ctx.possessor) return countryByName(ctx.possessor.text) ?? compassCountry(ctx.possessor.text, focus);
  return null;
}

/** FAC → the city or country it is named after ("Baghdad Airport" → Baghdad). */
function facilityCity(name: string, focus: Set<string>): Place | null {
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    // (A town abroad that is no place of note is not where a facility named like it is: "Ava Bridge" in Myanmar is not in Missouri.)
    const p = citiesNamed(head, focus)[0] ?? null;
    if (p && (isProminent(p) || focus.has(p.country ?? ''))) return p;
    const c = countryByName(head);
    if (c) return lookupPlace(head, focus);
  }
  return null;
}

const PLACE_ADJECTIVES = /^(northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern|remote|rural|coastal|restive|mountainous|war-torn|flood-hit|quake-hit|occupied|disputed|breakaway|border|southernmost|northernmost|far|upper|lower|main|largest|second-largest|capital|ancient|historic|border-?land)$/;

/** The country whose possessive stands right before a mention of the cluster ("Egypt's North Sinai"), or null. */
function possessiveCountry(doc: DocIn, c: Cluster): string | null {
  for (const it of c.items) {
    if (it.idx === null && !it.found) continue;
    const text = fieldText(doc, it.span.field);
    // Only place words may stand between ("Egypt's restive North Sinai"): in "Mexico's president and
    // Canada's prime minister" Mexico owns the president, not Canada.
    const m = /([\p{Lu}][\p{L}.-]+(?:\s+[\p{Lu}][\p{L}.-]+){0,2})['’]s\s+((?:[\p{Ll}-]+\s+){0,2})$/u.exec(text.slice(Math.max(0, it.span.start - 50), it.span.start));
    if (m && m[2]!.trim() && !m[2]!.trim().split(/\s+/).every((w) => PLACE_ADJECTIVES.test(w))) continue;
    const iso = m ? countryByName(m[1]!) : null;
    if (iso) return iso;
  }
  return null;
}

/** The kind a generic noun gives a place the gazetteer does not hold. */
const HINT_KIND: Record<string, string> = {
  division: 'adm2', adm1: 'adm1', adm2: 'adm2', settlement: 'town', region: 'region', river: 'river', lake: 'lake', sea: 'sea',
  strait: 'strait', island: 'island', valley: 'valley', mountain: 'mountain', desert: 'desert', territory: 'territory', park: 'park',
};

interface PlaceWork { c: Cluster; type: EntityType; country: string | null; geo: Geo | null; place?: PlaceInfo | null }

/**
 * What places a settlement beside another rather than in it, right after its name: "near Y",
 * "outside Y", "close to Y", "20 km north of Y", "on the outskirts of Y", also after an
 * apposition (", a village near Y").
 */
const RELATIVE_AFTER = /^\s*,?\s*(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:village|town|hamlet|settlement|community|locality)\s+)?(?:near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|from))\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:of\s+)?)?[\p{Lu}]/u;

/** What ends a clause within a sentence: a semicolon, a dash, ", and", ", while", ", but", ", as". */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s+(?:and|but|while|whereas|as|where|although|though)\s/;

/**
 * A place the gazetteer does not hold (a village, a district, a local river, a landmark: "the
 * hamlet of Lang Nu", "the Lamone river", "Rustaveli Avenue") stands at the place the text
 * puts it beside: the nearest place with coordinates in its sentence, else earlier in its
 * paragraph, else the article's main place (named most often), else the centre of the country the
 * article is about. Its coordinates are those of that place and it says so: `place.feature` is
 * 'approximate' and `place.geo_type` that of the place it borrows (a country's: 1). No place
 * with coordinates of a country other than the name's own (when the name gives one) is used.
 */
function approximatePlaces(doc: DocIn, work: PlaceWork[], country: string | null): void {
  const fixed = work.filter((w) => w.geo && PLACE_TYPES.has(w.type) && w.place && w.place.kind !== 'continent' && w.place.feature !== 'approximate');
  if (!work.some((w) => !w.geo && (w.type === 'GPE' || w.type === 'LOC' || w.type === 'FAC'))) return;
  const spans = fixed.flatMap((w) => w.c.items.filter((i) => i.idx !== null || i.found).map((i) => ({ w, s: i.span })));
  const specific = (w: PlaceWork) => w.place!.kind !== 'country';
  // The dateline ("MEKELLE, Ethiopia (Reuters) —"): its places are the whole story's, not its first sentence's.
  const head = /^[^\n]{0,80}?(?:\s[—–-]{1,2}\s|\(|:)/.exec(doc.body);
  const headEnd = head && /^[\p{Lu}]/u.test(doc.body) ? head[0].length : 0;
  const fineness = (w: PlaceWork) => {
    const k = w.place!.kind;
    return k === 'country' ? 0 : k === 'adm1' || k === 'region' || k === 'sea' || k === 'territory' ? 1 : k === 'city' || k === 'town' ? 3 : 2;
  };
  // The article's main place: the place named most often, not a country (a tie: the first named).
  const count = new Map<PlaceWork, number>();
  for (const x of spans) if (specific(x.w) && (!country || x.w.country === country)) count.set(x.w, (count.get(x.w) ?? 0) + 1);
  let main: PlaceWork | null = null;
  for (const [w, n] of count) if (!main || n > count.get(main)!) main = w;
  for (const w of work) {
    if (w.geo || !(w.type === 'GPE' || w.type === 'LOC' || w.type === 'FAC')) continue;
    const own = w.c.items.filter((i) => i.idx !== null || i.found);
    if (!own.length) continue;
    // Only a name the text treats as a place: a generic noun, a locative word before it, a
    // dateline, found by those cues, a facility, listed with places, or named bare (a place name
    // takes no article): a people or a group the recogniser called a place ("ethnic cleansing
    // against the Rohingya") is not placed, nor given a country.
    // (Also a facility, and a name listed with places: "in Sderot and Ashkelon", "Zvečan, Leposavić".)
    const listed = (i: { span: SpanRef }) => spans.some((x) => x.s.field === i.span.field && specific(x.w)
      && /^\s*(,|and|or|,\s*and)\s*$/.test(x.s.end <= i.span.start ? fieldText(doc, i.span.field).slice(x.s.end, i.span.start) : fieldText(doc, i.span.field).slice(i.span.end, x.s.start)));
    const evidence = w.type === 'FAC' || own.some((i) => i.found || i.hint || (i.span.field === 'body' && i.span.end <= headEnd)
      || locativeBefore(fieldText(doc, i.span.field), i.span.start) || listed(i)
      || (i.idx !== null && !/\bthe\s+$/i.test(fieldText(doc, i.span.field).slice(Math.max(0, i.span.start - 5), i.span.start))));
    if (!evidence) continue;
    const hint = firstHint(own);
    // (A name written with "the" and no generic noun is a region or a feature: "the Pantanal".)
    const kind = (hint && HINT_KIND[hint]) ?? (w.type === 'FAC' ? 'landmark' : articled(doc, w.c) ? 'region' : 'town');
    // A settlement that the text itself places beside another place, not in it ("the village of
    // Ndzemkwi near Bamenda", "X, 20 km north of Y"), is elsewhere, at a distance and in a
    // direction that nothing gives: the named place's coordinates would contradict the text, so it
    // has none, only that place's country (its events are still placed at that place, the finest
    // one the text locates). A feature that stretches (a river, a range, a district) reaches the
    // place it is near, and a settlement the text puts in a place, or only beside it in a
    // sentence, stands there.
    const beside = kind === 'town' && own.some((i) => RELATIVE_AFTER.test(fieldText(doc, i.span.field).slice(i.span.end, i.span.end + 80)));
    const fits = (x: PlaceWork) => !w.country || !x.country || x.country === w.country;
    let best: PlaceWork | null = null;
    for (const it of own) {
      const text = fieldText(doc, it.span.field);
      const [a, b] = sentenceBounds(doc, it.span.field, it.span.start);
      const para = Math.max(0, text.lastIndexOf('\n', it.span.start) + 1);
      const mid = (it.span.start + it.span.end) / 2;
      let bestD = Infinity;
      for (const x of spans) {
        if (x.s.field !== it.span.field || !fits(x.w)) continue;
        const inSentence = x.s.start >= a && x.s.end <= b;
        const earlier = x.s.start >= para && x.s.end <= it.span.start;
        if (!inSentence && !earlier) continue;
        // The sentence first, then earlier in the paragraph, then the dateline (its finest
        // place: "KERRVILLE, Texas —" is Kerrville); a country only when nothing finer is there;
        // then the nearest.
        const inHead = x.s.field === 'body' && x.s.end <= headEnd;
        // (In the sentence, its own clause first: "near Shahbag" beside "Police in Dhaka", not
        // the Chittagong of the next clause.)
        const between = inSentence ? (x.s.end <= it.span.start ? text.slice(x.s.end, it.span.start) : text.slice(it.span.end, x.s.start)) : '';
        const d = inHead ? 2e6 + (3 - fineness(x.w)) * 1e5 + x.s.start
          : (inSentence ? (CLAUSE_BREAK.test(between) ? 5e5 : 0) : 1e6) + (specific(x.w) ? 0 : 3e6) + Math.abs((x.s.start + x.s.end) / 2 - mid);
        if (d < bestD) { bestD = d; best = x.w; }
      }
      if (best) break;
    }
    if (!best && main && fits(main)) best = main;
    // (It is most likely in the country of the place it is beside.)
    if (beside) { w.country ??= best?.country ?? null; continue; }
    if (best) {
      w.geo = { lat: best.geo!.lat, lon: best.geo!.lon, geonames_id: null };
      w.country ??= best.country;
      const p = best.place!;
      w.place = { kind, feature: 'approximate', country: w.country, admin1: p.admin1, admin1_code: p.admin1_code, geo_type: p.geo_type };
      continue;
    }
    const iso = w.country ?? country;
    const c = iso ? countryPlace(iso) : null;
    if (c) {
      w.geo = { lat: c.lat, lon: c.lon, geonames_id: null };
      w.country = iso;
      w.place = { kind, feature: 'approximate', country: iso, admin1: null, admin1_code: adm1Code(c), geo_type: 1 };
    }
  }
}

/** Kind of feature and admin path of a resolved place. */
export function placeInfo(p: Place): PlaceInfo {
  const a1 = p.kind === 'adm1' ? p : admin1Of(p);
  return { kind: p.kind, feature: p.feature, country: p.country, admin1: a1?.name ?? null, admin1_code: adm1Code(p), geo_type: geoTypeOf(p) };
}

/** The article's countries: one pass over its country cues serves the focus, the dominant and the sole country. */
export function articleContext(doc: CueSource): ArticleContext {
  const cues = articleCues(doc);
  const focus = focusOf(cues);
  const dominant = dominantOf(cues);
  // The one country the article is about, if there is one (for last-resort guesses): named at
  // least twice, so that one sentence's "a Kenyan military base" does not make Al-Shabaab Kenyan.
  const only = focus.size === 1 ? [...focus][0]! : null;
  const sole = dominant ?? (only && cues.filter((c) => c.iso3 === only).length >= 2 ? only : null);
  return { focus: [...focus], dominant, sole };
}

// resolveDoc's helpers as module functions: closures made per article lose their optimised code
// at every full GC and were recompiled every few dozen articles (issue 21).

/**
 * A headline written in sentence case: of its words of four letters or more after the first, fewer
 * than half are capitalised ("Colombia suspends peace talks with ELN"; not "Colombia Suspends
 * Peace Talks With ELN", nor an all-capitals one).
 */
function sentenceCase(title: string): boolean {
  const words = title.split(/[\s:;,"“”‘’'()]+/).slice(1).filter((w) => /^\p{L}{4,}$/u.test(w));
  if (words.length < 3) return false;
  let cap = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) cap++;
  return cap < words.length * 0.5;
}

/** Is the span inside a law's title? */
function inLawSpan(laws: ReadonlyMap<FieldName, [number, number][]>, m: SpanRef): boolean {
  for (const [a, b] of laws.get(m.field) ?? []) if (a <= m.start && m.end <= b) return true;
  return false;
}

/** Is m a word of a person's fuller name given elsewhere ("Rashid" after "Abdul Latif Rashid")? */
function isPartOfPerson(mentions: Doc['mentions'], m: Doc['mentions'][number]): boolean {
  for (const o of mentions) if (o !== m && o.label === 'PER' && o.text.length > m.text.length && o.text.split(/\s+/).includes(m.text)) return true;
  return false;
}

/** The place a cluster of place mentions names: its canonical name first, then each mention's. */
/**
 * The place a cluster names. A country's possessive before the name ("Cameroon's Northwest region",
 * "Kyrgyzstan's Osh region") says whose the place is (`owner`): only a place of that country will do.
 */
function placeOfClusterNamed(c: Cluster, near: Place[], focus: ReadonlySet<string>, owner: string | null, articled = false): Place | null {
  const hint = firstHint(c.items);
  const names = [canonicalName(c)];
  for (const i of c.items) names.push(i.name);
  for (const n of names) {
    const p = lookupPlace(n, owner ? new Set([owner]) : focus, { hint, near });
    // A name written with "the" and no generic noun ("the Pantanal", "the Sahel") is a region or
    // a feature: a town takes no article, so a small town of that name is not what it means.
    if (p && articled && !hint && (p.kind === 'city' || p.kind === 'town') && !isProminent(p)) continue;
    if (p && (!owner || p.country === owner || p.kind === 'country')) return p;
  }
  return null;
}

/** The first mention's place hint ("the city of", "province"), if any (a loop, not .map().find(): issue 21). */
function firstHint(items: readonly Item[]): Item['hint'] {
  for (const i of items) if (i.hint) return i.hint;
  return null;
}

/** Whether every mention of a place cluster in the text is written with "the" before it. */
function articled(doc: DocIn, c: Cluster): boolean {
  const own = c.items.filter((i) => i.idx !== null || i.found);
  return own.length > 0 && own.every((i) => {
    const text = fieldText(doc, i.span.field);
    // (The article must be the name's own: not "the Kakuma refugee camp", whose "the" is the camp's.)
    return /\bthe\s+$/i.test(text.slice(Math.max(0, i.span.start - 5), i.span.start)) && !NOUN_AFTER.test(text.slice(i.span.end, i.span.end + 20));
  });
}
/** A lower-case word after a name that is not a function word or a verb's usual ending: the name modifies a noun. */
const NOUN_AFTER = /^\s+(?!(?:in|on|near|and|or|of|to|at|from|with|by|for|as|was|were|is|are|has|had|have|will|would|could|can|may|might|said|says|remains?|became|becomes|after|before|since|until|where|which|that|this|these|those|its|their|his|her)\b)[\p{Ll}]/u;

/** Does the cluster have a mention in the text (not only a caption credit)? */
function hasRealMention(c: Cluster): boolean {
  for (const i of c.items) if (i.idx !== null || i.found) return true;
  return false;
}

function fieldOrder(f: FieldName): number {
  return f === 'title' ? 0 : f === 'body' ? 2e9 : 1e9 + Number(f.slice(8)) * 1e6;
}

/** Mentions in reading order: title, captions, body, then by offset. */
function byFieldAndStart(a: SpanRef, b: SpanRef): number {
  return fieldOrder(a.field) + a.start - (fieldOrder(b.field) + b.start);
}

/**
 * An Item with every field present from the start, in one order: items made with different
 * subsets of the optional fields (or given them later) had up to eight hidden classes, and the
 * functions that read them (coref, canonical names, clusters) kept deoptimising on a new one
 * (issue 21). Unset fields are undefined, as they were when absent.
 */
function newItem(idx: number | null, span: SpanRef, type: EntityType, name: string): Item {
  return { idx, span, type, name, country: undefined, possessor: undefined, found: undefined, hint: undefined };
}

/**
 * resolveDoc's first step: the items to cluster — the recogniser's mentions (retyped, reread as
 * places), the places it missed, and the caption credits — less the title-only names. (A function
 * of its own, not inline in resolveDoc: a rare branch reached late recompiled the whole of
 * resolveDoc, ~1.5 s of TurboFan each time; issue 21.)
 */
function docItems(doc: DocIn, focus: Set<string>, placeFocus: Set<string>): Item[] {
  const items: Item[] = [];
  const laws = new Map(fieldNames(doc).map((f) => [f, lawSpans(fieldText(doc, f))]));
  const inLaw = (m: SpanRef) => inLawSpan(laws, m);
  const outsideLaw = new Set(doc.mentions.filter((m) => !inLaw(m)).map((m) => nameKey(m.text)));
  // (A loop, not a forEach callback: a closure made per call loses its optimised code at every
  // full GC and was recompiled every few dozen articles; issue 21.)
  for (let idx = 0; idx < doc.mentions.length; idx++) {
    const m = doc.mentions[idx]!;
    let type = settleType(m);
    if (!type) continue;
    // Names inside a treaty's title are part of that title, unless they name an organisation
    // known on its own ("Charter of the United Nations" still mentions the United Nations).
    if (inLaw(m) && !knownActor(m.text) && !countryOfName(m.text) && !outsideLaw.has(nameKey(m.text))) type = 'LAW';
    // A lone surname of a well-known person ("Zelensky said…"), or the name a person goes by
    // alone ("Lula"), is that person, whatever the recogniser called it.
    if (type === 'ORG' || type === 'PERSON') {
      const k = knownActor(m.text);
      if (k ? k.type === 'PERSON' : knownPersonBySurname(m.text)) type = 'PERSON';
    }
    // A name that is really a place (mistyped, cut short, or with "Inside" taken into it).
    let span: SpanRef = { field: m.field, start: m.start, end: m.end, text: m.text };
    // (Not a word of a person's full name given elsewhere: "Rashid" after "Abdul Latif Rashid".)
    // (It may still be a town named like that person where a locative word or a list of places
    // leads to it: "rescue crews from San Antonio and Austin" beside "spokesman Austin Hale".)
    const partOfPerson = type === 'PERSON' && isPartOfPerson(doc.mentions, m) && !townWordsBefore(fieldText(doc, m.field), m.start, m.end, placeFocus);
    if (!knownActor(m.text) && type !== 'LAW' && !partOfPerson) {
      const r = placeReading(doc, m, type, placeFocus);
      if (r) { type = r.type; span = r.span; }
    }
    const it = newItem(idx, span, type, span.text);
    if (PLACE_TYPES.has(type)) it.hint = hintAt(fieldText(doc, m.field), span.start, span.end);
    const poss = type === 'ORG' ? /^([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)['’]s\s+(?=[\p{Lu}])/u.exec(m.text) : null;
    // Only a country or compass possessor ("South’s Joint Chiefs"), not "People's Liberation Army".
    if (poss && !knownActor(m.text) && (countryByName(poss[1]!) || countryOfCapital(poss[1]!) || compassCountry(poss[1]!, focus))) {
      it.possessor = poss[1]!;
      it.name = m.text.slice(poss[0].length);
    }
    if (PLACE_TYPES.has(type)) it.country = countryByName(m.text) ?? compassCountry(m.text.replace(/['’]s$/, ''), focus);
    items.push(it);
  }
  // Places the recogniser missed, found through the gazetteer where the words around them say a
  // place is meant ("in the Kurram district", "near Lake Chad", a dateline).
  const takenSpans: SpanRef[] = [...items.map((i) => i.span), ...[...laws].flatMap(([field, l]) => l.map(([start, end]) => ({ field, start, end, text: '' })))];
  // (The places the recogniser found are the context: "Hinton, Alberta" once Alberta is known.)
  const nearFound = items.filter((i) => i.type === 'GPE' || i.type === 'LOC').map((i) => lookupPlace(i.name, placeFocus, { hint: i.hint ?? null })).filter((p): p is Place => !!p);
  for (const f of findPlaceSpans(doc, takenSpans, placeFocus, nearFound)) {
    const k = f.place?.kind;
    const type: EntityType = f.type ?? (k === 'country' || k === 'adm1' || k === 'adm2' || k === 'city' || k === 'town' || k === 'territory' ? 'GPE' : 'LOC');
    const it = newItem(null, { field: f.field, start: f.start, end: f.end, text: f.text }, type, f.text);
    it.found = true; it.hint = f.hint; it.country = k === 'country' ? f.place!.country : null;
    items.push(it);
  }
  // Caption credits ("AP", "Russian Defense Press Service via AP") name organisations the
  // article relies on; they have no offsets in any field, so they join as names only.
  for (const cap of doc.captions) {
    for (const part of (cap.credit ?? '').split(/\s+via\s+|\/|;|,|\s+and\s+/i)) {
      const name = part.replace(/\b(photo|file|pool|handout)\b/gi, '').trim();
      if (name.length < 2 || !/^[\p{Lu}]/u.test(name)) continue;
      const looksOrg = knownActor(name, 'ORG') || /^[\p{Lu}.]{2,8}$/u.test(name) || /\b(Service|Agency|News|Press|TV|Images|Media|Office|Ministry)$/i.test(name);
      if (!looksOrg) continue;
      items.push(newItem(null, { field: 'title', start: 0, end: 0, text: '' }, 'ORG', name));
    }
  }
  // Headline case makes taggers see names in ordinary words ("Visits North Korea to Talk with…").
  // A name only the title gives, that the body never repeats and no table knows, is dropped —
  // when the title is in headline case. A title in sentence case ("Colombia suspends peace talks
  // with ELN") capitalises names only, as running text does: its names stay.
  const elsewhere = new Set(items.filter((i) => i.span.field !== 'title').map((i) => nameKey(i.name)));
  const bodyText = [doc.body, ...doc.captions.map((c) => c.text)].join('\n');
  for (let i = sentenceCase(doc.title) ? -1 : items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.span.field !== 'title' || it.idx === null) continue;
    const known = countryOfName(it.name) || knownActor(it.name) || (it.type === 'PERSON' && knownPersonBySurname(it.name)) || lookupPlace(it.name, focus) || elsewhere.has(nameKey(it.name));
    const partOf = it.type === 'PERSON' && [...elsewhere].some((k) => k.split(' ').includes(nameKey(it.name)));
    if (!known && !partOf && !bodyText.includes(it.name)) items.splice(i, 1);
  }
  return items;
}

/** An entity in the making: a cluster and what resolveDoc has found out about it. */
interface Work { c: Cluster; name: string; type: EntityType; role: RoleContext | null; country: string | null; rtype: string | null; code: string | null; geo: Geo | null; possessor: string | null; place?: PlaceInfo | null }

/**
 * A person's or an organisation's role, country, role type and actor code (resolveDoc's work on
 * one cluster; a function of its own so that a rare branch recompiles it, not resolveDoc: issue 21).
 */
function actorWork(doc: DocIn, c: Cluster, w: Work, name: string, real: readonly Item[], focus: Set<string>, work: readonly Work[], persons: SpanRef[], dominant: string | null, soleCountry: string | null): void {
  // Role: the NER stage's role spans first, then a title before the name, then an apposition.
  for (const it of real) {
    const r = doc.roles.find((x) => x.mention === it.idx);
    const fromNer = r ? roleFrom(fieldText(doc, r.field), r.field, r.start, r.end) : null;
    // Our own reading of the title or apposition sees its modifiers ("Yoon’s", "Iran's
    // Supreme Leader Ali Khamenei's") even when the recogniser's role span leaves them out.
    // (Not a phrase that starts with another person's name: "Xi, Putin vow to deepen ties" lists
    // two people, it does not describe the first.)
    const app = c.type === 'PERSON' ? appositive(doc, it.span.field, it.span.start, it.span.end) : null;
    // ("Yoon's national security adviser, Shin Wonsik" does: a possessive name heads a role.)
    const listed = app && doc.mentions.some((m) => m.label === 'PER' && m.field === app.field && m.start === app.start
      && !/^['’]s?\s/.test(fieldText(doc, m.field).slice(m.end, m.end + 3)));
    const own = c.type === 'PERSON' ? titleBefore(doc, it.span.field, it.span.start) ?? (listed ? null : app) : null;
    for (const ctxr of [fromNer, own]) {
      if (!ctxr) continue;
      if (!w.role) w.role = ctxr;
      else if (!cueCountry(w.role, focus) && !w.role.possessor && (cueCountry(ctxr, focus) || ctxr.possessor)) w.role = { ...w.role, cues: ctxr.cues, possessor: ctxr.possessor };
    }
  }
  // A lone surname that the article never completes: the well-known person of that name.
  const bySurname = c.type === 'PERSON' ? knownPersonBySurname(name) : null;
  if (bySurname) w.name = bySurname.name;
  const known = knownActor(name, c.type) ?? bySurname ?? phoenixActor(name, c.type, doc.published);
  let cueType: string | null = null;
  if (c.type === 'ORG' && !known) for (const it of real) { cueType = orgCueType(doc, it.span.field, it.span.start, it.span.end); if (cueType) break; }
  const nameType = c.type === 'ORG' ? orgNameType(name) : null;
  const orgOwnType = cueType && (CUE_TYPES.has(cueType) || !nameType) ? cueType : nameType;
  let country: string | null = null;
  for (const it of real) if (!country && it.possessor) country = countryByName(it.possessor) ?? countryOfCapital(it.possessor) ?? compassCountry(it.possessor, focus);
  country ??= cueCountry(w.role, focus);
  // A title naming the person's organisation ("the IRGC Quds Force Commander", "Houthi
  // spokesman", "Taliban Foreign Minister"): the organisation's country, and its type when
  // the title itself is generic.
  let orgType: string | null = null;
  if (w.role && c.type === 'PERSON') {
    const r = w.role;
    const org = work.find((o) => o.c.type === 'ORG' && o.c.items.some((i) => i.span.field === r.field && i.idx !== null && i.span.start >= r.start && i.span.end <= r.start + r.phrase.length));
    const kn = org ? null : knownInPhrase(r.phrase);
    const oc = org ? org.country : kn?.country ?? null;
    const ot = org ? org.rtype : kn ? kn.code.slice(kn.country ? 3 : 0) || null : null;
    if (!country && oc) country = oc;
    if ((org || kn) && ot && (!r.type || r.type === 'GOV')) orgType = ot;
  }
  if (!country && w.role) country = orgOfParagraph(doc, w.role, focus);
  if (!country && c.type === 'ORG') country = findCountryCues(name)[0]?.iso3 ?? null;
  if (!country) for (const it of real) { country = cueBefore(doc, it.span.field, it.span.start, focus); if (country) break; }
  if (!country && known) country = known.country;
  if (!country && w.role?.possessor) w.possessor = w.role.possessor.text;
  if (!country && c.type === 'PERSON' && w.role?.type === 'GOV') {
    for (const it of real) { country = governmentOfParagraph(doc, it.span.field, it.span.start); if (country) break; }
  }
  // A state body or official with no country of their own, in an article mostly about one
  // country ("Interior Minister Samuel Kiprono" in a report from Nairobi), belongs to it.
  const stateType = c.type === 'ORG' ? orgOwnType : (orgType ?? w.role?.type ?? null);
  if (!country && !w.possessor && !(known && known.country === null)) {
    for (const it of real) { country = nearbyCue(doc, it.span.field, it.span.start, persons, it.span.end); if (country) break; }
  }
  if (!country && !w.possessor && !known && stateType && STATE_TYPES.has(stateType)) country = dominant;
  // Last resort: an opposition, rebel, union or party actor, or any person or organisation
  // with no cue at all, in an article about one country, is of that country.
  if (!country && !w.possessor && !known && (stateType ? DOMESTIC_TYPES.has(stateType) : true)) country = soleCountry;
  w.country = country;
  w.rtype = c.type === 'ORG' ? (orgOwnType ?? (known ? null : w.role?.type ?? null)) : (orgType ?? w.role?.type ?? null);
  // (A known official of an international body keeps its code whatever the title: "EU foreign
  // policy chief Kaja Kallas" is the EU's, not a government official of no country.)
  if (known && (c.type === 'ORG' || !w.rtype || known.code.endsWith(w.rtype) || (!known.country && !country)) && (known.country === country || !country)) w.code = known.code;
  if (known && !w.rtype) w.rtype = known.code.slice(known.country ? 3 : 0) || null;
}

/** A place's (or facility's) gazetteer entry, coordinates and country (resolveDoc's work on one cluster). */
function placeWork(doc: DocIn, ctx: StageContext, c: Cluster, w: Work, name: string, real: readonly Item[], placeFocus: Set<string>, placeOfCluster: ReadonlyMap<Cluster, Place | null>, soleCountry: string | null): void {
  let place: Place | null = null;
  if (c.type === 'FAC') {
    place = facilityCity(name, placeFocus);
    if (place) {
      const first = real[0]?.span;
      ctx.report({ severity: 'info', message: `facility "${name}" placed at ${place.name} (${place.country ?? 'no country'}): no finer coordinates known`, ...(first ? { field: first.field, start: first.start, end: first.end } : {}) });
    }
  } else {
    place = placeOfCluster.get(c) ?? null;
  }
  if (place) {
    w.geo = { lat: place.lat, lon: place.lon, geonames_id: place.geonames_id };
    w.country = place.country;
    w.place = placeInfo(place);
  } else {
    // A place the gazetteer does not hold ("Cauca", "Rubaya"), in an article about one
    // country, is most likely in it (no coordinates are made up).
    w.country = countryOfName(name) ?? possessiveCountry(doc, c) ?? (c.type === 'FAC' ? null : soleCountry);
  }
  if (c.type === 'GPE' && w.country) w.code = w.country;
}

export function resolveDoc(doc: DocIn, ctx: StageContext): Resolution {
  const context = articleContext(doc);
  const focus = new Set(context.focus);
  // For choosing places, the article's countries also include those of the first-level
  // divisions it names by their own name ("Texas", "Sindh", "Bavaria"): an article datelined
  // "KERRVILLE, Texas" that never writes "United States" is still about the United States.
  const placeFocus = new Set(focus);
  for (const m of doc.mentions) {
    if (m.label !== 'LOC' && m.type !== 'GPE' && m.type !== 'LOC') continue;
    const p = lookupPlace(m.text, focus);
    if (p && p.kind === 'adm1' && p.country && placeKey(p.name).startsWith(placeKey(m.text))) placeFocus.add(p.country);
  }
  const dominant = context.dominant;
  const soleCountry = context.sole;
  const mentionEntity: (string | null)[] = doc.mentions.map(() => null);
  const items = docItems(doc, focus, placeFocus);
  const clusters = clusterItems(items, definedAcronyms(items, (it) => fieldText(doc, it.span.field)));
  // Organisations and places first: a person's title may name their organisation
  // ("the IRGC Quds Force Commander Qassem Soleimani").
  const firstSeen = new Map(clusters.map((c, i) => [c, i]));
  clusters.sort((a, b) => Number(a.type === 'PERSON') - Number(b.type === 'PERSON'));
  // Credits that joined no cluster of the text are kept once each; drop duplicates among them.
  const persons = items.filter((i) => i.type === 'PERSON' && i.idx !== null).map((i) => i.span);

  // Places, in two passes: each alone (the article's countries, the text's generic nouns), then
  // again with the others' choices as context (same division, within 250 km), so that "Lismore"
  // beside "New South Wales" is Lismore, NSW. The rule: data/gazetteer/README.md.
  const placeOfCluster = new Map<Cluster, Place | null>();
  const placeClusters = clusters.filter((c) => c.type === 'GPE' || c.type === 'LOC');
  const resolveCluster = (c: Cluster, near: Place[]) => placeOfClusterNamed(c, near, placeFocus, countryOfName(canonicalName(c)) ? null : possessiveCountry(doc, c), articled(doc, c));
  for (const c of placeClusters) placeOfCluster.set(c, resolveCluster(c, []));
  const firstPass = [...placeOfCluster.values()].filter((p): p is Place => !!p);
  for (const c of placeClusters) {
    const own = placeOfCluster.get(c);
    placeOfCluster.set(c, resolveCluster(c, firstPass.filter((p) => p !== own)) ?? own ?? null);
  }
  // A long river stands at the point of its course nearest the places of its own sentence ("the
  // east bank of the Dnipro" beside Kherson, in a story datelined Kyiv), else of the article.
  for (const c of placeClusters) {
    const own = placeOfCluster.get(c);
    const it = c.items.find((i) => i.idx !== null || i.found);
    if (!own?.path?.length || !it) continue;
    const [a, b] = sentenceBounds(doc, it.span.field, it.span.start);
    const local: Place[] = [];
    for (const o of placeClusters) {
      const q = placeOfCluster.get(o);
      if (o === c || !q || q.kind === 'country' || q.kind === 'continent' || q.path) continue;
      if (o.items.some((i) => (i.idx !== null || i.found) && i.span.field === it.span.field && i.span.start >= a && i.span.end <= b)) local.push(q);
    }
    const there = local.length ? resolveCluster(c, local) : null;
    if (there && there.name === own.name && there.country === own.country) placeOfCluster.set(c, there);
  }

  const work: Work[] = [];
  for (const c of clusters) {
    const name = canonicalName(c);
    const w: Work = { c, name, type: c.type, role: null, country: null, rtype: null, code: null, geo: null, possessor: null };
    const real = c.items.filter((i) => i.idx !== null || i.found);
    if (c.type === 'PERSON' || c.type === 'ORG') {
      actorWork(doc, c, w, name, real, focus, work, persons, dominant, soleCountry);
    } else if (PLACE_TYPES.has(c.type)) {
      placeWork(doc, ctx, c, w, name, real, placeFocus, placeOfCluster, soleCountry);
    } else if (c.type === 'NORP') {
      w.country = countryOfDemonym(name) ?? countryOfName(name.replace(/^(pro|anti)-/i, '')) ;
      if (/^(pro|anti)-/i.test(name)) w.country = null;
      w.code = w.country;
    }
    work.push(w);
  }
  work.sort((a, b) => firstSeen.get(a.c)! - firstSeen.get(b.c)!);
  approximatePlaces(doc, work, soleCountry ?? dominant);
  // People known by whose adviser or envoy they are ("Yoon’s national security adviser").
  for (const w of work) {
    if (w.country || !w.possessor) continue;
    const owner = work.find((o) => o.c.type === 'PERSON' && o !== w && o.c.items.some((i) => nameKey(i.name) === nameKey(w.possessor!)));
    if (owner?.country) w.country = owner.country;
  }
  for (const w of work) if (!w.code && (w.c.type === 'PERSON' || w.c.type === 'ORG')) w.code = actorCode(w.country, w.rtype);

  // Credits that joined nothing and would only repeat another credit: keep one per name.
  const seen = new Set<string>();
  const kept: Work[] = [];
  for (const w of work) {
    if (!hasRealMention(w.c)) {
      const k = nameKey(w.name);
      if (seen.has(k)) continue;
      seen.add(k);
    }
    kept.push(w);
  }

  const entities: EntityOut[] = [];
  const roleTypes = new Map<string, string | null>();
  for (let i = 0; i < kept.length; i++) {
    const w = kept[i]!;
    const id = `e${i + 1}`;
    const mentions = w.c.items.filter((it) => it.idx !== null || it.found).map((it) => it.span);
    for (const it of w.c.items) if (it.idx !== null) mentionEntity[it.idx] = id;
    entities.push({
      id, name: w.name, type: w.type, country: w.country, actor_code: w.code,
      role: w.role?.role ?? null, geo: w.geo, mentions,
      ...(w.place ? { place: w.place } : {}),
    });
    roleTypes.set(id, w.rtype);
  }

  // Definite descriptions become further mentions of the entity they clearly refer to.
  const taken = items.filter((i) => (i.idx !== null || i.found) && i.type !== 'NORP').map((i) => i.span);
  for (const d of findDescriptions(doc, taken)) {
    const e = referentOf(d, entities, roleTypes);
    if (e) e.mentions.push({ field: d.field, start: d.start, end: d.end, text: d.text });
  }
  for (const e of entities) e.mentions.sort(byFieldAndStart);
  return { entities, mentionEntity, roleTypes, context };
}
