// Queue semantics on embedded PGlite (always runs; the multi-process kill test needs PostgreSQL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Db } from '../store/index.js';
import { ensureQueue } from './schema.js';
import { claimJobs, enqueueJobs, failLostJobs, markDone, markFailed, queueCounts, type NewJob } from './jobs.js';
import { runWorker } from './worker-loop.js';
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';

function raw(i: number): RawArticle {
  return { title: `Story ${i}`, captions: [], body: `Body of story number ${i}. It has two sentences.`, published: '2024-05-01', publishedSource: 'given' };
}
const job = (i: number): NewJob => ({ key: `k${i}`, payload: raw(i), source: `test:${i}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeAnalysis(r: RawArticle): ArticleOut {
  return {
    id: r.title.replace(/\D/g, '').padStart(16, '0'), title: r.title, captions: [], published: r.published,
    published_source: r.publishedSource, body: r.body, entities: [], dates: [], quotes: [], events: [], tone: null,
  };
}

// One embedded database for the file (opening and migrating one is the slow part); each test
// starts from an empty queue and store.
let shared: Db;
before(async () => {
  shared = await openStore('memory:');
  await ensureQueue(shared);
});
after(() => shared.close());

async function fresh(): Promise<Db> {
  await shared.exec('TRUNCATE queue_jobs; TRUNCATE articles CASCADE');
  return { ...shared, close: async () => {} };
}

test('enqueue is idempotent by key; ensureQueue can run twice', async () => {
  const db = await fresh();
  await ensureQueue(db);
  assert.equal(await enqueueJobs(db, [job(1), job(2)]), 2);
  assert.equal(await enqueueJobs(db, [job(2), job(3)]), 1);
  assert.equal((await queueCounts(db)).pending, 3);
  await db.close();
});

test('a claim is exclusive until its lease expires; then another worker takes it over and the first is fenced out', async () => {
  const db = await fresh();
  await enqueueJobs(db, [job(1)]);
  const [a] = await claimJobs(db, 'A', 5, 0.3);
  assert.ok(a);
  assert.equal(a.attempts, 1);
  assert.deepEqual(await claimJobs(db, 'B', 5, 0.3), [], 'not claimable while the lease lasts');
  assert.equal((await queueCounts(db)).running, 1);
  await sleep(400);
  assert.equal((await queueCounts(db)).expired, 1);
  const [b] = await claimJobs(db, 'B', 5, 30);
  assert.equal(b!.id, a.id);
  assert.equal(b!.attempts, 2);
  // A wakes up and tries to finish: refused, so its transaction rolls back.
  assert.equal(await db.tx((q) => markDone(q, a, 'stored', 'h')), false);
  assert.equal(await db.tx((q) => markDone(q, b!, 'stored', 'h')), true);
  const c = await queueCounts(db);
  assert.equal(c.done, 1);
  assert.equal(c.running + c.pending, 0);
  await db.close();
});

test('failures retry after a growing backoff and stop at the attempt limit with the reason kept', async () => {
  const db = await fresh();
  await enqueueJobs(db, [job(1)]);
  let [j] = await claimJobs(db, 'A', 1, 30);
  assert.equal(await markFailed(db, j!, 'boom 1', 3, 0.2), 'retry');
  assert.deepEqual(await claimJobs(db, 'A', 1, 30), [], 'waits out the backoff');
  await sleep(250);
  [j] = await claimJobs(db, 'A', 1, 30);
  assert.equal(j!.attempts, 2);
  assert.equal(await markFailed(db, j!, 'boom 2', 3, 0.05), 'retry');
  await sleep(150); // second backoff is twice the first
  [j] = await claimJobs(db, 'A', 1, 30);
  assert.equal(await markFailed(db, j!, 'boom 3', 3, 0.05), 'failed');
  const rows = await db.query('SELECT state, attempts, last_error FROM queue_jobs');
  assert.deepEqual(rows, [{ state: 'failed', attempts: 3, last_error: 'boom 3' }]);
  await db.close();
});

test('a job whose worker died on every attempt is failed, not retried forever', async () => {
  const db = await fresh();
  await enqueueJobs(db, [job(1)]);
  for (let i = 0; i < 2; i++) {
    assert.equal((await claimJobs(db, `dead${i}`, 1, 0.1)).length, 1);
    await sleep(150);
  }
  assert.equal(await failLostJobs(db, 2), 1);
  const [r] = await db.query('SELECT state, last_error FROM queue_jobs');
  assert.equal(r!.state, 'failed');
  assert.match(r!.last_error, /worker lost mid-article 2 times.*dead1/);
  await db.close();
});

test('runWorker stores each article with its job, retries a failing one, and exits when done', async () => {
  const db = await fresh();
  await enqueueJobs(db, [1, 2, 3, 4, 5].map(job));
  let bad = 0;
  const s = await runWorker(db, {
    name: 'W', batch: 2, maxAttempts: 2, backoffSeconds: 0.05, pollMs: 20, exitWhenDone: true,
    analyse: (r) => {
      if (r.title === 'Story 4') {
        bad++;
        throw new Error('cannot read this one');
      }
      return fakeAnalysis(r);
    },
  });
  assert.equal(s.done, 4);
  assert.equal(s.stored, 4);
  assert.equal(s.retried, 1);
  assert.equal(s.failed, 1);
  assert.equal(bad, 2);
  assert.equal((await db.query('SELECT count(*)::int AS n FROM articles'))[0]!.n, 4);
  const failed = await db.query(`SELECT key, last_error FROM queue_jobs WHERE state = 'failed'`);
  assert.deepEqual(failed, [{ key: 'k4', last_error: 'analysis failed: cannot read this one' }]);
  await db.close();
});
