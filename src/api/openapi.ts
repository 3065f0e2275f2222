// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import { errorBody } from './schemas.js';

export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  url: string;
  summary: string;
  query: z.ZodType | null;
  params: z.ZodType | null;
  response: z.ZodType | null;
  body?: boolean;
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
      op.requestBody = {
        required: true,
        content: Object.fromEntries(['text/plain', 'text/html', 'application/x-ndjson', 'application/json'].map((t) => [t, { schema: { type: 'string' } }])),
      };
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
