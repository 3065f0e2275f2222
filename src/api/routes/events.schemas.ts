// Events, the actor network and the timeline: request and response schemas.
import { z } from 'zod';
import { after, articleRef, eventFilterShape, eventSortShape, fieldName, page, quadClass, quads, keysetList } from '../common.js';

export const eventsQuery = z.strictObject({ ...eventFilterShape, ...eventSortShape, ...page, ...after });
export const graphQuery = z.strictObject({
  mode: z.enum(['country', 'entity']).default('country'),
  min: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('least events per edge'),
  limit: z.coerce.number().int().min(1).max(2000).default(200).describe('most edges'),
  ...eventFilterShape,
});
export const timelineQuery = z.strictObject({ grain: z.enum(['day', 'week']).default('day'), ...eventFilterShape });
export const placesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(50000).default(20000).describe('most places returned (busiest first)'), ...eventFilterShape });

export const actor = z.object({ entity: z.string().nullable(), name: z.string().nullable(), country: z.string().nullable(), actor_code: z.string().nullable() });
export const place = z.object({ name: z.string(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() });
export const eventItem = z.object({
  id: z.string(), source: actor, target: actor.nullable(), cameo: z.string(), root: z.string(), plover: z.string().nullable(),
  quad_class: quadClass, goldstein: z.number(), date: z.string().nullable(),
  date_start: z.string().nullable(), date_end: z.string().nullable(), date_precision: z.enum(['day', 'week', 'month', 'year']).nullable(),
  place: place.nullable(),
  hedged: z.boolean(), negated: z.boolean(), num_mentions: z.number().int(), num_articles: z.number().int(), num_sources: z.number().int(),
  evidence: z.object({ article_id: z.string(), field: fieldName, start: z.number().int(), end: z.number().int(), text: z.string() }).nullable(),
  evidence_spans: z.array(z.object({ article_id: z.string(), field: fieldName, start: z.number().int(), end: z.number().int(), text: z.string() })),
  articles: z.array(articleRef),
});
export const eventList = keysetList(eventItem);

export const graphNode = z.object({ id: z.string(), label: z.string(), type: z.string(), country: z.string().nullable(), count: z.number().int() });
export const graphEdge = z.object({ id: z.string(), source: z.string(), target: z.string(), count: z.number().int(), by_quad: quads });
export const graphBody = z.object({ mode: z.enum(['country', 'entity']), nodes: z.array(graphNode), edges: z.array(graphEdge) });

export const timelineBucket = z.object({ period: z.string(), start: z.string(), total: z.number().int(), by_quad: quads });
export const coarseBucket = z.object({ period: z.string(), precision: z.enum(['week', 'month', 'year']), start: z.string(), end: z.string(), total: z.number().int(), by_quad: quads });
export const timelineBody = z.object({ grain: z.enum(['day', 'week']), buckets: z.array(timelineBucket), coarse: z.array(coarseBucket) });

export const placeCount = z.object({ name: z.string(), country: z.string().nullable(), lat: z.number(), lon: z.number(), total: z.number().int(), by_quad: quads });
export const placesBody = z.object({ total: z.number().int(), located: z.number().int(), places: z.array(placeCount) });
