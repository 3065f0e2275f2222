// The GDELT 2.0 event table layout: 61 tab-separated columns, no header, one folded event per row,
// so existing GDELT tooling reads our output. Our values where we have them, empty where not.
//
// Column mapping (1-based, GDELT 2.0 Event Codebook names):
//  1 GLOBALEVENTID        integer from the first 12 hex digits of our evt_ id (stable across runs)
//  2 SQLDATE              event date YYYYMMDD, never empty: a coarse date gives its period's first
//                         day (2024-W50 → 20241209, 2024-12 → 20241201, 2024 → 20240101); an
//                         undated event the publication day of its first article, else the day
//                         it was stored. Column 43 flags every such row (see below).
//  3 MonthYear            YYYYMM of SQLDATE
//  4 Year                 YYYY of SQLDATE
//  5 FractionDate         YYYY + (day of year / 365), 4 decimals (GDELT's definition), of SQLDATE
//  6 Actor1Code           source CAMEO actor code (e.g. RUSMIL), else its country code
//  7 Actor1Name           source canonical name, upper-cased as GDELT does
//  8 Actor1CountryCode    source country (ISO 3166-1 alpha-3, which CAMEO country codes follow)
//  9–12 Actor1KnownGroupCode, EthnicCode, Religion1Code, Religion2Code   empty (not modelled)
// 13 Actor1Type1Code      role part of the actor code (RUSMIL → MIL), else empty
// 14–15 Actor1Type2Code, Type3Code   empty
// 16–30 the same fifteen columns for Actor2 (the target); all empty when there is no target
// 26 IsRootEvent          1 when the evidence is in the title or the first paragraph, else 0
// 27 EventCode            CAMEO code (e.g. 042)
// 28 EventBaseCode        first three digits of the code
// 29 EventRootCode        two-digit root
// 30 QuadClass            1–4
// 31 GoldsteinScale       Goldstein score of the code
// 32 NumMentions          mentions across all stored articles (folded)
// 33 NumSources           distinct sources (URL hosts; articles without a URL count apart)
// 34 NumArticles          distinct articles
// 35 AvgTone              mean tone of the reporting articles (GDELT tone definition)
// 36–43 Actor1Geo_*       the source's own place where the text gives one (else empty): the eight
//                         columns below, as for the event — except column 40, Actor1Geo_ADM2Code,
//                         which holds THE DATE FLAG (GDELT has no date-precision column and we have
//                         no ADM2 codes): empty when SQLDATE is the event's own day; else
//                         "DATE:WEEK", "DATE:MONTH" or "DATE:YEAR" (SQLDATE is that period's first
//                         day), "DATE:PUBLISHED" (undated event: the article's publication day) or
//                         "DATE:ADDED" (neither: the day it was stored)
// 44–51 Actor2Geo_*       the target's own place, likewise
// 52 ActionGeo_Type       GDELT Geo_Type: 1 country, 2 US state, 3 US city or landmark, 4 world city or
//                         landmark, 5 world state (ADM1)
// 53 ActionGeo_FullName   "place, first-level division, country" as GDELT writes it
// 54 ActionGeo_CountryCode  FIPS 10-4 country code (ISO → FIPS from data/gazetteer/countries.tsv);
//                         a place in no country (a sea kept as a last resort) leaves all eight empty
// 55 ActionGeo_ADM1Code   FIPS country code + the division's code (GeoNames admin1, FIPS for most
//                         countries; US states by postal code, as GDELT), the country code alone
//                         for a country
// 56 ActionGeo_ADM2Code   empty
// 57 ActionGeo_Lat, 58 ActionGeo_Long
// 59 ActionGeo_FeatureID  GeoNames id of the place; for a country or a division, its ADM1 code (GDELT
//                         uses the code there too)
// 60 DATEADDED            YYYYMMDDHHMMSS (UTC) when the first reporting article was stored
// 61 SOURCEURL            URL of the first reporting article, else empty
import type { Row } from './db.js';
import type { PlaceRef } from '../types.js';
import { fipsOf } from '../kb/gazetteer.js';
import { countryName } from './countries.js';

export const GDELT_COLUMNS = 61;

const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function actorCols(code: string | null, name: string | null, country: string | null, present: boolean): string[] {
  if (!present) return new Array(10).fill('');
  const c = code || country || '';
  const type = code && country && code.startsWith(country) && code.length > country.length ? code.slice(country.length, country.length + 3) : '';
  return [c, (name ?? '').toUpperCase(), country ?? '', '', '', '', '', type, '', ''];
}

/** The eight GDELT geography columns of a place (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID). */
export function geoCols(p: PlaceRef | null | undefined): string[] {
  // GDELT places every located event in a country: a place of none (a sea, a world region, kept
  // only when nothing else placed the event) leaves the columns empty rather than half-filled.
  const fips = p?.name ? fipsOf(p.country) : null;
  if (!p || !fips) return new Array(8).fill('');
  const hasPoint = p.lat !== null && p.lat !== undefined && p.lon !== null && p.lon !== undefined;
  const type = p.geo_type ?? (hasPoint ? (p.country === 'USA' ? 3 : 4) : p.country ? 1 : null);
  const countryFull = p.country ? countryName(p.country) ?? p.country : null;
  const parts = [p.name];
  if (p.admin1 && p.admin1 !== p.name) parts.push(p.admin1);
  if (countryFull && countryFull !== p.name && type !== 1) parts.push(countryFull);
  const adm1 = p.admin1_code ?? fips;
  const feature = type === 1 || type === 2 || type === 5 ? adm1 : p.geonames_id ?? '';
  return [
    type === null ? '' : String(type), parts.join(', '), fips, adm1, '',
    hasPoint ? String(p.lat) : '', hasPoint ? String(p.lon) : '', String(feature ?? ''),
  ];
}

/** The place of an export row: its first report's place (with precision and codes), else the stored columns. */
function placeOf(r: Row): PlaceRef | null {
  const d = typeof r.first_data === 'string' ? JSON.parse(r.first_data) : r.first_data;
  if (d?.place) return d.place as PlaceRef;
  if (!r.place_name) return null;
  return { name: r.place_name, country: r.place_country ?? null, lat: r.place_lat ?? null, lon: r.place_lon ?? null };
}

function actorPlaceOf(r: Row, which: 'source' | 'target'): PlaceRef | null {
  const d = typeof r.first_data === 'string' ? JSON.parse(r.first_data) : r.first_data;
  return (d?.[which]?.place as PlaceRef | undefined) ?? null;
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const doy = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
  return (y + doy / 365).toFixed(4);
}

/** One GDELT row from an export row (see exportEvents in export.ts for the fields). */
/** SQLDATE's day and the flag column's value (see the header). */
export function gdeltDate(r: Row): { day: string; flag: string } {
  const start: string | null = r.date_start ?? null;
  if (start) return { day: start, flag: r.date_precision && r.date_precision !== 'day' ? `DATE:${String(r.date_precision).toUpperCase()}` : '' };
  if (r.published_day) return { day: r.published_day, flag: 'DATE:PUBLISHED' };
  const added: string = r.date_added ?? new Date().toISOString().replace(/\D/g, '');
  return { day: `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}`, flag: 'DATE:ADDED' };
}

/** Actor1Geo's eight columns with the date flag in the fifth (Actor1Geo_ADM2Code, see the header). */
function withFlag(cols: string[], flag: string): string[] {
  const out = cols.slice();
  out[4] = flag;
  return out;
}

export function gdeltRow(r: Row): string {
  const { day, flag } = gdeltDate(r);
  const month = day.slice(0, 7);
  const year = day.slice(0, 4);
  const hasTarget = !!(r.target_name || r.target_entity || r.target_country);
  const cols = [
    String(parseInt(String(r.id).slice(4, 16), 16)),
    day.replace(/-/g, ''),
    month.replace('-', ''),
    year,
    day ? fractionDate(day) : '',
    ...actorCols(r.source_actor_code, r.source_name, r.source_country, true),
    ...actorCols(r.target_actor_code, r.target_name, r.target_country, hasTarget),
    r.is_root ? '1' : '0',
    r.cameo,
    String(r.cameo).slice(0, 3),
    r.root,
    r.quad_class,
    r.goldstein,
    r.num_mentions,
    r.num_sources,
    r.num_articles,
    r.avg_tone === null || r.avg_tone === undefined ? '' : Number(r.avg_tone).toFixed(4),
    ...withFlag(geoCols(actorPlaceOf(r, 'source')), flag),
    ...(hasTarget ? geoCols(actorPlaceOf(r, 'target')) : new Array(8).fill('')),
    ...geoCols(placeOf(r)),
    r.date_added ?? '',
    r.source_url ?? '',
  ];
  return cols.map(clean).join('\t');
}
