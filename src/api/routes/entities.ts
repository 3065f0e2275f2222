// /api/entities: list (name, type, country) and entity profiles.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listEntitiesJson, entityProfile } from '../../store/index.js';
import { HttpError } from '../errors.js';
import { cachedJson, cachedJsonText, type RouteDeps } from './deps.js';
import { entitiesQuery, entityIdParam, entityList, entityProfile as entityProfileBody } from './entities.schemas.js';

export const entitiesRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get('/entities', {
    schema: { summary: 'entities by name, type, country', querystring: entitiesQuery, response: { 200: entityList } },
  }, (req, reply) => cachedJsonText(deps, req, reply, () => {
    const { limit, offset, ...f } = req.query;
    return listEntitiesJson(db, f, { limit, offset });
  }));

  app.get('/entities/:id', {
    schema: { summary: 'entity profile', params: entityIdParam, response: { 200: entityProfileBody } },
  }, (req, reply) => cachedJson(deps, req, reply, async () => {
    const p = await entityProfile(db, req.params.id);
    if (!p) throw new HttpError(404, 'not_found', `no entity ${req.params.id}`);
    return p;
  }));
};
