#!/usr/bin/env node
// Word classes for the parser's features (issue 15): the exchange algorithm (Kneser & Ney 1993;
// Martin, Liermann & Ney 1998) maximising the likelihood of a class bigram model,
//   LL = Σ_{c,d} N(c,d) log N(c,d) − 2 Σ_c N(c) log N(c),
// over unlabelled text that may be used for training: the words of UD English-EWT and GUM train,
// CoNLL-2003 train and dev (never testb) and the article-extraction developer set's bodies.
// Words are normalised as the parser normalises them (lower case, digits folded: normForm in
// src/parse/features.ts). Words seen fewer than MIN_COUNT times stay out (no class). Two class
// sets are trained: a fine one (256 classes) and a coarse one (32). Deterministic: classes start
// as frequency rank mod C and words are visited in that order.
//
//   node scripts/train-clusters.mjs [--out data/parse-clusters.tsv] [--iterations 12]
// Writes `word<TAB>fine<TAB>coarse` lines, most frequent word first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normForm } from '../dist/parse/features.js';

const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const ROOT = new URL('../', import.meta.url).pathname;
const OUT = opt('--out', join(ROOT, 'data/parse-clusters.tsv'));
const ITER = Number(opt('--iterations', 12));
const MIN_COUNT = Number(opt('--min-count', 3));
const SHARED = join(ROOT, '../shared/data/');
const log = (m) => process.stderr.write(`train-clusters: ${m}\n`);
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(0) + 's';

// ---- text: one array of words per sentence ------------------------------------------------------
const sents = [];
const firstCol = (text, skipComments) => {
  let cur = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) { if (cur.length) sents.push(cur); cur = []; continue; }
    if (skipComments && line.startsWith('#')) continue;
    const cols = line.split(skipComments ? '\t' : /[\t ]/);
    if (skipComments) { if (!/^\d+$/.test(cols[0])) continue; cur.push(cols[1]); } else {
      if (cols[0] === '-DOCSTART-') continue;
      cur.push(cols[0]);
    }
  }
  if (cur.length) sents.push(cur);
};
firstCol(readFileSync(join(SHARED, 'ud-english/ewt-train.conll4'), 'utf8'), false);
firstCol(readFileSync(join(SHARED, 'ud-english/gum-train.conllu'), 'utf8'), true);
firstCol(readFileSync(join(SHARED, 'conll2003/train.txt'), 'utf8'), false);
firstCol(readFileSync(join(SHARED, 'conll2003/dev.txt'), 'utf8'), false);
try {
  const gt = JSON.parse(readFileSync(join(SHARED, 'article-extraction/ground-truth.json'), 'utf8'));
  for (const k of Object.keys(gt).sort()) {
    for (const para of String(gt[k].articleBody ?? '').split(/\n+/)) {
      const toks = para.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu);
      if (toks && toks.length) sents.push(toks);
    }
  }
} catch { log('article-extraction bodies not found: skipped'); }
let tokens = 0;
for (const s of sents) tokens += s.length;
log(`${sents.length} sentences, ${tokens} words`);

// ---- vocabulary and bigram counts ----------------------------------------------------------------
const freq = new Map();
const norm = sents.map((s) => s.map((w) => { const f = normForm(w); freq.set(f, (freq.get(f) ?? 0) + 1); return f; }));
const vocab = [...freq.entries()].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
const id = new Map(vocab.map((w, i) => [w, i]));
const V = vocab.length + 2, RARE = vocab.length, BOUND = vocab.length + 1; // rare words and sentence edges: fixed
log(`${vocab.length} words seen ${MIN_COUNT}+ times (${secs()})`);
const big = new Map(); // key a*V+b -> count
const uni = new Float64Array(V);
for (const s of norm) {
  let prev = BOUND;
  uni[BOUND]++;
  for (const f of s) {
    const w = id.get(f) ?? RARE;
    uni[w]++;
    const k = prev * V + w;
    big.set(k, (big.get(k) ?? 0) + 1);
    prev = w;
  }
  const k = prev * V + BOUND;
  big.set(k, (big.get(k) ?? 0) + 1);
}
// successor and predecessor lists per word (CSR)
function csr(byFirst) {
  const cnt = new Int32Array(V + 1);
  for (const k of big.keys()) cnt[(byFirst ? Math.floor(k / V) : k % V) + 1]++;
  for (let i = 0; i < V; i++) cnt[i + 1] += cnt[i];
  const at = cnt.slice(), other = new Int32Array(big.size), c = new Float64Array(big.size);
  for (const [k, n] of [...big.entries()].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(k / V), b = k % V, i = byFirst ? a : b;
    other[at[i]] = byFirst ? b : a; c[at[i]] = n; at[i]++;
  }
  return { start: cnt, other, c };
}
const succ = csr(true), pred = csr(false);
const selfCount = new Float64Array(V);
for (let w = 0; w < V; w++) selfCount[w] = big.get(w * V + w) ?? 0;

const F = (x) => (x > 0 ? x * Math.log(x) : 0);

function cluster(C) {
  // classes 0..C-1 for words; rare words and edges get classes C and C+1 (never moved)
  const K = C + 2;
  const cls = new Int32Array(V);
  for (let w = 0; w < vocab.length; w++) cls[w] = w % C;
  cls[RARE] = C; cls[BOUND] = C + 1;
  const N = new Float64Array(K * K), Nc = new Float64Array(K);
  for (const [k, n] of big) N[cls[Math.floor(k / V)] * K + cls[k % V]] += n;
  for (let w = 0; w < V; w++) Nc[cls[w]] += uni[w];
  const R = new Float64Array(K), L = new Float64Array(K);
  const rs = [], ls = [];
  const ll = () => { let s = 0; for (let i = 0; i < K * K; i++) s += F(N[i]); for (let c = 0; c < K; c++) s -= 2 * F(Nc[c]); return s; };
  log(`C=${C}: start LL ${ll().toFixed(0)}`);
  for (let it = 1; it <= ITER; it++) {
    let moved = 0;
    for (let w = 0; w < vocab.length; w++) {
      // class counts of w's successors and predecessors (self bigrams apart)
      rs.length = 0; ls.length = 0;
      for (let j = succ.start[w]; j < succ.start[w + 1]; j++) {
        const v = succ.other[j]; if (v === w) continue;
        const d = cls[v]; if (R[d] === 0) rs.push(d); R[d] += succ.c[j];
      }
      for (let j = pred.start[w]; j < pred.start[w + 1]; j++) {
        const v = pred.other[j]; if (v === w) continue;
        const d = cls[v]; if (L[d] === 0) ls.push(d); L[d] += pred.c[j];
      }
      const a = cls[w], nw = uni[w], self = selfCount[w];
      // take w out of a
      for (const d of rs) N[a * K + d] -= R[d];
      for (const d of ls) N[d * K + a] -= L[d];
      N[a * K + a] -= self; Nc[a] -= nw;
      // best class to put it in
      let best = a, bestGain = -Infinity;
      for (let b = 0; b < C; b++) {
        let g = 0;
        for (const d of rs) if (d !== b) g += F(N[b * K + d] + R[d]) - F(N[b * K + d]);
        for (const d of ls) if (d !== b) g += F(N[d * K + b] + L[d]) - F(N[d * K + b]);
        const bb = N[b * K + b];
        g += F(bb + R[b] + L[b] + self) - F(bb);
        g -= 2 * (F(Nc[b] + nw) - F(Nc[b]));
        if (g > bestGain + 1e-9 || (b === a && g >= bestGain - 1e-9)) { bestGain = g; best = b; }
      }
      if (best !== a) moved++;
      cls[w] = best;
      for (const d of rs) N[best * K + d] += R[d];
      for (const d of ls) N[d * K + best] += L[d];
      N[best * K + best] += self; Nc[best] += nw;
      // the (d == a) cells were taken from the row/column of a, and w's own class changed:
      // fix the cells where a neighbour class was w's old class is not needed (neighbours keep
      // their classes); only w moved.
      for (const d of rs) R[d] = 0;
      for (const d of ls) L[d] = 0;
    }
    log(`C=${C} iteration ${it}: ${moved} words moved, LL ${ll().toFixed(0)} (${secs()})`);
    if (!moved) break;
  }
  return cls;
}

const fine = cluster(256);
const coarse = cluster(32);
const lines = vocab.map((w, i) => `${w}\t${fine[i]}\t${coarse[i]}`);
writeFileSync(OUT, lines.join('\n') + '\n');
log(`wrote ${OUT}: ${vocab.length} words (${secs()})`);
