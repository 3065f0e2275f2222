import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeInPool } from './pool.js';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import { readRecord } from '../ingest/index.js';
import type { RawArticle } from '../doc/index.js';

const root = process.cwd();

function corpus(n: number, words: number): RawArticle[] {
  const out = execFileSync(process.execPath, [join(root, 'scripts/gen-corpus.mjs'), '--articles', String(n), '--words', String(words), '--seed', '11'], { encoding: 'utf8' });
  return out.trim().split('\n').map((l, i) => readRecord(JSON.parse(l), `gen:${i + 1}`, {}));
}

test('pool output equals the in-thread pipeline, in input order', async () => {
  const raws = corpus(40, 120);
  const expected = raws.map((r) => toArticle(runPipeline(r)));
  const got = [];
  for await (const a of analyzeInPool(raws, 2, { depth: 4 })) got.push(a);
  assert.equal(got.length, raws.length);
  assert.deepEqual(got, expected);
});

test('pool reads input lazily: never more than depth articles ahead of the consumer (plus the read-ahead of the thread rule)', async () => {
  const raws = corpus(30, 60);
  for (const perThread of [0, 8]) {
    let pulled = 0;
    async function* source() {
      for (const r of raws) {
        pulled++;
        yield r;
      }
    }
    let consumed = 0;
    for await (const _ of analyzeInPool(source(), 2, { depth: 4, articlesPerThread: perThread })) {
      consumed++;
      const bound = Math.max(4, perThread + 1);
      assert.ok(pulled - consumed <= bound, `pulled ${pulled} while consumed ${consumed} (articlesPerThread ${perThread})`);
    }
    assert.equal(consumed, 30);
  }
});

test('the second thread starts only when the input holds more than articlesPerThread articles', async () => {
  const raws = corpus(12, 40);
  const expected = raws.map((r) => toArticle(runPipeline(r)));
  for (const [perThread, threads] of [[20, 1], [12, 1], [11, 2], [0, 2]] as const) {
    let started = 0;
    const got = [];
    for await (const a of analyzeInPool(raws, 2, { articlesPerThread: perThread, onThreadStart: (k) => (started = k) })) got.push(a);
    assert.equal(started, threads, `articlesPerThread ${perThread}`);
    assert.deepEqual(got, expected);
  }
});

test('stopping early ends the pool and the input', async () => {
  const raws = corpus(20, 60);
  let returned = false;
  async function* source() {
    try {
      yield* raws;
    } finally {
      returned = true;
    }
  }
  let n = 0;
  for await (const _ of analyzeInPool(source(), 2)) if (++n === 3) break;
  assert.equal(n, 3);
  assert.ok(returned);
});

test('an article the pipeline cannot take fails with its position', async () => {
  const raws = corpus(3, 60);
  const bad = { ...raws[1]!, body: undefined as unknown as string };
  await assert.rejects(async () => {
    for await (const _ of analyzeInPool([raws[0]!, bad, raws[2]!], 2)) void _;
  }, /article 2: analysis failed/);
});
