// Job-queue operations in SQL. Every decision about time uses the server's clock (now()), so
// workers on machines whose clocks disagree still agree on when a lease has expired.
//
// Claims use SELECT … FOR UPDATE SKIP LOCKED: concurrent workers never block on, or take, the
// same job. A claim bumps `attempts`; completion and failure are fenced on (id, attempts), so a
// worker whose lease expired and whose job was re-claimed by another can no longer finish it.
import type { Db, Queryable } from '../store/db.js';
import type { RawArticle } from '../doc/index.js';

export interface Job {
  id: number;
  key: string;
  payload: RawArticle;
  source: string | null;
  attempts: number;
}

export interface NewJob {
  key: string;
  payload: RawArticle;
  source: string;
}

/** Insert jobs; the ones whose article is already queued (same key) are left alone. Returns how many were new. */
export async function enqueueJobs(db: Db, jobs: NewJob[]): Promise<number> {
  if (!jobs.length) return 0;
  const params: unknown[] = [];
  const rows = jobs.map((j) => {
    params.push(j.key, JSON.stringify(j.payload), j.source);
    const n = params.length;
    return `($${n - 2}, $${n - 1}::jsonb, $${n})`;
  });
  const r = await db.query<{ id: number }>(
    `INSERT INTO queue_jobs (key, payload, source) VALUES ${rows.join(', ')} ON CONFLICT (key) DO NOTHING RETURNING id`,
    params,
  );
  return r.length;
}

/**
 * Jobs whose lease expired after the last allowed attempt are failed, not retried: a worker
 * that dies on an article every time (out of memory, a crash) must not take the queue down.
 */
export async function failLostJobs(db: Queryable, maxAttempts: number): Promise<number> {
  const r = await db.query(
    `UPDATE queue_jobs SET state = 'failed', lease_until = NULL, updated_at = now(),
       last_error = 'worker lost mid-article ' || attempts || ' times (killed or crashed); last: ' || coalesce(worker, '?')
     WHERE state = 'running' AND lease_until < now() AND attempts >= $1 RETURNING id`,
    [maxAttempts],
  );
  return r.length;
}

/** Claim up to `limit` ready jobs (pending and due, or running with an expired lease). */
export async function claimJobs(db: Queryable, worker: string, limit: number, leaseSeconds: number): Promise<Job[]> {
  return db.query<Job>(
    `WITH c AS (
       SELECT id FROM queue_jobs
       WHERE state IN ('pending', 'running')
         AND ((state = 'pending' AND run_after <= now()) OR (state = 'running' AND lease_until < now()))
       ORDER BY id
       LIMIT $1
       FOR UPDATE SKIP LOCKED)
     UPDATE queue_jobs j SET state = 'running', attempts = j.attempts + 1, worker = $2,
       lease_until = now() + make_interval(secs => $3), updated_at = now()
     FROM c WHERE j.id = c.id
     RETURNING j.id, j.key, j.payload, j.source, j.attempts`,
    [limit, worker, leaseSeconds],
  ).then((rows) => rows.sort((a, b) => a.id - b.id));
}

/** Extend the leases this worker still holds (it is alive, just busy). */
export async function extendLeases(db: Queryable, jobs: Job[], leaseSeconds: number): Promise<void> {
  if (!jobs.length) return;
  await db.query(
    `UPDATE queue_jobs j SET lease_until = now() + make_interval(secs => $3), updated_at = now()
     FROM unnest($1::bigint[], $2::int[]) AS x(id, attempts)
     WHERE j.id = x.id AND j.attempts = x.attempts AND j.state = 'running'`,
    [jobs.map((j) => j.id), jobs.map((j) => j.attempts), leaseSeconds],
  );
}

/**
 * Mark the job done inside the caller's transaction (the one that stores the article). Returns
 * false when the claim was lost (lease expired and the job re-claimed): the caller must roll back.
 * The UPDATE takes the row lock, so no other worker can re-claim the job until we commit.
 */
export async function markDone(q: Queryable, job: Job, result: string, resultHash: string): Promise<boolean> {
  const r = await q.query(
    `UPDATE queue_jobs SET state = 'done', lease_until = NULL, last_error = NULL, result = $3, result_hash = $4, updated_at = now()
     WHERE id = $1 AND attempts = $2 AND state = 'running' RETURNING id`,
    [job.id, job.attempts, result, resultHash],
  );
  return r.length === 1;
}

/** An attempt failed: retry after an exponential backoff, or fail for good after the last attempt. */
export async function markFailed(db: Queryable, job: Job, error: string, maxAttempts: number, backoffSeconds: number): Promise<'retry' | 'failed' | 'lost'> {
  const delay = Math.min(3600, backoffSeconds * 2 ** Math.max(0, job.attempts - 1));
  const r = await db.query<{ state: string }>(
    `UPDATE queue_jobs SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
       run_after = now() + make_interval(secs => $4), lease_until = NULL, last_error = $5, updated_at = now()
     WHERE id = $1 AND attempts = $2 AND state = 'running' RETURNING state`,
    [job.id, job.attempts, maxAttempts, delay, error.slice(0, 2000)],
  );
  if (!r.length) return 'lost';
  return r[0]!.state === 'failed' ? 'failed' : 'retry';
}

export interface QueueCounts {
  pending: number;
  /** Running with a live lease. */
  running: number;
  /** Running but the lease passed: the worker is presumed dead; the job will be redone. */
  expired: number;
  done: number;
  failed: number;
  /** Pending jobs waiting out a retry backoff. */
  retrying: number;
  total: number;
}

export async function queueCounts(db: Queryable): Promise<QueueCounts> {
  const r = await db.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE state = 'pending') AS pending,
            count(*) FILTER (WHERE state = 'running' AND lease_until >= now()) AS running,
            count(*) FILTER (WHERE state = 'running' AND lease_until < now()) AS expired,
            count(*) FILTER (WHERE state = 'done') AS done,
            count(*) FILTER (WHERE state = 'failed') AS failed,
            count(*) FILTER (WHERE state = 'pending' AND attempts > 0) AS retrying,
            count(*) AS total
     FROM queue_jobs`,
  );
  const x = r[0] ?? {};
  const n = (k: string) => Number(x[k] ?? 0);
  return { pending: n('pending'), running: n('running'), expired: n('expired'), done: n('done'), failed: n('failed'), retrying: n('retrying'), total: n('total') };
}
