// The date range shared by every view: the timeline's brush sets it, the articles, events, network
// and map views filter by it. Kept for the browser tab (sessionStorage) so a reload keeps the focus.
import { useEffect, useState } from 'preact/hooks';

export interface DateRange { from: string; to: string }

const KEY = 'newsgraph.range';
const EMPTY: DateRange = { from: '', to: '' };

function load(): DateRange {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as DateRange | null;
    if (v && typeof v.from === 'string' && typeof v.to === 'string') return v;
  } catch { /* storage unavailable or corrupt: start unfiltered */ }
  return EMPTY;
}

let current: DateRange = load();
const listeners = new Set<(r: DateRange) => void>();

export function getDateRange(): DateRange { return current; }

export function setDateRange(r: DateRange): void {
  // Keep from <= to whatever order the user typed them in.
  let { from, to } = r;
  if (from && to && from > to) [from, to] = [to, from];
  current = { from, to };
  try { sessionStorage.setItem(KEY, JSON.stringify(current)); } catch { /* ignore */ }
  for (const l of listeners) l(current);
}

export function useDateRange(): [DateRange, (r: DateRange) => void] {
  const [r, setR] = useState(current);
  useEffect(() => {
    listeners.add(setR);
    setR(current);
    return () => { listeners.delete(setR); };
  }, []);
  return [r, setDateRange];
}
