// Health, exports and the OpenAPI document: request and response schemas.
import { z } from 'zod';
import { countryCode, entityType, eventFilterShape, noControl } from '../common.js';

export const healthBody = z.object({
  ok: z.literal(true), engine: z.enum(['pglite', 'postgres']), articles: z.number().int(), entities: z.number().int(), events: z.number().int(),
  stories: z.number().int(),
  auth: z.object({ token: z.boolean(), private: z.boolean() }),
});

export const exportWhat = z.strictObject({ what: z.enum(['events', 'entities', 'quotes']) });
export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'jsonl', 'gdelt']).default('csv'),
  // the filters of every kind; which apply depends on the kind exported
  ...eventFilterShape,
  q: noControl(200).optional(),
  type: entityType.optional(),
  country: countryCode.optional(),
  speaker: noControl(100).optional(),
});
