// POST /api/ingest: analyse and store a body (a raw dump, a page, JSONL records or JSON).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptySummary, rejectedCount, splitWarning } from '../../ingest-source.js';
import { storeArticle } from '../../store/ingest.js';
import { BodyError, ServiceBusy, type IngestService } from '../../workers/service.js';
import { HttpError } from '../errors.js';
import type { RouteDeps } from './deps.js';
import { ingestBody, ingestQuery, INGEST_TYPES } from './ingest.schemas.js';

export const ingestRoutes: FastifyPluginAsyncZod<RouteDeps & { ingest: IngestService }> = async (app, deps) => {
  const { db, ingest } = deps;
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
    // Read and analysed on a worker thread (workers/service.ts): this thread only stores.
    let items;
    try {
      items = await ingest.submit(text, { name: 'body', published: q.published ?? null, url: q.url ?? null });
    } catch (e) {
      if (e instanceof BodyError) throw new HttpError(400, 'bad_input', e.message);
      if (e instanceof ServiceBusy) throw new HttpError(503, 'busy', `the server is busy analysing other bodies (${e.message}); try again shortly`, { 'retry-after': '5' });
      throw e;
    }
    let n = 0;
    for (const item of items) {
      summary.read++;
      if (!item.ok) {
        summary.rejected.push(splitWarning(item.error, item.where));
        continue;
      }
      const a = item.article;
      n++;
      // The article id is a hash of the body: bodiless articles would all collide into one.
      if (!a.body.trim()) {
        summary.rejected.push({ where: `body#${n}`, reason: `article "${a.title.slice(0, 60)}" has no body text` });
        continue;
      }
      const r = await storeArticle(db, a);
      if (r.status === 'stored') summary.stored++;
      else summary.duplicates++;
      summary.articles.push({ id: a.id, title: a.title, status: r.status });
    }
    if (summary.read === 0) throw new HttpError(400, 'bad_input', 'no article found in the body');
    return { ...summary, rejected: [...summary.rejected], rejected_total: rejectedCount(summary) };
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
