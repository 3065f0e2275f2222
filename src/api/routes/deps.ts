// What every route area is given when it is registered: the store, the read cache and the server's settings.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../store/db.js';
import { canonicalKey, type ReadCache } from '../cache.js';

export interface RouteDeps {
  db: Db;
  cache: ReadCache;
  auth: { token: boolean; private: boolean };
}

/**
 * Answer a read through the cache (when it is on): the key is the route and its validated
 * parameters, so every spelling of one request shares one entry.
 */
export async function cachedJson<T>(deps: RouteDeps, req: FastifyRequest, reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  if (!deps.cache.enabled) return run();
  const key = canonicalKey(req.routeOptions.url ?? req.url, req.params, req.query);
  const body = await deps.cache.get(key, run);
  // Already serialised: sent as is (fastify passes a string with a JSON content type through).
  return reply.type('application/json; charset=utf-8').send(body) as unknown as T;
}
