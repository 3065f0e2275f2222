// CAMEO actor codes: ISO3 country + role type (GOV, MIL, JUD, LEG, OPP, REB, MED, BUS, CVL, IGO, ...).
// The type comes from titles, roles and organisation names through our lexicon
// (data/actors/role-types.tsv); well-known actors whose country or type the text leaves implicit
// come from data/actors/known-actors.tsv.
//
// Codes: a state actor is COUNTRY+TYPE ("IRNGOV", "RUSMIL"); a country or capital acting as a
// whole is the bare country code ("IRN"); international organisations are "IGO", with the CAMEO
// known-group code "UNO" for the United Nations family ("IGOUNO"); named NGOs use their CAMEO
// group codes where the tables have one (AMN, IRC, GRP), else "NGO".
import { readTsv, resource } from './resource.js';
import { BoundedMap } from '../util/bounded-map.js';
import { foldName, nameKey, tokensVariant } from './normalize.js';
import type { ActorRef, EntityType } from '../types.js';

const roleTable = resource('role-type phrases', () => readTsv('actors/role-types.tsv').map(([p, t]) => ({ phrase: foldName(p!).split(' '), type: t! })));
const roles = () => roleTable.get();

export interface RoleTypeHit { type: string; start: number; end: number; phrase: string }

/**
 * The CAMEO role type a title, role or organisation name denotes, or null.
 * The longest lexicon phrase wins; among equals the one nearest the end (the head noun):
 * "former army general" → MIL, "Defense Minister" → MIL (longer than "minister"),
 * "top adviser on international affairs" → GOV. Phrases typed "-" ("economist") block.
 */
export function roleType(text: string): string | null {
  return roleTypeHit(text)?.type ?? null;
}

const hitCache = new BoundedMap<string, RoleTypeHit | null>(5000);

export function roleTypeHit(text: string): RoleTypeHit | null {
  let h = hitCache.get(text);
  if (h === undefined) {
    h = roleTypeHitUncached(text);
    hitCache.set(text, h);
  }
  return h;
}

/** Heads that say only "the one in charge": their type is that of what they head ("army chief"). */
const GENERIC_HEADS = new Set(['chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'leader']);

function roleTypeHitUncached(text: string): RoleTypeHit | null {
  const best = longestHit(text);
  if (best && GENERIC_HEADS.has(best.phrase)) {
    const before = longestHit(text.split(/\s+/).slice(0, best.start).join(' '));
    if (before && before.type !== '-' && before.type !== 'GOV') return { ...before, start: best.start, end: best.end, phrase: best.phrase };
  }
  return best;
}

function longestHit(text: string): RoleTypeHit | null {
  const words = foldName(text).replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  let best: RoleTypeHit | null = null;
  for (const r of roles()) {
    const n = r.phrase.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < n; j++) if (words[i + j] !== r.phrase[j]) { ok = false; break; }
      if (!ok) continue;
      // Keep the longest phrase; among equals the one nearest the end.
      if (!best || n > best.end - best.start || (n === best.end - best.start && i > best.start)) {
        best = { type: r.type, start: i, end: i + n, phrase: r.phrase.join(' ') };
      }
    }
  }
  return best && best.type !== '-' ? best : null;
}

export interface KnownActor { name: string; aliases: string[]; type: EntityType; country: string | null; code: string }

let knownEnabled = true;
/**
 * Switch the well-known-actors table off (the evaluation measures the rules alone with it off).
 */
export function useKnownActors(on: boolean): void { knownEnabled = on; }

const knownCache = new BoundedMap<string, KnownActor | null>(5000);

const known = resource('known actors', () => {
  const byKey = new Map<string, KnownActor>();
  const persons: { a: KnownActor; forms: string[][]; short: string[] }[] = [];
  for (const [names, type, country, code, short] of readTsv('actors/known-actors.tsv')) {
    const all = names!.split('|');
    const a: KnownActor = { name: all[0]!, aliases: all.slice(1), type: type as EntityType, country: country === '-' ? null : country!, code: code! };
    for (const n of all) byKey.set(nameKey(n), a);
    if (a.type === 'PERSON') persons.push({ a, forms: all.map((n) => nameKey(n).split(' ')), short: short ? short.split(',').map((x) => nameKey(x)) : [] });
  }
  return { byKey, persons };
});
const knownTables = () => known.get();

/**
 * A well-known actor matching this name: exactly (after folding) for organisations, and for
 * people also through spelling variants of every token ("Vladmir Putin", "Qasem Soleimani").
 * A bare surname never matches: "Kim" is not Kim Jong Un.
 */
export function knownActor(name: string, type?: EntityType): KnownActor | null {
  if (!knownEnabled) return null;
  const ck = `${type ?? ''}|${name}`;
  let r = knownCache.get(ck);
  if (r === undefined) {
    r = knownActorUncached(name, type);
    knownCache.set(ck, r);
  }
  return r;
}

const DESCRIPTOR = /^(paramilitary|militant|rebel|islamist|jihadist|separatist|insurgent|armed|extremist|terrorist|radical|outlawed|banned|proscribed|powerful|notorious|elite|pro-government|government-backed|state-backed|iran-backed|russia-backed|iranian-backed|russian-backed)$/;

function knownActorUncached(name: string, type?: EntityType): KnownActor | null {
  const t = knownTables();
  const k = nameKey(name);
  const hit = t.byKey.get(k);
  if (hit && (!type || hit.type === type || (type !== 'PERSON' && hit.type !== 'PERSON'))) return hit;
  const toks = k.split(' ');
  // "Paramilitary Rapid Support Forces", "Islamist Hayat Tahrir al-Sham": a describing word the
  // recogniser took into the name (capitalised as the sentence's first word) is not part of it.
  if (toks.length >= 3 && DESCRIPTOR.test(toks[0]!) && type !== 'PERSON') return knownActor(name.replace(/^\S+\s+/, ''), type);
  if (type && type !== 'PERSON') return null;
  if (toks.length < 2) return null;
  for (const p of t.persons) {
    for (const pt of p.forms) {
      if (pt.length === toks.length && pt.every((w, i) => tokensVariant(w, toks[i]!))) return p.a;
    }
  }
  return null;
}

const surnames = resource('known persons by surname', () => {
  const out = new Map<string, KnownActor | null>();
  for (const { a, forms, short } of knownTables().persons) {
    // The last word of a full name of five letters or more, and the short names the table gives
    // ("Xi", "Modi", "Abiy": a family name written first, a short surname, a first name used alone).
    for (const f of new Set([...forms.filter((x) => x.length >= 2).map((x) => x.at(-1)!).filter((x) => x.length >= 5), ...short])) {
      const seen = out.get(f);
      out.set(f, seen === undefined || seen === a ? a : null);
    }
  }
  return out;
});

/**
 * The well-known person a lone surname names, when the table holds exactly one person of that
 * surname and it is distinctive (five letters or more, or given as a short name in the table):
 * "Zelensky", "Netanyahu", "Erdogan", "Xi", "Modi". Used only when the article never writes the
 * full name ("Kim" or "Khan" never match).
 */
export function knownPersonBySurname(word: string): KnownActor | null {
  if (!knownEnabled) return null;
  const k = nameKey(word);
  return k.includes(' ') ? null : surnames.get().get(k) ?? null;
}

/** Compose a CAMEO code from a country and a role type: ("IRN","GOV") → "IRNGOV". */
export function actorCode(country: string | null, type: string | null): string | null {
  if (type === 'IGO' || type === 'NGO' || type === 'IGOUNO') return type;
  if (country && type) return country + type;
  if (country) return country;
  return type;
}

/**
 * The actor of a group named without a name ("Kenyan police", "the government"): the country it
 * belongs to and its role type; the nationality's entity when the phrase took one in ("Kenyan"
 * of Kenya). Null without a country: an unnamed group of no known country is no actor here.
 */
export function groupActor(text: string, role: string, country: string | null, nationality: ActorRef | null): ActorRef | null {
  if (!country) return null;
  const n = nationality;
  if (n?.entity && n.country === country) return { entity: n.entity, name: n.name, country, actor_code: actorCode(country, role) };
  return { entity: null, name: text.replace(/^(the|a|an|at least|least|at most|most|about|some)\s+/i, ''), country, actor_code: actorCode(country, role) };
}

/** The role type (GOV, MIL, JUD, …) part of an actor's CAMEO code; null if it has none. */
export function roleTypeOf(e: Pick<ActorRef, 'actor_code' | 'country'>): string | null {
  const code = e.actor_code;
  if (!code) return null;
  if (e.country && code.startsWith(e.country)) return code.slice(e.country.length) || null;
  return code;
}

/**
 * The Phoenix actor dictionaries (data/actors/phoenix-actors.tsv, compiled by
 * scripts/build-phoenix-actors.mjs): tens of thousands of named people, organisations and armed
 * groups with CAMEO codes bounded by date. Our own known-actors table comes first; this one only
 * answers for names it does not know. People need two words or more ("Kim" names no one).
 */
interface PhoenixRow { name: string; file: string; code: string | null; periods: { code: string; from: string; to: string }[] }
const phoenix = resource('Phoenix actor dictionaries', () => {
  const byKey = new Map<string, PhoenixRow>();
  for (const [names, code, periods, file] of readTsv('actors/phoenix-actors.tsv')) {
    const all = names!.split('|');
    const row: PhoenixRow = {
      name: all[0]!, file: file ?? '', code: code && code !== '-' ? code : null,
      periods: (periods ?? '').split(';').filter(Boolean).map((p) => { const [c, from, to] = p.split(':'); return { code: c!, from: from ?? '', to: to ?? '' }; }),
    };
    for (const n of all) { const k = nameKey(n); if (k && !byKey.has(k)) byKey.set(k, row); }
  }
  return byKey;
});

/** The code a Phoenix row gives on a day (YYYY-MM-DD; null: the latest), or null. */
function codeOn(row: PhoenixRow, date: string | null): string | null {
  const d = date ? date.slice(0, 10).replace(/-/g, '') : null;
  if (d) for (const p of row.periods) if ((!p.from || p.from <= d) && (!p.to || d <= p.to)) return p.code;
  if (row.code) return row.code;
  // No date, or none matches: the period that runs latest.
  let best: { code: string; to: string } | null = null;
  for (const p of row.periods) if (!best || (p.to || '99999999') > best.to) best = { code: p.code, to: p.to || '99999999' };
  return best?.code ?? null;
}

let phoenixEnabled = true;
/** Switch the Phoenix dictionaries off (for measuring what they add). */
export function usePhoenixActors(on: boolean): void { phoenixEnabled = on; }

/** A person, organisation or armed group the Phoenix dictionaries know, with its code on `date`. */
export function phoenixActor(name: string, type: EntityType, date: string | null): KnownActor | null {
  if (!phoenixEnabled || !knownEnabled || (type !== 'PERSON' && type !== 'ORG')) return null;
  const k = nameKey(name);
  if (type === 'PERSON' && !k.includes(' ')) return null;
  const row = phoenix.get().get(k);
  if (!row) return null;
  // The country file holds people (and places, which never reach here as PERSON or ORG).
  if ((row.file === 'Countries') !== (type === 'PERSON')) return null;
  const code = codeOn(row, date);
  if (!code) return null;
  const c3 = code.slice(0, 3);
  const country = /^[A-Z]{3}$/.test(c3) && c3 !== 'IGO' && c3 !== 'NGO' && c3 !== 'MNC' ? c3 : null;
  return { name: row.name, aliases: [], type, country, code: country && code.length > 6 ? code.slice(0, 6) : code };
}
