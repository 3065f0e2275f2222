// One database interface over two engines: PGlite (embedded, a data folder) and PostgreSQL (`pg`).
// Both speak the same SQL dialect with $1 parameters; type parsers are aligned so that both return
// the same JS values (int8/numeric → number, date → 'YYYY-MM-DD' string, jsonb → objects).
import { mkdirSync, writeFileSync, readFileSync, rmSync, accessSync, constants, existsSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { createRequire } from 'node:module';

export type Row = Record<string, any>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Human-readable location (folder or URL without password). */
  readonly where: string;
  /** Run fn in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A problem opening or using the database that the user must fix (one-line message). */
export class DbError extends Error {}

export const DEFAULT_DB_DIR = '.newsgraph/db';

export interface OpenOptions {
  /** Use this schema (created if missing) instead of `public`: lets tests share one server. */
  schema?: string;
  /** pg pool size. */
  poolSize?: number;
  /** PGlite only: start from this dumped data folder instead of running initdb (tests). */
  pgliteDataDir?: Blob;
}

/** PGlite's shared buffers in MB: 16 by default (its memory never shrinks), NEWSGRAPH_PGLITE_BUFFERS_MB to change. */
function pgliteBuffersMb(): number {
  const n = Number(process.env.NEWSGRAPH_PGLITE_BUFFERS_MB);
  return Number.isInteger(n) && n >= 1 && n <= 4096 ? n : 16;
}

/** `postgres://…` → PostgreSQL; `memory:` → in-memory PGlite; anything else is a PGlite folder. */
export function resolveDbUrl(url?: string | null): string {
  return url || process.env.NEWSGRAPH_DATABASE_URL || DEFAULT_DB_DIR;
}

export async function openDb(url?: string | null, opts: OpenOptions = {}): Promise<Db> {
  const u = resolveDbUrl(url);
  if (opts.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.schema)) throw new DbError(`bad schema name ${opts.schema}`);
  if (/^postgres(ql)?:\/\//.test(u)) return openPg(u, opts);
  return openPglite(u, opts);
}

const INT8 = 20, NUMERIC = 1700, DATE = 1082, TIMESTAMPTZ = 1184, TIMESTAMP = 1114;
const asNumber = (v: string) => (v === null ? null : Number(v));
const asString = (v: string) => v;

// ---------------------------------------------------------------- PostgreSQL
/** Connections per process: NEWSGRAPH_PG_POOL (1–100), else 10. */
function pgPoolSize(): number {
  const n = Number(process.env.NEWSGRAPH_PG_POOL);
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : 10;
}

async function openPg(url: string, opts: OpenOptions): Promise<Db> {
  const pg = (await import('pg')).default;
  const parsers: Record<number, (v: string) => unknown> = { [INT8]: asNumber, [NUMERIC]: asNumber, [DATE]: asString, [TIMESTAMPTZ]: asString, [TIMESTAMP]: asString };
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? pgPoolSize(),
    options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    types: { getTypeParser: ((oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as any)) as any },
  });
  pool.on('error', () => {}); // an idle client dropped by the server must not crash the process
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  try {
    const c = await pool.connect();
    try {
      if (opts.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    } finally {
      c.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new DbError(`cannot connect to ${where}: ${(e as Error).message}`);
  }
  const q = async (client: { query: (s: string, p?: unknown[]) => Promise<{ rows: Row[] }> }, sql: string, params?: unknown[]) =>
    (await client.query(sql, params ?? [])).rows;
  // Reads run as named prepared statements: each pooled connection parses (and, once PostgreSQL
  // settles on a generic plan, plans) an API query once instead of on every request, where planning
  // cost more than executing. Only SELECTs with few parameters, so the set of names stays small.
  const prepared = new Map<string, string>();
  let usePrepared = true;
  const statementName = (sql: string) => {
    let n = prepared.get(sql);
    if (!n) {
      n = 'ng_' + createHash('sha1').update(sql).digest('hex').slice(0, 20);
      if (prepared.size < 500) prepared.set(sql, n);
    }
    return n;
  };
  const read = async (sql: string, params?: unknown[]) => {
    if (!usePrepared || !/^\s*(SELECT|WITH)\b/i.test(sql) || (params?.length ?? 0) > 8) return q(pool, sql, params);
    try {
      const r = await pool.query({ name: statementName(sql), text: sql, values: params ?? [] });
      return r.rows as Row[];
    } catch (e) {
      // Another process changed a table's columns under a prepared "SELECT *": stop preparing.
      if (!/cached plan must not change result type/.test((e as Error).message)) throw e;
      usePrepared = false;
      return q(pool, sql, params);
    }
  };
  return {
    engine: 'postgres',
    where,
    query: <T extends Row>(sql: string, params?: unknown[]) => read(sql, params) as Promise<T[]>,
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const r = await fn({
          query: <R extends Row>(s: string, p?: unknown[]) => q(client, s, p) as Promise<R[]>,
          exec: async (s: string) => void (await client.query(s)),
        });
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------- PGlite
async function openPglite(where: string, opts: OpenOptions): Promise<Db> {
  // PostgreSQL compiled to WebAssembly is ~9 MB of code: V8 compiles it twice by default (a quick
  // baseline, then optimised code in the background) and keeps both, ~100 MB of machine code.
  // Optimised code only: ~90 MB less resident memory, and storing was no slower (measured on 300
  // analysed articles: 262 MB / 26 s against 356 MB / 38 s). The flag only concerns WebAssembly.
  setFlagsFromString('--no-liftoff');
  const { PGlite } = await import('@electric-sql/pglite');
  const memory = where === 'memory:' || where === ':memory:';
  let dir: string | undefined;
  let lock: string | undefined;
  if (!memory) {
    dir = resolve(where.replace(/^file:\/\//, ''));
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') throw new DbError(`database folder ${dir} is read-only (choose another with --db)`);
      throw new DbError(`cannot use database folder ${dir}: ${(e as Error).message}`);
    }
    lock = takeLock(dir);
    // A new folder: initdb would take ~800 MB of memory that the process never gives back. Start
    // from the empty data folder shipped in data/pglite/ (made by scripts/make-pglite-template.mjs)
    // when it matches the installed PGlite, else run initdb in a short-lived child process.
    if (!existsSync(join(dir, 'PG_VERSION')) && !opts.pgliteDataDir) {
      if (!unpackTemplate(dir)) {
        try {
          initInChild(dir);
        } catch (e) {
          rmSync(lock, { force: true });
          throw new DbError(`cannot create the database in ${dir}: ${(e as Error).message}`);
        }
      }
    }
  }
  const parsers = { [INT8]: asNumber, [NUMERIC]: asNumber, [DATE]: asString, [TIMESTAMPTZ]: asString, [TIMESTAMP]: asString };
  let db: InstanceType<typeof PGlite>;
  try {
    // 16 MB of shared buffers instead of 128 (and 16 MB for maintenance instead of 64): the
    // embedded database lives in this process's WebAssembly memory, which never shrinks, and
    // the operating system caches its files anyway.
    const startParams = [...((PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams ?? []), '-c', `shared_buffers=${pgliteBuffersMb()}MB`, '-c', 'maintenance_work_mem=16MB'];
    db = new PGlite(dir, { parsers, ...(startParams.length > 2 ? { startParams } : {}), ...(opts.pgliteDataDir ? { loadDataDir: opts.pgliteDataDir } : {}) } as any);
    await db.waitReady;
    if (opts.schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}; SET search_path TO ${opts.schema}`);
  } catch (e) {
    if (lock) rmSync(lock, { force: true });
    throw new DbError(`cannot open the database in ${dir ?? 'memory'}: ${(e as Error).message}`);
  }
  const release = () => {
    if (lock) rmSync(lock, { force: true });
  };
  process.once('exit', release);
  return {
    engine: 'pglite',
    where: dir ?? 'memory',
    query: async <T extends Row>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params ?? [])).rows,
    tx: <T>(fn: (q: Queryable) => Promise<T>) =>
      db.transaction(async (tx) =>
        fn({
          query: async <R extends Row>(s: string, p?: unknown[]) => (await tx.query<R>(s, p ?? [])).rows,
          exec: async (s: string) => void (await tx.exec(s)),
        })),
    async exec(sql: string) {
      await db.exec(sql);
    },
    async close() {
      await db.close();
      release();
      process.removeListener('exit', release);
    },
  };
}

function pgliteVersion(): string | null {
  try {
    let d = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
    return (JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/**
 * Unpack the shipped empty data folder for the installed PGlite into `dir` (a plain tar of the
 * data folder, brotli-compressed); false when there is none for this version. Unpacked here rather
 * than handed to PGlite as a Blob, which it would keep in memory for as long as it is open.
 */
function unpackTemplate(dir: string): boolean {
  const v = pgliteVersion();
  const file = v && fileURLToPath(new URL(`../../data/pglite/empty-${v}.tar.br`, import.meta.url));
  if (!file || !existsSync(file)) return false;
  let tar: Buffer;
  try {
    tar = brotliDecompressSync(readFileSync(file));
  } catch {
    return false;
  }
  const str = (b: Buffer, o: number, n: number) => b.subarray(o, o + n).toString('utf8').replace(/\0.*$/s, '');
  for (let off = 0; off + 512 <= tar.length;) {
    const h = tar.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const name = (str(h, 345, 155) ? str(h, 345, 155) + '/' : '') + str(h, 0, 100);
    const size = parseInt(str(h, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(h[156] || 48);
    // Paths are relative to the data folder ("/global/1213"); nothing may climb out of it.
    const rel = name.split('/').filter((x) => x && x !== '.');
    if (rel.includes('..') || !rel.length) { off += 512 + Math.ceil(size / 512) * 512; continue; }
    const target = join(dir, ...rel);
    if (type === '5') mkdirSync(target, { recursive: true });
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, tar.subarray(off + 512, off + 512 + size));
    }
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return existsSync(join(dir, 'PG_VERSION'));
}

function initInChild(dir: string): void {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const code = `const { PGlite } = require(${JSON.stringify(entry)});
(async () => { const db = new PGlite(${JSON.stringify(dir)}); await db.waitReady; await db.close(); })()
  .catch((e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  if (r.status !== 0) throw new Error((r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n')[0]!);
}

/**
 * PGlite is one process's database: two processes writing one folder would corrupt it. A lock file
 * with our pid keeps a second process out with a clear message; a stale lock (dead pid) is taken over.
 */
function takeLock(dir: string): string {
  const lock = join(dir, '.newsgraph.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return lock;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new DbError(`cannot lock database folder ${dir}: ${(e as Error).message}`);
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (pid && pid !== process.pid && alive(pid)) {
        throw new DbError(`database folder ${dir} is in use by process ${pid} (stop it, or use PostgreSQL for shared access)`);
      }
      if (pid === process.pid) throw new DbError(`database folder ${dir} is already open in this process`);
      rmSync(lock, { force: true });
    }
  }
  if (!existsSync(lock)) throw new DbError(`cannot lock database folder ${dir}`);
  return lock;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
