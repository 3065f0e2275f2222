#!/usr/bin/env node
// Time each pipeline stage on generated articles: `node bench/stage-times.mjs FILE.jsonl [--limit N]`.
// Prints JSON {articles, words, total_ms, stages: [{name, ms, share}]}. Runs in one thread.
import { readSource, fileSource } from '../dist/ingest/index.js';
import { timeStages } from './time-stages.mjs';

const file = process.argv[2];
const li = process.argv.indexOf('--limit');
const limit = li > 0 ? Number(process.argv[li + 1]) : 200;
const raws = [];
for await (const item of readSource(await fileSource(file))) {
  if (item.ok) raws.push(item.article);
  if (raws.length >= limit) break;
}
let words = 0;
for (const r of raws) words += r.body.split(/\s+/).length;
const { ms } = timeStages(raws);
// Timed stage work only (the warm-up articles are not counted).
const sum = [...ms.values()].reduce((a, b) => a + b, 0);
const total = sum;
process.stdout.write(JSON.stringify({
  articles: raws.length, words, total_ms: Math.round(total), articles_per_s: +(raws.length / (total / 1000)).toFixed(2),
  stages: [...ms].map(([name, v]) => ({ name, ms: Math.round(v), per_article_ms: +(v / raws.length).toFixed(2), share: +(v / sum).toFixed(3) })),
}) + '\n');
