// One queue worker: claim a few jobs, analyse each, store the analysis and mark the job done in
// one transaction. Killed mid-article, it leaves an uncommitted transaction (rolled back by the
// server) and a lease that expires; another worker then redoes the article. The store is
// idempotent by article id and completion is fenced on the claim, so no article is stored twice.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db, Queryable } from '../store/db.js';
import { storeArticle } from '../store/ingest.js';
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';
import { claimJobs, extendLeases, failLostJobs, markDone, markFailed, queueCounts, type Job } from './jobs.js';
import { AnalysisThread } from './analysis-thread.js';

export interface WorkerOptions {
  /** Name shown in `status` (default host:pid). */
  name?: string;
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Jobs claimed per round trip. */
  batch?: number;
  /** First retry delay; doubles with each attempt. */
  backoffSeconds?: number;
  /** Sleep when nothing is ready. */
  pollMs?: number;
  /** Exit when nothing is pending or running (otherwise wait for new jobs forever). */
  exitWhenDone?: boolean;
  /** Set to stop after the article in hand (signals). */
  shouldStop?: () => boolean;
  onProgress?: (s: WorkerSummary) => void;
  /**
   * The analysis, in this thread (tests). Default: the full pipeline on a thread of its own, which
   * analyses the next articles of a claim while this thread stores the previous one.
   */
  analyse?: (raw: RawArticle) => ArticleOut;
}

export interface WorkerSummary {
  done: number;
  stored: number;
  duplicates: number;
  retried: number;
  failed: number;
  lost: number;
}

class LostClaim extends Error {}

// Deadlocks, serialisation failures, unique races, and the aborted-transaction error that follows
// any of them inside our transaction: the whole transaction is simply tried again.
const RETRYABLE = new Set(['40P01', '40001', '23505', '25P02']);

/** The store's storeArticle runs its own transaction; this lends it ours instead. */
function inTx(db: Db, q: Queryable): Db {
  return { ...db, query: q.query.bind(q), exec: q.exec.bind(q), tx: (fn) => fn(q) } as Db;
}

/**
 * A fingerprint of an analysis, independent of object key order (the queue keeps payloads as
 * jsonb, which reorders keys), so runs on different machines and paths can be compared.
 */
export function resultHash(a: ArticleOut): string {
  return createHash('sha256').update(canonical(a)).digest('hex').slice(0, 32);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

async function complete(db: Db, job: Job, article: ArticleOut): Promise<'stored' | 'duplicate' | 'lost'> {
  const hash = resultHash(article);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.tx(async (q) => {
        // The commit need not wait for its WAL flush (~5 ms a transaction here): the job's
        // completion and the article are in this one transaction, so a server crash that loses
        // the last commits loses both together, and the job is redone when its lease runs out.
        await q.query(`SET LOCAL synchronous_commit = off`);
        // First the fence (it also locks the job row until we commit), then the article.
        if (!(await markDone(q, job, 'stored', hash))) throw new LostClaim();
        const r = await storeArticle(inTx(db, q), article);
        if (r.status !== 'stored') await q.query(`UPDATE queue_jobs SET result = $2 WHERE id = $1`, [job.id, r.status]);
        return r.status;
      });
    } catch (e) {
      if (e instanceof LostClaim) return 'lost';
      const code = (e as { code?: string }).code;
      if (attempt < 6 && code && RETRYABLE.has(code)) {
        await sleep(10 + Math.random() * 50 * (attempt + 1));
        continue;
      }
      throw e;
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Give back claimed jobs we will not process (graceful stop): not counted as an attempt. */
async function release(db: Queryable, jobs: Job[]): Promise<void> {
  if (!jobs.length) return;
  await db.query(
    `UPDATE queue_jobs j SET state = 'pending', attempts = j.attempts - 1, lease_until = NULL, updated_at = now()
     FROM unnest($1::bigint[], $2::int[]) AS x(id, attempts)
     WHERE j.id = x.id AND j.attempts = x.attempts AND j.state = 'running'`,
    [jobs.map((j) => j.id), jobs.map((j) => j.attempts)],
  );
}

export async function runWorker(db: Db, o: WorkerOptions = {}): Promise<WorkerSummary> {
  const name = o.name ?? `${hostname()}:${process.pid}`;
  const lease = o.leaseSeconds ?? 30;
  const maxAttempts = o.maxAttempts ?? 5;
  const batch = Math.max(1, o.batch ?? 4);
  const backoff = o.backoffSeconds ?? 5;
  const pollMs = o.pollMs ?? 1000;
  const thread = o.analyse ? null : new AnalysisThread();
  try {
    return await loop(db, o, thread, { name, lease, maxAttempts, batch, backoff, pollMs });
  } finally {
    await thread?.close();
  }
}

interface LoopSettings { name: string; lease: number; maxAttempts: number; batch: number; backoff: number; pollMs: number }

async function loop(db: Db, o: WorkerOptions, thread: AnalysisThread | null, { name, lease, maxAttempts, batch, backoff, pollMs }: LoopSettings): Promise<WorkerSummary> {
  const s: WorkerSummary = { done: 0, stored: 0, duplicates: 0, retried: 0, failed: 0, lost: 0 };
  const stop = () => o.shouldStop?.() ?? false;

  while (!stop()) {
    await failLostJobs(db, maxAttempts);
    const jobs = await claimJobs(db, name, batch, lease);
    if (!jobs.length) {
      if (o.exitWhenDone) {
        const c = await queueCounts(db);
        if (c.pending === 0 && c.running === 0 && c.expired === 0) break;
      }
      await sleep(pollMs);
      continue;
    }
    let leaseFrom = Date.now();
    // The whole claim goes to the analysis thread at once; it works through it in order while
    // the loop below stores each article as soon as it is ready.
    const analyses = thread ? jobs.map((j) => thread.analyse(j.payload)) : null;
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      if (stop()) {
        await release(db, jobs.slice(i));
        break;
      }
      // Busy, not dead: renew what we hold before half the lease is gone.
      if (Date.now() - leaseFrom > (lease * 1000) / 2) {
        await extendLeases(db, jobs.slice(i), lease);
        leaseFrom = Date.now();
      }
      let article: ArticleOut;
      try {
        article = analyses ? await analyses[i]! : o.analyse!(job.payload);
      } catch (e) {
        const err = e as Error;
        const r = await markFailed(db, job, `analysis failed: ${err?.message ?? String(e)}`, maxAttempts, backoff);
        if (r === 'retry') s.retried++;
        else if (r === 'failed') s.failed++;
        else s.lost++;
        continue;
      }
      let r: 'stored' | 'duplicate' | 'lost';
      try {
        r = await complete(db, job, article);
      } catch (e) {
        const err = e as Error;
        const f = await markFailed(db, job, `storing failed: ${err?.message ?? String(e)}`, maxAttempts, backoff);
        if (f === 'retry') s.retried++;
        else if (f === 'failed') s.failed++;
        else s.lost++;
        continue;
      }
      if (r === 'lost') s.lost++;
      else {
        s.done++;
        if (r === 'stored') s.stored++;
        else s.duplicates++;
      }
      o.onProgress?.(s);
    }
  }
  return s;
}
