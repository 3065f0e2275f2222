// /api/health, /api/export/:what and /api/openapi.json.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '../../store/index.js';
import { exportLines, EXPORT_TYPES, type ExportWhat } from '../../store/export.js';
import { HttpError } from '../errors.js';
import type { RouteDeps } from './deps.js';
import { exportQuery, exportWhat, healthBody } from './meta.schemas.js';

export const metaRoutes: FastifyPluginAsyncZod<RouteDeps & { openapi: () => unknown }> = async (app, deps) => {
  const { db } = deps;
  app.get('/health', { schema: { summary: 'liveness and counts', response: { 200: healthBody } } }, async () => ({
    ok: true as const, engine: db.engine, ...(await health(db)), auth: deps.auth,
  }));

  app.get('/export/:what', {
    schema: { summary: 'export events (csv, jsonl, gdelt), entities or quotes (csv, jsonl)', params: exportWhat, querystring: exportQuery },
  }, async (req, reply) => {
    const { what } = req.params;
    const { format, ...filters } = req.query;
    if (format === 'gdelt' && what !== 'events') throw new HttpError(400, 'bad_request', 'format gdelt exists for events only');
    const lines = exportLines(db, what as ExportWhat, format, filters);
    const ext = format === 'gdelt' ? 'export.CSV' : format;
    reply.header('content-type', EXPORT_TYPES[format]).header('content-disposition', `attachment; filename="newsgraph-${what}.${ext}"`);
    return reply.send(Readable.from(lines));
  });

  app.get('/openapi.json', { schema: { summary: 'this document' } }, async () => deps.openapi());
};
