// Request and response schemas (zod): requests are validated before any query runs; responses are
// described for the OpenAPI document and checked by the API tests. Structured parameters (codes,
// ids, dates) accept only their exact shapes, so an SQL-looking string is a 400, never a query.
import { z } from 'zod';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s);

export const day = z.string().refine(validDay, 'must be a date YYYY-MM-DD');
const noControl = (max: number) => z.string().min(1).max(max).refine((s) => !/[\u0000-\u001f]/.test(s), 'must not contain control characters');

/** ent_… stays as is; codes are upper-cased. */
const actorSel = z
  .string()
  .max(20)
  .transform((s) => (s.startsWith('ent_') ? s : s.toUpperCase()))
  .refine((s) => /^(ent_[0-9a-f]{12}|[A-Z]{3}[A-Z0-9]{0,12})$/.test(s), 'must be a country code (RUS), an actor code (RUSMIL) or an entity id (ent_…)');

const roleCode = z.string().regex(/^[A-Za-z]{3}$/, 'must be a 3-letter CAMEO role code, e.g. GOV').transform((s) => s.toUpperCase());

export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size (1–500)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('rows to skip'),
};

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
  article: z.string().regex(/^[0-9a-f]{16}$/, 'must be an article id').optional().describe('only events of this article'),
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

export const eventSortShape = {
  sort: z.enum(['date', 'goldstein', 'mentions', 'articles', 'sources']).optional().describe('order of the list (default date)'),
  order: z.enum(['desc', 'asc']).optional().describe('desc (default) or asc'),
};

export const articleId = z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/, 'must be an article id (16 hex)') });
export const entityIdParam = z.strictObject({ id: z.string().regex(/^ent_[0-9a-f]{12}$/, 'must be an entity id (ent_ + 12 hex)') });

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'LAW', 'PRODUCT', 'WORK'] as const;

export const articlesQuery = z.strictObject({
  q: noControl(200).optional().describe('full-text search (web search syntax)'),
  from: day.optional(),
  to: day.optional(),
  ...page,
});
export const entitiesQuery = z.strictObject({
  q: noControl(100).optional().describe('name substring'),
  type: z.string().transform((s) => s.toUpperCase()).pipe(z.enum(ENTITY_TYPES)).optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO alpha-3 country code').transform((s) => s.toUpperCase()).optional(),
  ...eventFilterShape,
  ...page,
});
export const eventsQuery = z.strictObject({ ...eventFilterShape, ...eventSortShape, ...page });
export const quotesQuery = z.strictObject({
  speaker: noControl(100).optional().describe('speaker entity id or name substring'),
  q: noControl(200).optional().describe('quote text substring'),
  article: z.string().regex(/^[0-9a-f]{16}$/, 'must be an article id').optional(),
  ...page,
});
export const graphQuery = z.strictObject({
  mode: z.enum(['country', 'entity']).default('country'),
  min: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('least events per edge'),
  limit: z.coerce.number().int().min(1).max(2000).default(200).describe('most edges'),
  ...eventFilterShape,
});
export const timelineQuery = z.strictObject({ grain: z.enum(['day', 'week']).default('day'), ...eventFilterShape });
export const exportWhat = z.strictObject({ what: z.enum(['events', 'entities', 'quotes']) });
export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'jsonl', 'gdelt']).default('csv'),
  // the filters of every kind; which apply depends on the kind exported
  ...eventFilterShape,
  q: noControl(200).optional(),
  type: z.string().transform((s) => s.toUpperCase()).pipe(z.enum(ENTITY_TYPES)).optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/).transform((s) => s.toUpperCase()).optional(),
  speaker: noControl(100).optional(),
});
export const ingestQuery = z.strictObject({
  url: z.string().url().max(2000).optional().describe('the page address, for HTML bodies'),
  published: day.optional().describe('publication date for every article'),
});

// ------------------------------------------------------------------ responses
const span = { field: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() };
const actor = z.object({ entity: z.string().nullable(), name: z.string().nullable(), country: z.string().nullable(), actor_code: z.string().nullable() });
const quads = z.object({ '1': z.number(), '2': z.number(), '3': z.number(), '4': z.number() });
const list = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });

export const errorBody = z.object({ error: z.object({ status: z.number().int(), code: z.string(), message: z.string() }) });
export const eventItem = z.object({
  id: z.string(), source: actor, target: actor.nullable(), cameo: z.string(), root: z.string(), plover: z.string().nullable(),
  quad_class: z.number().int(), goldstein: z.number(), date: z.string().nullable(),
  date_start: z.string().nullable(), date_end: z.string().nullable(), date_precision: z.enum(['day', 'week', 'month', 'year']).nullable(),
  place: z.object({ name: z.string(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
  hedged: z.boolean(), negated: z.boolean(), num_mentions: z.number().int(), num_articles: z.number().int(), num_sources: z.number().int(),
  evidence: z.object({ article_id: z.string(), ...span }).nullable(),
  evidence_spans: z.array(z.object({ article_id: z.string(), ...span })),
  articles: z.array(z.object({ id: z.string(), title: z.string(), published: z.string().nullable() })),
});
export const entityItem = z.object({
  id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), actor_code: z.string().nullable(),
  geo: z.object({ lat: z.number(), lon: z.number(), geonames_id: z.number().nullable() }).nullable(),
  articles: z.number().int(), mentions: z.number().int(),
});
export const quoteItem = z.object({
  id: z.number().int(), article_id: z.string(), article_title: z.string(), published: z.string().nullable(), kind: z.string(), ...span,
  speaker: z.object({ entity: z.string().nullable(), name: z.string().nullable() }).nullable(),
});
export const articleItem = z.object({
  id: z.string(), title: z.string(), published: z.string().nullable(), url: z.string().nullable(), snippet: z.string(),
  tone: z.number().nullable(), dup_group: z.string(), duplicates: z.number().int(), sources: z.number().int(),
  counts: z.object({ entities: z.number().int(), events: z.number().int(), quotes: z.number().int() }),
});
export const articleDetail = z.looseObject({
  id: z.string(), url: z.string().nullable(), title: z.string(), captions: z.array(z.object({ text: z.string(), credit: z.string().nullable() })),
  published: z.string().nullable(), published_source: z.string().nullable(), body: z.string(),
  entities: z.array(z.looseObject({ id: z.string(), global_id: z.string(), name: z.string(), type: z.string(), mentions: z.array(z.object(span)) })),
  dates: z.array(z.looseObject(span)), quotes: z.array(z.looseObject(span)),
  events: z.array(z.looseObject({ id: z.string(), global_id: z.string().nullable(), cameo: z.string() })),
  tone: z.object({ score: z.number(), positive: z.number(), negative: z.number() }).nullable(),
  dup_group: z.string(), duplicates: z.array(z.object({ id: z.string(), title: z.string() })),
});
export const entityProfile = z.object({
  entity: entityItem,
  roles: z.array(z.object({ role: z.string(), count: z.number().int() })),
  mentions: z.array(z.object({ article_id: z.string(), title: z.string(), published: z.string().nullable(), ...span })),
  cooccurring: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), articles: z.number().int() })),
  quotes: z.array(quoteItem),
  events: z.array(eventItem),
});
export const graphBody = z.object({
  mode: z.enum(['country', 'entity']),
  nodes: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), country: z.string().nullable(), count: z.number().int() })),
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), count: z.number().int(), by_quad: quads })),
});
export const timelineBody = z.object({
  grain: z.enum(['day', 'week']),
  buckets: z.array(z.object({ period: z.string(), start: z.string(), total: z.number().int(), by_quad: quads })),
  coarse: z.array(z.object({ period: z.string(), precision: z.enum(['week', 'month', 'year']), start: z.string(), end: z.string(), total: z.number().int(), by_quad: quads })),
});
export const ingestBody = z.object({
  read: z.number().int(), stored: z.number().int(), duplicates: z.number().int(),
  rejected: z.array(z.object({ where: z.string(), reason: z.string() })),
  articles: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(['stored', 'duplicate']) })),
});
export const healthBody = z.object({
  ok: z.literal(true), engine: z.enum(['pglite', 'postgres']), articles: z.number().int(), entities: z.number().int(), events: z.number().int(),
  stories: z.number().int(),
  auth: z.object({ token: z.boolean(), private: z.boolean() }),
});
export const listOf = { articles: list(articleItem), entities: list(entityItem), events: list(eventItem), quotes: list(quoteItem) };
