// Keyset pagination (issue 19, finding 5): a list page can start after a row instead of after
// `offset` rows, so reading page k costs one page, not k. The cursor is the last row's sort key,
// opaque to clients (base64url of a JSON array); the store checks its shape before any SQL sees it.
import { isValidDay } from '../util/day.js';

/** A cursor that is not one this server made. */
export class CursorError extends Error {}

export type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

/**
 * The values of a cursor, checked against `kinds`: 's' a string, 'n' an integer, 'd' a day
 * (YYYY-MM-DD), 't' a timestamp as PostgreSQL prints it; '?' after a kind allows null.
 */
export function decodeCursor(cursor: string, kinds: readonly ('s' | 'n' | 'd' | 't' | 'd?' | 'n?')[]): CursorValue[] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('after must be a cursor from a list answer\'s "next"');
  }
  const ok = Array.isArray(v) && v.length === kinds.length && kinds.every((k, i) => {
    const x = (v as unknown[])[i];
    if (x === null) return k.endsWith('?');
    if (k.startsWith('n')) return Number.isInteger(x) && Math.abs(x as number) < 2 ** 31;
    if (typeof x !== 'string' || x.length > 64) return false;
    if (k.startsWith('d')) return isValidDay(x);
    if (k === 't') return TIMESTAMP.test(x) && isValidDay(x.slice(0, 10));
    return !/[\u0000-\u001f]/.test(x);
  });
  if (!ok) throw new CursorError('after must be a cursor from a list answer\'s "next"');
  return v as CursorValue[];
}
