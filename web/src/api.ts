// Typed access to the newsgraph HTTP API (shapes from src/api/README.md).
// Article detail follows the SPEC types in src/types.ts, extended with the store's global ids.
import type { ArticleOut, EntityOut, EventOut, EntityType, FieldName, Caption } from '../../src/types.ts';

export type { EntityType, FieldName, Caption };

export interface Page<T> { total: number; limit: number; offset: number; items: T[] }

export interface Health {
  ok: boolean; engine: string; articles: number; entities: number; events: number;
  auth?: { token: boolean; private: boolean };
}

export interface ArticleItem {
  id: string; title: string; published: string | null; url: string | null; snippet: string;
  tone: number | null; dup_group?: string | null; duplicates?: number; sources?: number;
  counts?: { entities: number; events: number; quotes: number };
}

export interface ArticleEntity extends EntityOut { global_id?: string | null }
export interface ArticleEvent extends EventOut { global_id?: string | null }
export interface ArticleDetail extends Omit<ArticleOut, 'entities' | 'events'> {
  entities: ArticleEntity[];
  events: ArticleEvent[];
  dup_group?: string | null;
  duplicates?: { id: string; title: string }[];
}

export interface EntityItem {
  id: string; name: string; type: EntityType; country: string | null; actor_code: string | null;
  geo: { lat: number; lon: number; geonames_id: number | null } | null;
  articles: number; mentions: number;
}

export interface Actor { entity: string | null; name: string; country: string | null; actor_code: string | null }
export interface Place { name: string; country: string | null; lat: number | null; lon: number | null }

export interface EventItem {
  id: string; source: Actor; target: Actor | null;
  cameo: string; root: string; plover: string | null; quad_class: 1 | 2 | 3 | 4; goldstein: number;
  date: string | null; place: Place | null; hedged: boolean;
  date_start?: string | null; date_end?: string | null; date_precision?: 'day' | 'week' | 'month' | 'year' | null;
  negated?: boolean;
  num_mentions: number; num_articles: number; num_sources: number;
  evidence: { article_id: string; field: FieldName; start: number; end: number; text: string } | null;
  evidence_spans?: { article_id: string; field: FieldName; start: number; end: number; text: string }[];
  articles: { id: string; title: string; published: string | null }[];
}

export interface QuoteItem {
  id: number | string; article_id: string; article_title: string; published: string | null;
  kind: 'direct' | 'partial' | 'indirect'; field: FieldName; start: number; end: number; text: string;
  speaker: { entity: string | null; name: string } | null;
}

export interface EntityProfile {
  entity: EntityItem;
  roles: { role: string; count: number }[];
  mentions: { article_id: string; title: string; published: string | null; field: FieldName; start: number; end: number; text: string }[];
  cooccurring: { id: string; name: string; type: EntityType; country: string | null; articles: number }[];
  quotes: QuoteItem[];
  events: EventItem[];
}

export type QuadCounts = Record<'1' | '2' | '3' | '4', number>;
export interface GraphNode { id: string; label: string; type: string; country: string | null; count: number }
export interface GraphEdge { id: string; source: string; target: string; count: number; by_quad: QuadCounts }
export interface Graph { mode: 'country' | 'entity'; nodes: GraphNode[]; edges: GraphEdge[] }

export interface TimelineBucket { period: string; start: string; total: number; by_quad: QuadCounts }
export interface CoarseBucket { period: string; precision: 'week' | 'month' | 'year'; start: string; end: string; total: number; by_quad: QuadCounts }
export interface Timeline { grain: 'day' | 'week'; buckets: TimelineBucket[]; coarse?: CoarseBucket[] }

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
  events: (p: Params, s?: AbortSignal) => getJSON<Page<EventItem>>('events', p, s),
  quotes: (p: Params, s?: AbortSignal) => getJSON<Page<QuoteItem>>('quotes', p, s),
  graph: (p: Params, s?: AbortSignal) => getJSON<Graph>('graph', p, s),
  timeline: (p: Params, s?: AbortSignal) => getJSON<Timeline>('timeline', p, s),
};
