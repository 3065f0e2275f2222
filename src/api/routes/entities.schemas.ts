// Entities and entity profiles: request and response schemas.
import { z } from 'zod';
import { countryCode, entityType, entityTypeOut, eventFilterShape, fieldName, geo, list, noControl, page } from '../common.js';
import { eventItem } from './events.schemas.js';
import { quoteItem } from './quotes.schemas.js';

export const entitiesQuery = z.strictObject({
  q: noControl(100).optional().describe('name substring'),
  type: entityType.optional(),
  country: countryCode.optional(),
  // with any event filter: only entities that are the source or target of a matching event
  ...eventFilterShape,
  ...page,
});
export const entityIdParam = z.strictObject({ id: z.string().regex(/^ent_[0-9a-f]{12}$/, 'must be an entity id (ent_ + 12 hex)') });

export const entityItem = z.object({
  id: z.string(), name: z.string(), type: entityTypeOut, country: z.string().nullable(), actor_code: z.string().nullable(),
  geo: geo.nullable(),
  articles: z.number().int(), mentions: z.number().int(),
});
export const entityList = list(entityItem);

export const entityProfile = z.object({
  entity: entityItem,
  roles: z.array(z.object({ role: z.string(), count: z.number().int() })),
  mentions: z.array(z.object({
    article_id: z.string(), title: z.string(), published: z.string().nullable(),
    field: fieldName, start: z.number().int(), end: z.number().int(), text: z.string(),
  })),
  cooccurring: z.array(z.object({ id: z.string(), name: z.string(), type: entityTypeOut, country: z.string().nullable(), articles: z.number().int() })),
  quotes: z.array(quoteItem),
  events: z.array(eventItem),
});
