#!/usr/bin/env node
// Trains the POS tagger and the chunker (averaged structured perceptron, src/ml) on the POS and
// chunk columns of CoNLL-2003 train, tunes the number of epochs on dev, and writes
// models/syntax.bin.gz. Needs `npm run build` first (it uses dist/).
//   node scripts/train-syntax.mjs [--epochs N] [--eval-only]
import { readFileSync, mkdirSync } from 'node:fs';
import {
  FeatureIndex, freeLabels, iob2Labels, iob1ToIob2, iob2Chunks, packSequence, trainPerceptron, pruneModel, saveBundle,
} from '../dist/ml/index.js';
import { posFeatureKeys, chunkFeatureKeys } from '../dist/syntax/features.js';
import { syntaxModels, tagPos, tagChunks } from '../dist/syntax/tagger.js';

const args = process.argv.slice(2);
const epochsAt = args.indexOf('--epochs');
const EPOCHS = epochsAt >= 0 ? Number(args[epochsAt + 1]) : 8;
const root = new URL('../', import.meta.url);
const shared = new URL('../shared/data/conll2003/', root);

export function readConll(path) {
  const sents = [];
  let cur = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const c = line.trim().split(' ');
    if (!line.trim() || c[0] === '-DOCSTART-') { if (cur.length) sents.push(cur); cur = []; continue; }
    cur.push({ w: c[0], pos: c[1], chunk: c[2] });
  }
  if (cur.length) sents.push(cur);
  return sents.map((s) => ({ words: s.map((t) => t.w), pos: s.map((t) => t.pos), chunk: iob1ToIob2(s.map((t) => t.chunk)) }));
}

function chunkF1(gold, pred) {
  let tp = 0, ng = 0, np = 0;
  gold.forEach((g, i) => {
    const a = new Set(iob2Chunks(g).map((c) => `${c.start}:${c.end}:${c.type}`));
    const b = iob2Chunks(pred[i]).map((c) => `${c.start}:${c.end}:${c.type}`);
    ng += a.size; np += b.length; tp += b.filter((x) => a.has(x)).length;
  });
  const p = tp / (np || 1), r = tp / (ng || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

const dev = readConll(new URL('dev.txt', shared));
if (args.includes('--eval-only')) {
  const m = syntaxModels();
  if (!m) { console.error('newsgraph: models/syntax.bin.gz is missing; run npm run train:syntax'); process.exit(1); }
  let ok = 0, n = 0;
  const goldC = [], predC = [];
  const t0 = performance.now();
  for (const s of dev) {
    const pos = tagPos(m, s.words);
    pos.forEach((p, i) => { n++; if (p === s.pos[i]) ok++; });
    goldC.push(s.chunk); predC.push(tagChunks(m, s.words, pos));
  }
  const secs = (performance.now() - t0) / 1000;
  const c = chunkF1(goldC, predC);
  console.log(`CoNLL-2003 dev: POS accuracy ${(100 * ok / n).toFixed(2)}% (${n} tokens), chunk P ${(100 * c.p).toFixed(2)} R ${(100 * c.r).toFixed(2)} F1 ${(100 * c.f).toFixed(2)}; ${Math.round(n / secs)} tokens/s (POS+chunk)`);
  process.exit(0);
}

const train = readConll(new URL('train.txt', shared));
function build(sents, keysOf, labelsOf, labelSet) {
  const index = new FeatureIndex(1 << 20);
  const L = new Map(labelSet.names.map((n, i) => [n, i]));
  const ex = sents.map((s) => ({
    seq: packSequence(keysOf(s).map((ks) => ks.map((k) => index.add(k)))),
    gold: Int32Array.from(labelsOf(s).map((t) => L.get(t) ?? 0)),
  }));
  return { index, ex };
}
const toIds = (index, keys) => packSequence(keys.map((ks) => ks.map((k) => index.get(k)).filter((x) => x >= 0)));

// POS
const posNames = [...new Set(train.flatMap((s) => s.pos))].sort();
const posLabels = freeLabels(posNames);
const P = build(train, (s) => posFeatureKeys(s.words), (s) => s.pos, posLabels);
let bestPos = null;
const posModel = trainPerceptron(P.ex, {
  labels: posLabels, nFeatures: P.index.size, epochs: EPOCHS, seed: 7,
  onEpoch: (ep, m, mistakes) => {
    let ok = 0, n = 0;
    for (const s of dev) {
      const pred = m.decode(toIds(P.index, posFeatureKeys(s.words)));
      pred.forEach((y, i) => { n++; if (posNames[y] === s.pos[i]) ok++; });
    }
    const acc = ok / n;
    console.log(`pos epoch ${ep}: ${mistakes} wrong sentences, dev accuracy ${(100 * acc).toFixed(2)}%`);
    if (!bestPos || acc > bestPos.acc) bestPos = { acc, model: m, ep };
  },
});
void posModel;
const pos = pruneModel({ model: bestPos.model, index: P.index });
const tag = (words) => Array.from(pos.model.decode(toIds(pos.index, posFeatureKeys(words))), (y) => posNames[y]);

// Chunks: trained on gold POS, tuned on dev with predicted POS (as at run time).
const chunkTypes = [...new Set(train.flatMap((s) => s.chunk).filter((t) => t !== 'O').map((t) => t.slice(2)))].sort();
const chunkLabels = iob2Labels(chunkTypes);
const C = build(train, (s) => chunkFeatureKeys(s.words, s.pos), (s) => s.chunk, chunkLabels);
const devPos = dev.map((s) => tag(s.words));
let bestChunk = null;
trainPerceptron(C.ex, {
  labels: chunkLabels, nFeatures: C.index.size, epochs: EPOCHS, seed: 11,
  onEpoch: (ep, m, mistakes) => {
    const pred = dev.map((s, i) => Array.from(m.decode(toIds(C.index, chunkFeatureKeys(s.words, devPos[i]))), (y) => chunkLabels.names[y]));
    const f = chunkF1(dev.map((s) => s.chunk), pred).f;
    console.log(`chunk epoch ${ep}: ${mistakes} wrong sentences, dev F1 ${(100 * f).toFixed(2)}`);
    if (!bestChunk || f > bestChunk.f) bestChunk = { f, model: m, ep };
  },
});
const chunk = pruneModel({ model: bestChunk.model, index: C.index });
mkdirSync(new URL('models/', root), { recursive: true });
saveBundle(new URL('models/syntax.bin.gz', root).pathname, {
  meta: { trained: 'CoNLL-2003 train (POS, chunk columns)', posEpochs: bestPos.ep, chunkEpochs: bestChunk.ep, devPosAccuracy: bestPos.acc, devChunkF1: bestChunk.f },
  parts: { pos, chunk },
});
console.log(`saved models/syntax.bin.gz (POS dev ${(100 * bestPos.acc).toFixed(2)}% at epoch ${bestPos.ep}, chunk dev F1 ${(100 * bestChunk.f).toFixed(2)} at epoch ${bestChunk.ep})`);
