// Zod pieces shared by the route areas: days, pages, actor selectors, the event filters, spans
// and the list envelope. Only zod is imported here, so the web client can infer its types from
// these schemas (type-only imports) without pulling any server code into its build.
import { z } from 'zod';
import { isValidDay } from '../util/day.js';

export const day = z.string().refine(isValidDay, 'must be a date YYYY-MM-DD');
export const noControl = (max: number) => z.string().min(1).max(max).refine((s) => !/[\u0000-\u001f]/.test(s), 'must not contain control characters');

/** ent_… stays as is; codes are upper-cased. */
export const actorSel = z
  .string()
  .max(20)
  .transform((s) => (s.startsWith('ent_') ? s : s.toUpperCase()))
  .refine((s) => /^(ent_[0-9a-f]{12}|[A-Z]{3}[A-Z0-9]{0,12})$/.test(s), 'must be a country code (RUS), an actor code (RUSMIL) or an entity id (ent_…)');

export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size (1–500)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('rows to skip'),
};
/** Keyset paging (articles and events): `after` = the `next` of the previous page. */
export const after = {
  after: z.string().min(1).max(400).regex(/^[A-Za-z0-9_-]+$/, 'must be a cursor from a list answer\'s "next"').optional()
    .describe('start after this row: the "next" cursor of the previous page (one page of work at any depth; offset then counts from it)'),
};

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'LAW', 'PRODUCT', 'WORK'] as const;
export const entityType = z.string().transform((s) => s.toUpperCase()).pipe(z.enum(ENTITY_TYPES));
export const countryCode = z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO alpha-3 country code').transform((s) => s.toUpperCase());
export const articleIdValue = z.string().regex(/^[0-9a-f]{16}$/, 'must be an article id');

const roleCode = z.string().regex(/^[A-Za-z]{3}$/, 'must be a 3-letter CAMEO role code, e.g. GOV').transform((s) => s.toUpperCase());

export const eventFilterShape = {
  source: actorSel.optional().describe('source actor: country code, actor-code prefix or entity id'),
  target: actorSel.optional().describe('target actor: country code, actor-code prefix or entity id'),
  pair: z
    .string()
    .max(41)
    .transform((s) => s.split('-').map((x) => (x.startsWith('ent_') ? x : x.toUpperCase())).join('-'))
    .refine((s) => /^([A-Z]{3}[A-Z0-9]{0,12}|ent_[0-9a-f]{12})-([A-Z]{3}[A-Z0-9]{0,12}|ent_[0-9a-f]{12})$/.test(s), 'must be two actors joined by "-", e.g. RUS-PRK')
    .optional()
    .describe('two actors, either direction: RUS-PRK'),
  cameo: z.string().regex(/^\d{2,4}$/, 'must be a CAMEO code of 2–4 digits').optional().describe('CAMEO code prefix'),
  root: z.string().regex(/^(0[1-9]|1\d|20)$/, 'must be a CAMEO root 01–20').optional().describe('CAMEO root code'),
  plover: z.string().regex(/^[A-Za-z_]{2,30}$/, 'must be a PLOVER event type').transform((s) => s.toUpperCase()).optional().describe('PLOVER type'),
  quad_class: z.coerce.number().int().min(1).max(4).optional().describe('quad class 1–4'),
  from: day.optional().describe('first day (inclusive)'),
  to: day.optional().describe('last day (inclusive)'),
  place: noControl(100).optional().describe('place name substring or country code'),
  article: articleIdValue.optional().describe('only events of this article'),
  actor: actorSel.optional().describe('either side: country code, actor-code prefix or entity id'),
  role: roleCode.optional().describe('CAMEO role code (GOV, MIL, REB …) of either side'),
  source_role: roleCode.optional().describe('CAMEO role code of the source'),
  target_role: roleCode.optional().describe('CAMEO role code of the target'),
  dates: z.enum(['within', 'overlap']).optional().describe('from/to keep events whose date period lies within the range (default) or overlaps it (coarse dates: 2024-12, 2024-W50, 2024)'),
  precision: z.string().max(40).transform((s) => s.toLowerCase().split(',').map((x) => x.trim()).filter(Boolean))
    .refine((xs) => xs.length > 0 && xs.every((x) => ['day', 'week', 'month', 'year', 'none'].includes(x)), 'must be a comma list of day, week, month, year, none')
    .optional().describe('only these date precisions (comma list of day, week, month, year, none)'),
  negated: z.enum(['exclude', 'include', 'only']).optional().describe('negated events: exclude (default), include, only'),
  hedged: z.enum(['include', 'exclude', 'only']).optional().describe('hedged (reported, uncertain) events: include (default), exclude, only'),
};

/** Order of the events list (on the server, so pages follow it). */
export const eventSortShape = {
  sort: z.enum(['date', 'goldstein', 'mentions', 'articles', 'sources']).optional().describe('order of the list (default date)'),
  order: z.enum(['desc', 'asc']).optional().describe('desc (default) or asc'),
};

// ------------------------------------------------------------------ response pieces
export const entityTypeOut = z.enum(ENTITY_TYPES);
/** `title`, `body` or `caption:N`. */
export const fieldName = z.union([z.enum(['title', 'body']), z.templateLiteral(['caption:', z.number().int()])]);
export const span = { field: fieldName, start: z.number().int(), end: z.number().int(), text: z.string() };
export const spanRef = z.object(span);
export const quadClass = z.literal([1, 2, 3, 4]);
export const quads = z.object({ '1': z.number(), '2': z.number(), '3': z.number(), '4': z.number() });
export const geo = z.object({ lat: z.number(), lon: z.number(), geonames_id: z.number().nullable() });
export const quoteKind = z.enum(['direct', 'partial', 'indirect']);
export const articleRef = z.object({ id: z.string(), title: z.string(), published: z.string().nullable() });

export const list = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });
/** A list with keyset paging: `next` is the cursor for `after` when more rows may follow, else null. */
export const keysetList = <T extends z.ZodType>(item: T) => list(item).extend({ next: z.string().nullable() });

export const errorBody = z.object({ error: z.object({ status: z.number().int(), code: z.string(), message: z.string() }) });
