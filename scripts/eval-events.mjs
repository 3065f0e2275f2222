#!/usr/bin/env node
// Scores the events stage on the team's own suite of news-style sentences (scripts/data/events.jsonl):
// every sentence goes through the real pipeline (text → ner → syntax → resolve → time → quotes →
// events), and its events are compared as (source country, CAMEO root, target country) triples.
//   node scripts/eval-events.mjs [--verbose] [--file F]
// Prints triple precision/recall/F1, root and full-code accuracy on matched actor pairs, negation
// and hedging checks, and a breakdown by tag. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { runPipeline } from '../dist/pipeline.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fileAt = args.indexOf('--file');
// events.jsonl is the development suite the lexicon was tuned on; events-heldout.jsonl was written
// afterwards and scored once before any change (see the report), to show what tuning did not see;
// events-blind-*.jsonl (107 single sentences and short passages, many with unnamed actors) were
// written blind, by someone who had not read the coder or the other suites, and split by id:
// the dev half (odd ids) may be studied after its first run, the test half (even ids) is never
// read by whoever works on the coder; it is the honest figure. First runs: see BENCHMARKS.md.
const files = fileAt >= 0 ? [args[fileAt + 1]] : ['./data/events.jsonl', './data/events-heldout.jsonl', './data/events-blind-dev.jsonl', './data/events-blind-test.jsonl'].map((f) => new URL(f, import.meta.url));

// Kosovo has no ISO code; sources write XKX, KOS, KSV or UNK.
// The EU is EUR in PLOVER and IGO as a generic CAMEO type: either is right.
const normC = (c) => (c === 'KOS' || c === 'KSV' || c === 'UNK' ? 'XKX' : c === 'EUR' ? 'IGO' : c ?? '-');
const actorKey = (a) => (a ? normC(a.country ?? a.actor_code) : '-');
const MUTUAL = (code) => /^(03|04[0-6]|057|06)/.test(code);

for (const file of files) {
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const name = String(file).split('/').pop();
let tp = 0, fp = 0, fn = 0, pairs = 0, rootOk = 0, codeOk = 0, negLeaks = 0, negN = 0, hedgeOk = 0, hedgeN = 0;
const byTag = new Map();
const tagStat = (t) => { if (!byTag.has(t)) byTag.set(t, { tp: 0, fp: 0, fn: 0 }); return byTag.get(t); };
const t0 = performance.now();
for (const c of cases) {
  const raw = c.caption
    ? { title: '', captions: [{ text: c.text, credit: null }], body: '', published: '2024-06-01', publishedSource: 'given' }
    : { title: '', captions: [], body: c.text, published: '2024-06-01', publishedSource: 'given' };
  const doc = runPipeline(raw);
  const evs = doc.events.filter((e) => !e.negated);
  const pred = new Map();
  for (const e of evs) pred.set(`${actorKey(e.source)}|${e.root}|${actorKey(e.target)}`, e);
  const gold = c.events.map((s) => { const [src, code, tgt] = s.split(' '); return { src: normC(src), code, root: code.slice(0, 2), tgt: normC(tgt) }; });
  const goldKeys = new Set(gold.map((g) => `${g.src}|${g.root}|${g.tgt}`));
  const okKeys = new Set((c.ok ?? []).map((s) => { const [src, code, tgt] = s.split(' '); return `${normC(src)}|${code.slice(0, 2)}|${normC(tgt)}`; }));
  // Mutual acts are coded both ways since issue 16 (docs/events-annotation.md); these suites were
  // annotated one way, so the reverse of a mutual gold event is no error.
  for (const g of gold) if (MUTUAL(g.code)) okKeys.add(`${g.tgt}|${g.root}|${g.src}`);
  // A protest against no one named is coded at the protesters' own state (docs/events-annotation.md);
  // suites annotated with no target accept it, and the other way round.
  for (const g of gold) if (g.root === '14' && (g.tgt === '-' || g.tgt === g.src)) { okKeys.add(`${g.src}|14|${g.src}`); okKeys.add(`${g.src}|14|-`); }
  const miss = [], extra = [];
  for (const k of goldKeys) if (pred.has(k)) { tp++; c.tags.forEach((t) => tagStat(t).tp++); } else { fn++; miss.push(k); c.tags.forEach((t) => tagStat(t).fn++); }
  for (const k of pred.keys()) if (!goldKeys.has(k) && !okKeys.has(k)) { fp++; extra.push(k); c.tags.forEach((t) => tagStat(t).fp++); }
  for (const g of gold) {
    const same = evs.filter((e) => actorKey(e.source) === g.src && actorKey(e.target) === g.tgt);
    if (!same.length) continue;
    pairs++;
    if (same.some((e) => e.root === g.root)) rootOk++;
    if (same.some((e) => e.cameo === g.code)) codeOk++;
  }
  if (c.tags.includes('neg')) { negN++; if (evs.length) negLeaks++; }
  if (c.tags.includes('hedge') && gold.length) { hedgeN++; if ([...goldKeys].some((k) => pred.get(k)?.hedged)) hedgeOk++; }
  // The blind test half is the honest figure for new copy: its items are never printed.
  if (verbose && !name.includes('blind-test') && (miss.length || extra.length)) {
    console.log(`${c.id} ${c.text}\n    want ${[...goldKeys].join(', ') || '-'}; got ${[...pred.keys()].join(', ') || '-'}`);
  }
}
const secs = (performance.now() - t0) / 1000;
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1), F = (2 * P * R) / (P + R || 1);
console.log(`${name}: ${cases.length} sentences, ${tp + fn} gold events (${(cases.length / secs).toFixed(0)} sentences/s through the whole pipeline)`);
console.log(`triple (source, root, target): P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${F.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
console.log(`root-code accuracy on matched actor pairs: ${(rootOk / (pairs || 1)).toFixed(3)} (${rootOk}/${pairs}); full CAMEO code: ${(codeOk / (pairs || 1)).toFixed(3)}`);
console.log(`negated sentences with a non-negated event: ${negLeaks}/${negN}; hedged events marked hedged: ${hedgeOk}/${hedgeN}`);
const tags = [...byTag.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log('by tag (F1): ' + tags.map(([t, s]) => { const p = s.tp / (s.tp + s.fp || 1), r = s.tp / (s.tp + s.fn || 1); return `${t} ${((2 * p * r) / (p + r || 1)).toFixed(2)}`; }).join(', '));
}
