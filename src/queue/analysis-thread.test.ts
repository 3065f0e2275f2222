import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisThread } from './analysis-thread.js';
import { AnalysisError } from '../workers/pool.js';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import type { RawArticle } from '../doc/index.js';

const raw = (body: string): RawArticle => ({ title: 'Ministers meet in Nairobi', captions: [], body, published: '2024-05-02', publishedSource: 'given' });

test('AnalysisThread: results in call order, equal to this thread; one bad article fails alone; close rejects the rest', { timeout: 120_000 }, async () => {
  const t = new AnalysisThread();
  try {
    const a = raw('Kenya’s foreign minister met his Ugandan counterpart in Nairobi on Tuesday, the ministry said.');
    const bad = { title: 'broken', captions: [] } as unknown as RawArticle; // no body: the pipeline throws
    const b = raw('Police fired tear gas at protesters in Kampala on Monday.');
    const [ra, rbad, rb] = await Promise.allSettled([t.analyse(a), t.analyse(bad), t.analyse(b)]);
    assert.equal(ra.status, 'fulfilled');
    assert.deepEqual((ra as PromiseFulfilledResult<unknown>).value, toArticle(runPipeline(a)));
    assert.equal(rbad.status, 'rejected');
    assert.ok((rbad as PromiseRejectedResult).reason instanceof AnalysisError);
    assert.equal(rb.status, 'fulfilled', 'the article after a failed one is still analysed');
    assert.deepEqual((rb as PromiseFulfilledResult<unknown>).value, toArticle(runPipeline(b)));
    const pending = t.analyse(raw('The talks will resume next week.'));
    await t.close();
    await assert.rejects(pending, AnalysisError);
  } finally {
    await t.close();
  }
});
