// /api/articles: list (full-text search, date range), one article, delete.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listArticlesJson, getArticle, deleteArticle } from '../../store/index.js';
import { HttpError } from '../errors.js';
import { cachedJson, cachedJsonText, type RouteDeps } from './deps.js';
import { articleDetail, articleId, articleList, articlesQuery, deletedBody } from './articles.schemas.js';

export const articlesRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get('/articles', {
    schema: { summary: 'articles: full-text search and date range', querystring: articlesQuery, response: { 200: articleList } },
  }, (req, reply) => cachedJsonText(deps, req, reply, () => {
    const { limit, offset, after, ...f } = req.query;
    return listArticlesJson(db, f, { limit, offset, after });
  }));

  app.get('/articles/:id', {
    schema: { summary: 'one article with its annotations', params: articleId, response: { 200: articleDetail } },
  }, (req, reply) => cachedJson(deps, req, reply, async () => {
    const a = await getArticle(db, req.params.id);
    if (!a) throw new HttpError(404, 'not_found', `no article ${req.params.id}`);
    return a;
  }));

  app.delete('/articles/:id', {
    schema: { summary: 'delete an article (write)', params: articleId, response: { 200: deletedBody } },
  }, async (req) => {
    if (!(await deleteArticle(db, req.params.id))) throw new HttpError(404, 'not_found', `no article ${req.params.id}`);
    return { deleted: true as const };
  });
};
