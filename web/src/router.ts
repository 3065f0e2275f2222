// Hash routing: `#/events?source=RUS&target=PRK`. The hash keeps every view bookmarkable and
// needs no server support beyond serving index.html at `/`.
import { useEffect, useState } from 'preact/hooks';
import { query, type Params } from './api.ts';

export interface Route { path: string[]; params: URLSearchParams }

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [p, q = ''] = raw.split('?', 2) as [string, string?];
  const path = p.split('/').filter(Boolean).map(decodeURIComponent);
  return { path, params: new URLSearchParams(q) };
}

export function href(path: string, params: Params = {}): string {
  return `#/${path.replace(/^\//, '')}${query(params)}`;
}

export function navigate(path: string, params: Params = {}, replace = false): void {
  const target = href(path, params);
  if (replace) history.replaceState(null, '', target);
  else location.hash = target;
  // replaceState does not fire hashchange; tell the listeners ourselves.
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** URLSearchParams → plain object of the named keys (absent keys become ''). */
export function pick(params: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = params.get(k) ?? '';
  return out;
}
