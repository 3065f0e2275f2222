// Flags checked before anything runs: a bad value is a usage error (exit 2) with one line saying
// what was expected, never a wrong result (--published 2024-99-99 anchoring dates in 2032) or a
// database error.
import { isValidDay } from '../util/day.js';
import { httpUrl } from '../ingest/url.js';
import { UsageError } from './errors.js';

/** --published: a real calendar day. */
export function dayFlag(flag: string, v: string | undefined): string | null {
  if (v === undefined) return null;
  if (!isValidDay(v)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, not ${v}`);
  return v;
}

/** --url: an absolute http(s) address. */
export function urlFlag(flag: string, v: string | undefined): string | null {
  if (v === undefined) return null;
  const u = httpUrl(v);
  if (!u) throw new UsageError(`${flag} must be an http(s) address, not ${v}`);
  return u;
}

/** A whole number in [min, max]. */
export function intFlag(flag: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not ${v}`);
  return n;
}
