// Articles: list and detail (the SPEC article plus the store's global ids), request and response schemas.
import { z } from 'zod';
import { after, day, entityTypeOut, geo, keysetList, noControl, page, quadClass, quoteKind, span, spanRef } from '../common.js';

export const articlesQuery = z.strictObject({
  q: noControl(200).optional().describe('full-text search (web search syntax)'),
  from: day.optional(),
  to: day.optional(),
  ...page,
  ...after,
});
export const articleId = z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/, 'must be an article id (16 hex)') });

export const articleItem = z.object({
  id: z.string(), title: z.string(), published: z.string().nullable(), url: z.string().nullable(), snippet: z.string(),
  tone: z.number().nullable(), dup_group: z.string(), duplicates: z.number().int(), sources: z.number().int(),
  counts: z.object({ entities: z.number().int(), events: z.number().int(), quotes: z.number().int() }),
});
export const articleList = keysetList(articleItem);

// The detail follows the SPEC's analysis JSON (src/types.ts); fields may be added (SPEC), clients ignore unknown ones.
const actorRef = z.object({ entity: z.string().nullable(), name: z.string(), country: z.string().nullable(), actor_code: z.string().nullable() });
export const articleEntity = z.object({
  id: z.string(), global_id: z.string(), name: z.string(), type: entityTypeOut, country: z.string().nullable(),
  actor_code: z.string().nullable(), role: z.string().nullable(), geo: geo.nullable(), mentions: z.array(spanRef),
});
export const articleDate = z.object({ ...span, value: z.string().nullable(), grain: z.enum(['day', 'week', 'month', 'year']).nullable() });
export const articleQuote = z.object({
  id: z.number().int(), kind: quoteKind, ...span,
  speaker: z.object({ entity: z.string().nullable(), name: z.string(), global_id: z.string().nullable().optional() }).nullable(),
});
export const articleEvent = z.object({
  id: z.string(), global_id: z.string().nullable(),
  source: actorRef, target: actorRef.nullable(),
  cameo: z.string(), root: z.string(), plover: z.string().nullable(), quad_class: quadClass, goldstein: z.number(),
  date: z.string().nullable(),
  place: z.object({ name: z.string(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
  negated: z.boolean(), hedged: z.boolean(), evidence: spanRef,
  mentions: z.number().int().optional(), evidence_all: z.array(spanRef).optional(),
});
export const articleDetail = z.object({
  id: z.string(), url: z.string().nullable(), title: z.string(), captions: z.array(z.object({ text: z.string(), credit: z.string().nullable() })),
  published: z.string().nullable(), published_source: z.enum(['given', 'metadata', 'caption', 'text']).nullable(), body: z.string(),
  entities: z.array(articleEntity),
  dates: z.array(articleDate), quotes: z.array(articleQuote),
  events: z.array(articleEvent),
  tone: z.object({ score: z.number(), positive: z.number(), negative: z.number() }).nullable(),
  dup_group: z.string(), duplicates: z.array(z.object({ id: z.string(), title: z.string() })),
});
export const deletedBody = z.object({ deleted: z.literal(true) });
