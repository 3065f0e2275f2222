// Every request and response schema of the API, gathered from the route areas (routes/*.schemas.ts,
// each beside its routes). Requests are validated with them before any query runs (through the zod
// type provider); responses are described by them for the OpenAPI document, checked by the API
// tests, and the web client's types are inferred from them (web/src/api.ts). Structured parameters
// (codes, ids, dates) accept only their exact shapes, so an SQL-looking string is a 400, never a query.
// Only zod is imported on this path: the web build may import these types.
export { day, page, eventFilterShape, ENTITY_TYPES, errorBody } from './common.js';
export { articlesQuery, articleId, articleItem, articleList, articleDetail, articleEntity, articleEvent, articleQuote, articleDate, deletedBody } from './routes/articles.schemas.js';
export { entitiesQuery, entityIdParam, entityItem, entityList, entityProfile } from './routes/entities.schemas.js';
export { eventsQuery, graphQuery, timelineQuery, eventItem, eventList, actor, place, graphBody, graphNode, graphEdge, timelineBody, timelineBucket } from './routes/events.schemas.js';
export { quotesQuery, quoteItem, quoteList } from './routes/quotes.schemas.js';
export { ingestQuery, ingestBody, INGEST_TYPES } from './routes/ingest.schemas.js';
export { healthBody, exportWhat, exportQuery } from './routes/meta.schemas.js';

import { articleList } from './routes/articles.schemas.js';
import { entityList } from './routes/entities.schemas.js';
import { eventList } from './routes/events.schemas.js';
import { quoteList } from './routes/quotes.schemas.js';
export const listOf = { articles: articleList, entities: entityList, events: eventList, quotes: quoteList };
