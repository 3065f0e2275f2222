// The HTTP API (fastify) under /api, plus the built web UI at /.
//
// Routes are grouped by area as fastify plugins (routes/*.ts), each with its zod schemas beside
// it (routes/*.schemas.ts). A zod type provider validates every request before its handler runs
// and types the handler's input; the same schemas describe the answers, generate
// /api/openapi.json and give the web client its types. Every error is JSON `{ error: { status, code, message } }`.
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../store/db.js';
import { ReadCache } from './cache.js';
import { installErrorHandler } from './errors.js';
import { openapiDocument, routeDoc, type RouteDoc } from './openapi.js';
import { registerStatic } from './static.js';
import { installSecurity } from './security.js';
import type { RouteDeps } from './routes/deps.js';
import { articlesRoutes } from './routes/articles.js';
import { entitiesRoutes } from './routes/entities.js';
import { eventsRoutes } from './routes/events.js';
import { quotesRoutes } from './routes/quotes.js';
import { ingestRoutes } from './routes/ingest.js';
import { metaRoutes } from './routes/meta.js';
import { IngestService } from '../workers/service.js';

export { HttpError } from './errors.js';

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
  /** Most bytes the read cache keeps (default 32 MB). */
  cacheBytes?: number;
  /** The address the server listens on (default 127.0.0.1): decides which Host names are accepted. */
  listenHost?: string;
  /** More Host names to answer to (a reverse proxy's name). */
  allowHosts?: readonly string[];
  /** More origins whose pages may call the API. */
  allowOrigins?: readonly string[];
  /** POST /api/ingest: analysis threads (default 1), bodies that may wait (default 8; more → 503), per-article time budget (ms, default 20 s). */
  ingestThreads?: number;
  ingestQueue?: number;
  articleBudgetMs?: number;
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = o.bodyLimit ?? 10 * 1024 * 1024;
  const app = Fastify({ logger: false, bodyLimit, requestTimeout: 120_000 }).withTypeProvider<ZodTypeProvider>();
  // Requests are validated by their zod schemas; answers are plain JSON (the schemas describe them,
  // the tests check them), so serialising costs no more than JSON.stringify.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // No body is read unless a route says how (POST /api/ingest reads its own types): anything else is a 415.
  app.removeAllContentTypeParsers();
  installErrorHandler(app, bodyLimit);
  await installSecurity(app, { token: o.token ?? null, private: !!o.private, listenHost: o.listenHost, allowHosts: o.allowHosts, allowOrigins: o.allowOrigins });

  const routes: RouteDoc[] = [];
  app.addHook('onRoute', (r) => {
    const d = routeDoc(r as never);
    if (d) routes.push(d);
  });

  const cache = new ReadCache({ ttlMs: o.cacheMs ?? 1000, maxBytes: o.cacheBytes });
  // A successful write clears the cache at once.
  app.addHook('onResponse', (req, reply, done) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400) cache.clear();
    done();
  });

  const deps: RouteDeps = { db: o.db, cache, auth: { token: !!o.token, private: !!o.private } };
  const api = { ...deps, prefix: '/api' };
  await app.register(metaRoutes, { ...api, openapi: () => openapiDocument(routes) });
  await app.register(articlesRoutes, api);
  await app.register(entitiesRoutes, api);
  await app.register(eventsRoutes, api);
  await app.register(quotesRoutes, api);
  // Bodies posted to /api/ingest are read and analysed off this thread, in a bounded queue.
  const ingest = new IngestService({ threads: o.ingestThreads, maxQueued: o.ingestQueue, articleBudgetMs: o.articleBudgetMs });
  app.addHook('onClose', async () => ingest.close());
  await app.register(ingestRoutes, { ...api, ingest });

  if (o.webRoot !== null) registerStatic(app, o.webRoot);
  await app.ready();
  return app;
}
