#!/usr/bin/env node
// Analysis throughput and memory of one configuration, as JSON on stdout:
//   node bench/analyze-throughput.mjs FILE.jsonl --workers K [--warm 10] [--limit N] [--until STAGE|none]
//     [--max-seconds S] [--young-mb MB]
// --workers 0 runs the pipeline in this thread (no pool); K ≥ 1 uses a pool of K threads.
// Timing starts after the first --warm articles are out (threads started, models loaded, JIT warm),
// so the figure is the steady rate. Peak RSS covers the whole process, threads included; RSS is
// also sampled every second to show whether it grows with the input.
import { statSync } from 'node:fs';
import { rawArticles } from '../dist/workers/files.js';
import { analyzeInPool } from '../dist/workers/pool.js';
import { runPipeline } from '../dist/pipeline.js';
import { toArticle } from '../dist/output.js';

const args = process.argv.slice(2);
const file = args[0];
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i > 0 ? args[i + 1] : d;
};
const workers = Number(opt('--workers', '1'));
const warm = Number(opt('--warm', '10'));
const limit = Number(opt('--limit', 'Infinity'));
const until = opt('--until', undefined);
const maxSeconds = Number(opt('--max-seconds', 'Infinity'));
const youngMb = opt('--young-mb', undefined); // pool threads' young generation (default: the pool's)

async function* limited() {
  let n = 0;
  for await (const a of rawArticles([file])) {
    if (n++ >= limit) return;
    yield a;
  }
}
const stream = workers === 0
  ? (async function* () {
      for await (const a of limited()) yield toArticle(runPipeline(a, until === 'none' ? { stages: [] } : { until }));
    })()
  : analyzeInPool(limited(), workers, { until, youngGenerationMb: youngMb === undefined ? undefined : Number(youngMb) });

const samples = [];
const timer = setInterval(() => samples.push(Math.round(process.memoryUsage().rss / 1048576)), 1000);
let n = 0;
let t0 = 0;
let cpu0 = null;
let bytes = 0;
let stoppedEarly = false;
const start = performance.now();
for await (const a of stream) {
  n++;
  if (n === warm) {
    t0 = performance.now();
    cpu0 = process.cpuUsage();
  } else if (n > warm) bytes += a.body.length;
  if (t0 && (performance.now() - t0) / 1000 > maxSeconds) {
    stoppedEarly = true;
    break;
  }
}
clearInterval(timer);
const secs = (performance.now() - (t0 || start)) / 1000;
const cpu = process.cpuUsage(cpu0 ?? undefined);
const timed = Math.max(0, n - warm);
process.stdout.write(JSON.stringify({
  workers, until: until ?? 'all', input_mb: +(statSync(file).size / 1048576).toFixed(1),
  articles: n, timed_articles: timed, seconds: +secs.toFixed(2),
  articles_per_s: +(timed / secs).toFixed(2),
  body_mb_per_s: +(bytes / 1048576 / secs).toFixed(2),
  cpu_s: +((cpu.user + cpu.system) / 1e6).toFixed(2),
  cpu_ms_per_article: timed ? +((cpu.user + cpu.system) / 1000 / timed).toFixed(1) : null,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  rss_samples_mb: samples.length > 40 ? samples.filter((_, i) => i % Math.ceil(samples.length / 40) === 0) : samples,
  stopped_early: stoppedEarly,
  total_seconds: +((performance.now() - start) / 1000).toFixed(2),
}) + '\n');
