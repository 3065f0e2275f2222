// Typed access to the newsgraph HTTP API. The response types are inferred from the server's own zod
// schemas (src/api/routes/*.schemas.ts, the ones that describe /api/openapi.json), so the client and
// the server cannot drift apart. Type-only imports: nothing of zod or the server enters the bundle.
import type { z } from 'zod';
import type * as S from '../../src/api/schemas.ts';
import type { EntityType, FieldName, Caption } from '../../src/types.ts';

export type { EntityType, FieldName, Caption };

/** A list answer; `next` (articles, events) is the keyset cursor for the following page, when there is one. */
export interface Page<T> { total: number; limit: number; offset: number; items: T[]; next?: string | null }

export type Health = z.infer<typeof S.healthBody>;
export type ArticleItem = z.infer<typeof S.articleItem>;
export type ArticleDetail = z.infer<typeof S.articleDetail>;
export type ArticleEntity = z.infer<typeof S.articleEntity>;
export type ArticleEvent = z.infer<typeof S.articleEvent>;
export type EntityItem = z.infer<typeof S.entityItem>;
export type Actor = z.infer<typeof S.actor>;
export type Place = z.infer<typeof S.place>;
export type EventItem = z.infer<typeof S.eventItem>;
export type QuoteItem = z.infer<typeof S.quoteItem>;
export type EntityProfile = z.infer<typeof S.entityProfile>;
export type QuadCounts = z.infer<typeof S.graphEdge>['by_quad'];
export type GraphNode = z.infer<typeof S.graphNode>;
export type GraphEdge = z.infer<typeof S.graphEdge>;
export type Graph = z.infer<typeof S.graphBody>;
export type TimelineBucket = z.infer<typeof S.timelineBucket>;
export type Timeline = z.infer<typeof S.timelineBody>;
export type PlaceCount = z.infer<typeof S.placeCount>;
export type Places = z.infer<typeof S.placesBody>;
export type CoarseBucket = z.infer<typeof S.timelineBody>['coarse'][number];

/** Query parameters: empty values are dropped so the API never sees `q=`. */
export type Params = Record<string, string | number | null | undefined>;

export function query(params: Params): string {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    usp.set(k, String(v));
  }
  const s = usp.toString();
  return s ? `?${s}` : '';
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

// Relative to the page so the app also works behind a path prefix.
const BASE = new URL('api/', new URL('.', document.baseURI)).pathname;

// Identical GETs in flight (or just answered) share one request: a view's data can be requested
// while its code chunk is still loading (see preload in App.tsx) and the view then picks it up.
const recent = new Map<string, Promise<unknown>>();
const KEEP_MS = 3000;

function sortedQuery(params: Params): string {
  return query(Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))));
}

export function getJSON<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const url = `${BASE}${path}${sortedQuery(params)}`;
  let p = recent.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetchJSON<T>(url);
    recent.set(url, p);
    const forget = () => setTimeout(() => { if (recent.get(url) === p) recent.delete(url); }, KEEP_MS);
    p.then(forget, () => recent.delete(url));
  }
  if (!signal) return p;
  // The caller may stop waiting; the shared request itself runs on (others may want it).
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    p!.then(resolve, reject);
  });
}

async function fetchJSON<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json() as { error?: { message?: string } };
      if (body?.error?.message) message = body.error.message;
    } catch { /* not JSON: keep the status line */ }
    throw new ApiError(res.status, message);
  }
  return res.json() as Promise<T>;
}

/** Absolute-from-root URL of an API path, for links (CSV download). */
export function apiHref(path: string, params: Params = {}): string {
  return `${BASE}${path}${query(params)}`;
}

export const api = {
  health: (s?: AbortSignal) => getJSON<Health>('health', {}, s),
  articles: (p: Params, s?: AbortSignal) => getJSON<Page<ArticleItem>>('articles', p, s),
  article: (id: string, s?: AbortSignal) => getJSON<ArticleDetail>(`articles/${encodeURIComponent(id)}`, {}, s),
  entities: (p: Params, s?: AbortSignal) => getJSON<Page<EntityItem>>('entities', p, s),
  entity: (id: string, s?: AbortSignal) => getJSON<EntityProfile>(`entities/${encodeURIComponent(id)}`, {}, s),
  places: (p: Params, s?: AbortSignal) => getJSON<Places>('places', p, s),
  events: (p: Params, s?: AbortSignal) => getJSON<Page<EventItem>>('events', p, s),
  quotes: (p: Params, s?: AbortSignal) => getJSON<Page<QuoteItem>>('quotes', p, s),
  graph: (p: Params, s?: AbortSignal) => getJSON<Graph>('graph', p, s),
  timeline: (p: Params, s?: AbortSignal) => getJSON<Timeline>('timeline', p, s),
};
