#!/usr/bin/env node
// Time each pipeline stage on generated articles: `node bench/stage-times.mjs FILE.jsonl [--limit N]`.
// Prints JSON {articles, words, total_ms, stages: [{name, ms, share}]}. Runs in one thread.
import { readSource, fileSource } from '../dist/ingest/index.js';
import { createDoc } from '../dist/doc/index.js';
import { defaultStages } from '../dist/pipeline.js';

const file = process.argv[2];
const li = process.argv.indexOf('--limit');
const limit = li > 0 ? Number(process.argv[li + 1]) : 200;
const raws = [];
for await (const item of readSource(await fileSource(file))) {
  if (item.ok) raws.push(item.article);
  if (raws.length >= limit) break;
}
const ms = new Map(defaultStages.map((s) => [s.name, 0]));
const run = (raw, timed) => {
  let doc = createDoc(raw);
  for (const stage of defaultStages) {
    const t = performance.now();
    const layers = stage.run(doc, { report: (d) => doc.diagnostics.push({ stage: stage.name, ...d }) });
    doc = { ...doc, ...layers };
    if (timed) ms.set(stage.name, ms.get(stage.name) + performance.now() - t);
  }
  return doc;
};
// Warm up (JIT, lazy model loads) on a few articles before timing.
for (const r of raws.slice(0, 5)) run(r, false);
let words = 0;
const t0 = performance.now();
for (const r of raws) {
  run(r, true);
  words += r.body.split(/\s+/).length;
}
const total = performance.now() - t0;
const sum = [...ms.values()].reduce((a, b) => a + b, 0);
process.stdout.write(JSON.stringify({
  articles: raws.length, words, total_ms: Math.round(total), articles_per_s: +(raws.length / (total / 1000)).toFixed(2),
  stages: [...ms].map(([name, v]) => ({ name, ms: Math.round(v), per_article_ms: +(v / raws.length).toFixed(2), share: +(v / sum).toFixed(3) })),
}) + '\n');
