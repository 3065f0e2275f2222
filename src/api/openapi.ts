// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests: every
// route registered with a `schema.summary` is collected (onRoute) and described here.
import { z } from 'zod';
import { errorBody } from './common.js';

export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  url: string;
  summary: string;
  query: z.ZodType | null;
  params: z.ZodType | null;
  response: z.ZodType | null;
  /** Content types of the request body, when it takes one. */
  body?: readonly string[];
}

type Json = Record<string, any>;

function parameters(schema: z.ZodType | null, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const required = new Set<string>(js.required ?? []);
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === 'path' || (required.has(name) && (s as Json).default === undefined),
    ...((s as Json).description ? { description: (s as Json).description } : {}),
    schema: s,
  }));
}

export function openapiDocument(routes: RouteDoc[]): Json {
  const paths: Json = {};
  const err = z.toJSONSchema(errorBody, { unrepresentable: 'any' });
  for (const r of routes) {
    const url = r.url.replace(/:(\w+)/g, '{$1}');
    const op: Json = {
      summary: r.summary,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        '200': {
          description: 'OK',
          ...(r.response ? { content: { 'application/json': { schema: z.toJSONSchema(r.response, { io: 'output', unrepresentable: 'any' }) } } } : {}),
        },
        '4XX': { description: 'invalid request', content: { 'application/json': { schema: err } } },
      },
    };
    if (r.body) {
      op.requestBody = { required: true, content: Object.fromEntries(r.body.map((t) => [t, { schema: { type: 'string' } }])) };
    }
    if (r.method !== 'get') op.security = [{ bearer: [] }];
    (paths[url] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph API', version: '0.1.0', description: 'Articles, entities, events, quotes, network, timeline and exports of a newsgraph database.' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}

/** A route as fastify's onRoute hook sees it → its entry in the document (null: undocumented). */
export function routeDoc(r: { method: string | string[]; url: string; schema?: Record<string, any>; config?: Record<string, any> }): RouteDoc | null {
  const method = (Array.isArray(r.method) ? r.method[0]! : r.method).toLowerCase();
  if (!r.schema?.summary || (method !== 'get' && method !== 'post' && method !== 'delete')) return null;
  return {
    method, url: r.url, summary: r.schema.summary,
    query: r.schema.querystring ?? null, params: r.schema.params ?? null, response: r.schema.response?.[200] ?? null,
    ...(r.config?.bodyTypes ? { body: r.config.bodyTypes } : {}),
  };
}
