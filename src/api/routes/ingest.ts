// POST /api/ingest: analyse and store a body (a raw dump, a page, JSONL records or JSON).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ingestSource, emptySummary } from '../../ingest-source.js';
import { stringSource, InputError } from '../../ingest/index.js';
import { HttpError } from '../errors.js';
import type { RouteDeps } from './deps.js';
import { ingestBody, ingestQuery, INGEST_TYPES } from './ingest.schemas.js';

export const ingestRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  // Bodies stay strings: the ingest reads them by content, not by fastify's JSON parser.
  app.removeAllContentTypeParsers();
  for (const type of INGEST_TYPES) app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post('/ingest', {
    schema: { summary: 'analyse and store a body (write)', querystring: ingestQuery, response: { 200: ingestBody } },
    config: { bodyTypes: INGEST_TYPES },
  }, async (req) => {
    const q = req.query;
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
};

/** application/json bodies: one record, an array of records, or { articles: [...] } → JSONL. */
export function jsonToJsonl(text: string): string {
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
