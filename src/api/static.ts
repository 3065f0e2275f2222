// The built web UI (web/dist) at /, with the single-page-app fallback: any GET outside /api that
// names no file gets index.html, so client-side routes survive a reload. No path leaves the root.
import type { FastifyInstance } from 'fastify';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
};

/** web/dist of the package (dist/api/static.js → ../../web/dist). */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist', import.meta.url));
}

const NO_UI = `<!doctype html><html><head><meta charset="utf-8"><title>newsgraph</title></head><body>
<h1>newsgraph</h1><p>The web interface is not built (run <code>npm run build</code> in the package).
The API is at <a href="/api/health">/api</a>; see <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

export function registerStatic(app: FastifyInstance, webRoot?: string | null): void {
  const root = resolve(webRoot ?? defaultWebRoot());
  app.get('/*', async (req, reply) => {
    const path = decodeURIComponent(req.url.split('?')[0]!);
    if (path.startsWith('/api/') || path === '/api') {
      return reply.code(404).send({ error: { status: 404, code: 'not_found', message: `no route GET ${path}` } });
    }
    const index = join(root, 'index.html');
    if (!existsSync(index)) return reply.type('text/html; charset=utf-8').send(NO_UI);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) file = index;
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) file = index; // SPA fallback
    const ext = extname(file);
    reply.type(TYPES[ext] ?? 'application/octet-stream');
    // Hashed asset names can be cached for long; index.html never (it names the current assets).
    reply.header('cache-control', file === index ? 'no-cache' : path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    return reply.send(createReadStream(file));
  });
}
