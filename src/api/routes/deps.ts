// What every route area is given when it is registered: the store, the read cache and the server's settings.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../store/db.js';
import { canonicalKey, JsonText, type ReadCache } from '../cache.js';

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
  return sendCached(deps, req, reply, run) as unknown as T;
}

/**
 * The same for an answer the database wrote as JSON text (the list endpoints): the text goes to
 * the client as it is, cached or not, without being parsed and serialised again in Node.
 */
export async function cachedJsonText(deps: RouteDeps, req: FastifyRequest, reply: FastifyReply, run: () => Promise<string>): Promise<never> {
  if (!deps.cache.enabled) return reply.type('application/json; charset=utf-8').send(await run()) as never;
  return sendCached(deps, req, reply, async () => new JsonText(await run())) as never;
}

async function sendCached(deps: RouteDeps, req: FastifyRequest, reply: FastifyReply, run: () => Promise<unknown>): Promise<FastifyReply> {
  const key = canonicalKey(req.routeOptions.url ?? req.url, req.params, req.query);
  const body = await deps.cache.get(key, run);
  // Already serialised: sent as is (fastify passes a string with a JSON content type through).
  return reply.type('application/json; charset=utf-8').send(body);
}
