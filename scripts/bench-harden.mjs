#!/usr/bin/env node
// Hardening load figures (issue 19, findings 4 and 5): `node scripts/bench-harden.mjs
//   [--articles 10000] [--duration 10] [--connections 100] [--pg URL] [--name DB] [--modes both|none|cache]
//   [--only PREFIX] [--bin OTHER/bin/newsgraph]`
// A PostgreSQL database of N synthetic, already analysed articles (src/store/synthetic.ts; built
// once into newsgraph_bench_<N>, shared with scripts/bench-store.mjs), `newsgraph serve` on
// loopback, and a bounded autocannon run per endpoint with *random* offsets and queries (what
// finding 5 measured), without the read cache (--cache-ms 0) and with it (the default 1 s). The
// server's resident memory is sampled from /proc every 200 ms through each run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { openStore, storeArticle } = await import(join(ROOT, 'dist/store/index.js'));
const { syntheticArticle } = await import(join(ROOT, 'dist/store/synthetic.js'));
const o = { articles: 10000, duration: 10, connections: 100, name: null, only: null, modes: 'both', pg: process.env.NEWSGRAPH_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres' };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const v = () => process.argv[++i];
  if (a === '--articles') o.articles = Number(v());
  else if (a === '--duration') o.duration = Number(v());
  else if (a === '--connections') o.connections = Number(v());
  else if (a === '--pg') o.pg = v();
  else if (a === '--name') o.name = v();
  else if (a === '--bin') o.bin = v(); // another checkout's bin/newsgraph, for A/B runs on one database
  else if (a === '--only') o.only = v();
  else if (a === '--modes') o.modes = v();
  else { process.stderr.write(`bench-harden: unknown option ${a}\n`); process.exit(2); }
}
const log = (m) => process.stderr.write(`bench-harden: ${m}\n`);
const withDb = (url, name) => { const u = new URL(url); u.pathname = '/' + name; return u.toString(); };
async function admin(sql) {
  const c = new pg.Client({ connectionString: o.pg });
  await c.connect();
  try { return await c.query(sql); } finally { await c.end(); }
}

const name = o.name ?? `newsgraph_bench_${o.articles}`;
if (!(await admin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rows.length) await admin(`CREATE DATABASE ${name}`);
const url = withDb(o.pg, name);
const db = await openStore(url, { poolSize: 10 });
const [{ c }] = await db.query('SELECT count(*)::int AS c FROM articles');
if (c < o.articles) {
  log(`filling to ${o.articles} articles (from ${c})…`);
  let i = c;
  await Promise.all(Array.from({ length: 8 }, async () => { while (i < o.articles) await storeArticle(db, syntheticArticle(i++)); }));
}
// VACUUM as autovacuum would soon after a bulk load: index-only scans need the visibility map.
await db.query('VACUUM ANALYZE');
const words = (await db.query(`SELECT name FROM entities ORDER BY article_count DESC LIMIT 50`)).map((r) => r.name.split(' ')[0]);
const [{ ev }] = await db.query('SELECT count(*)::int AS ev FROM event_keys');
const [{ n }] = await db.query('SELECT count(*)::int AS n FROM articles');
await db.close();

// Random pages and queries: 500 distinct requests per endpoint, so the cache helps little.
let seed = 7;
const rnd = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
const endpoints = {
  'events (random offset)': Array.from({ length: 500 }, () => `/api/events?offset=${rnd(Math.max(1, ev - 50))}&limit=50`),
  'articles (random offset)': Array.from({ length: 500 }, () => `/api/articles?offset=${rnd(Math.max(1, n - 50))}&limit=50`),
  'articles?q= (random word)': Array.from({ length: 500 }, () => `/api/articles?q=${encodeURIComponent(words[rnd(words.length)] ?? 'talks')}`),
  'entities?q= (random word)': Array.from({ length: 500 }, () => `/api/entities?q=${encodeURIComponent(words[rnd(words.length)] ?? 'talks')}`),
};

async function serve(extra) {
  const port = 18000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, [o.bin ?? join(ROOT, 'bin/newsgraph'), 'serve', '--db', url, '--port', String(port), ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((res, rej) => {
    let err = '';
    child.stderr.on('data', (d) => { err += d; if (/serving/.test(err)) res(); });
    child.on('exit', (code) => rej(new Error(`server exited ${code}: ${err}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}
// CPU seconds of a process (user + system) from /proc; PostgreSQL's backends for the bench
// database are found through pg_stat_activity, so the figure is the server's and the database's
// CPU per request whatever else the machine is running.
const cpuS = (pid) => { try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; } catch { return null; } };
async function backendCpu() {
  const r = await admin(`SELECT pid FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
  const m = new Map();
  for (const { pid } of r.rows) { const c = cpuS(pid); if (c !== null) m.set(pid, c); }
  return m;
}
const rssMb = (pid) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return 0; } };

const rows = [];
const modes = [['no cache', ['--cache-ms', '0']], ['1 s cache', []]].filter(([l]) => o.modes === 'both' || (o.modes === 'none') === (l === 'no cache'));
for (const [label, extra] of modes) {
  const srv = await serve(extra);
  let peak = rssMb(srv.child.pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rssMb(srv.child.pid)); }, 200);
  try {
    for (const [ep, paths] of Object.entries(endpoints)) {
      if (o.only && !ep.startsWith(o.only)) continue;
      const pg0 = await backendCpu();
      const srv0 = cpuS(srv.child.pid);
      const me0 = process.cpuUsage();
      const r = await autocannon({ url: srv.url, connections: o.connections, duration: o.duration, pipelining: 1, timeout: 10, requests: paths.map((p) => ({ method: 'GET', path: p })) });
      const srvCpu = cpuS(srv.child.pid) - srv0;
      const me = process.cpuUsage(me0);
      const pg1 = await backendCpu();
      let pgCpu = 0;
      for (const [pid, c] of pg1) pgCpu += c - (pg0.get(pid) ?? 0);
      const done = r.requests.total || 1;
      const row = { mode: label, endpoint: ep, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, rps: Math.round(r.requests.average), non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, peak_rss_mb: Math.round(peak),
        server_cpu_ms: +(srvCpu * 1000 / done).toFixed(2), pg_cpu_ms: +(pgCpu * 1000 / done).toFixed(2),
        client_cpu_ms: +((me.user + me.system) / 1000 / done).toFixed(2), load: loadavg()[0].toFixed(1) };
      rows.push(row);
      log(JSON.stringify(row));
    }
  } finally {
    clearInterval(sampler);
    await srv.stop();
  }
}
process.stdout.write(`| cache | endpoint | p50 ms | p99 ms | max ms | req/s | non-2xx | errors | time-outs | server peak RSS MB | server CPU ms/req | PostgreSQL CPU ms/req | autocannon CPU ms/req | load |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n`);
for (const r of rows) process.stdout.write(`| ${r.mode} | ${r.endpoint} | ${r.p50} | ${r.p99} | ${r.max} | ${r.rps} | ${r.non2xx} | ${r.errors} | ${r.timeouts} | ${r.peak_rss_mb} | ${r.server_cpu_ms} | ${r.pg_cpu_ms} | ${r.client_cpu_ms} | ${r.load} |\n`);
process.stdout.write(`\n${n} articles, ${ev} event keys, ${o.connections} connections, ${o.duration} s per endpoint and mode.\n`);
