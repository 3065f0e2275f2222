#!/usr/bin/env node
// Storage and API benchmark: `node scripts/bench-store.mjs [--articles 10000] [--sample 1000]
//   [--duration 10] [--connections 100] [--engines pglite,postgres] [--pg URL] [--json]`
//
// 1. Ingest throughput (articles/s) into PGlite and PostgreSQL: `--sample` synthetic, already
//    analysed articles (src/store/synthetic.ts: 4 entities, 1 event, 1 quote, 1 date, ~150 words)
//    stored through storeArticle, one transaction each, into a fresh database. PostgreSQL is run
//    with 1 and with 8 concurrent ingesters.
// 2. API latency (p50/p99, autocannon, bounded in time) for the events and entity-profile
//    endpoints at `--connections` concurrent connections, against `newsgraph serve` on loopback
//    over a PostgreSQL database of `--articles` articles (built once into the database
//    newsgraph_bench_<N> and reused by later runs), and against PGlite with `--pglite-latency`.
// The store measured here is the one `newsgraph ingest` uses; analysis time is not included
// (the pipeline has its own benchmark).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { openStore, storeArticle } = await import(join(ROOT, 'dist/store/index.js'));
const { syntheticArticle } = await import(join(ROOT, 'dist/store/synthetic.js'));

const o = { articles: 10000, sample: 1000, duration: 10, connections: 100, engines: 'pglite,postgres', pg: process.env.NEWSGRAPH_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', json: false, pgliteLatency: false };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const v = () => process.argv[++i];
  if (a === '--articles') o.articles = Number(v());
  else if (a === '--sample') o.sample = Number(v());
  else if (a === '--duration') o.duration = Number(v());
  else if (a === '--connections') o.connections = Number(v());
  else if (a === '--engines') o.engines = v();
  else if (a === '--pg') o.pg = v();
  else if (a === '--json') o.json = true;
  else if (a === '--pglite-latency') o.pgliteLatency = true;
  else {
    process.stderr.write(`bench-store: unknown option ${a}\n`);
    process.exit(2);
  }
}
const engines = o.engines.split(',');
const log = (m) => process.stderr.write(`bench-store: ${m}\n`);
const results = { machine_cores: (await import('node:os')).cpus().length };

async function ingest(db, from, n, concurrency) {
  let i = from;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (i < from + n) await storeArticle(db, syntheticArticle(i++));
  }));
  return n / ((performance.now() - t0) / 1000);
}

function withDb(url, name) {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

async function admin(url, sql) {
  const c = new pg.Client({ connectionString: withDb(url, 'postgres') });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------- 1. ingest throughput
if (engines.includes('pglite')) {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-'));
  const db = await openStore(join(dir, 'db'));
  log(`PGlite: storing ${o.sample} articles…`);
  results.ingest_pglite_per_s = +(await ingest(db, 0, o.sample, 1)).toFixed(1);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  log(`PGlite ingest ${results.ingest_pglite_per_s} articles/s`);
}
if (engines.includes('postgres')) {
  const name = `newsgraph_bench_ingest_${process.pid}`;
  await admin(o.pg, `CREATE DATABASE ${name}`);
  try {
    const db = await openStore(withDb(o.pg, name), { poolSize: 10 });
    log(`PostgreSQL: storing ${o.sample} articles with 1 and with 8 ingesters…`);
    results.ingest_postgres_per_s = +(await ingest(db, 0, o.sample, 1)).toFixed(1);
    results.ingest_postgres_8_per_s = +(await ingest(db, o.sample, o.sample, 8)).toFixed(1);
    await db.close();
  } finally {
    await admin(o.pg, `DROP DATABASE IF EXISTS ${name}`);
  }
  log(`PostgreSQL ingest ${results.ingest_postgres_per_s} articles/s (1), ${results.ingest_postgres_8_per_s} (8)`);
}

// ---------------------------------------------------------------- 2. API latency
async function serve(dbUrl, extra = []) {
  const port = 18000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, [join(ROOT, 'bin/newsgraph'), 'serve', '--db', dbUrl, '--port', String(port), ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((res, rej) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      if (/serving/.test(err)) res();
    });
    child.on('exit', (c) => rej(new Error(`server exited ${c}: ${err}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}

async function latency(base, paths, label) {
  const r = await autocannon({
    url: base, connections: o.connections, duration: o.duration, pipelining: 1,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const out = { p50_ms: r.latency.p50, p99_ms: r.latency.p99, req_per_s: Math.round(r.requests.average), non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts };
  log(`${label}: p50 ${out.p50_ms} ms, p99 ${out.p99_ms} ms, ${out.req_per_s} req/s, non-2xx ${out.non2xx}, errors ${out.errors}`);
  return out;
}

async function pathsFor(db) {
  const countries = (await db.query(`SELECT DISTINCT source_country AS c FROM event_keys WHERE source_country IS NOT NULL ORDER BY 1 LIMIT 20`)).map((r) => r.c);
  const events = countries.map((c, i) => `/api/events?source=${c}${i % 3 === 0 ? `&target=${countries[(i + 1) % countries.length]}` : ''}&limit=50`);
  events.push('/api/events?source=RUS&target=PRK');
  const people = (await db.query(`SELECT id FROM entities WHERE type = 'PERSON' ORDER BY article_count DESC, id LIMIT 40`)).map((r) => r.id);
  const places = (await db.query(`SELECT id FROM entities WHERE type = 'GPE' ORDER BY article_count DESC, id LIMIT 5`)).map((r) => r.id);
  return { events, profiles: [...people, ...places].map((id) => `/api/entities/${id}`) };
}

async function fill(db, n) {
  const [{ c }] = await db.query('SELECT count(*)::int AS c FROM articles');
  if (c >= n) return false;
  log(`filling to ${n} articles (from ${c})…`);
  const t0 = performance.now();
  await ingest(db, c, n - c, db.engine === 'postgres' ? 8 : 1);
  log(`filled in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return true;
}

if (engines.includes('postgres')) {
  const name = `newsgraph_bench_${o.articles}`;
  const exists = (await admin(o.pg, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rows.length > 0;
  if (!exists) await admin(o.pg, `CREATE DATABASE ${name}`);
  const url = withDb(o.pg, name);
  const db = await openStore(url, { poolSize: 10 });
  await fill(db, o.articles);
  await db.query('ANALYZE');
  const paths = await pathsFor(db);
  results.api_db_articles = (await db.query('SELECT count(*)::int AS c FROM articles'))[0].c;
  await db.close();
  // Without the read cache (every request queries PostgreSQL), then with the default 1 s cache.
  for (const [suffix, extra] of [['', ['--cache-ms', '0']], ['_cached', []]]) {
    const srv = await serve(url, extra);
    try {
      results[`api_postgres_events${suffix}`] = await latency(srv.url, paths.events, `PostgreSQL /api/events${suffix} (${results.api_db_articles} articles)`);
      results[`api_postgres_entity_profile${suffix}`] = await latency(srv.url, paths.profiles, `PostgreSQL /api/entities/:id${suffix} (${results.api_db_articles} articles)`);
    } finally {
      await srv.stop();
    }
  }
}
if (engines.includes('pglite') && o.pgliteLatency) {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-lat-'));
  const db = await openStore(join(dir, 'db'));
  await fill(db, o.articles);
  const paths = await pathsFor(db);
  await db.close();
  const srv = await serve(join(dir, 'db'), ['--cache-ms', '0']);
  try {
    results.api_pglite_events = await latency(srv.url, paths.events, 'PGlite /api/events');
    results.api_pglite_entity_profile = await latency(srv.url, paths.profiles, 'PGlite /api/entities/:id');
  } finally {
    await srv.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.stdout.write(o.json ? JSON.stringify(results) + '\n' : Object.entries(results).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('\n') + '\n');
