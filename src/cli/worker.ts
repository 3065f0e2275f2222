// `newsgraph worker --db postgres://… [--lease 30s] [--max-attempts 5]`: process queued articles.
// Run as many as you like, on any machines that reach the database.
import type { Command } from 'commander';
import { openStore, type Db } from '../store/index.js';
import { ensureQueue } from '../queue/schema.js';
import { runWorker, type WorkerSummary } from '../queue/worker-loop.js';
import { parseCount, parseDuration } from '../queue/duration.js';
import { UsageError } from './errors.js';
import { stopOnSignals } from './stop.js';
import { Progress } from './progress.js';
import { queueCounts } from '../queue/jobs.js';

export interface WorkerCliOptions {
  db?: string;
  lease: string;
  maxAttempts?: string;
  batch?: string;
  backoff: string;
  poll: string;
  exitWhenDone?: boolean;
  name?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function workerCommand(o: WorkerCliOptions): Promise<void> {
  let lease: number, backoff: number, poll: number, maxAttempts: number, batch: number;
  try {
    lease = parseDuration(o.lease, '--lease');
    backoff = parseDuration(o.backoff, '--backoff');
    poll = parseDuration(o.poll, '--poll');
    maxAttempts = parseCount(o.maxAttempts, '--max-attempts', 5);
    batch = parseCount(o.batch, '--batch', 4);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const db: Db = await openStore(o.db);
  await ensureQueue(db);
  // SIGINT/SIGTERM: finish the article in hand, give back the rest of the claim, exit.
  // (SIGKILL cannot be caught: the lease runs out and another worker redoes the article.)
  const stop = stopOnSignals();
  const t0 = Date.now();
  // The bar's total: what this worker (with the others) still has to do, read now and again.
  const left = async () => { const c = await queueCounts(db); return c.pending + c.running + c.expired; };
  let total = await left().catch(() => 0);
  let lastTotal = Date.now();
  const bar = new Progress({ label: 'worker', total: total || null, totalUnit: 'jobs', quiet: o.quiet || o.json, startLine: `${total} articles waiting in the queue` });
  const line = (s: WorkerSummary) => `${s.stored} stored, ${s.duplicates} duplicates, ${s.retried} retried, ${s.failed} failed`;
  const progress = (s: WorkerSummary) => {
    bar.tick({ count: s.done, value: s.done, detail: line(s) });
    if (Date.now() - lastTotal > 10_000) {
      lastTotal = Date.now();
      void left().then((n) => { total = s.done + n; bar.setTotal(total); }).catch(() => {});
    }
  };
  let s: WorkerSummary;
  try {
    s = await runWorker(db, {
      name: o.name,
      leaseSeconds: lease,
      maxAttempts,
      batch,
      backoffSeconds: backoff,
      pollMs: poll * 1000,
      exitWhenDone: !!o.exitWhenDone,
      shouldStop: () => stop.stopped,
      onProgress: progress,
    });
  } finally {
    bar.stop(null);
    await db.close().catch(() => {});
    stop.release();
  }
  const secs = (Date.now() - t0) / 1000;
  if (o.json) process.stdout.write(JSON.stringify({ ...s, seconds: secs }) + '\n');
  else process.stdout.write(`worker: ${s.done} done (${s.stored} stored, ${s.duplicates} duplicates), ${s.retried} retried, ${s.failed} failed, ${s.lost} lost claims, in ${secs.toFixed(1)} s${stop.stopped ? ' (stopped)' : ''}\n`);
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('claim queued articles, analyse them and store each with its job in one transaction')
    .option('--db <url>', 'postgres:// URL of the queue and store (default $NEWSGRAPH_DATABASE_URL)')
    .option('--lease <duration>', 'how long a claim lasts before another worker may redo the article', '30s')
    .option('--max-attempts <n>', 'attempts per article before it is marked failed (default 5)')
    .option('--backoff <duration>', 'first retry delay after a failure; doubles each attempt', '5s')
    .option('--batch <n>', 'jobs claimed per round trip (default 4)')
    .option('--poll <duration>', 'wait between polls when the queue is empty', '1s')
    .option('--exit-when-done', 'exit when nothing is pending or running, instead of waiting for more')
    .option('--name <name>', 'worker name shown by status (default host:pid)')
    .option('--json', 'print the final summary as JSON')
    .option('--quiet', 'no progress output')
    .action((o: WorkerCliOptions) => workerCommand(o));
}
