// The place gazetteer, with the whole hierarchy: countries (data/gazetteer/countries.tsv: a point
// and the FIPS 10-4 code), first- and second-level divisions and populated places down to towns
// of 1,000 people (data/gazetteer/places.tsv and its sorted key index place-keys.tsv, built from
// GeoNames by scripts/build-gazetteer.mjs), and named regions, seas, rivers, lakes, mountains,
// deserts, islands and territories (data/gazetteer/features.tsv, our own list). Loaded once per
// thread on the first lookup as bytes: a name is found by binary search in the key index and its
// rows are decoded when first looked up. How namesakes are chosen: data/gazetteer/README.md.
import { readFileSync } from 'node:fs';
import { dataFile, readTsv, resource } from './resource.js';
import { foldName, stripPossessive } from './normalize.js';
import { countryByName, countryInfo } from './countries.js';
import { BoundedMap } from '../util/bounded-map.js';

/** What kind of place: the feature classes news names. */
export type PlaceKind =
  | 'country' | 'adm1' | 'adm2' | 'city' | 'town' | 'region' | 'territory' | 'sea' | 'strait' | 'river' | 'lake'
  | 'mountain' | 'desert' | 'island' | 'valley' | 'park' | 'continent';

/** GDELT's Geo_Type: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world state (ADM1). */
export type GeoType = 1 | 2 | 3 | 4 | 5;

export interface Place {
  name: string;
  /** ISO3 of the country the place lies in (null for seas and world regions). */
  country: string | null;
  lat: number;
  lon: number;
  geonames_id: number | null;
  /** 'country', 'ADM1', 'ADM2', a GeoNames populated-place code (PPLC capital, PPLA seat, …) or a feature kind. */
  feature: string;
  kind: PlaceKind;
  population: number;
  /** GeoNames admin1 and admin2 codes within the country, when known. */
  admin1: string | null;
  admin2: string | null;
  /** A division our own list of features also names (an island that is a district: "Chios", "Isle of Wight"): a place of note. */
  listed?: boolean;
  /** Points along a long river: the one nearest the article's other places stands for it. */
  path?: { lat: number; lon: number }[];
}

/**
 * A Place with every field, path included, in one order: places were made by three object literals
 * in different orders, one of them given a path afterwards, and the functions ranking them saw
 * several hidden classes ("wrong map", "wrong instance type" deoptimisations; issue 21).
 */
function newPlace(name: string, country: string | null, lat: number, lon: number, geonamesId: number | null, feature: string, kind: PlaceKind, population: number, admin1: string | null, admin2: string | null): Place {
  return { name, country, lat, lon, geonames_id: geonamesId, feature, kind, population, admin1, admin2, listed: false, path: undefined };
}

interface Gaz {
  /** places.tsv as bytes, and where each of its rows starts (rows are decoded when looked up). */
  rowsBuf: Buffer;
  rowStart: Uint32Array;
  parsed: Map<number, Place>;
  /** place-keys.tsv as bytes ("key<TAB>row,row"), sorted, and where each line starts: found by binary search. */
  keysBuf: Buffer;
  keyStart: Uint32Array;
  /** Our own features (seas, rivers, regions…) by key. */
  features: Map<string, Place[]>;
  /** "ISO3.admin1" → the division's row, for admin paths (built on first use). */
  adm1: Map<string, number> | null;
  aliases: Map<string, { name: string; iso3: string }>;
  /** Our list's point for a division it also names ("ISO3|key"): better than the middle of its towns. */
  points: Map<string, { lat: number; lon: number }>;
}

// Keys ignore apostrophes (GeoNames writes soft signs in Russian names: "Ryazan’") and spell out
// letters that do not decompose. Must match fold() in scripts/build-gazetteer.mjs.
const LETTERS: Record<string, string> = { 'ə': 'e', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th', 'ð': 'd', 'ħ': 'h', 'ŧ': 't' };
export const placeKey = (s: string) => foldName(stripPossessive(s.trim())).replace(/^the /, '').replace(/['’ʻʼ]/g, '')
  .replace(/[əłđıøæœßþðħŧ]/g, (c) => LETTERS[c]!).replace(/\s+/g, ' ');

const FEATURE_KINDS = new Set<PlaceKind>(['region', 'territory', 'sea', 'strait', 'river', 'lake', 'mountain', 'desert', 'island', 'valley', 'park', 'continent']);

/** Offsets where the lines of a buffer start, and one past its end. */
function lineStarts(buf: Buffer): Uint32Array {
  let n = 0;
  for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, nl + 1)) n++;
  const out = new Uint32Array(n + 1);
  let i = 1;
  for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, nl + 1)) out[i++] = nl + 1;
  return out;
}

const gaz = resource('gazetteer', (): Gaz => {
  const rowsBuf = readFileSync(dataFile('gazetteer/places.tsv'));
  const keysBuf = readFileSync(dataFile('gazetteer/place-keys.tsv'));
  const features = new Map<string, Place[]>();
  const points = new Map<string, { lat: number; lon: number }>();
  for (const [names, kind, iso3, lat, lon, path] of readTsv('gazetteer/features.tsv')) {
    const all = names!.split('|');
    const k = (FEATURE_KINDS.has(kind as PlaceKind) ? kind : 'region') as PlaceKind;
    const p = newPlace(all[0]!, iso3 === '-' ? null : iso3!, Number(lat), Number(lon), null, k, k, 0, null, null);
    if (path) p.path = path.split(';').map((xy) => { const [a, b] = xy.split(','); return { lat: Number(a), lon: Number(b) }; });
    for (const n of all) {
      const key = placeKey(n);
      const l = features.get(key);
      if (l) l.push(p); else features.set(key, [p]);
      if (p.country) points.set(`${p.country}|${key}`, { lat: p.lat, lon: p.lon });
    }
  }
  const aliases = new Map<string, { name: string; iso3: string }>();
  for (const [alias, name, iso3] of readTsv('gazetteer/place-aliases.tsv')) aliases.set(placeKey(alias!), { name: name!, iso3: iso3! });
  return {
    rowsBuf, rowStart: lineStarts(rowsBuf), parsed: new Map(), keysBuf, keyStart: lineStarts(keysBuf),
    features, adm1: null, aliases, points,
  };
});

/** Countries' points and FIPS 10-4 codes (data/gazetteer/countries.tsv): small, loaded apart so exports need not load the gazetteer. */
const countryCodes = resource('country-codes', () => {
  const countries = new Map<string, { iso2: string; fips: string; lat: number; lon: number }>();
  for (const [iso3, iso2, fips, lat, lon] of readTsv('gazetteer/countries.tsv')) {
    countries.set(iso3!, { iso2: iso2!, fips: fips ?? '', lat: Number(lat), lon: Number(lon) });
  }
  return countries;
});

export function loadGazetteer(): Gaz {
  return gaz.get();
}

function kindOf(feature: string, population: number): PlaceKind {
  if (feature === 'ADM1') return 'adm1';
  if (feature === 'ADM2') return 'adm2';
  if (feature === 'PPLC' || feature === 'PPLA' || feature === 'PPLG' || population >= 100000) return 'city';
  return 'town';
}

function parseRow(g: Gaz, n: number): Place {
  const done = g.parsed.get(n);
  if (done) return done;
  const [id, name, feature, cc, a1, a2, pop, lat, lon] = g.rowsBuf.toString('utf8', g.rowStart[n]!, g.rowStart[n + 1]! - 1).split('\t');
  const population = Number(pop);
  // A division our feature list also names takes the list's point (the middle of a division's
  // towns lies where its people live, not at its centre: Queensland's are on its coast).
  const pt = feature === 'ADM1' || feature === 'ADM2' ? g.points.get(`${cc}|${placeKey(name!)}`) : undefined;
  const p = newPlace(name!, cc!, pt?.lat ?? Number(lat), pt?.lon ?? Number(lon), id === '-' ? null : Number(id), feature!, kindOf(feature!, population), population, a1 || null, a2 || null);
  if (pt) p.listed = true;
  g.parsed.set(n, p);
  return p;
}

/** Row numbers of a key, by binary search over the sorted key lines ("key<TAB>rows"). */
function keyRowsOf(g: Gaz, k: string): number[] {
  if (!k || /[^\x00-\xff]/.test(k)) return [];
  const q = Buffer.from(k + '\t', 'latin1');
  let lo = 0, hi = g.keyStart.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = g.keyStart[mid]!;
    const b = g.keyStart[mid + 1]! - 1;
    // The tab after a key sorts below every letter, so comparing "key<TAB>" with the line's start orders lines.
    const c = g.keysBuf.compare(q, 0, q.length, a, Math.min(b, a + q.length));
    if (c === 0) return g.keysBuf.toString('latin1', a + q.length, b).split(',').map(Number);
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return [];
}

function rows(g: Gaz, k: string): Place[] {
  const out = keyRowsOf(g, k).map((n) => parseRow(g, n));
  const f = g.features.get(k);
  return f ? [...out, ...f] : out;
}

/** The first-level division a place lies in (its admin path), or null. */
export function admin1Of(p: Pick<Place, 'country' | 'admin1'>): Place | null {
  if (!p.country || !p.admin1) return null;
  const g = loadGazetteer();
  if (!g.adm1) {
    // Divisions come first in the table: index the first level by code once.
    g.adm1 = new Map();
    for (let n = 0; n < g.rowStart.length - 1; n++) {
      const line = g.rowsBuf.toString('utf8', g.rowStart[n]!, g.rowStart[n + 1]! - 1);
      if (!line.startsWith('-\t')) break;
      const f = line.split('\t');
      if (f[2] === 'ADM1') g.adm1.set(`${f[3]}.${f[4]}`, n);
    }
  }
  const n = g.adm1.get(`${p.country}.${p.admin1}`);
  return n === undefined ? null : parseRow(g, n);
}

/** A country as a place: its point (the centre a geocoder gives for it). */
export function countryPlace(iso3: string): Place | null {
  const c = countryInfo(iso3);
  if (!c) return null;
  const pt = countryCodes.get().get(iso3);
  return newPlace(c.name, iso3, pt?.lat ?? c.lat, pt?.lon ?? c.lon, null, 'country', 'country', 0, null, null);
}

/** FIPS 10-4 country code (as GDELT writes countries) of an ISO3 code, or null. */
export function fipsOf(iso3: string | null | undefined): string | null {
  if (!iso3) return null;
  return countryCodes.get().get(iso3)?.fips || null;
}

/** GDELT's ADM1 code of a place: FIPS country code + GeoNames admin1 code (FIPS for most countries). */
export function adm1Code(p: Pick<Place, 'country' | 'admin1' | 'kind'>): string | null {
  const f = fipsOf(p.country);
  if (!f) return null;
  if (p.kind === 'country' || !p.admin1) return f;
  return f + p.admin1;
}

/** GDELT Geo_Type of a place. */
export function geoTypeOf(p: Pick<Place, 'country' | 'kind'>): GeoType {
  if (p.kind === 'country') return 1;
  const us = p.country === 'USA';
  if (p.kind === 'adm1' || p.kind === 'region' || p.kind === 'territory') return us ? 2 : 5;
  return us ? 3 : 4;
}

/** Every place of that name (spelling variants of Arabic names and our aliases included), unranked. */
const namedCache = new BoundedMap<string, Place[]>(50000);

export function placesNamed(name: string): Place[] {
  const g = loadGazetteer();
  const k = placeKey(name);
  if (!k) return [];
  const hit = namedCache.get(name);
  if (hit) return hit;
  const out = placesNamedUncached(g, name, k);
  namedCache.set(name, out);
  return out;
}

/** A compass or position word alone ("Western sanctions", "Central Asia" cut short) names no place, though divisions are so called (Fiji's "Western"). */
const BARE_DIRECTION = /^(north|south|east|west|central|middle|upper|lower|inner|outer|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)$/;

function placesNamedUncached(g: Gaz, name: string, k: string): Place[] {
  if (BARE_DIRECTION.test(k)) return [];
  let list = rows(g, k);
  // Spellings with and without hyphens are one name ("North-West" and "Northwest", "Bosnia-Herzegovina").
  const variants = new Set([k.replace(/-/g, ' '), k.replace(/-/g, ''), k.replace(/^(north|south)(east|west)\b/, '$1-$2'), k.replace(/^(north|south)-(east|west)\b/, '$1$2')]);
  variants.delete(k);
  for (const v of variants) if (v.length >= 3) list = [...list, ...rows(g, v).filter((p) => !list.includes(p))];
  // Arabic place names: GeoNames writes the article and the final h ("Ar Raqqah", "Al Fallūjah",
  // "As Sulaymānīyah") that English copy drops ("Raqqa", "Fallujah", "Sulaymaniyah"), and copy
  // writes the article with a hyphen ("al-Mawasi").
  // Hyphens and spaces mixed otherwise ("Pul-e-Khumri" is GeoNames' "Pul-e Khumri").
  const seps = k.match(/[- ]/g)?.length ?? 0;
  if (!list.length && seps >= 2 && seps <= 4 && k.includes('-')) {
    const parts = k.split(/[- ]/);
    for (let mask = 0; mask < 1 << seps && !list.length; mask++) {
      const v = parts.reduce((acc, w, i) => (i ? acc + ((mask >> (i - 1)) & 1 ? '-' : ' ') + w : w), '');
      if (v !== k) list = rows(g, v);
    }
  }
  const bare = k.replace(/^(al|el|ar|as|an|ad|ash|az|at)[- ]/, '');
  if (!list.length && k.split(' ').length <= 3) {
    for (const v of [`${k}h`, bare, `${bare}h`, ...['al', 'ar', 'as', 'an', 'ad', 'ash', 'az', 'at', 'el'].flatMap((a) => [`${a} ${bare}`, `${a} ${bare}h`, `${a}-${bare}`])]) {
      if (v === k) continue;
      list = rows(g, v);
      if (list.length) break;
    }
  } else if (list.length && k.split(' ').length === 1 && /[aeiou]$/.test(k)) {
    // A name held elsewhere may still be an Arabic town's written without GeoNames' final h:
    // "Susa" in a story about Libya is Susah, not Azerbaijan's Susa. Its towns of that spelling
    // join the list; the article's countries choose.
    for (const p of rows(g, `${k}h`)) if ((p.kind === 'city' || p.kind === 'town') && ARABIC_H.has(p.country ?? '') && !list.includes(p)) list = [...list, p];
  }
  // "North Darfur" is GeoNames' "Northern Darfur" (and the other way round); "Hualien County",
  // "Kłodzko County" are found as "Hualien", "Kłodzko" when the gazetteer has no division so named.
  if (!list.length) {
    const compass = /^(north|south|east|west)(ern)? /.exec(k);
    if (compass) list = rows(g, k.replace(compass[0], compass[2] ? `${compass[1]} ` : `${compass[1]}ern `));
  }
  if (!list.length) {
    const tail = / (county|district|province|region|governorate|prefecture|oblast|municipality|state)$/.exec(k);
    if (tail && k.length - tail[0].length >= 3) {
      const want = tail[1] === 'province' || tail[1] === 'governorate' || tail[1] === 'state' || tail[1] === 'oblast' || tail[1] === 'prefecture' || tail[1] === 'region' ? ['adm1', 'adm2', 'region'] : ['adm2', 'adm1'];
      const base = rows(g, k.slice(0, k.length - tail[0].length));
      const divs = base.filter((p) => want.includes(p.kind));
      list = divs.length ? divs : base.filter((p) => p.kind === 'city' || p.kind === 'town');
    }
  }
  // Arabic names in English copy against GeoNames' transliteration: "Deir al-Balah" is "Dayr al
  // Balah", "Beit Hanoun" "Bayt Hanun", "Jebel" "Jabal", "Sheikh" "Shaykh", "Tell" "Tall".
  if (!list.length && /\b(deir|beit|jebel|sheikh|tell|ain|el)\b|-/.test(k)) {
    const v = k.replace(/-/g, ' ').replace(/\bdeir\b/g, 'dayr').replace(/\bbeit\b/g, 'bayt').replace(/\bjebel\b/g, 'jabal')
      .replace(/\bsheikh\b/g, 'shaykh').replace(/\btell\b/g, 'tall').replace(/\bain\b/g, 'ayn').replace(/\bel\b/g, 'al');
    if (v !== k) list = rows(g, v);
    if (!list.length && v !== k) list = rows(g, v.replace(/ou/g, 'u').replace(/ee/g, 'i'));
  }
  const alias = g.aliases.get(k);
  if (alias) list = [...rows(g, placeKey(alias.name)).filter((p) => p.country === alias.iso3), ...list];
  const iso3 = AMBIGUOUS_COUNTRY[k]?.[0] ?? countryByName(name);
  // A country's part that news names like a country ("England", "Scotland", "Wales") is the
  // first-level division of that name, not the country's centre.
  const part = iso3 ? partOfCountry(k, iso3, list) : false;
  const c = iso3 && !part ? countryPlace(iso3) : null;
  // A name two countries share ("Congo"): both, the more often meant first; the article's places decide.
  for (const other of AMBIGUOUS_COUNTRY[k]?.slice(1) ?? []) { const o = countryPlace(other); if (o) list = [o, ...list]; }
  // A feature of our list that is also a division of the same country is that division.
  const divs = list.filter((p) => p.kind === 'adm1' || p.kind === 'adm2');
  const out = (c ? [c, ...list] : [...list]).filter((p) => p.geonames_id !== null || p.kind === 'adm1' || p.kind === 'adm2' || p.kind === 'country'
    || !divs.some((d) => d.country === p.country && d.lat === p.lat && d.lon === p.lon));
  return [...new Set(out)];
}

/** Countries whose towns GeoNames writes with an Arabic final h ("Susah", "Ar Raqqah"). */
const ARABIC_H = new Set(['LBY', 'EGY', 'SDN', 'SYR', 'IRQ', 'JOR', 'LBN', 'PSE', 'YEM', 'SAU', 'OMN', 'ARE', 'QAT', 'KWT', 'BHR', 'TUN', 'DZA', 'MAR', 'MRT']);

/** Country names two countries share, the one news means most often first. */
const AMBIGUOUS_COUNTRY: Record<string, string[]> = { congo: ['COD', 'COG'], 'the congo': ['COD', 'COG'] };

/** Whether a name is, in its own words, a first-level division of a country it also names ("Wales" of the United Kingdom). */
export function divisionOfCountry(name: string): boolean {
  const iso3 = countryByName(name);
  if (!iso3) return false;
  return partOfCountry(placeKey(name), iso3, placesNamed(name));
}

/** A first-level division of the country with that very name, which is not the country's own name ("England", not "Mexico"). */
function partOfCountry(k: string, iso3: string, list: readonly Place[]): boolean {
  const own = countryInfo(iso3)?.name;
  if (own && placeKey(own) === k) return false;
  return list.some((p) => p.kind === 'adm1' && p.country === iso3 && placeKey(p.name) === k);
}

/** What the text says about the place it names: a generic noun ("district", "river") or a kind. */
export type KindHint = 'division' | 'adm1' | 'adm2' | 'settlement' | PlaceKind | null;

/** The context a place is chosen in: the article's countries and the places already placed. */
export interface PlaceContext {
  focus?: ReadonlySet<string>;
  /** Places of the same article already resolved (their admin regions and points decide). */
  near?: readonly Place[];
  hint?: KindHint;
}

/** Rank of a kind when the text says nothing: countries, then divisions and capitals, then towns. */
function kindRank(p: Place, namesakes: readonly Place[], k = ''): number {
  switch (p.kind) {
    case 'country': return 9;
    case 'continent': return 8;
    case 'adm1': {
      // A great city with the division's name is what a bare name means ("New York", "São Paulo",
      // Bolivia's "Santa Cruz"): the city wins when it holds a million people, or half a million as a capital.
      // (Its own name, not an old one: Belém is no longer "Pará".)
      const city = namesakes.find((x) => ((x.feature === 'PPLC' && x.population >= 500000) || x.population >= 1000000) && (x.kind === 'city' || x.kind === 'town') && (!k || placeKey(x.name).startsWith(k)));
      return city ? 3.5 : 7;
    }
    // Seas, straits and deserts of our list before a division of the same name (the Red Sea, not Sudan's Red Sea state).
    case 'region': case 'territory': case 'sea': case 'strait': case 'desert': return 7.5;
    case 'river': case 'lake': case 'mountain': case 'island': case 'valley': case 'park': return 5.5;
    case 'adm2': {
      // A district named after its seat: the town is what a bare name means, unless the district is
      // much bigger than it.
      const seat = namesakes.find((x) => x.country === p.country && x.admin1 === p.admin1 && (x.kind === 'city' || x.kind === 'town'));
      return seat ? 3.5 : 4.5;
    }
    default:
      if (p.feature === 'PPLC') return 6;
      if (p.feature === 'PPLA' || p.feature === 'PPLG') return 5;
      if (p.feature === 'PPLA2') return 4;
      return p.population >= 100000 ? 4 : 3;
  }
}

function hintFits(p: Place, hint: KindHint): boolean {
  if (!hint) return false;
  // ("Province" is a second-level division in some countries: the Philippines, Italy, Peru.)
  if (hint === 'division' || hint === 'adm1') return p.kind === 'adm1' || p.kind === 'adm2';
  if (hint === 'settlement') return p.kind === 'city' || p.kind === 'town';
  if (hint === 'region') return p.kind === 'region' || p.kind === 'adm1' || p.kind === 'territory';
  if (hint === 'island') return p.kind === 'island' || p.kind === 'adm1' || p.kind === 'adm2';
  return p.kind === hint;
}

const RAD = Math.PI / 180;
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h = Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** How well a place fits the places already resolved nearby: 3 same division, 2 close by (250 km), 1 same country. */
function nearFit(p: Place, near: readonly Place[]): number {
  let best = 0;
  for (const q of near) {
    if (q === p) continue;
    if (p.kind === 'country') { if (q.country === p.country && q.kind !== 'country') return 2; continue; }
    if (q.kind === 'country') { if (q.country === p.country) best = Math.max(best, 1); continue; }
    if (q.country !== p.country) continue;
    // (3: the same division, which a capital of the article's country does not outrank — "Paris,
    // Texas"; 2: close by, which it does — "Bogota" beside "New York" is not Bogota, NJ.)
    if (q.admin1 && q.admin1 === p.admin1) return 3;
    // A division holds the places named in it ("Lismore, New South Wales").
    if (q.kind === 'adm1' && p.admin1 === q.admin1) return 3;
    if (distanceKm(p, q) <= 250) best = Math.max(best, 2);
    else best = Math.max(best, 1);
  }
  return best;
}

// rankPlaces' score of one place, a module function rather than a closure made per call (a
// closure's optimised code is dropped whenever no instance of it is alive at a full GC, and this
// one was recompiled every few dozen articles: issue 21).
function placeScore(p: Place, list: readonly Place[], k: string, k0: string, focus: ReadonlySet<string>, near: readonly Place[], biggest: number, hintIn: KindHint | null): number {
  const fit = nearFit(p, near);
  const inFocus = focus.has(p.country ?? '') && (biggest < 500000 || p.population * 20 >= biggest || p.kind !== 'town' && p.kind !== 'city');
  // (A country named by its name outranks its namesake towns whatever the article's other places:
  // "Egypt" beside "Washington" is not Egypt, Washington. Only a division of the name competes:
  // "Georgia" in a story about Atlanta.)
  const countryFirst = p.kind === 'country' && !list.some((x) => x.kind === 'adm1' || x.kind === 'adm2');
  // (So does the capital of a country the article names over a namesake town near its other places:
  // "Bogota" in a story about Colombia that also names New York is not Bogota, New Jersey.)
  // (Only against a namesake abroad: between a capital and its own division, as before.)
  const capitalInFocus = p.feature === 'PPLC' && focus.has(p.country ?? '') && list.some((x) => x.country !== p.country && (x.kind === 'city' || x.kind === 'town'));
  const context = fit === 3 ? 3 : fit === 2 || countryFirst || capitalInFocus ? 2 : inFocus || fit === 1 ? 1 : 0;
  const pop = p.kind === 'adm1' || p.kind === 'adm2' ? 0 : p.population;
  const hint = hintFits(p, hintIn);
  // A division found by its name without the generic word ("Jasper" for "Jasper County") is
  // meant only when the text says so or nothing else has the name.
  const bare = (p.kind === 'adm1' || p.kind === 'adm2') && placeKey(p.name) !== k && !hint;
  // A town found by another of its names (an old one, another language's) comes after the
  // places that bear the name itself: "Victoria" is not Hong Kong.
  // (The name as written or the one it is an alias of: "Odesa" is the Ukrainian city's own name either way.)
  let other = false;
  // (Only another town bearing the name puts it after: a prefecture named like its seat is no
  // reason to pass over Marrakesh, written "Marrakech".)
  if ((p.kind === 'city' || p.kind === 'town') && !ownName(p, k, k0)) for (const x of list) if (x !== p && (x.kind === 'city' || x.kind === 'town') && ownName(x, k, k0)) { other = true; break; }
  // (The text's generic noun picks among places of note or of the article's context: an obscure
  // district abroad that fits "island" does not beat the country of Malta.)
  return (hint && (context > 0 || isProminent(p)) ? 1e15 : 0) + context * 1e14 + (bare ? 2.5 : kindRank(p, list, k) - (other ? 2 : 0)) * 1e11 + Math.min(pop, 9.9e10);
}

/**
 * An American county is written with its word ("Kerr County", "Hunt County", "Orleans Parish"):
 * its bare name with no generic noun beside it ("a camp near Hunt") is a town of that name,
 * known or not, never the county.
 */
function usCountyByBareName(p: Place, k: string, hint: KindHint): boolean {
  return p.kind === 'adm2' && p.country === 'USA' && !hint && placeKey(p.name) !== k && / (county|parish|borough|census area)$/.test(placeKey(p.name));
}

function ownName(x: Place, k: string, k0: string): boolean {
  const n = placeKey(x.name);
  return n === k || n.startsWith(k + ' ') || n === k0 || n.startsWith(k0 + ' ');
}

/**
 * Every place of that name, best first: one the text's own generic noun fits ("Kurram district"),
 * then one in the same division as, or within 250 km of, a place the article already placed,
 * then one in a country the article names (unless a namesake abroad is a great city and the
 * focus one is small), then by kind (countries, divisions and capitals before towns), then by
 * population. Documented in data/gazetteer/README.md.
 */
export function rankPlaces(name: string, ctx: PlaceContext = {}): Place[] {
  let list = placesNamed(name);
  if (!list.length) return list;
  // Compared with the name it stands for when it is one of our aliases ("Ore." → "Oregon").
  const k0 = placeKey(name);
  const alias = loadGazetteer().aliases.get(k0);
  const k = alias ? placeKey(alias.name) : k0;
  const hint = ctx.hint ?? null;
  if (list.some((p) => usCountyByBareName(p, k, hint))) list = list.filter((p) => !usCountyByBareName(p, k, hint));
  if (list.length < 2) return list;
  const focus = ctx.focus ?? new Set<string>();
  const near = ctx.near ?? [];
  const biggest = list.reduce((m, p) => Math.max(m, p.kind === 'city' || p.kind === 'town' ? p.population : 0), 0);
  const scored: { p: Place; s: number }[] = [];
  for (const p of list) scored.push({ p, s: placeScore(p, list, k, k0, focus, near, biggest, hint) });
  scored.sort((a, b) => b.s - a.s);
  return scored.map((x) => x.p);
}

/** Compatibility: populated places of that name, best first for an article about `focus` countries. */
export function citiesNamed(name: string, focus: ReadonlySet<string> = new Set()): Place[] {
  return rankPlaces(name, { focus }).filter((p) => p.kind === 'city' || p.kind === 'town');
}

/** A listed region, sea or other feature of that name (our own list), or a first-level division. */
export function regionNamed(name: string): Place | null {
  return placesNamed(name).find((p) => FEATURE_KINDS.has(p.kind) || p.kind === 'adm1') ?? null;
}

/** Whether a place is well enough known to be meant by a bare name in any article. */
export function isProminent(p: Place): boolean {
  if (p.kind === 'city' || p.kind === 'town') return p.population >= 50000 || p.feature === 'PPLC' || p.feature === 'PPLA' || p.feature === 'PPLG';
  if (p.kind === 'adm2') return !!p.listed;
  return true;
}

// (Not bays, valleys or seas: "Hawke's Bay", "Swat Valley" are divisions as well.)
const NATURAL = new Set<KindHint>(['river', 'lake', 'mountain']);
const GENERIC_WORDS: Record<string, RegExp> = {
  river: /^(rio|río|river)\s|\s(river|creek)$/, lake: /^lake\s|\slake$/, mountain: /^(mount|mt\.?)\s|\s(mountains?|volcano|glacier)$/,
};
function ownGeneric(name: string, hint: KindHint): boolean {
  const re = hint ? GENERIC_WORDS[hint] : undefined;
  return !!re && re.test(name.trim().toLowerCase());
}

/**
 * A division written with its generic word ("Hualien County", "Kerr County", "the Kurram
 * district") that is the only division of its kind so named: meant in an article that names no
 * country (one that names countries keeps to their divisions).
 */
function namedDivision(name: string, best: Place, hint: KindHint = null): boolean {
  if (best.kind !== 'adm1' && best.kind !== 'adm2') return false;
  // (Or written beside its generic word: "the Kurram district".)
  if (!/\s(county|district|province|governorate|prefecture|oblast|region|state)$/i.test(name.trim()) && !(hint === 'division' || hint === 'adm1' || hint === 'adm2')) return false;
  return placesNamed(name).filter((p) => p.kind === best.kind).length === 1;
}

/**
 * Resolve a place name: the best-ranked place (see rankPlaces). Null when nothing fits: we never
 * guess at random, so a bare name that only matches a small town or a district in a country the
 * article does not name, far from every place it does, stays unresolved unless the text says
 * what it is ("the town of …", "… district").
 */
export function lookupPlace(name: string, focus: ReadonlySet<string> = new Set(), ctx: Omit<PlaceContext, 'focus'> = {}): Place | null {
  const ranked = rankPlaces(name, { ...ctx, focus });
  const best = ranked[0];
  if (!best) return null;
  // A place abroad that is not what the text says it is ("Palma district" in an article about
  // Mozambique is not Spain's city of Palma): no place, when the article names its countries.
  if (ctx.hint && !hintFits(best, ctx.hint) && focus.size && !focus.has(best.country ?? '') && !(ctx.near && nearFit(best, ctx.near) >= 1)) return null;
  // A name whose own words say it is a natural feature ("Rio Negro", "Lake X", "X River") is not
  // a town or a district of that name: no such feature known, no place.
  // (A place of note keeps its name: "Rio de Janeiro", "Lake Charles".)
  if (ctx.hint && NATURAL.has(ctx.hint) && !hintFits(best, ctx.hint) && ownGeneric(name, ctx.hint) && !(isProminent(best) && best.kind !== 'adm2' && (best.population > 0 || best.kind === 'adm1'))) return null;
  if (isProminent(best) || focus.has(best.country ?? '') || (ctx.near && nearFit(best, ctx.near) >= 1) || (!focus.size && namedDivision(name, best, ctx.hint ?? null))) return alongPath(best, ctx.near ?? [], focus);
  if (standsOut(best, ranked)) return best;
  return null;
}

/**
 * A town of 20,000 or more (or a district of that many) whose name no place of another country
 * shares, save villages a tenth its size: "Jenin" in an article about Israeli troops is the West
 * Bank's, whatever the article's countries.
 */
function standsOut(best: Place, ranked: readonly Place[]): boolean {
  if (!(best.kind === 'city' || best.kind === 'town' || best.kind === 'adm2') || best.population < 20000) return false;
  for (const p of ranked) if (p !== best && p.country !== best.country && (p.kind === 'adm1' || p.kind === 'country' || p.population * 10 >= best.population)) return false;
  return true;
}

/**
 * A long river stands at the point of its course nearest the article's other places (its towns,
 * else its countries): "the Oder" in a story from Wrocław is the Oder at Wrocław.
 */
function alongPath(p: Place, near: readonly Place[], focus: ReadonlySet<string>): Place {
  if (!p.path?.length) return p;
  let ctx: { lat: number; lon: number }[] = near.filter((q) => q.kind !== 'country' && q.kind !== 'continent' && q.name !== p.name);
  if (!ctx.length) ctx = [...focus].map((c) => countryPlace(c)).filter((c): c is Place => !!c);
  if (!ctx.length) return p;
  let best = p.path[0]!, bestD = Infinity;
  for (const v of p.path) {
    for (const q of ctx) {
      const d = distanceKm(v, q);
      if (d < bestD) { bestD = d; best = v; }
    }
  }
  return { ...p, lat: best.lat, lon: best.lon };
}
