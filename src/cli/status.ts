// `newsgraph status --db …`: the queue at a glance — pending, running, done, failed with reasons.
import type { Command } from 'commander';
import { openDb, type Db } from '../store/db.js';
import { ensureQueue } from '../queue/schema.js';
import { queueCounts } from '../queue/jobs.js';
import { intFlag } from './flags.js';

export interface StatusCliOptions { db?: string; json?: boolean; failed?: string }

export async function statusCommand(o: StatusCliOptions): Promise<void> {
  const limit = intFlag('--failed', o.failed, 0, 100_000) ?? 10;
  const db: Db = await openDb(o.db);
  await ensureQueue(db);
  try {
    const c = await queueCounts(db);
    const results = await db.query<{ result: string; n: number }>(
      `SELECT result, count(*) AS n FROM queue_jobs WHERE state = 'done' GROUP BY result ORDER BY result`);
    const reasons = await db.query<{ reason: string; n: number }>(
      `SELECT coalesce(last_error, '?') AS reason, count(*) AS n FROM queue_jobs WHERE state = 'failed'
       GROUP BY 1 ORDER BY n DESC, reason LIMIT 20`);
    const failedJobs = await db.query<{ key: string; source: string | null; attempts: number; last_error: string | null }>(
      `SELECT key, source, attempts, last_error FROM queue_jobs WHERE state = 'failed' ORDER BY updated_at DESC, id LIMIT $1`, [limit]);
    const workers = await db.query<{ worker: string; running: number; done_recent: number }>(
      `SELECT worker, count(*) FILTER (WHERE state = 'running' AND lease_until >= now()) AS running,
              count(*) FILTER (WHERE state = 'done' AND updated_at > now() - interval '1 minute') AS done_recent
       FROM queue_jobs WHERE worker IS NOT NULL AND updated_at > now() - interval '10 minutes'
       GROUP BY worker ORDER BY worker`);
    const perMinute = workers.reduce((a, w) => a + Number(w.done_recent), 0);
    if (o.json) {
      process.stdout.write(JSON.stringify({
        ...c,
        results: Object.fromEntries(results.map((r) => [r.result ?? 'unknown', Number(r.n)])),
        failed_reasons: reasons.map((r) => ({ reason: r.reason, count: Number(r.n) })),
        failed_jobs: failedJobs,
        workers: workers.map((w) => ({ worker: w.worker, running: Number(w.running), done_last_minute: Number(w.done_recent) })),
        done_last_minute: perMinute,
      }) + '\n');
      return;
    }
    const out: string[] = [];
    out.push(`queue in ${db.where}: ${c.total} jobs`);
    out.push(`  pending  ${c.pending}${c.retrying ? ` (${c.retrying} waiting to retry)` : ''}`);
    out.push(`  running  ${c.running}${c.expired ? ` (+ ${c.expired} whose worker stopped answering: will be redone)` : ''}`);
    out.push(`  done     ${c.done}${results.length ? ` (${results.map((r) => `${r.n} ${r.result ?? 'unknown'}`).join(', ')})` : ''}`);
    out.push(`  failed   ${c.failed}`);
    if (reasons.length) {
      out.push('failed, by reason:');
      for (const r of reasons) out.push(`  ${String(r.n).padStart(6)}  ${r.reason.split('\n')[0]!.slice(0, 160)}`);
      out.push(`latest failed jobs:`);
      for (const j of failedJobs) out.push(`  ${j.key}  ${j.source ?? ''}  after ${j.attempts} attempts`);
    }
    if (workers.length) {
      out.push(`workers seen in the last 10 minutes (${perMinute} articles done in the last minute):`);
      for (const w of workers) out.push(`  ${w.worker}  running ${w.running}, done in the last minute ${w.done_recent}`);
    }
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    await db.close().catch(() => {});
  }
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show the job queue: pending, running, done, failed with reasons')
    .option('--db <url>', 'postgres:// URL of the queue (default $NEWSGRAPH_DATABASE_URL)')
    .option('--failed <n>', 'how many failed jobs to list (default 10)')
    .option('--json', 'print as JSON')
    .action((o: StatusCliOptions) => statusCommand(o));
}
