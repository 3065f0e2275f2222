// /api/quotes: quotes by speaker and text.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listQuotes } from '../../store/index.js';
import { cachedJson, type RouteDeps } from './deps.js';
import { quoteList, quotesQuery } from './quotes.schemas.js';

export const quotesRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get('/quotes', {
    schema: { summary: 'quotes by speaker and text', querystring: quotesQuery, response: { 200: quoteList } },
  }, (req, reply) => cachedJson(deps, req, reply, () => {
    const { limit, offset, ...f } = req.query;
    return listQuotes(db, f, { limit, offset });
  }));
};
