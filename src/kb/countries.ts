// Country tables: names, alternative spellings, demonyms and capitals → ISO 3166-1 alpha-3.
// Built from world-countries plus our own additions (data/actors/country-extra.tsv), because
// news copy says "US", "U.S.", "Britain", "North Korean", "Emirati" more often than the official names.
import { createRequire } from 'node:module';
import { foldName, stripPossessive } from './normalize.js';
import { readTsv, resource } from './resource.js';
import { BoundedMap } from '../util/bounded-map.js';

export type CueKind = 'name' | 'demonym' | 'capital';

export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  capital: string | null;
  lat: number;
  lon: number;
}

interface WorldCountry {
  cca2: string; cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

interface Tables {
  info: Map<string, CountryInfo>;
  /** folded phrase → [iso3, kind] entries (a phrase may be both a name and a demonym: "US"). */
  phrases: Map<string, { iso3: string; kind: CueKind }[]>;
  /** First words of all phrases → the most words of a phrase starting so: most words start none. */
  firstWords: Map<string, number>;
}

function build(): Tables {
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as WorldCountry[];
  const info = new Map<string, CountryInfo>();
  const phrases = new Map<string, { iso3: string; kind: CueKind }[]>();
  const add = (phrase: string, iso3: string, kind: CueKind, first = false) => {
    const k = foldName(phrase).replace(/\.$/, '');
    if (!k) return;
    const list = phrases.get(k) ?? [];
    const at = list.findIndex((e) => e.iso3 === iso3 && e.kind === kind);
    if (at >= 0) list.splice(at, 1);
    // Our additions come first: "French" is France, not the French Southern Lands.
    if (first || at >= 0) list.unshift({ iso3, kind }); else list.push({ iso3, kind });
    phrases.set(k, list);
  };
  // Sovereign states first: "American" is the United States, not the Northern Mariana Islands.
  const ordered = [...world].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of ordered) {
    info.set(c.cca3, {
      iso3: c.cca3, iso2: c.cca2, name: c.name.common, capital: c.capital?.[0] ?? null,
      lat: c.latlng[0], lon: c.latlng[1],
    });
    add(c.name.common, c.cca3, 'name');
    add(c.name.official, c.cca3, 'name');
    // Two-letter codes ("IR", "SA", "IL") are ordinary words or initials in English copy.
    for (const a of c.altSpellings) if (a.length > 3 && /^[\p{Script=Latin}\s'.,-]+$/u.test(a)) add(a, c.cca3, 'name');
    const dem = c.demonyms?.eng?.m;
    if (dem) add(dem, c.cca3, 'demonym');
    for (const cap of c.capital ?? []) add(cap, c.cca3, 'capital');
  }
  for (const [alias, iso3, kind] of readTsv('actors/country-extra.tsv')) {
    if (alias && iso3 && kind) add(alias, iso3, kind as CueKind, true);
  }
  const firstWords = new Map<string, number>();
  for (const k of phrases.keys()) {
    const ws = k.split(' ');
    const f = ws[0]!.replace(/\.$/, '');
    firstWords.set(f, Math.max(firstWords.get(f) ?? 0, ws.length));
  }
  return { info, phrases, firstWords };
}

const tables = resource('country tables', build);
const load = (): Tables => tables.get();

export function countryInfo(iso3: string): CountryInfo | null {
  return load().info.get(iso3) ?? null;
}

const lookupCache = new BoundedMap<string, string | null>(20000);

function lookup(name: string, kinds: CueKind[]): string | null {
  const ck = `${kinds.join(',')}|${name}`;
  let r = lookupCache.get(ck);
  if (r === undefined) {
    r = lookupUncached(name, kinds);
    lookupCache.set(ck, r);
  }
  return r;
}

function lookupUncached(name: string, kinds: CueKind[]): string | null {
  const k = foldName(stripPossessive(name.trim())).replace(/^the /, '').replace(/\.$/, '');
  const hits = load().phrases.get(k) ?? [];
  for (const kind of kinds) {
    const h = hits.find((e) => e.kind === kind);
    if (h) return h.iso3;
  }
  // Plural demonyms not in the tables ("Iraqis", "Syrians").
  if (kinds.includes('demonym') && k.endsWith('s')) {
    const h = (load().phrases.get(k.slice(0, -1)) ?? []).find((e) => e.kind === 'demonym');
    if (h) return h.iso3;
  }
  return null;
}

/** ISO3 of a country name or spelling ("U.S.", "Britain", "DPRK", "Iran's"), else null. */
export function countryByName(name: string): string | null {
  return lookup(name, ['name']);
}

/** ISO3 of a demonym or people ("Iraqi", "North Korean", "Americans"), else null. */
export function countryOfDemonym(word: string): string | null {
  return lookup(word, ['demonym']);
}

/** ISO3 of a capital (seat of government) named as such ("Tehran", "Washington"), else null. */
export function countryOfCapital(name: string): string | null {
  return lookup(name, ['capital']);
}

/** ISO3 for any country cue: a country name, a demonym or a capital; else null. */
export function countryOfName(name: string): string | null {
  return lookup(name, ['name', 'demonym', 'capital']);
}

/** What kind of country cue a phrase is, if any. */
export function cueKind(name: string): { iso3: string; kind: CueKind } | null {
  for (const kind of ['name', 'demonym', 'capital'] as CueKind[]) {
    const iso3 = lookup(name, [kind]);
    if (iso3) return { iso3, kind };
  }
  return null;
}

export interface CountryCue { start: number; end: number; iso3: string; kind: CueKind; text: string }

const UPPER_START = /^\p{Lu}/u;

/**
 * Every country cue in a stretch of text, longest match first, left to right: "North Korean
 * Defense Minister" → one demonym cue "North Korean" (not "Korean"). Cues must be capitalised as
 * names are ("us" is a pronoun, "china" is porcelain), and short all-capital aliases must match
 * exactly ("US", "UK").
 */
const cueCache = new BoundedMap<string, CountryCue[]>(500);

export function findCountryCues(text: string, offset = 0): CountryCue[] {
  let cues = cueCache.get(text);
  if (!cues) {
    cues = findCountryCuesUncached(text);
    cueCache.set(text, cues);
  }
  return offset ? cues.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset })) : cues;
}

/** A word of the text: [s, e) after trimming a trailing possessive or full stop. */
interface Word { s: number; e: number; w: string }

const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_CHAR = /[\p{L}\p{N}.'’-]/uy;
/** Length of the word character at i (0 if none): ASCII by code, the rest by the Unicode classes. */
function charAt(text: string, i: number, start: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
    return !start && (c === 46 || c === 39 || c === 45) ? 1 : 0;
  }
  const re = start ? WORD_START : WORD_CHAR;
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

/**
 * The words of `text` (a letter or digit, then letters, digits and . ' ’ -), trimmed as names are written. A hand-rolled
 * scan, not matchAll: it runs over every article body, and a match object per word was the
 * resolver's largest source of garbage.
 */
function scanWords(text: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = charAt(text, i, true);
    if (!k) { i++; continue; }
    const s = i;
    i += k;
    for (let m; i < n && (m = charAt(text, i, false)); ) i += m;
    let w = text.slice(s, i);
    // Trailing possessive or full stop belongs to the sentence, not the name.
    const poss = /['’]s?$/u.exec(w);
    if (poss && !/^[A-Z]\.[A-Z]/.test(w)) w = w.slice(0, poss.index);
    if (w.endsWith('.') && !/^([A-Z]\.)+$/.test(w)) w = w.slice(0, -1);
    if (w) words.push({ s, e: s + w.length, w });
  }
  return words;
}

function findCountryCuesUncached(text: string): CountryCue[] {
  const t = load();
  const words = scanWords(text);
  const out: CountryCue[] = [];
  // Folded lazily: a cue starts with a capital letter, so most words are never folded.
  const folded: (string | undefined)[] = new Array(words.length);
  const fold = (j: number): string => (folded[j] ??= foldName(words[j]!.w));
  for (let i = 0; i < words.length; i++) {
    if (!UPPER_START.test(words[i]!.w)) continue; // the surface test below would reject it
    const longest = t.firstWords.get(fold(i).replace(/\.$/, ''));
    if (!longest) continue;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const first = words[i]!, last = words[i + n - 1]!;
      const surface = text.slice(first.s, last.e);
      if (!/^[\p{Lu}]/u.test(surface)) break;
      let k: string;
      if (n === 1) k = fold(i);
      else if (/\s\s/.test(surface)) k = foldName(surface);
      else { k = fold(i); for (let j = i + 1; j < i + n; j++) k += ' ' + fold(j); }
      k = k.replace(/\.$/, '');
      const hits = t.phrases.get(k);
      if (!hits) continue;
      if (surface.replace(/\./g, '').length <= 3 && surface !== surface.toUpperCase()) continue;
      const h = hits.find((x) => x.kind === 'name') ?? hits.find((x) => x.kind === 'demonym') ?? hits[0]!;
      out.push({ start: first.s, end: last.e, iso3: h.iso3, kind: h.kind, text: surface });
      i += n - 1;
      break;
    }
  }
  return out;
}
