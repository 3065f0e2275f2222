#!/usr/bin/env node
// Evaluates the committed parser (models/parse.bin.gz) on the EWT and GUM dev sets: gold tokens,
// our own tags, punctuation included. UAS, LAS on the universal relation (the acceptance's
// measure) and on the full label, per treebank and together; a per-relation P/R/F1 table; speed.
// EWT dev is scored as released (v2.2) and with its punctuation attached by the UD rule that
// GUM and our parser follow (src/parse/punct.ts; see BENCHMARKS.md for why both are given).
//   node scripts/eval-parse.mjs [--model FILE] [--full-labels] [--min-gold N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, readConll4, readConlluTreebank, deriveAgents, reattachPunct, PUNCT_TAGS, Scorer, relationTable } from '../dist/parse/index.js';

const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const ROOT = new URL('../', import.meta.url).pathname;
const DATA = join(ROOT, '../shared/data/ud-english/');
const t0 = performance.now();
const p = opt('--model', null) ? Parser.load(opt('--model')) : Parser.load();
const loadMs = performance.now() - t0;

const ewt = readConll4(readFileSync(join(DATA, 'ewt-dev.conll4'), 'utf8'), 'ewt-dev');
for (const s of ewt) deriveAgents(s.words, s.xpos, s.heads, s.labels);
const gum = readConlluTreebank(readFileSync(join(DATA, 'gum-dev.conllu'), 'utf8'), 'gum-dev');
const ewtN = ewt.map((s) => {
  const h = Int32Array.from(s.heads);
  reattachPunct(s.words, s.xpos.map((t) => (PUNCT_TAGS.has(t) ? 1 : 0)), h);
  return { ...s, heads: h };
});

const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
let words = 0, wall = 0, cpuS = 0;
const scorer = (ss) => {
  const sc = new Scorer();
  let tagOk = 0, n = 0;
  const w0 = performance.now(), c0 = cpu();
  const out = ss.map((s) => p.parse(s.words));
  wall += (performance.now() - w0) / 1000; cpuS += cpu() - c0;
  ss.forEach((s, i) => {
    const r = out[i];
    sc.add(s.heads, s.labels, r.heads, r.labels);
    r.tags.forEach((t, j) => { n++; if (t === s.xpos[j]) tagOk++; });
  });
  words += n;
  return { sc, tags: tagOk / n };
};
// one untimed pass warms the JIT
for (const s of [...ewt, ...gum]) p.parse(s.words);
words = 0; wall = 0; cpuS = 0;
const E = scorer(ewt), G = scorer(gum), EN = scorer(ewtN);
const rows = [
  ['EWT dev (as released, v2.2)', E.sc, E.tags],
  ['EWT dev (punctuation by the UD rule)', EN.sc, EN.tags],
  ['GUM dev', G.sc, G.tags],
  ['EWT + GUM dev (as released)', Scorer.merge(E.sc, G.sc), null],
  ['EWT + GUM dev (EWT punctuation by the UD rule)', Scorer.merge(EN.sc, G.sc), null],
];
console.log('| set | words | UAS | LAS (universal) | LAS (full label) | XPOS accuracy |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, sc, tags] of rows) {
  const s = sc.scores();
  console.log(`| ${name} | ${s.words} | ${s.uas.toFixed(2)} | ${s.las.toFixed(2)} | ${s.lasFull.toFixed(2)} | ${tags === null ? '' : (100 * tags).toFixed(2) + '%'} |`);
}
const all = Scorer.merge(EN.sc, G.sc).scores();
console.log(`\nPer relation (universal), EWT (punctuation by the UD rule) + GUM dev:\n`);
console.log(relationTable(all.rel, Number(opt('--min-gold', 20))));
if (args.includes('--full-labels')) {
  console.log(`Per full label (subtypes), EWT + GUM dev:\n`);
  console.log(relationTable(all.relFull, Number(opt('--min-gold', 20))));
}
console.log(`speed: ${Math.round(words / wall)} words/s wall, ${Math.round(words / cpuS)} per CPU-second (one thread, tagging included, model load ${Math.round(loadMs)} ms excluded)`);
