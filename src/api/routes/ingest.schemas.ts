// POST /api/ingest: query and answer schemas (the body is read by content, not by a schema).
import { z } from 'zod';
import { day } from '../common.js';
import { httpUrl } from '../../ingest/url.js';

export const ingestQuery = z.strictObject({
  url: z.string().max(2000).refine((s) => httpUrl(s) !== null, 'must be an http(s) address').optional().describe('the page address, for HTML bodies'),
  published: day.optional().describe('publication date for every article'),
});
export const ingestBody = z.object({
  read: z.number().int(), stored: z.number().int(), duplicates: z.number().int(),
  rejected: z.array(z.object({ where: z.string(), reason: z.string() })).describe('the first 1000 rejected records'),
  rejected_total: z.number().int().optional().describe('how many records were rejected in all'),
  articles: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(['stored', 'duplicate']) })),
});
/** The content types POST /api/ingest reads. */
export const INGEST_TYPES = ['text/plain', 'text/html', 'application/x-ndjson', 'application/jsonl', 'application/json'] as const;
