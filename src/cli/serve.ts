// `newsgraph serve [--db URL] [--port N] [--host H] [--token T] [--private]`: the API and the UI.
// Loopback by default; any other address must come with a token, or the server refuses to start.
import type { Command } from 'commander';
import { openStore, type Db } from '../store/index.js';
import { fail, UsageError } from './errors.js';
import { writeServerNote } from './server-file.js';

export interface ServeCliOptions {
  db?: string; port?: string; host?: string; token?: string; private?: boolean; bodyLimit?: string; cacheMs?: string;
  allowHost?: string[]; allowOrigin?: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface ServeSettings {
  host: string; port: number; token: string | null; private: boolean; bodyLimit: number; cacheMs: number;
  allowHosts: string[]; allowOrigins: string[];
}

/** Validate the options; usage errors (exit 2) say what to change. */
export function serveSettings(o: ServeCliOptions, defaultPort = 8080): ServeSettings {
  const host = o.host ?? '127.0.0.1';
  const port = o.port === undefined ? defaultPort : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not ${o.port}`);
  const token = o.token ?? process.env.NEWSGRAPH_TOKEN ?? null;
  if (token !== null && token.length < 8) throw new UsageError('the token must be at least 8 characters');
  if (!isLoopback(host) && !token) throw new UsageError(`refusing to serve on ${host} without a token (give --token or NEWSGRAPH_TOKEN)`);
  if (o.private && !token) throw new UsageError('--private needs a token (--token or NEWSGRAPH_TOKEN)');
  const mb = o.bodyLimit === undefined ? 10 : Number(o.bodyLimit);
  if (!(mb > 0 && mb <= 1024)) throw new UsageError(`--body-limit must be megabytes between 0 and 1024, not ${o.bodyLimit}`);
  const cacheMs = o.cacheMs === undefined ? 1000 : Number(o.cacheMs);
  if (!Number.isInteger(cacheMs) || cacheMs < 0 || cacheMs > 3_600_000) throw new UsageError(`--cache-ms must be milliseconds (0 turns the cache off), not ${o.cacheMs}`);
  const allowHosts = (o.allowHost ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  for (const h of allowHosts) if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d+)?$/i.test(h)) throw new UsageError(`--allow-host must be a host name, not ${h}`);
  const allowOrigins = (o.allowOrigin ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  for (const x of allowOrigins) if (!/^https?:\/\/[^/\s]+\/?$/i.test(x)) throw new UsageError(`--allow-origin must be an origin like https://example.org, not ${x}`);
  return { host, port, token, private: !!o.private, bodyLimit: Math.round(mb * 1024 * 1024), cacheMs, allowHosts, allowOrigins };
}

/** Open the store and listen; resolves with the URL once serving. */
export async function startServer(s: ServeSettings, dbUrl?: string, db?: Db): Promise<{ url: string; close: () => Promise<void> }> {
  const store = db ?? (await openStore(dbUrl));
  const { buildApp } = await import('../api/app.js'); // fastify loads only when serving
  const app = await buildApp({
    db: store, token: s.token, private: s.private, bodyLimit: s.bodyLimit, cacheMs: s.cacheMs,
    listenHost: s.host, allowHosts: s.allowHosts, allowOrigins: s.allowOrigins,
  });
  try {
    await app.listen({ host: s.host, port: s.port });
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') fail(`port ${s.port} on ${s.host} is already in use (choose another with --port)`);
    if (err.code === 'EACCES') fail(`not allowed to listen on ${s.host}:${s.port}`);
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : s.port;
  const shown = s.host.includes(':') && !s.host.startsWith('[') ? `[${s.host}]` : s.host;
  const url = `http://${shown === '127.0.0.1' ? 'localhost' : shown}:${port}`;
  // An embedded database: tell `ingest` on the same folder where to send its articles.
  const local = s.host === '0.0.0.0' || s.host === '::' ? '127.0.0.1' : s.host.includes(':') && !s.host.startsWith('[') ? `[${s.host}]` : s.host;
  const unnote = store.engine === 'pglite' && store.where !== 'memory'
    ? writeServerNote(store.where, { pid: process.pid, url: `http://${local}:${port}`, token: !!s.token, started: new Date().toISOString() })
    : () => {};
  const close = async () => {
    unnote();
    await app.close();
    await store!.close();
  };
  const stop = () => {
    void close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { url, close };
}

export async function serveCommand(o: ServeCliOptions): Promise<void> {
  const s = serveSettings(o, Number(process.env.PORT) || 8080);
  const { url } = await startServer(s, o.db);
  process.stderr.write(`newsgraph: serving ${url} (API at ${url}/api${s.token ? ', token required for writes' + (s.private ? ' and reads' : '') : ''})\n`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API under /api and the web interface at /')
    .option('--db <url>', 'PGlite folder or postgres:// URL (default $NEWSGRAPH_DATABASE_URL or ./.newsgraph/db)')
    .option('--port <n>', 'port (default $PORT or 8080)')
    .option('--host <host>', 'address to bind (default 127.0.0.1; others need a token)')
    .option('--token <token>', 'bearer token for writes (default $NEWSGRAPH_TOKEN)')
    .option('--private', 'reads need the token too')
    .option('--body-limit <mb>', 'largest POST /api/ingest body in MB', '10')
    .option('--cache-ms <ms>', 'answer repeated reads from memory for this long (0 = off)', '1000')
    .option('--allow-host <names...>', 'more Host names to answer to, e.g. a reverse proxy\'s (comma-separated or repeated)')
    .option('--allow-origin <origins...>', 'origins (https://dash.example.org) whose pages may call the API')
    .action((o: ServeCliOptions) => serveCommand(o));
}
