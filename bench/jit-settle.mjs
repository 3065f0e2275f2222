#!/usr/bin/env node
// How long the JIT takes to settle: the pipeline over N articles in one thread, with V8's
// optimisation and deoptimisation traces, summed per window of articles. Prints JSON:
//   node bench/jit-settle.mjs FILE.jsonl [--articles 3000] [--window 250]
// Each window gives TurboFan compilations, deoptimisations and compile milliseconds (work done
// on V8's background threads, i.e. on another core). While these are high the figure "articles/s
// of one thread" is inflated by a second core; the steady-state benchmarks warm up past them.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const file = args[0];
const articles = Number(opt('--articles', '3000'));
const window = Number(opt('--window', '250'));

if (args.includes('--inner')) {
  // The traced child: one marker line per window, so trace lines can be assigned to windows.
  const { rawArticles } = await import('../dist/workers/files.js');
  const { runPipeline } = await import('../dist/pipeline.js');
  const { toArticle } = await import('../dist/output.js');
  let n = 0;
  for await (const a of rawArticles([file])) {
    if (n % window === 0) process.stdout.write(`@@window ${n}\n`);
    toArticle(runPipeline(a));
    if (++n >= articles) break;
  }
  process.stdout.write(`@@done ${n}\n`);
} else {
  if (!file) {
    process.stderr.write('usage: node bench/jit-settle.mjs FILE.jsonl [--articles N] [--window N]\n');
    process.exit(2);
  }
  const child = spawn(process.execPath, ['--trace-opt', '--trace-deopt', fileURLToPath(import.meta.url), file, '--inner', '--articles', String(articles), '--window', String(window)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const windows = [];
  let cur = null;
  let buf = '';
  const line = (l) => {
    const m = /^@@window (\d+)/.exec(l);
    if (m) {
      cur = { from: Number(m[1]), compiles: 0, deopts: 0, compile_ms: 0 };
      windows.push(cur);
    } else if (cur && l.startsWith('[completed compiling')) {
      // "... - took A, B, C ms": B is the (background) optimisation phase.
      const t = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
      cur.compiles++;
      if (t) cur.compile_ms += Number(t[1]) + Number(t[2]) + Number(t[3]);
    } else if (cur && l.startsWith('[bailout (kind: deopt')) cur.deopts++;
  };
  child.stdout.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      line(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
  const code = await new Promise((res) => child.on('close', res));
  if (code !== 0) {
    process.stderr.write(`jit-settle: traced run failed (exit ${code})\n`);
    process.exit(1);
  }
  for (const w of windows) w.compile_ms = Math.round(w.compile_ms);
  process.stdout.write(JSON.stringify({ file, articles, window, windows }) + '\n');
}
