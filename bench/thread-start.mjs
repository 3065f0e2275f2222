#!/usr/bin/env node
// What a pool thread costs to start (issue 21): a pool of 2 threads, both started at once
// (articlesPerThread 0), analyses the first N articles (default 2: one each), and the CPU seconds
// of every thread of the process are read from /proc/self/task/*/stat when the last article is
// out. The two late-born threads with the most CPU are the analysis threads (boot, their own
// tables, the first article); the first is the main thread (imports, the shared models). Linux only.
//   node bench/thread-start.mjs FILE.jsonl [ROOT] [N]
// ROOT: a checkout with its dist built (default: this one), to compare two versions.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2];
const root = process.argv[3] ?? fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[4] ?? 2);
if (!file) {
  process.stderr.write('usage: node bench/thread-start.mjs FILE.jsonl [ROOT] [N]\n');
  process.exit(2);
}
const { analyzeInPool } = await import(`${root}/dist/workers/pool.js`);
const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l))
  .map((j) => ({ title: j.title ?? '', captions: [], body: j.text ?? j.body ?? '', published: j.published ?? null, publishedSource: 'none' }));
const HZ = 100;
const snap = () => readdirSync('/proc/self/task').map((t) => {
  const s = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return { t, cpu: (Number(f[11]) + Number(f[12])) / HZ };
});
const before = new Map(snap().map((x) => [x.t, x.cpu]));
const u0 = process.cpuUsage();
const t0 = performance.now();
let k = 0, after = [];
for await (const _ of analyzeInPool(articles, 2, { articlesPerThread: 0 })) if (++k === articles.length) after = snap();
const u = process.cpuUsage(u0);
const threads = after.map((x) => +(x.cpu - (before.get(x.t) ?? 0)).toFixed(2)).filter((c) => c >= 0.05);
console.log(JSON.stringify({ root, articles: k, wall_s: +((performance.now() - t0) / 1000).toFixed(2), cpu_s: +((u.user + u.system) / 1e6).toFixed(2), threads_cpu_s: threads }));
