#!/usr/bin/env node
// Cold start, whole command (issue 21): `newsgraph analyze FILE --workers K --format jsonl` as a
// user runs it (process start, model load, JIT warm-up, analysis, output), on the first N
// articles of a generated corpus, for each K, interleaved over rounds; prints JSON:
//   node bench/cold-start.mjs FILE.jsonl [--articles 400,2000] [--workers 1,2] [--rounds 2]
// For each (N, K): wall seconds (median), CPU seconds of the process (user + system, all its
// threads, from /usr/bin/time-free getrusage of the child), articles/s, and the speed-up of each
// K against K = 1. The first N articles are written to a temporary file first, so every run reads
// the same bytes. Wall time on a shared machine is the CPU share the run got: the load average is
// printed beside it, and the CPU seconds say how much work the run did whatever the load.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstArticles } from './first-articles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const file = args[0];
if (!file || !existsSync(file)) {
  process.stderr.write('usage: node bench/cold-start.mjs FILE.jsonl [--articles 400,2000] [--workers 1,2] [--rounds 2]\n');
  process.exit(2);
}
const sizes = opt('--articles', '400,2000').split(',').map(Number);
const workers = opt('--workers', '1,2').split(',').map(Number);
const rounds = Number(opt('--rounds', '2'));


function run(input, k) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [join(ROOT, 'bin/newsgraph'), 'analyze', input, '--workers', String(k), '--format', 'jsonl', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let err = '';
    p.stdout.on('data', (d) => { for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++; });
    p.stderr.on('data', (d) => (err += d));
    // resourceUsage of a child is not exposed; /proc/<pid>/stat is read just before it is reaped.
    let cpu = null;
    const readCpu = () => {
      try {
        const f = require_('fs').readFileSync(`/proc/${p.pid}/stat`, 'utf8');
        const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
        cpu = (Number(parts[11]) + Number(parts[12])) / 100; // utime + stime, clock ticks (100/s)
      } catch { /* gone */ }
    };
    const timer = setInterval(readCpu, 200);
    p.stdout.on('end', readCpu);
    p.on('exit', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`analyze --workers ${k} exited ${code}: ${err.trim().split('\n').pop()}`));
      resolve({ wall_s: +wall.toFixed(2), cpu_s: cpu, articles: lines, load_1min: +loadavg()[0].toFixed(1) });
    });
  });
}
import { createRequire } from 'node:module';
const require_ = createRequire(import.meta.url);

const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
const out = { file, rounds, load_average_at_start: loadavg().map((x) => +x.toFixed(1)), rows: [] };
for (const n of sizes) {
  const input = await firstArticles(file, n);
  const runs = new Map(workers.map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const k of workers) {
      const x = await run(input, k);
      process.stderr.write(`cold-start: ${n} articles, --workers ${k}, round ${r + 1}: ${x.wall_s} s wall, ${x.cpu_s} CPU s (load ${x.load_1min})\n`);
      runs.get(k).push(x);
    }
  }
  const one = median(runs.get(workers[0]).map((x) => x.wall_s));
  for (const k of workers) {
    const rs = runs.get(k);
    const wall = median(rs.map((x) => x.wall_s));
    out.rows.push({
      articles: n, workers: k, wall_s: wall, cpu_s: median(rs.map((x) => x.cpu_s ?? NaN)),
      articles_per_s: +(n / wall).toFixed(1), speedup_vs_first: +(one / wall).toFixed(2),
      runs: rs,
      command: `node bin/newsgraph analyze ${input} --workers ${k} --format jsonl --quiet`,
    });
  }
}
out.load_average_at_end = loadavg().map((x) => +x.toFixed(1));
process.stdout.write(JSON.stringify(out) + '\n');
