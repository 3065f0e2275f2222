#!/usr/bin/env node
// Cold start, A/B (issue 21): `newsgraph analyze FIRST-N.jsonl --workers K --format jsonl` of two
// checkouts (e.g. this one and a copy at the parent commit, with its dist built), interleaved
// run by run, with each thread's CPU seconds and start time, so that a shared machine's load
// hits both sides alike. Prints one JSON line per run:
//   node bench/cold-ab.mjs FILE.jsonl --base DIR [--new DIR] [--articles 400] [--workers 1,2] [--rounds 2]
// wall_s: process start to exit; first_out_s: to the first article on stdout; cpu_s: all
// threads (user + system, from /proc/PID/task/*/stat sampled every 50 ms); threads: each thread
// busier than 0.05 s as "CPU s@start s" (in a pool the two busiest late-born ones are the analysis
// threads, the first is the main thread, the rest are V8's compiler and GC helpers); load: the
// 1-minute load average at the end of the run. Linux only.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstArticles } from './first-articles.mjs';

const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const file = args[0];
const base = opt('--base');
const next = opt('--new', fileURLToPath(new URL('..', import.meta.url)));
if (!file || !existsSync(file) || !base) {
  process.stderr.write('usage: node bench/cold-ab.mjs FILE.jsonl --base DIR [--new DIR] [--articles 400] [--workers 1,2] [--rounds 2]\n');
  process.exit(2);
}
const n = Number(opt('--articles', '400'));
const workers = opt('--workers', '1,2').split(',').map(Number);
const rounds = Number(opt('--rounds', '2'));


function run(root, input, k) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [join(root, 'bin/newsgraph'), 'analyze', input, '--workers', String(k), '--format', 'jsonl', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let first = null, lines = 0;
    p.stdout.on('data', (d) => {
      first ??= performance.now() - t0;
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    const seen = new Map();
    const poll = () => {
      let tids = [];
      try { tids = readdirSync(`/proc/${p.pid}/task`); } catch { return; }
      for (const tid of tids) {
        try {
          const f = readFileSync(`/proc/${p.pid}/task/${tid}/stat`, 'utf8');
          const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
          const cpu = (Number(parts[11]) + Number(parts[12])) / 100;
          const s = seen.get(tid);
          if (s) s.cpu = cpu; else seen.set(tid, { cpu, born: performance.now() - t0 });
        } catch { /* gone */ }
      }
    };
    const timer = setInterval(poll, 50);
    p.stdout.on('end', poll);
    p.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${root}: analyze --workers ${k} exited ${code}`));
      const all = [...seen.values()];
      resolve({
        root, articles: lines, workers: k, wall_s: +((performance.now() - t0) / 1000).toFixed(2), first_out_s: +(first / 1000).toFixed(2),
        cpu_s: +all.reduce((a, s) => a + s.cpu, 0).toFixed(2), load_1min: +loadavg()[0].toFixed(1),
        threads: all.filter((s) => s.cpu > 0.05).map((s) => `${s.cpu}@${(s.born / 1000).toFixed(1)}`).join(' '),
      });
    });
  });
}

const input = await firstArticles(file, n);
for (let r = 0; r < rounds; r++) {
  for (const root of [base, next]) {
    for (const k of workers) process.stdout.write(JSON.stringify({ round: r + 1, ...(await run(root, input, k)) }) + '\n');
  }
}
