#!/usr/bin/env node
// How long the JIT takes to settle: the pipeline over N articles in one thread, with V8's
// optimisation and deoptimisation traces, summed per window of articles. Prints JSON:
//   node bench/jit-settle.mjs FILE.jsonl [--articles 3000] [--window 250] [--top 25]
// Each window gives TurboFan compilations, deoptimisations, compile milliseconds (work done on
// V8's background threads, i.e. on another core), the analysis time of the window (wall ms of
// the analysing thread; the model load before the first article is not in it) and the ratio
// compile_ms / analysis_ms. `top_compiled` lists the functions with the most TurboFan work over
// the run, `top_deopts` the deoptimisations by function and reason (what to fix when a window
// stays high). While compile work is high the figure "articles/s of one thread" is inflated by a
// second core; the steady-state benchmarks warm up past it.
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
const TOP = Number(opt('--top', '25'));

if (args.includes('--inner')) {
  // The traced child: one marker line per window (with the time), so trace lines can be assigned
  // to windows.
  const { rawArticles } = await import('../dist/workers/files.js');
  const { runPipeline } = await import('../dist/pipeline.js');
  const { toArticle } = await import('../dist/output.js');
  let n = 0;
  let t0 = 0;
  for await (const a of rawArticles([file])) {
    if (n % window === 0) {
      if (n > 0) process.stdout.write(`@@end ${performance.now() - t0}\n`);
      process.stdout.write(`@@window ${n}\n`);
      t0 = performance.now();
    }
    toArticle(runPipeline(a));
    if (++n >= articles) break;
  }
  process.stdout.write(`@@end ${performance.now() - t0}\n@@done ${n}\n`);
} else {
  if (!file) {
    process.stderr.write('usage: node bench/jit-settle.mjs FILE.jsonl [--articles N] [--window N] [--top N]\n');
    process.exit(2);
  }
  const child = spawn(process.execPath, ['--trace-opt', '--trace-deopt', fileURLToPath(import.meta.url), file, '--inner', '--articles', String(articles), '--window', String(window)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const windows = [];
  const compiledBy = new Map();
  const deoptBy = new Map();
  let cur = null;
  let buf = '';
  const fname = (l) => /<JSFunction ([^\s(]\S*) |<SharedFunctionInfo ([^\s>]+)>/.exec(l)?.slice(1).find((x) => x !== undefined) || '(anonymous)';
  const line = (l) => {
    let m = /^@@window (\d+)/.exec(l);
    if (m) {
      cur = { from: Number(m[1]), compiles: 0, deopts: 0, compile_ms: 0, analysis_ms: 0, ratio: 0 };
      windows.push(cur);
      return;
    }
    m = /^@@end ([\d.]+)/.exec(l);
    if (m && cur) {
      cur.analysis_ms = Math.round(Number(m[1]));
      return;
    }
    if (!cur) return;
    if (l.startsWith('[completed compiling')) {
      // "... - took A, B, C ms": B is the (background) optimisation phase.
      const t = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
      cur.compiles++;
      const ms = t ? Number(t[1]) + Number(t[2]) + Number(t[3]) : 0;
      cur.compile_ms += ms;
      const f = fname(l);
      const c = compiledBy.get(f) ?? { compiles: 0, ms: 0 };
      c.compiles++;
      c.ms += ms;
      compiledBy.set(f, c);
    } else if (l.startsWith('[bailout (kind: deopt')) {
      cur.deopts++;
      const reason = /reason: ([^)]*)\)/.exec(l)?.[1] ?? '?';
      const k = `${fname(l)}: ${reason}`;
      deoptBy.set(k, (deoptBy.get(k) ?? 0) + 1);
    }
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
  for (const w of windows) {
    w.compile_ms = Math.round(w.compile_ms);
    w.ratio = w.analysis_ms ? +(w.compile_ms / w.analysis_ms).toFixed(3) : null;
  }
  const top_compiled = [...compiledBy].sort((a, b) => b[1].ms - a[1].ms).slice(0, TOP).map(([f, c]) => ({ function: f, compiles: c.compiles, ms: Math.round(c.ms) }));
  const top_deopts = [...deoptBy].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, n]) => ({ what: k, n }));
  const load_average = (await import('node:os')).loadavg().map((x) => +x.toFixed(1));
  process.stdout.write(JSON.stringify({ file, articles, window, load_average, windows, top_compiled, top_deopts }) + '\n');
}
