// In-document coreference of names: one cluster per real thing.
//   people:  "Shin" → "Shin Wonsik", "Al-Sadeq" → "Muhammad Kazem Al-Sadeq", "Vladmir Putin" = "Vladimir Putin"
//   orgs:    "ICC" ↔ "International Criminal Court", "Quds Force" ⊂ "IRGC Quds Force",
//            "Russian Defense Ministry press service" → "Russian Defense Ministry"
//   places:  "US" = "U.S." = "United States" (same country), "Baghdad Airport" = "Baghdad International Airport"
import type { EntityType } from '../types.js';
import { nameKey, nameTokens, tokensVariant } from '../kb/normalize.js';
import { countryByName } from '../kb/countries.js';
import { divisionOfCountry } from '../kb/gazetteer.js';
import { knownActor } from '../kb/actor-codes.js';
import { typeGroup, type Item } from './mentions.js';

export interface Cluster {
  type: EntityType;
  items: Item[];
  /** The fullest form of the name: the canonical name comes from it. */
  head: Item;
}

const pos = (it: Item) => (it.span.field === 'title' ? 0 : it.span.field === 'body' ? 2e9 : 1e9) + it.span.start;

/** Initials of a multi-word name's capitalised words: "International Criminal Court" → "icc". */
function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
}

const bare = (w: string) => w.replace(/^(al|el|ad|as|ash|an|ar|at|az)-/, '').replace(/-/g, '');

/** Is `short` a partial form of the person name `full` (surname, given name, or a spelling variant)? */
function personPartOf(short: string[], full: string[]): boolean {
  if (short.length > full.length) return false;
  if (short.length === full.length) return short.every((w, i) => tokensVariant(w, full[i]!));
  // A single word: the family name (last word, or first word in Korean/Chinese order: "Shin" →
  // "Shin Wonsik", "Yoon" → "Yoon Suk Yeol").
  // Exact up to an Arabic article ("Sadr" = "al-Sadr"): a lone word is too short to forgive
  // misspellings ("Kalin" is not "Khalil"). Long Iberian names are also known by a middle name
  // ("Lula" → "Luiz Inacio Lula da Silva").
  if (short.length === 1) {
    const w = bare(short[0]!);
    if (w === bare(full.at(-1)!) || w === bare(full[0]!)) return true;
    return full.length >= 4 && w.length >= 4 && full.some((f) => bare(f) === w);
  }
  // Several words: an in-order subsequence ending with the family name ("Abdul Latif Rashid" → "Latif Rashid").
  let j = 0;
  for (const w of full) if (j < short.length && tokensVariant(short[j]!, w)) j++;
  return j === short.length && tokensVariant(short.at(-1)!, full.at(-1)!);
}

const SUBUNIT = /\s+(press service|press office|press center|spokesman|spokesperson|spokeswoman|media office)$/i;
const ORG_FILLER = new Set(['the', 'of', 'and', 'for']);

/**
 * Is `a` another name of the organisation `b`? `acronyms` are those the article defines ("the
 * National Liberation Army (ELN)"): acronym key → name key.
 */
function orgSame(a: Item, b: Item, acronyms: ReadonlyMap<string, string>): boolean {
  return orgSameDirected(a, b, acronyms) || orgSameDirected(b, a, acronyms);
}

function orgSameDirected(a: Item, b: Item, acronyms: ReadonlyMap<string, string>): boolean {
  const ka = nameKey(a.name), kb = nameKey(b.name);
  if (ka === kb) return true;
  if (acronyms.get(ka) === kb) return true;
  const na = knownActor(a.name), nb = knownActor(b.name);
  if (na && na === nb) return true;
  // Acronym ↔ expansion, both given in the article.
  const compact = (s: string) => s.replace(/[.\s]/g, '').toLowerCase();
  if (/^[\p{Lu}.]{2,8}$/u.test(a.name.trim()) && compact(a.name) === initials(b.name)) return true;
  if (/^[\p{Lu}.]{2,8}$/u.test(b.name.trim()) && compact(b.name) === initials(a.name)) return true;
  // A sub-unit named after its parent ("Russian Defense Ministry press service"), also when the
  // credit shortens it ("Russian Defense Press Service" → the org starting "Russian Defense").
  const sa = ka.replace(SUBUNIT, '');
  if (sa !== ka && sa.length > 3 && (kb === sa || (kb.startsWith(sa + ' ') && kb.split(' ').length === sa.split(' ').length + 1))) return true;
  // A shorter form: the trailing words of the longer name ("Quds Force" ⊂ "IRGC Quds Force",
  // "Defense Ministry" ⊂ "Russian Defense Ministry"); at least two words, so "Force" alone is not enough.
  const ta = ka.split(' ').filter((w) => !ORG_FILLER.has(w)), tb = kb.split(' ').filter((w) => !ORG_FILLER.has(w));
  const [s, l] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (s.length >= 2 && s.length < l.length && l.slice(l.length - s.length).join(' ') === s.join(' ')) return true;
  // A leading acronym of the longer name ("IRGC" ⊂ "IRGC Quds Force").
  if (s.length === 1 && /^[a-z]{2,6}$/.test(s[0]!) && l[0] === s[0] && /^[\p{Lu}]{2,6}$/u.test((ta.length === 1 ? a : b).name.trim())) return true;
  return false;
}

const FAC_FILLER = /\b(international|intl|national|main|central|military|civil|civilian|the)\b/gi;

function shortTownName(s: Item, l: Item): boolean {
  if (s.type !== 'GPE' || l.type !== 'GPE') return false;
  const sw = s.name.trim().split(/\s+/), lw = l.name.trim().split(/\s+/);
  if (sw.length !== 1 || lw.length < 2 || nameKey(sw[0]!) !== nameKey(lw[0]!)) return false;
  return /^(?:da|de|do|dos|das|del|della|di|du|el|al|ad|ar|as|ash|la|le)(?:-|$)/i.test(lw[1]!);
}

/** Is `a` the same place as `b`? */
function placeSame(a: Item, b: Item): boolean {
  const ka = nameKey(a.name), kb = nameKey(b.name);
  if (ka === kb) return true;
  const ca = a.country ?? countryByName(a.name), cb = b.country ?? countryByName(b.name);
  // ("Wales" and "Scotland" are two places of one country.)
  if (ca && ca === cb) return !divisionOfCountry(a.name) && !divisionOfCountry(b.name);
  // A town's short name for its whole one: "Sharm" for "Sharm el-Sheikh", "Mocímboa" for
  // "Mocímboa da Praia" (the whole name's next word is a particle, never a generic noun: "Kherson
  // region" is another place than Kherson).
  if (shortTownName(a, b) || shortTownName(b, a)) return true;
  if (a.type === 'FAC' && b.type === 'FAC') {
    const fa = ka.replace(FAC_FILLER, ' ').replace(/\s+/g, ' ').trim(), fb = kb.replace(FAC_FILLER, ' ').replace(/\s+/g, ' ').trim();
    return fa === fb;
  }
  return false;
}

/**
 * Group items into clusters. Fuller names found first, so partial mentions attach to them
 * wherever they occur (the title may say "Soleimani" before the body says "Qassem Soleimani").
 * When a partial name fits several people, the one mentioned most recently before it wins.
 */
const tokCache = new WeakMap<Item, string[]>();
const toksOf = (it: Item) => { let t = tokCache.get(it); if (!t) { t = nameTokens(it.name); tokCache.set(it, t); } return t; };

/**
 * Acronyms defined in the text: a name followed by its short form in brackets ("the Malian Armed
 * Forces (FAMa)", "Revolutionary Armed Forces of Colombia (FARC)"), whatever its letters.
 */
export function definedAcronyms(items: readonly Item[], textOf: (it: Item) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const it of items) {
    if (it.idx === null || it.type !== 'ORG') continue;
    const m = /^\s*\(([\p{Lu}][\p{L}\d.&-]{1,9})\)/u.exec(textOf(it).slice(it.span.end, it.span.end + 14));
    if (!m || nameTokens(it.name).length < 2) continue;
    out.set(nameKey(m[1]!), nameKey(it.name));
  }
  return out;
}

// Module functions, not closures made per item: a closure's optimised code is dropped whenever
// no instance of it is alive at a full GC, and these were recompiled every few dozen articles
// (issue 21).

/** May item `it` (of type group g) join cluster c? */
function joins(c: Cluster, it: Item, g: string, acronyms: ReadonlyMap<string, string>): boolean {
  if (typeGroup(c.type) !== g) return false;
  for (const o of c.items) {
    if (g === 'PERSON' ? personPartOf(toksOf(it), toksOf(o))
      : g === 'ORG' ? orgSame(it, o, acronyms)
      : g === 'PLACE' || g === 'FAC' ? placeSame(it, o)
      : g === 'NORP' ? nameKey(o.name).replace(/s$/, '') === nameKey(it.name).replace(/s$/, '')
      : nameKey(o.name) === nameKey(it.name)) return true;
  }
  return false;
}

/** A cluster's claim on an item at position p: its nearest earlier mention. */
function clusterScore(c: Cluster, p: number): number {
  // (Loops, not .map and spreads: see clusterItems' `people`.)
  let best = -Infinity, first = Infinity, any = false;
  for (const it of c.items) {
    const q = pos(it);
    if (q < first) first = q;
    if (q <= p) {
      any = true;
      if (q > best) best = q;
    }
  }
  return any ? best : -1e12 + first;
}

export function clusterItems(items: Item[], acronyms: ReadonlyMap<string, string> = new Map()): Cluster[] {
  // Document consistency: an "organisation" that is a known person's partial name
  // ("Al-Sharaa" tagged ORG after "Ahmed al-Sharaa") is that person.
  // (Filled by push, not .map: an optimised .map makes holey arrays, and the readers optimised on
  // packed ones deoptimised on "wrong map": issue 21.)
  const people: string[][] = [];
  for (const i of items) if (i.type === 'PERSON' && nameTokens(i.name).length >= 2) people.push(nameTokens(i.name));
  for (const it of items) {
    if (it.type !== 'ORG' || knownActor(it.name, 'ORG')) continue;
    const toks = nameTokens(it.name);
    if (toks.length <= 3 && people.some((p) => p.length > toks.length && personPartOf(toks, p))) it.type = 'PERSON';
  }
  const clusters: Cluster[] = [];
  const order = [...items].sort((x, y) => toksOf(y).length - toksOf(x).length || pos(x) - pos(y));
  for (const it of order) {
    const g = typeGroup(it.type);
    const cands: Cluster[] = [];
    for (const c of clusters) if (joins(c, it, g, acronyms)) cands.push(c);
    if (!cands.length) { clusters.push({ type: it.type, items: [it], head: it }); continue; }
    // The nearest earlier mention decides between several candidates.
    const p = pos(it);
    const best = cands.sort((x, y) => clusterScore(y, p) - clusterScore(x, p))[0]!;
    best.items.push(it);
  }
  for (const c of clusters) c.items.sort((x, y) => pos(x) - pos(y));
  return clusters.sort((x, y) => pos(x.items[0]!) - pos(y.items[0]!));
}

export { pos as itemPosition };
