// Who may read and write.
import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.js';

export interface AuthOptions { token: string | null; private: boolean }

function tokenOk(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!.trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function installAuth(app: FastifyInstance, o: AuthOptions): void {
  // Registered only with a token: an open server does no per-request work here.
  if (!o.token) return;
  const token = o.token;
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api')) return;
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    if ((write || o.private) && !tokenOk(req.headers.authorization, token)) {
      throw new HttpError(401, 'unauthorized', req.headers.authorization ? 'wrong token' : 'this needs Authorization: Bearer <token>');
    }
  });
}
