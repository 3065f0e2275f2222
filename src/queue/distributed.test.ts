// The distributed kill test (runs only when NEWSGRAPH_TEST_DATABASE_URL names a PostgreSQL server):
// three `newsgraph worker` processes on loopback share 2,000 generated articles; one is killed
// with SIGKILL while it holds claimed jobs. Every article must end up stored exactly once, and every
// result must equal a single-process run of the pipeline on the same input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../store/db.js';
import { analyzeFiles } from '../workers/files.js';
import { resultHash } from './worker-loop.js';

const BASE = process.env.NEWSGRAPH_TEST_DATABASE_URL;
const ARTICLES = Number(process.env.NEWSGRAPH_KILL_TEST_ARTICLES ?? 2000);
const root = process.cwd();
const bin = join(root, 'bin/newsgraph');

/** The test's own schema on the shared server, through the URL so child processes use it too. */
function urlWithSchema(base: string, schema: string): string {
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

function exited(p: ChildProcess): Promise<number | null> {
  return new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(p.exitCode) : p.once('exit', (code) => r(code))));
}

async function waitFor(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('three workers, one killed with SIGKILL: every article stored exactly once, results equal a single-process run',
  { skip: !BASE && 'NEWSGRAPH_TEST_DATABASE_URL not set', timeout: 600_000 }, async (t) => {
    const t0 = Date.now();
    const step = (what: string) => t.diagnostic(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);
    const schema = `ng_kill_${process.pid}`;
    const admin: Db = await openDb(BASE!);
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    const url = urlWithSchema(BASE!, schema);
    const dir = mkdtempSync(join(tmpdir(), 'ng-kill-'));
    const file = join(dir, 'corpus.jsonl');
    const workers: ChildProcess[] = [];
    let db: Db | null = null;
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-corpus.mjs'), '--articles', String(ARTICLES), '--words', '100', '--seed', '9', '--out', file]);

      // The single-process reference: the same reader and pipeline in this one process (its thread
      // pool gives results identical to one thread: see src/workers/pool.test.ts).
      const expected = new Map<string, string>();
      for await (const a of analyzeFiles([file])) expected.set(a.id, resultHash(a));

      step(`reference run done (${expected.size} articles)`);
      execFileSync(process.execPath, [bin, 'enqueue', file, '--db', url, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
      db = await openDb(url);
      const q = db;
      const count = async (sql: string, params: unknown[] = []) => Number((await q.query<{ n: number }>(sql, params))[0]!.n);
      assert.equal(await count('SELECT count(*) AS n FROM queue_jobs'), expected.size);

      step('enqueued');
      for (const name of ['w1', 'w2', 'w3']) {
        workers.push(spawn(process.execPath, [bin, 'worker', '--db', url, '--name', name, '--lease', '3s', '--batch', '2',
          '--poll', '200ms', '--backoff', '1s', '--exit-when-done', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] }));
      }
      // Kill w1 once the run is well under way, at a moment it holds claimed jobs.
      await waitFor('a fifth of the articles done', 150_000, async () =>
        (await count(`SELECT count(*) AS n FROM queue_jobs WHERE state = 'done'`)) >= expected.size / 5);
      // Freeze w1 (SIGSTOP) and look at what it holds: a worker's claims can be a few milliseconds
      // long, so checking and then killing could miss them. Frozen, it cannot finish or claim
      // anything; if it holds nothing live, it is thawed and caught again a moment later.
      let orphans: { id: number; attempts: number }[] = [];
      await waitFor('w1 frozen while it holds a live claim', 60_000, async () => {
        workers[0]!.kill('SIGSTOP');
        // (A commit w1 sent just before it froze may still be on its way to the server: let it land,
        // or a job it finished would count as one it held.)
        await new Promise((r) => setTimeout(r, 300));
        orphans = await q.query<{ id: number; attempts: number }>(
          `SELECT id, attempts FROM queue_jobs WHERE state = 'running' AND worker = 'w1' AND lease_until > now()`);
        if (orphans.length) return true;
        workers[0]!.kill('SIGCONT');
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 60));
        return false;
      });
      step('killing w1');
      workers[0]!.kill('SIGKILL');
      await exited(workers[0]!);

      const codes = await Promise.all(workers.slice(1).map(exited));
      step(`queue drained; w1 held ${orphans.length} claims when killed`);
      assert.deepEqual(codes, [0, 0], 'surviving workers exit cleanly when the queue is drained');

      // The queue: everything done, nothing failed; w1's claims were redone by others.
      assert.equal(await count(`SELECT count(*) AS n FROM queue_jobs WHERE state = 'done'`), expected.size);
      assert.equal(await count(`SELECT count(*) AS n FROM queue_jobs WHERE state <> 'done'`), 0);
      assert.ok(orphans.length > 0, 'the killed worker held claims when it died');
      for (const o of orphans) {
        const [j] = await q.query<{ state: string; attempts: number; worker: string }>('SELECT state, attempts, worker FROM queue_jobs WHERE id = $1', [o.id]);
        assert.equal(j!.state, 'done');
        assert.ok(j!.attempts > o.attempts && j!.worker !== 'w1', `job ${o.id} was redone by another worker`);
      }

      // The store: every article exactly once.
      assert.equal(await count('SELECT count(*) AS n FROM articles'), expected.size);
      assert.equal(await count('SELECT count(DISTINCT id) AS n FROM articles'), expected.size);
      const ids = new Set((await q.query<{ id: string }>('SELECT id FROM articles')).map((r) => r.id));
      assert.deepEqual([...ids].sort(), [...expected.keys()].sort());
      assert.equal(await count(`SELECT count(*) AS n FROM queue_jobs WHERE result = 'stored'`), expected.size,
        'each article was stored by exactly one job (none found its article already stored)');

      // Every result equals the single-process run.
      const got = await q.query<{ key: string; result_hash: string }>('SELECT key, result_hash FROM queue_jobs');
      const differing = got.filter((g) => expected.get(g.key) !== g.result_hash);
      const mismatches = differing.length;
      if (mismatches) {
        // Tell a real difference from a tree that changed under a long local run (dist/ or data/
        // rebuilt between the reference and the workers): re-analyse a few now and compare again.
        const keys = new Set(differing.slice(0, 20).map((d) => d.key));
        let agreeNow = 0;
        for await (const a of analyzeFiles([file], {}, 1)) {
          if (keys.has(a.id) && differing.find((d) => d.key === a.id)!.result_hash === resultHash(a)) agreeNow++;
        }
        t.diagnostic(`${mismatches} differ; of ${keys.size} re-analysed now, ${agreeNow} agree with the workers (if all do, the code or data changed during the run)`);
      }
      assert.equal(mismatches, 0, `${mismatches} results differ from the single-process run`);
    } finally {
      for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
      await db?.close();
      await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
      await admin.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
