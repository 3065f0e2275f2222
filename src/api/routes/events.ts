// /api/events, /api/graph, /api/timeline, /api/places: folded events with filters, the actor network,
// counts over time, every located event counted by place (the map).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listEventsJson, graph, timeline, placeCounts } from '../../store/index.js';
import { cachedJson, cachedJsonText, type RouteDeps } from './deps.js';
import { eventList, eventsQuery, graphBody, graphQuery, timelineBody, timelineQuery, placesBody, placesQuery } from './events.schemas.js';

export const eventsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get('/events', {
    schema: { summary: 'folded events with filters', querystring: eventsQuery, response: { 200: eventList } },
  }, (req, reply) => cachedJsonText(deps, req, reply, () => {
    const { limit, offset, after, ...f } = req.query;
    return listEventsJson(db, f, { limit, offset, after });
  }));

  app.get('/graph', {
    schema: { summary: 'actor network', querystring: graphQuery, response: { 200: graphBody } },
  }, (req, reply) => cachedJson(deps, req, reply, () => {
    const { mode, min, limit, ...f } = req.query;
    return graph(db, mode, f, { min, limit });
  }));

  app.get('/timeline', {
    schema: { summary: 'event counts by day or week and quad class', querystring: timelineQuery, response: { 200: timelineBody } },
  }, (req, reply) => cachedJson(deps, req, reply, () => {
    const { grain, ...f } = req.query;
    return timeline(db, grain, f);
  }));

  app.get('/places', {
    schema: { summary: 'located events counted by place (every one of the filter, for the map)', querystring: placesQuery, response: { 200: placesBody } },
  }, (req, reply) => cachedJson(deps, req, reply, () => {
    const { limit, ...f } = req.query;
    return placeCounts(db, f, limit);
  }));
};
