#!/usr/bin/env node
// Distributed throughput: K `newsgraph worker` processes on one PostgreSQL share one queue.
//   node bench/distributed.mjs --db postgres://… --file FILE.jsonl [--workers 1,2,3] [--batch 4]
// For each K: a fresh schema, the file enqueued, K workers started with --exit-when-done.
// Prints JSON: per K, articles/s between the first and the last completion (server clock, so
// process start-up and model loading are excluded) and the wall time including start-up.
import { spawn, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/newsgraph');
const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const base = opt('--db', process.env.NEWSGRAPH_BENCH_DATABASE_URL || process.env.NEWSGRAPH_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test');
const file = opt('--file');
const ks = opt('--workers', '1,2,3').split(',').map(Number);
const batch = opt('--batch', '4');

const withSchema = (url, schema) => {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
};
const exited = (p) => new Promise((r) => (p.exitCode !== null ? r(p.exitCode) : p.once('exit', r)));

const admin = new pg.Client({ connectionString: base });
await admin.connect();
const out = { db: base.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'), runs: [] };
try {
  for (const k of ks) {
    const schema = `ng_bench_dist_${process.pid}_${k}`;
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    const url = withSchema(base, schema);
    try {
      execFileSync(process.execPath, [BIN, 'enqueue', file, '--db', url, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const t0 = performance.now();
      const ps = Array.from({ length: k }, (_, i) => spawn(process.execPath,
        [BIN, 'worker', '--db', url, '--name', `b${i + 1}`, '--batch', batch, '--poll', '200ms', '--exit-when-done', '--quiet', '--json'],
        { stdio: ['ignore', 'ignore', 'inherit'] }));
      const codes = await Promise.all(ps.map(exited));
      const wall = (performance.now() - t0) / 1000;
      const r = (await admin.query(
        `SELECT count(*) FILTER (WHERE state = 'done')::int AS done, count(*) FILTER (WHERE state = 'failed')::int AS failed,
                extract(epoch FROM max(updated_at) - min(updated_at))::float AS span
         FROM ${schema}.queue_jobs`)).rows[0];
      out.runs.push({
        workers: k, done: r.done, failed: r.failed, exit_codes: codes,
        articles_per_s: r.span > 0 ? +((r.done - 1) / r.span).toFixed(2) : null,
        wall_s: +wall.toFixed(1), wall_articles_per_s: +(r.done / wall).toFixed(2),
      });
      process.stderr.write(`bench: distributed ${k} worker(s): ${JSON.stringify(out.runs.at(-1))}\n`);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  }
} finally {
  await admin.end();
}
process.stdout.write(JSON.stringify(out) + '\n');
