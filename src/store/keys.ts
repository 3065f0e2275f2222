// Keys that merge things across articles: one canonical entity per (normalised name, type, country),
// one folded event per (source, target, CAMEO code, date). Ids are hashes of the keys, so the same
// thing gets the same id in every database (stable links, reproducible exports).
import { createHash } from 'node:crypto';
import type { ActorRef, EventOut } from '../types.js';
import { isValidDay } from '../util/day.js';

export function hashId(prefix: string, key: string, len = 12): string {
  return prefix + createHash('sha256').update(key).digest('hex').slice(0, len);
}

/** "Ali Akbar Velayati", "ALI AKBAR VELÁYATI" and "the Ali-Akbar Velayati" normalise alike. */
export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function entityMergeKey(name: string, type: string, country: string | null): string {
  return `${normName(name)}|${type}|${country ?? ''}`;
}

export function entityId(mergeKey: string): string {
  return hashId('ent_', mergeKey);
}

/** The identity of an actor for folding: its global entity, else its code, country or name. */
export function actorKey(a: ActorRef | null, globalOf: (local: string) => string | undefined): string {
  if (!a) return '-';
  const g = a.entity ? globalOf(a.entity) : undefined;
  if (g) return g;
  if (a.actor_code) return `code:${a.actor_code}`;
  if (a.country) return `country:${a.country}`;
  return `name:${normName(a.name)}`;
}

export function eventFoldKey(e: EventOut, globalOf: (local: string) => string | undefined): string {
  return `${actorKey(e.source, globalOf)}|${actorKey(e.target, globalOf)}|${e.cameo}|${e.date ?? ''}`;
}

export function eventId(foldKey: string): string {
  return hashId('evt_', foldKey);
}

/** The host of a URL ("www." dropped): the source of an article for NumSources. */
export function sourceHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The calendar day of a date value, or null: never a string the database would refuse as a date. */
export function dayOf(v: string | null | undefined): string | null {
  return v && isValidDay(v.slice(0, 10)) && (v.length === 10 || v[10] === 'T') ? v.slice(0, 10) : null;
}
