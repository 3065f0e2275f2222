// The job queue's own table, beside (not inside) the store's versioned schema: it is created with
// IF NOT EXISTS by the queue commands only, so a database that never sees `enqueue` never has it.
// The store's migration runner may call ensureQueue() too; it is idempotent and serialised by an
// advisory lock so that many workers starting at once do not race.
import type { Db } from '../store/db.js';

const LOCK_ID = 7_300_009;

export const QUEUE_SQL = `
CREATE TABLE IF NOT EXISTS queue_jobs (
  id bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,            -- the article's id (sha256 of its normalised body): one job per article
  payload jsonb NOT NULL,              -- the raw article as read (title, captions, body, published, url …)
  source text,                         -- where it was read ("file.jsonl:12"), for messages
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts int NOT NULL DEFAULT 0,     -- claims so far (a claim by a worker that died counts)
  run_after timestamptz NOT NULL DEFAULT now(),   -- backoff: not claimable before this
  lease_until timestamptz,             -- a running job whose lease has passed is claimable again
  worker text,                         -- the worker holding (or that last held) the job
  last_error text,                     -- why the last attempt failed
  result text,                         -- 'stored' or 'duplicate' (the store already had the article)
  result_hash text,                    -- sha256 of the analysis JSON, to compare runs
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS queue_jobs_open ON queue_jobs (id) WHERE state IN ('pending', 'running');
CREATE INDEX IF NOT EXISTS queue_jobs_state ON queue_jobs (state);
`;

export async function ensureQueue(db: Db): Promise<void> {
  await db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
    await q.exec(QUEUE_SQL);
  });
}
