#!/usr/bin/env node
// Time each pipeline stage on generated articles:
//   node bench/stage-times.mjs FILE.jsonl [--limit N] [--warm W]
// The first W articles (default 5) warm up untimed (JIT, model loads; a few hundred give the steady
// state), the next N are timed. Prints JSON {articles, words, total_ms, stages: [{name, ms, share}]}.
// Runs in one thread.
import { readSource, fileSource } from '../dist/ingest/index.js';
import { timeStages } from './time-stages.mjs';

const file = process.argv[2];
const li = process.argv.indexOf('--limit');
const limit = li > 0 ? Number(process.argv[li + 1]) : 200;
const wi = process.argv.indexOf('--warm');
const warm = wi > 0 ? Number(process.argv[wi + 1]) : 5;
const all = [];
for await (const item of readSource(await fileSource(file))) {
  if (item.ok) all.push(item.article);
  if (all.length >= warm + limit) break;
}
const warmRaws = all.slice(0, warm);
const raws = all.slice(warm);
let words = 0;
for (const r of raws) words += r.body.split(/\s+/).length;
const { ms } = timeStages(raws, { warmRaws });
// Timed stage work only (the warm-up articles are not counted).
const sum = [...ms.values()].reduce((a, b) => a + b, 0);
const total = sum;
process.stdout.write(JSON.stringify({
  articles: raws.length, words, total_ms: Math.round(total), articles_per_s: +(raws.length / (total / 1000)).toFixed(2),
  stages: [...ms].map(([name, v]) => ({ name, ms: Math.round(v), per_article_ms: +(v / raws.length).toFixed(2), share: +(v / sum).toFixed(3) })),
}) + '\n');
