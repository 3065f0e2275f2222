import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureIndex, hashString, iob2Labels, bilouLabels, iob2ToBilou, bilouToIob2, iob1ToIob2, iob2Chunks, packSequence, trainPerceptron, viterbi, encodeBundle, decodeBundle, int32Scratch } from './index.js';

test('viterbi never produces an invalid IOB2 sequence', () => {
  const labels = iob2Labels(['PER', 'ORG']);
  const L = labels.names.length;
  // Emissions that strongly prefer I-PER everywhere and I-ORG in the middle.
  const T = 4, em = new Float32Array(T * L);
  for (let t = 0; t < T; t++) em[t * L + labels.names.indexOf('I-PER')] = 10;
  em[2 * L + labels.names.indexOf('I-ORG')] = 20;
  const path = Array.from(viterbi(em, T, L, new Float32Array((L + 1) * L), labels.allowed)).map((y) => labels.names[y]!);
  for (let t = 0; t < T; t++) {
    if (path[t]!.startsWith('I-')) {
      const prev = t > 0 ? path[t - 1]! : 'O';
      assert.ok(prev.slice(2) === path[t]!.slice(2) && prev !== 'O', `invalid ${path.join(' ')}`);
    }
  }
});

test('IOB1 to IOB2 and chunks', () => {
  assert.deepEqual(iob1ToIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
  assert.deepEqual(iob2Chunks(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']), [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'LOC' }]);
});

test('perceptron learns a toy tagging task and survives a save/load round trip', () => {
  const labels = iob2Labels(['PER']);
  const index = new FeatureIndex();
  const sents = [['Mr', 'Smith', 'left'], ['Mr', 'Jones', 'came'], ['the', 'dog', 'left'], ['Mr', 'Brown', 'sat']];
  const golds = [['O', 'B-PER', 'O'], ['O', 'B-PER', 'O'], ['O', 'O', 'O'], ['O', 'B-PER', 'O']];
  const feats = (ws: string[]) => ws.map((w, i) => [hashString(w, 1), hashString(ws[i - 1] ?? '<s>', 2)]);
  const data = sents.map((s, i) => ({
    seq: packSequence(feats(s).map((ks) => ks.map((k) => index.add(k)))),
    gold: Int32Array.from(golds[i]!.map((g) => labels.names.indexOf(g))),
  }));
  const model = trainPerceptron(data, { labels, nFeatures: index.size, epochs: 5 });
  const bundle = decodeBundle(encodeBundle({ meta: { v: 1 }, parts: { ner: { model, index } } }));
  const m2 = bundle.parts['ner']!;
  const ids = feats(['Mr', 'Green', 'left']).map((ks) => ks.map((k) => m2.index.get(k)).filter((x) => x >= 0));
  const out = Array.from(m2.model.decode(packSequence(ids))).map((y) => labels.names[y]);
  assert.deepEqual(out, ['O', 'B-PER', 'O']);
  assert.deepEqual(bundle.meta, { v: 1 });
});

test('BILOU round trip and constraints', () => {
  const iob = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'];
  const b = iob2ToBilou(iob);
  assert.deepEqual(b, ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  assert.deepEqual(bilouToIob2(b), iob);
  const labels = bilouLabels(['PER', 'LOC']);
  const L = labels.names.length, ix = (n: string) => labels.names.indexOf(n);
  assert.equal(labels.allowed[ix('B-PER') * L + ix('O')], 0);
  assert.equal(labels.allowed[ix('B-PER') * L + ix('L-PER')], 1);
  assert.equal(labels.allowed[ix('U-PER') * L + ix('B-LOC')], 1);
  assert.equal(labels.allowed[L * L + ix('I-PER')], 0);
});

test('hashExtend continues hashString (keys of concatenations without building them)', async () => {
  const { hashExtend, hashInit } = await import('./index.js');
  for (const [a, b, seed] of [['iran', ' said', 7], ['', '</s>', 8], ['Soleimani’s', ' 中', 0]] as const) {
    assert.equal(hashExtend(hashExtend(hashInit(seed), a), b), hashString(a + b, seed));
  }
});

test('viterbi gives the same path with cached (fixed) and per-call transition scores', () => {
  const labels = bilouLabels(['PER', 'LOC']);
  const L = labels.names.length, T = 6;
  const em = new Float32Array(T * L).map((_, i) => Math.sin(i * 1.7) * 3);
  const trans = new Float32Array((L + 1) * L).map((_, i) => Math.cos(i * 0.9));
  const a = Array.from(viterbi(em, T, L, trans, labels.allowed));
  assert.deepEqual(Array.from(viterbi(em, T, L, trans, labels.allowed, true)), a);
  assert.deepEqual(Array.from(viterbi(em, T, L, trans, labels.allowed, true)), a);
});

test('scratch arrays grow on demand and are reused between calls', () => {
  const s = int32Scratch();
  const a = s.get(10);
  assert.ok(a.length >= 10);
  assert.equal(s.get(5), a, 'a smaller request reuses the same array');
  const b = s.get(a.length * 3);
  assert.ok(b.length >= a.length * 3);
});
