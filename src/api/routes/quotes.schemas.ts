// Quotes: request and response schemas.
import { z } from 'zod';
import { articleIdValue, list, noControl, page, quoteKind, span } from '../common.js';

export const quotesQuery = z.strictObject({
  speaker: noControl(100).optional().describe('speaker entity id or name substring'),
  q: noControl(200).optional().describe('quote text substring'),
  article: articleIdValue.optional(),
  ...page,
});

export const quoteItem = z.object({
  id: z.number().int(), article_id: z.string(), article_title: z.string(), published: z.string().nullable(), kind: quoteKind, ...span,
  speaker: z.object({ entity: z.string().nullable(), name: z.string().nullable() }).nullable(),
});
export const quoteList = list(quoteItem);
