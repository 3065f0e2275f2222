// The HTTP API (fastify) under /api, plus the built web UI at /. Every request is validated with
// zod before it reaches the store; every error is JSON `{ error: { status, code, message } }`.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../store/db.js';
import {
  listArticles, getArticle, listEntities, entityProfile, listEvents, listQuotes, graph, timeline, health, deleteArticle,
  placeCounts,
} from '../store/index.js';
import { exportLines, EXPORT_TYPES, type ExportWhat } from '../store/export.js';
import { ingestSource, emptySummary } from '../ingest-source.js';
import { stringSource, InputError } from '../ingest/index.js';
import * as S from './schemas.js';
import { openapiDocument, type RouteDoc } from './openapi.js';
import { registerStatic } from './static.js';

export interface AppOptions {
  db: Db;
  /** Bearer token for writes (and reads when `private`). */
  token?: string | null;
  private?: boolean;
  /** Largest POST body in bytes (default 10 MB). */
  bodyLimit?: number;
  /** Folder of the built web UI (index.html …); null serves no UI. */
  webRoot?: string | null;
  /**
   * Reads are cached this long (ms; 0 = off). Writes through this server clear the cache at once;
   * writes by other processes (CLI ingest, workers) show after at most this delay.
   */
  cacheMs?: number;
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const errorJson = (status: number, code: string, message: string) => ({ error: { status, code, message } });

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  const name = i.path.length ? String(i.path.join('.')) : what;
  const msg = i.code === 'unrecognized_keys' ? `unknown ${what} parameter ${(i as { keys: string[] }).keys.join(', ')}` : `${what} parameter ${name}: ${i.message}`;
  throw new HttpError(400, 'bad_request', msg);
}

function tokenOk(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!.trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const db = o.db;
  const app = Fastify({ logger: false, bodyLimit: o.bodyLimit ?? 10 * 1024 * 1024, requestTimeout: 120_000 });
  const routes: RouteDoc[] = [];

  // Bodies stay strings: POST /api/ingest reads them by content, not by fastify's JSON parser.
  app.removeAllContentTypeParsers();
  for (const type of ['text/plain', 'text/html', 'application/x-ndjson', 'application/jsonl', 'application/json']) {
    app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));
  }

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send(errorJson(err.status, err.code, err.message));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorJson(413, 'too_large', `body larger than ${app.initialConfig.bodyLimit} bytes`));
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send(errorJson(415, 'unsupported_media_type', 'send text/plain, text/html, application/x-ndjson or application/json'));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) process.stderr.write(`newsgraph: serve: ${err.stack ?? err.message}\n`);
    return reply.code(status).send(errorJson(status, status === 500 ? 'internal' : 'bad_request', status === 500 ? 'internal error' : err.message));
  });

  // Who may read and write.
  // Registered only with a token: an open server does no per-request work here.
  if (o.token) app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api') || !o.token) return;
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    if ((write || o.private) && !tokenOk(req.headers.authorization, o.token)) {
      throw new HttpError(401, 'unauthorized', req.headers.authorization ? 'wrong token' : 'this needs Authorization: Bearer <token>');
    }
  });

  // A small read cache: the same GET within cacheMs is answered from memory, already serialised.
  // Concurrent misses for one URL share ONE query (single-flight), and a hot entry is refreshed in
  // the background shortly before it expires (refresh-ahead), so 100 clients never stampede the
  // database when an entry ages out. A body is never served older than cacheMs after its query began.
  const cacheMs = o.cacheMs ?? 1000;
  const cache = new Map<string, { at: number; body: string }>();
  const inflight = new Map<string, Promise<string>>();
  // Bumped by every write: a query begun before the write must not refill the cache after it.
  let generation = 0;
  const MAX_CACHED = 2000;
  const REFRESH_AHEAD = 0.8; // start the background refresh at this fraction of cacheMs
  app.addHook('onResponse', (req, reply, done) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400) {
      generation++;
      cache.clear();
      inflight.clear();
    }
    done();
  });
  const load = (key: string, run: () => Promise<unknown>): Promise<string> => {
    const pending = inflight.get(key);
    if (pending) return pending;
    const gen = generation;
    const at = Date.now();
    const p = run().then((result) => {
      const body = JSON.stringify(result);
      if (gen === generation) {
        if (!cache.has(key) && cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
        cache.set(key, { at, body });
      }
      return body;
    }).finally(() => {
      if (inflight.get(key) === p) inflight.delete(key);
    });
    inflight.set(key, p);
    return p;
  };

  const get = <Q extends z.ZodType>(url: string, summary: string, query: Q | null, response: z.ZodType | null,
    handler: (req: FastifyRequest, q: z.output<Q>, reply: FastifyReply) => Promise<unknown>, params?: z.ZodType) => {
    routes.push({ method: 'get', url, summary, query, params: params ?? null, response });
    const cacheable = cacheMs > 0 && response !== null && url !== '/api/health';
    app.get(url, async (req, reply) => {
      if (!cacheable) return handler(req, query ? parse(query, req.query, 'query') : (undefined as z.output<Q>), reply);
      // A hit skips validation: only a valid request's body was ever stored under its URL.
      const key = req.url;
      const run = async () => handler(req, query ? parse(query, req.query, 'query') : (undefined as z.output<Q>), reply);
      const hit = cache.get(key);
      const age = hit ? Date.now() - hit.at : Infinity;
      let body: string;
      if (hit && age < cacheMs) {
        if (age >= cacheMs * REFRESH_AHEAD && !inflight.has(key)) load(key, run).catch(() => {});
        body = hit.body;
      } else {
        body = await load(key, run);
      }
      return reply.type('application/json; charset=utf-8').send(body);
    });
  };

  get('/api/health', 'liveness and counts', null, S.healthBody, async () => ({
    ok: true, engine: db.engine, ...(await health(db)), auth: { token: !!o.token, private: !!o.private },
  }));

  get('/api/articles', 'articles: full-text search and date range', S.articlesQuery, S.listOf.articles, async (_r, q) => {
    const { limit, offset, ...f } = q;
    return listArticles(db, f, { limit, offset });
  });
  get('/api/articles/:id', 'one article with its annotations', null, S.articleDetail, async (req) => {
    const { id } = parse(S.articleId, req.params, 'path');
    const a = await getArticle(db, id);
    if (!a) throw new HttpError(404, 'not_found', `no article ${id}`);
    return a;
  }, S.articleId);
  routes.push({ method: 'delete', url: '/api/articles/:id', summary: 'delete an article (write)', query: null, params: S.articleId, response: null });
  app.delete('/api/articles/:id', async (req) => {
    const { id } = parse(S.articleId, req.params, 'path');
    if (!(await deleteArticle(db, id))) throw new HttpError(404, 'not_found', `no article ${id}`);
    return { deleted: true };
  });

  get('/api/entities', 'entities by name, type, country', S.entitiesQuery, S.listOf.entities, async (_r, q) => {
    const { limit, offset, ...f } = q;
    return listEntities(db, f, { limit, offset });
  });
  get('/api/entities/:id', 'entity profile', null, S.entityProfile, async (req) => {
    const { id } = parse(S.entityIdParam, req.params, 'path');
    const p = await entityProfile(db, id);
    if (!p) throw new HttpError(404, 'not_found', `no entity ${id}`);
    return p;
  }, S.entityIdParam);

  get('/api/events', 'folded events with filters', S.eventsQuery, S.listOf.events, async (_r, q) => {
    const { limit, offset, ...f } = q;
    return listEvents(db, f, { limit, offset });
  });
  get('/api/quotes', 'quotes by speaker and text', S.quotesQuery, S.listOf.quotes, async (_r, q) => {
    const { limit, offset, ...f } = q;
    return listQuotes(db, f, { limit, offset });
  });
  get('/api/graph', 'actor network', S.graphQuery, S.graphBody, async (_r, q) => {
    const { mode, min, limit, ...f } = q;
    return graph(db, mode, f, { min, limit });
  });
  get('/api/places', 'located events counted by place (every one of the filter, for the map)', S.placesQuery, S.placesBody, async (_r, q) => {
    const { limit, ...f } = q;
    return placeCounts(db, f, limit);
  });
  get('/api/timeline', 'event counts by day or week and quad class', S.timelineQuery, S.timelineBody, async (_r, q) => {
    const { grain, ...f } = q;
    return timeline(db, grain, f);
  });

  get('/api/export/:what', 'export events (csv, jsonl, gdelt), entities or quotes (csv, jsonl)', S.exportQuery, null, async (req, q, reply) => {
    const { what } = parse(S.exportWhat, req.params, 'path');
    const { format, ...filters } = q;
    if (format === 'gdelt' && what !== 'events') throw new HttpError(400, 'bad_request', 'format gdelt exists for events only');
    const lines = exportLines(db, what as ExportWhat, format, filters);
    const ext = format === 'gdelt' ? 'export.CSV' : format;
    reply.header('content-type', EXPORT_TYPES[format]).header('content-disposition', `attachment; filename="newsgraph-${what}.${ext}"`);
    return reply.send(Readable.from(lines));
  }, S.exportWhat);

  routes.push({ method: 'post', url: '/api/ingest', summary: 'analyse and store a body (write)', query: S.ingestQuery, params: null, response: S.ingestBody, body: true });
  app.post('/api/ingest', async (req) => {
    const q = parse(S.ingestQuery, req.query, 'query');
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    let text = typeof req.body === 'string' ? req.body : '';
    if (!text.trim()) throw new HttpError(400, 'bad_request', 'empty body');
    if (type === 'application/json') text = jsonToJsonl(text);
    const summary = emptySummary();
    try {
      await ingestSource(db, stringSource('body', text), { published: q.published ?? null, url: q.url ?? null, keepArticles: true }, summary);
    } catch (e) {
      if (e instanceof InputError) throw new HttpError(400, 'bad_input', e.message);
      throw e;
    }
    if (summary.read === 0) throw new HttpError(400, 'bad_input', 'no article found in the body');
    return summary;
  });

  get('/api/openapi.json', 'this document', null, null, async () => openapiDocument(routes));

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api')) return reply.code(404).send(errorJson(404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`));
    return reply.code(404).send(errorJson(404, 'not_found', 'not found'));
  });
  if (o.webRoot !== null) registerStatic(app, o.webRoot);
  await app.ready();
  return app;
}

/** application/json bodies: one record, an array of records, or { articles: [...] } → JSONL. */
function jsonToJsonl(text: string): string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad_input', 'body is not valid JSON');
  }
  const recs = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { articles?: unknown }).articles) ? (v as { articles: unknown[] }).articles : [v];
  if (!recs.length) throw new HttpError(400, 'bad_input', 'no records in the body');
  return recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
