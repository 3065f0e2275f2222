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
// 36–42 Actor1Geo_*       empty (we place events, not actors)
// 43 Actor1Geo_FeatureID  THE DATE FLAG (GDELT has no date-precision column; we never fill actor
//                         geography): empty when SQLDATE is the event's own day; else
//                         "DATE:WEEK", "DATE:MONTH" or "DATE:YEAR" (SQLDATE is that period's
//                         first day), "DATE:PUBLISHED" (undated event: the article's publication
//                         day) or "DATE:ADDED" (neither: the day it was stored)
// 44–51 Actor2Geo_*       empty
// 52 ActionGeo_Type       4 (world city) when the place has coordinates, 1 (country) when only a country
// 53 ActionGeo_FullName   place name as resolved
// 54 ActionGeo_CountryCode  empty: GDELT uses FIPS 10-4 here and we hold ISO alpha-3 codes
// 55–56 ActionGeo_ADM1Code, ADM2Code   empty
// 57 ActionGeo_Lat, 58 ActionGeo_Long
// 59 ActionGeo_FeatureID  empty
// 60 DATEADDED            YYYYMMDDHHMMSS (UTC) when the first reporting article was stored
// 61 SOURCEURL            URL of the first reporting article, else empty
import type { Row } from './db.js';

export const GDELT_COLUMNS = 61;

const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function actorCols(code: string | null, name: string | null, country: string | null, present: boolean): string[] {
  if (!present) return new Array(10).fill('');
  const c = code || country || '';
  const type = code && country && code.startsWith(country) && code.length > country.length ? code.slice(country.length, country.length + 3) : '';
  return [c, (name ?? '').toUpperCase(), country ?? '', '', '', '', '', type, '', ''];
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

export function gdeltRow(r: Row): string {
  const { day, flag } = gdeltDate(r);
  const month = day.slice(0, 7);
  const year = day.slice(0, 4);
  const hasTarget = !!(r.target_name || r.target_entity || r.target_country);
  const geoType = r.place_lat !== null && r.place_lat !== undefined ? '4' : r.place_country ? '1' : '';
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
    ...new Array(7).fill(''),
    flag,
    ...new Array(8).fill(''),
    r.place_name ? geoType : '',
    r.place_name ?? '',
    '',
    '',
    '',
    r.place_lat ?? '',
    r.place_lon ?? '',
    '',
    r.date_added ?? '',
    r.source_url ?? '',
  ];
  return cols.map(clean).join('\t');
}
