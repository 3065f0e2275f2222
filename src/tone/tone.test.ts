import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/index.js';
import { toneOf, toneStage } from './index.js';

test('tone counts emotional words per hundred words', () => {
  // 10 words: "good" (+3) and "killed" (−3), "terrible" (−3): 1 positive, 2 negative.
  const t = toneOf('A good day turned terrible when soldiers killed two people')!;
  assert.equal(t.positive, 10);
  assert.equal(t.negative, 20);
  assert.equal(t.score, -10);
});

test('phrases are matched before their words, curly apostrophes read as straight', () => {
  const t = toneOf('It does not work')!; // "does not work" is one negative phrase in AFINN
  assert.equal(t.negative, 25);
  assert.equal(t.positive, 0);
  assert.ok(toneOf('They can’t stand it')!.negative > 0);
});

test('no words, no tone; the stage reads every field', () => {
  assert.equal(toneOf('123 — 456'), null);
  const doc = createDoc({ title: 'Peace deal welcomed', captions: [], body: 'Leaders praised the agreement.', published: null, publishedSource: null });
  const r = toneStage.run(doc, { report: () => {} });
  assert.ok(r.tone && r.tone.score > 0);
});

test('a word right after a negator counts the other way', async () => {
  const { toneOf } = await import('./index.js');
  const hurt = toneOf('They were badly hurt.')!;
  const noHurt = toneOf('They were not hurt.')!;
  assert.ok(hurt.score < 0 && hurt.positive === 0);
  assert.equal(noHurt.negative, 0, 'the negated "hurt" is not a negative word');
  assert.ok(noHurt.score > 0, 'it counts as positive instead');
  // Beyond three words the negator no longer reaches.
  assert.ok(toneOf('It was not clear why the storm hurt them.')!.negative > 0);
});

test('what falls counts the other way', async () => {
  const { toneOf } = await import('./index.js');
  assert.ok(toneOf('Crime spread again.')!.score < 0);
  assert.ok(toneOf('Crime fell again.')!.score > 0);
});
