#!/usr/bin/env node
// How much the time, quotes and tone stages add to analysis: runs the whole pipeline over
// articles (a JSONL file, default: 200 generated ones, else the samples) and prints each of our
// stages' milliseconds per article and their share of the total. Target: time + quotes ≤ 20%.
//   node scripts/bench-time-quotes.mjs [FILE.jsonl] [--limit N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource, fileSource } from '../dist/ingest/index.js';
import { timeStages } from '../bench/time-stages.mjs';

const li = process.argv.indexOf('--limit');
const limit = li > 0 ? Number(process.argv[li + 1]) : 200;
let file = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
if (!file) {
  file = join(mkdtempSync(join(tmpdir(), 'bench-tq-')), 'corpus.jsonl');
  try {
    execFileSync(process.execPath, ['scripts/gen-corpus.mjs', '--articles', String(limit), '--out', file], { stdio: 'ignore' });
  } catch { file = 'samples/jsonl/articles.jsonl'; }
  if (!existsSync(file)) file = 'samples/jsonl/articles.jsonl';
}
const raws = [];
for await (const item of readSource(await fileSource(file))) {
  if (item.ok) raws.push(item.article);
  if (raws.length >= limit) break;
}
const { ms, dates, quotes } = timeStages(raws);
const total = [...ms.values()].reduce((a, b) => a + b, 0);
const line = (name) => `${name} ${(ms.get(name) / raws.length).toFixed(2)} ms/article (${(ms.get(name) / total * 100).toFixed(1)}%)`;
console.log(`${raws.length} articles from ${file}: pipeline ${(total / raws.length).toFixed(2)} ms/article; ${dates} dates, ${quotes} quotes`);
console.log([line('time'), line('quotes'), line('tone')].join(', '));
console.log(`time + quotes: ${((ms.get('time') + ms.get('quotes')) / total * 100).toFixed(1)}% of analysis time (target ≤ 20%)`);
