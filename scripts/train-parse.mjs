#!/usr/bin/env node
// Trains the dependency parser (issue 15) and writes models/parse.bin.gz. Deterministic: the same
// data and options give the same model bytes. Needs `npm run build` first (it uses dist/).
//
//   1. Tagger (XPOS): averaged structured perceptron on EWT + GUM train; the number of epochs is
//      chosen on EWT + GUM dev. Then K-fold jackknifing gives the training sentences the tags a
//      tagger that never saw them predicts, so the parser learns on tags as noisy as at run time.
//   2. Parser: arc-eager, dynamic oracle with exploration, on projectivised gold trees; the
//      number of epochs is chosen on dev LAS (universal relation), dev parsed with our own tags.
//
//   node scripts/train-parse.mjs [--tagger-epochs N] [--epochs N] [--folds K] [--cache DIR]
//                                [--out FILE] [--check-agents] [--tagger-only] [--retag FILE]
//                                [--clusters FILE | --no-clusters] [--no-tagger-clusters]
// --cache DIR keeps the tagger and jackknifed tags between runs (for experiments on the parser).
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureIndex, PerceptronModel, freeLabels, packSequence, trainPerceptron, pruneModel, encodeBundle, decodeBundle } from '../dist/ml/index.js';
import {
  readConll4, readConlluTreebank, deriveAgents, projectivise, isProjective, trainParser, tagSentenceKeys, tagSequence, Parser, Scorer, UdTagger, LabelCandidates, coarseTable, reattachPunct, PUNCT_TAGS, parseClusters,
} from '../dist/parse/index.js';

const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const TAGGER_EPOCHS = Number(opt('--tagger-epochs', 10));
const EPOCHS = Number(opt('--epochs', 10));
const FOLDS = Number(opt('--folds', 5));
const CACHE = opt('--cache', null);
// Features whose largest weight is under PRUNE Int16 units (of 32767 for the largest weight) are
// dropped from the saved model: a smaller file and table, the same parses to within noise.
const PRUNE = Number(opt('--prune', 600));
// --reprune FILE: skip training; prune, score and save a model this script wrote with a lower
// --prune (its features at the higher threshold are exactly those training would have kept).
// --retag FILE: the same, keeping that model's parser (moves, labels, label candidates) and giving
// it this run's tagger: a better tagger for a parser trained on another tagger's jackknifed tags.
const RETAG = opt('--retag', null);
const REPRUNE = opt('--reprune', null) ?? RETAG;
const ROOT = new URL('../', import.meta.url).pathname;
const OUT = opt('--out', join(ROOT, 'models/parse.bin.gz'));
// Word classes for the parser's features (scripts/train-clusters.mjs); stored in the model's meta.
const CLUSTERS_FILE = opt('--clusters', join(ROOT, 'data/parse-clusters.tsv'));
const CLUSTERS = args.includes('--no-clusters') || !existsSync(CLUSTERS_FILE) ? '' : readFileSync(CLUSTERS_FILE, 'utf8');
const CLUSTER_MAP = CLUSTERS ? parseClusters(CLUSTERS) : undefined;
// The tagger reads the word classes too unless --no-tagger-clusters.
const TAGGER_CLUSTERS = CLUSTERS && !args.includes('--no-tagger-clusters') ? CLUSTER_MAP : undefined;
const DATA = join(ROOT, '../shared/data/ud-english/');
const log = (m) => process.stderr.write(`train-parse: ${m}\n`);
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(0) + 's';

function load() {
  const ewtTrain = readConll4(readFileSync(join(DATA, 'ewt-train.conll4'), 'utf8'), 'ewt-train');
  const ewtDev = readConll4(readFileSync(join(DATA, 'ewt-dev.conll4'), 'utf8'), 'ewt-dev');
  const gumTrain = readConlluTreebank(readFileSync(join(DATA, 'gum-train.conllu'), 'utf8'), 'gum-train');
  const gumDev = readConlluTreebank(readFileSync(join(DATA, 'gum-dev.conllu'), 'utf8'), 'gum-dev');
  let agents = 0;
  for (const s of [...ewtTrain, ...ewtDev]) agents += deriveAgents(s.words, s.xpos, s.heads, s.labels);
  // Punctuation by the UD rule (src/parse/punct.ts) in the training trees: GUM already follows it,
  // EWT v2.2 does not (it predates the later releases' punctuation fixes). The dev sets are
  // scored both as released and normalised the same way.
  let moved = 0;
  const norm = (s) => {
    const h = Int32Array.from(s.heads);
    reattachPunct(s.words, s.xpos.map((t) => (PUNCT_TAGS.has(t) ? 1 : 0)), h);
    for (let i = 0; i < h.length; i++) if (h[i] !== s.heads[i]) moved++;
    return { ...s, heads: h };
  };
  const ewtTrainN = ewtTrain.map(norm), gumTrainN = gumTrain.map(norm);
  log(`punctuation normalised: ${moved} training arcs moved`);
  log(`EWT train ${ewtTrain.length}, dev ${ewtDev.length}; GUM train ${gumTrain.length}, dev ${gumDev.length} sentences; obl:agent derived on EWT: ${agents}`);
  return { ewtTrain: ewtTrainN, ewtDev, gumTrain: gumTrainN, gumDev, ewtDevN: ewtDev.map(norm) };
}
const D = load();

if (args.includes('--check-agents')) {
  // How well the obl:agent rule reproduces GUM's own agent labels (GUM marks them).
  let tp = 0, fp = 0, fn = 0;
  for (const s of [...D.gumTrain, ...D.gumDev]) {
    const lab = s.labels.map((l) => (l === 'obl:agent' ? 'obl' : l));
    deriveAgents(s.words, s.xpos, s.heads, lab);
    lab.forEach((l, i) => {
      const g = s.labels[i] === 'obl:agent', p = l === 'obl:agent';
      if (g && p) tp++; else if (p) fp++; else if (g) fn++;
    });
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`obl:agent rule on GUM train+dev: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  process.exit(0);
}

const train = [...D.ewtTrain, ...D.gumTrain];
const dev = [...D.ewtDev, ...D.gumDev];
const tagNames = [...new Set(train.flatMap((s) => s.xpos))].sort();
const tagId = new Map(tagNames.map((t, i) => [t, i]));
const labelNames = [...new Set(train.flatMap((s) => s.labels))].sort();
const labelId = new Map(labelNames.map((t, i) => [t, i]));
log(`${tagNames.length} tags, ${labelNames.length} labels: ${labelNames.join(' ')}`);

// ---- tagger ------------------------------------------------------------------------------------
function trainTagger(sents, epochs, devSents, seed) {
  const index = new FeatureIndex(1 << 20);
  const ex = sents.map((s) => ({
    seq: packSequence(tagSentenceKeys(s.words, TAGGER_CLUSTERS).map((ks) => ks.map((k) => index.add(k)))),
    gold: Int32Array.from(s.xpos.map((t) => tagId.get(t) ?? 0)),
  }));
  const labels = freeLabels(tagNames);
  let best = null;
  const m = trainPerceptron(ex, {
    labels, nFeatures: index.size, epochs, seed,
    onEpoch: devSents ? (ep, model, mistakes) => {
      const sm = { model, index };
      let ok = 0, n = 0;
      for (const s of devSents) {
        const pred = model.decode(tagSequence(sm, s.words, TAGGER_CLUSTERS));
        pred.forEach((y, i) => { n++; if (tagNames[y] === s.xpos[i]) ok++; });
      }
      log(`tagger epoch ${ep}: ${mistakes} wrong sentences, dev accuracy ${(100 * ok / n).toFixed(2)}% (${secs()})`);
      if (!best || ok / n > best.acc) best = { acc: ok / n, ep, model };
    } : undefined,
  });
  return { sm: pruneModel({ model: best ? best.model : m, index }, 1e-3), ep: best?.ep ?? epochs, acc: best?.acc };
}
const tagWith = (sm, words) => sm.model.decode(tagSequence(sm, words, TAGGER_CLUSTERS));
if (args.includes('--tagger-only')) {
  // Screen tagger features: train on train, report dev accuracy per epoch, save nothing.
  const full = trainTagger(train, TAGGER_EPOCHS, dev, 7);
  const ut = new UdTagger(decodeBundle(encodeBundle({ meta: {}, parts: { tagger: full.sm } })).parts.tagger, TAGGER_CLUSTERS);
  for (const [k, ss] of [['ewt', D.ewtDev], ['gum', D.gumDev]]) {
    let ok = 0, n = 0;
    for (const s of ss) ut.tag(s.words).forEach((y, j) => { n++; if (tagNames[y] === s.xpos[j]) ok++; });
    log(`run-time tagger on ${k} dev: ${(100 * ok / n).toFixed(2)}%`);
  }
  log(`tagger: best dev ${(100 * full.acc).toFixed(2)}% at epoch ${full.ep}, ${full.sm.index.size} features (${secs()})`);
  process.exit(0);
}

let tagger, trainTags, taggerEpochs;
const cacheFile = CACHE ? join(CACHE, `tagger-${TAGGER_EPOCHS}-${FOLDS}${TAGGER_CLUSTERS ? '-clusters' : ''}.json.gz`) : null;
if (cacheFile && existsSync(cacheFile)) {
  const { gunzipSync } = await import('node:zlib');
  const c = JSON.parse(gunzipSync(readFileSync(cacheFile)).toString());
  tagger = decodeBundle(Buffer.from(c.tagger, 'base64')).parts.tagger;
  trainTags = c.trainTags.map((t) => Int32Array.from(t));
  taggerEpochs = c.taggerEpochs;
  log(`tagger and jackknifed tags from ${cacheFile}`);
} else {
  const full = trainTagger(train, TAGGER_EPOCHS, dev, 7);
  taggerEpochs = full.ep;
  log(`tagger: best dev ${(100 * full.acc).toFixed(2)}% at epoch ${full.ep}`);
  // round trip through the file format (Int16 weights), as at run time
  tagger = decodeBundle(encodeBundle({ meta: {}, parts: { tagger: full.sm } })).parts.tagger;
  trainTags = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i) => i % FOLDS === f;
    const part = trainTagger(train.filter((_, i) => !inFold(i)), taggerEpochs, null, 7 + f);
    let ok = 0, n = 0;
    train.forEach((s, i) => {
      if (!inFold(i)) return;
      trainTags[i] = Int32Array.from(tagWith(part.sm, s.words));
      trainTags[i].forEach((y, j) => { n++; if (tagNames[y] === s.xpos[j]) ok++; });
    });
    log(`jackknife fold ${f + 1}/${FOLDS}: accuracy ${(100 * ok / n).toFixed(2)}% (${secs()})`);
  }
  if (cacheFile) {
    const { gzipSync } = await import('node:zlib');
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cacheFile, gzipSync(JSON.stringify({ taggerEpochs, tagger: encodeBundle({ meta: {}, parts: { tagger } }).toString('base64'), trainTags: trainTags.map((t) => Array.from(t)) })));
  }
}

// ---- parser ------------------------------------------------------------------------------------
let lifted = 0, nonProj = 0;
const trainData = train.map((s, i) => {
  const { heads, lifts } = projectivise(s.heads);
  lifted += lifts; if (lifts) nonProj++;
  const n = s.words.length;
  const gold = new Int32Array(n + 1), goldLab = new Int32Array(n + 1);
  gold[0] = -1; goldLab[0] = -1;
  for (let d = 1; d <= n; d++) { gold[d] = heads[d - 1]; goldLab[d] = labelId.get(s.labels[d - 1]); }
  return { words: s.words, tags: trainTags[i], gold, goldLab };
});
log(`projectivised ${nonProj} training trees (${lifted} arcs lifted)`);
const coarse = coarseTable(tagNames);
const labelCandidates = LabelCandidates.collect((function* () {
  for (const s of trainData) {
    for (let d = 1; d < s.gold.length; d++) {
      const h = s.gold[d];
      if (h > 0) yield [d < h ? 0 : 1, s.tags[d - 1], coarse[s.tags[h - 1]], s.goldLab[d]];
    }
  }
})());
{
  const sizes = Object.values(labelCandidates).map((a) => a.length);
  log(`label candidates: ${sizes.length} contexts, ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(1)} labels each on average`);
}

const devSets = { ewt: D.ewtDev, gum: D.gumDev, ewtN: D.ewtDevN };
const devTags = Object.fromEntries(Object.entries(devSets).map(([k, ss]) => {
  const ut = new UdTagger(tagger, TAGGER_CLUSTERS);
  return [k, ss.map((s) => Int32Array.from(ut.tag(s.words)))];
}));
for (const [k, ss] of Object.entries(devSets)) {
  let ok = 0, n = 0;
  ss.forEach((s, i) => devTags[k][i].forEach((y, j) => { n++; if (tagNames[y] === s.xpos[j]) ok++; }));
  log(`run-time tagger on ${k} dev: ${(100 * ok / n).toFixed(2)}%`);
}

function evalParser(p) {
  const out = {};
  for (const [k, ss] of Object.entries(devSets)) {
    const sc = new Scorer();
    ss.forEach((s, i) => {
      const r = p.parseTagged(s.words, devTags[k][i]);
      sc.add(s.heads, s.labels, r.heads, Array.from(r.labels, (l) => p.labelNames[l]));
    });
    out[k] = sc;
  }
  out.all = Scorer.merge(out.ewt, out.gum);
  out.allN = Scorer.merge(out.ewtN, out.gum);
  return out;
}
const fmt = (sc) => { const s = sc.scores(); return `UAS ${s.uas.toFixed(2)} LAS ${s.las.toFixed(2)} (full ${s.lasFull.toFixed(2)})`; };

let best = null;
const retagMeta = RETAG ? decodeBundle(readFileSync(RETAG)).meta : null;
const retagged = retagMeta ? retagMeta.labelCandidates : null;
// whether the saved parser was trained with the word-class templates (run time computes them only then)
const parserClasses = retagMeta ? Boolean(retagMeta.parserClasses ?? (typeof retagMeta.clusters === 'string' && !retagMeta.retag)) : Boolean(CLUSTERS);
const bundleOf = (m, meta) => ({ meta: { ...meta, labelCandidates: retagged ?? labelCandidates, parserClasses, ...(CLUSTERS ? { clusters: CLUSTERS } : {}), ...(TAGGER_CLUSTERS ? { taggerClusters: true } : {}) }, parts: { tagger, moves: m.moves, labels: m.labels } });
if (REPRUNE) {
  const old = decodeBundle(readFileSync(REPRUNE));
  best = { ep: old.meta.parserEpochs, m: { moves: old.parts.moves, labels: old.parts.labels }, r: evalParser(new Parser(old)) };
  if (RETAG) log(`parser of ${RETAG} (epoch ${best.ep}) with this run's tagger`);
  best.las = best.r.allN.scores().las;
} else trainParser(trainData, {
  tagNames, labelNames, labelCandidates, epochs: EPOCHS, seed: 17, clusters: CLUSTER_MAP,
  onEpoch: (ep, freeze, st) => {
    const m = freeze();
    const p = new Parser(decodeBundle(encodeBundle(bundleOf(m, {}))));
    const r = evalParser(p);
    const las = r.allN.scores().las;
    log(`epoch ${ep}: move errors ${(100 * st.moveErrors / st.states).toFixed(2)}%, label errors ${(100 * st.labelErrors / st.arcs).toFixed(2)}% | EWT ${fmt(r.ewt)} | EWT punct-normalised ${fmt(r.ewtN)} | GUM ${fmt(r.gum)} | all ${fmt(r.all)} | all normalised ${fmt(r.allN)} | features ${m.moves.index.size}+${m.labels.index.size} (${secs()})`);
    if (!best || las > best.las) best = { las, ep, m, r };
  },
});

// Quantise (Int16), prune, and score the model exactly as it will be loaded.
function pruneInt16(sm, T) {
  const L = sm.model.L, W = sm.model.weights, keys = sm.index.keysInOrder(), keep = [];
  for (let f = 0; f < keys.length; f++) {
    let mx = 0;
    for (let y = 0; y < L; y++) mx = Math.max(mx, Math.abs(W[f * L + y]));
    if (mx >= T) keep.push(f);
  }
  const nk = new Int32Array(keep.length), nw = new Int16Array(keep.length * L);
  keep.forEach((f, i) => { nk[i] = keys[f]; nw.set(W.subarray(f * L, f * L + L), i * L); });
  return { model: new PerceptronModel(sm.model.labels, nw, sm.model.trans, sm.model.scale), index: FeatureIndex.fromKeys(nk) };
}
const q = decodeBundle(encodeBundle(bundleOf(best.m, {})));
const pruned = { moves: pruneInt16(q.parts.moves, PRUNE), labels: pruneInt16(q.parts.labels, PRUNE) };
const pr = evalParser(new Parser(decodeBundle(encodeBundle(bundleOf(pruned, {})))));
log(`pruned at ${PRUNE}: features ${q.parts.moves.index.size}+${q.parts.labels.index.size} -> ${pruned.moves.index.size}+${pruned.labels.index.size} | all ${fmt(pr.all)}, normalised ${fmt(pr.allN)} (unpruned ${fmt(best.r.all)}, ${fmt(best.r.allN)})`);
const meta = {
  trained: 'UD English-EWT v2.2 train + GUM train (CC-BY genres); tags jackknifed',
  ...(RETAG ? { retag: 'moves, labels and label candidates kept from an earlier model; tagger retrained' } : {}),
  taggerEpochs, folds: FOLDS, parserEpochs: best.ep, prune: PRUNE,
  dev: Object.fromEntries(Object.entries(pr).map(([k, sc]) => { const s = sc.scores(); return [k, { uas: +s.uas.toFixed(2), las: +s.las.toFixed(2), lasFull: +s.lasFull.toFixed(2) }]; })),
};
const buf = encodeBundle(bundleOf(pruned, meta));
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, buf);
log(`saved ${OUT} (${(buf.length / 1e6).toFixed(2)} MB): best dev LAS ${best.las.toFixed(2)} at epoch ${best.ep}, ${pr.allN.scores().las.toFixed(2)} pruned (${secs()})`);
void isProjective;
