// Who may read and write, and what a browser is told about our pages.
//
// 1. Auth is decided on the route and on the decoded, normalised path, never on the raw URL:
//    `/%61pi/articles` is `/api/articles` to the router, so it is `/api` here too. With a token,
//    every write (any method but GET/HEAD/OPTIONS, on any path) needs it; with --private, so does
//    every read of the API. Tokens are compared in constant time.
// 2. Host: every request must name this server (a loopback name on a loopback server; the
//    machine's own names and addresses, the bound address or an --allow-host name otherwise), so a
//    DNS-rebinding page that points its own name at 127.0.0.1 is refused before any route runs.
// 3. Origin: an API request that carries an Origin must come from this server's own origin (or an
//    --allow-origin one); `Origin: null` is refused. A write that a browser marks cross-site is
//    refused even without an Origin.
// 4. Content type: a write from a browser must be JSON (application/json, application/x-ndjson)
//    or carry the X-Newsgraph-Client header. text/plain and text/html bodies are what a foreign
//    page can send without a CORS preflight; command-line clients (no Origin, no Sec-Fetch-*)
//    may still send them.
// 5. Security headers on every answer (@fastify/helmet): a CSP the built UI works under
//    (scripts, styles, images and fetches from ourselves only), nosniff, frame denial,
//    no referrer, same-origin resource and opener policies.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { timingSafeEqual } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import { HttpError } from './errors.js';

export interface SecurityOptions {
  token: string | null;
  private: boolean;
  /** The address the server listens on (default 127.0.0.1). */
  listenHost?: string;
  /** More Host names (and so origins) to accept, e.g. the name of a reverse proxy. */
  allowHosts?: readonly string[];
  /** More origins allowed to call the API from a browser (`https://dash.example.org`). */
  allowOrigins?: readonly string[];
}

/** The header a browser client sends to post non-JSON bodies (it forces a CORS preflight). */
export const CLIENT_HEADER = 'x-newsgraph-client';

const JSON_TYPES = new Set(['application/json', 'application/x-ndjson', 'application/jsonl']);
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Inline style that Cytoscape.js injects once (`.__________cytoscape_container { position: relative; }`),
 * allowed by its hash so that no other inline style is.
 */
const CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", CYTOSCAPE_STYLE],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function tokenOk(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!.trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The path as the router understands it: no scheme or authority (absolute-form targets), no
 * query, percent-decoding applied until stable, backslashes as slashes, repeated slashes and
 * dot segments resolved, lower case (for the /api test only).
 */
export function normalisedPath(url: string): string {
  let p = url.split(/[?#]/)[0]!.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  for (let i = 0; i < 4; i++) {
    let d: string;
    try {
      d = decodeURIComponent(p);
    } catch {
      d = p.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
    if (d === p) break;
    p = d;
  }
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return ('/' + out.join('/')).toLowerCase();
}

/** Does this request reach the API (by the route it matched, or by its normalised path)? */
export function isApiRequest(req: FastifyRequest): boolean {
  const route = req.routeOptions?.url;
  if (route && (route === '/api' || route.startsWith('/api/'))) return true;
  const p = normalisedPath(req.url);
  return p === '/api' || p.startsWith('/api/');
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
export function isLoopbackHost(h: string): boolean {
  const x = h.toLowerCase();
  return LOOPBACK_NAMES.has(x) || /^127\.\d+\.\d+\.\d+$/.test(x) || x === '::ffff:127.0.0.1';
}

/** "Example.org:8080" → "example.org"; "[::1]:80" → "::1". */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.lastIndexOf(':');
  return colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

/** The Host names this server answers to. */
export function allowedHostNames(o: SecurityOptions): (name: string) => boolean {
  const listen = (o.listenHost ?? '127.0.0.1').replace(/^\[|\]$/g, '').toLowerCase();
  const extra = new Set((o.allowHosts ?? []).map((h) => hostName(h)));
  if (isLoopbackHost(listen)) return (n) => isLoopbackHost(n) || extra.has(n);
  const own = new Set<string>([listen]);
  if (listen === '0.0.0.0' || listen === '::' || listen === '') {
    // Every address and name of this machine.
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) own.add(a.address.toLowerCase());
    const name = hostname().toLowerCase();
    own.add(name);
    own.add(name.split('.')[0]!);
    own.add(`${name.split('.')[0]}.local`);
  }
  return (n) => isLoopbackHost(n) || own.has(n) || extra.has(n);
}

export async function installSecurity(app: FastifyInstance, o: SecurityOptions): Promise<void> {
  // Headers first, so that every answer carries them, refusals below included.
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Plain HTTP (a TLS proxy in front sets its own); upgrade-insecure-requests would break a LAN server.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });

  const hostOk = allowedHostNames(o);
  const origins = new Set((o.allowOrigins ?? []).map((x) => x.replace(/\/+$/, '').toLowerCase()));
  const token = o.token;

  app.addHook('onRequest', async (req) => {
    const write = !READ_METHODS.has(req.method);
    // 1. The token: every write; API reads too when private.
    if (token && (write || (o.private && isApiRequest(req))) && !tokenOk(req.headers.authorization, token)) {
      throw new HttpError(401, 'unauthorized', req.headers.authorization ? 'wrong token' : 'this needs Authorization: Bearer <token>',
        { 'www-authenticate': 'Bearer' });
    }
    // 2. Host (absent only from non-browser HTTP/1.0 clients).
    const host = req.headers.host;
    if (host !== undefined && !hostOk(hostName(host))) {
      throw new HttpError(403, 'forbidden_host', `this server does not answer to the name ${hostName(host).slice(0, 100)} (see --allow-host)`);
    }
    const api = write || isApiRequest(req);
    if (!api) return;
    // 3. Origin.
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let ok = false;
      if (origin !== 'null') {
        try {
          const u = new URL(origin);
          ok = (host !== undefined && u.host.toLowerCase() === host.trim().toLowerCase()) || origins.has(u.origin.toLowerCase())
            || (o.allowHosts ?? []).some((h) => hostName(h) === u.hostname.toLowerCase().replace(/^\[|\]$/g, ''));
        } catch {
          ok = false;
        }
      }
      if (!ok) throw new HttpError(403, 'forbidden_origin', `requests from ${origin.slice(0, 100)} are not allowed (same origin only; see --allow-origin)`);
    }
    if (!write) return;
    const site = req.headers['sec-fetch-site'];
    if (origin === undefined && (site === 'cross-site' || site === 'same-site')) {
      throw new HttpError(403, 'forbidden_origin', 'cross-site writes are not allowed');
    }
    // 4. Browser writes must be JSON, or say who they are.
    const browser = origin !== undefined || site !== undefined || req.headers['sec-fetch-mode'] !== undefined;
    if (browser && req.method === 'POST' && req.headers[CLIENT_HEADER] === undefined) {
      const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!JSON_TYPES.has(type)) {
        throw new HttpError(415, 'unsupported_media_type', `a browser must send application/json or application/x-ndjson (or the ${CLIENT_HEADER} header), not ${type || 'no content type'}`);
      }
    }
  });
}
