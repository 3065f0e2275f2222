// The filters every view shares live in the URL (the hash's query), so a copied link reproduces
// the view: actor (either side, source, target, pair, role), CAMEO code or root, PLOVER type, quad
// class, date range and how coarse dates meet it, date precision, negated and hedged events.
// Moving between views keeps them (the navigation links carry them).
import { useEffect, useState } from 'preact/hooks';
import { navigate, parseHash, type Route } from './router.ts';
import type { Params } from './api.ts';

export const FILTER_KEYS = ['actor', 'source', 'target', 'pair', 'role', 'cameo', 'root', 'plover', 'quad_class',
  'from', 'to', 'dates', 'precision', 'negated', 'hedged', 'place'] as const;
export type FilterKey = typeof FILTER_KEYS[number];
export type Filters = Record<FilterKey, string>;

/** Keys that only narrow the date (the articles view applies these and no others). */
export const DATE_KEYS = ['from', 'to'] as const;

export function filtersOf(params: URLSearchParams): Filters {
  const f = {} as Filters;
  for (const k of FILTER_KEYS) f[k] = params.get(k) ?? '';
  return f;
}

/** The filters as API parameters (empty ones dropped by api.ts). */
export function apiFilters(f: Filters, omit: readonly FilterKey[] = []): Params {
  const out: Params = {};
  for (const k of FILTER_KEYS) if (!omit.includes(k) && f[k]) out[k] = f[k];
  return out;
}

export function anyFilter(f: Filters, omit: readonly FilterKey[] = []): boolean {
  return FILTER_KEYS.some((k) => !omit.includes(k) && f[k] !== '');
}

export function useFilters(route: Route): Filters {
  return filtersOf(route.params);
}

/** The current view with some filters changed (others and the view's own parameters kept; the page reset). */
export function setFilters(route: Route, patch: Partial<Filters>): void {
  const p: Params = {};
  for (const [k, v] of route.params) p[k] = v;
  for (const [k, v] of Object.entries(patch)) p[k] = v || null;
  delete p.offset;
  delete p.after;
  navigate(route.path.join('/') || 'articles', p);
}

/** The filter part of the current location, for links to other views. */
export function currentFilterParams(): Params {
  return apiFilters(filtersOf(parseHash(location.hash).params));
}

export interface DateRange { from: string; to: string }

export function getDateRange(): DateRange {
  const f = filtersOf(parseHash(location.hash).params);
  return { from: f.from, to: f.to };
}

/** The date range of the URL, and a setter that writes it there (keeping from <= to). */
export function useDateRange(): [DateRange, (r: DateRange) => void] {
  const [r, setR] = useState(getDateRange);
  useEffect(() => {
    const on = () => setR(getDateRange());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const set = (next: DateRange) => {
    let { from, to } = next;
    if (from && to && from > to) [from, to] = [to, from];
    setFilters(parseHash(location.hash), { from, to });
  };
  return [r, set];
}
