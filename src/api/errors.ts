// Every error the API answers is JSON `{ error: { status, code, message } }` with a 4xx/5xx status.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { CursorError } from '../store/cursor.js';

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export const errorJson = (status: number, code: string, message: string) => ({ error: { status, code, message } });

const WHERE: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' };

/** A zod validation failure as one line, naming the parameter: "query parameter limit: …". */
function validationMessage(err: FastifyError): string {
  const what = WHERE[err.validationContext ?? ''] ?? 'request';
  const i = err.validation![0]! as { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };
  if (i.keyword === 'unrecognized_keys') return `unknown ${what} parameter ${(i.params.keys as string[]).join(', ')}`;
  const name = i.instancePath.replace(/^\//, '').replace(/\//g, '.') || what;
  return `${what} parameter ${name}: ${i.message}`;
}

export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).headers(err.headers).send(errorJson(err.status, err.code, err.message));
    if (err instanceof CursorError) return reply.code(400).send(errorJson(400, 'bad_request', `query parameter after: ${err.message}`));
    if (hasZodFastifySchemaValidationErrors(err)) return reply.code(400).send(errorJson(400, 'bad_request', validationMessage(err)));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorJson(413, 'too_large', `body larger than ${bodyLimit} bytes`));
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send(errorJson(415, 'unsupported_media_type', 'send text/plain, text/html, application/x-ndjson or application/json'));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) process.stderr.write(`newsgraph: serve: ${err.stack ?? err.message}\n`);
    return reply.code(status).send(errorJson(status, status === 500 ? 'internal' : 'bad_request', status === 500 ? 'internal error' : err.message));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api')) return reply.code(404).send(errorJson(404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`));
    return reply.code(404).send(errorJson(404, 'not_found', 'not found'));
  });
}
