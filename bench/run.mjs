#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --big-mb N] [-- --only a,b] [-- --rounds N] [-- --out FILE]`: the
// project's benchmark, bounded in time.
// Every figure comes from a child process running one measurement (each script can be run on its
// own; the command is printed beside the figure). Sections whose pieces do not exist yet say so
// instead of failing. Prints a table and writes bench/results.json.
//
// Sections: machine · read (reading + cleaning) · ner · parse (dependency parser) · analyze (1 thread vs one per core) ·
// coldstart (whole command, first 400 / 2,000 articles, 1 and 2 workers) · jit (TurboFan work per 250 articles) ·
// stages (time share) · memory (large JSONL through the pool) · distributed (1/2/3 worker
// processes on one PostgreSQL) · ingest (`newsgraph ingest` of 3,000 generated articles: rate,
// peak memory) · store (ingest into PGlite/PostgreSQL, API p50/p99).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const ONLY = opt('--only', null)?.split(',');
const CORES = os.availableParallelism();
const BIG_MB = Number(opt('--big-mb', QUICK ? 50 : 1024));
// analyze: articles per thread to warm up and to time, and interleaved rounds (medians), because
// a shared VM's speed drifts between runs. The warm-up is long because the JIT keeps recompiling
// for the first ~1,750 articles (`node bench/jit-settle.mjs FILE`: 0.2–0.6 s of TurboFan work per
// 250 articles until then, under 0.15 s after). That work runs on V8's background threads, i.e. on
// another core: a single thread timed during it borrows a second core, which is not the steady
// rate of a long ingest. The corpus is large enough that no timed article repeats.
const SIZES = QUICK
  ? { corpus: 1000, warmPerThread: 60, timedPerThread: 120, rounds: 1, stages: 20, fullMemSeconds: 15, dist: 24, store: ['--articles', '1000', '--sample', '200', '--duration', '5'] }
  : { corpus: Math.max(4000, (2000 + 600) * CORES), warmPerThread: 2000, timedPerThread: 600, rounds: Number(opt('--rounds', 5)), stages: 400, fullMemSeconds: 60, dist: 1200, store: [] };
const PG = process.env.NEWSGRAPH_BENCH_DATABASE_URL || process.env.NEWSGRAPH_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const WORK = join(os.tmpdir(), 'newsgraph-bench');
mkdirSync(WORK, { recursive: true });

const rows = [];
const results = { started: new Date().toISOString(), quick: QUICK, machine: null, sections: {} };
const log = (m) => process.stderr.write(`bench: ${m}\n`);
const rel = (p) => p.replace(ROOT, '').replace(/^\//, '');

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    available_parallelism: CORES,
    model: cpus[0]?.model ?? 'unknown',
    mem_gb: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load_average_at_start: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

/** Run a node script; resolve {code, stdout, stderr, seconds, json (last JSON line)}. */
function runNode(script, argv, timeoutS, prefix = []) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const [exe, ...pre] = prefix.length ? prefix : [process.execPath];
    const p = spawn(exe, prefix.length ? [...pre, process.execPath, script, ...argv] : [script, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutS * 1000);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      let json = null;
      const lines = stdout.trim().split('\n').filter((l) => l.startsWith('{'));
      for (let i = lines.length - 1; i >= 0 && !json; i--) {
        try {
          json = JSON.parse(lines[i]);
        } catch {
          /* not JSON */
        }
      }
      resolve({ code, signal, stdout, stderr, json, seconds: (performance.now() - t0) / 1000, timedOut: signal === 'SIGKILL' });
    });
  });
}
const cmd = (script, argv) => `node ${rel(script)} ${argv.join(' ')}`.trim();
const row = (section, measure, value, command = '') => rows.push({ section, measure, value: String(value), command });
const unavailable = (section, what) => {
  row(section, what, 'not available yet');
  results.sections[section] = { status: 'not available yet', what };
};
const failed = (section, r, command) => {
  const why = r.timedOut ? 'timed out' : `exit ${r.code}: ${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 120)}`;
  row(section, 'failed', why, command);
  results.sections[section] = { status: 'failed', why, command };
};
const want = (s) => !ONLY || ONLY.includes(s);

/** A generated corpus, cached by its parameters. */
function corpus(articles, words, seed = 1) {
  const file = join(WORK, `corpus-${articles}x${words}-s${seed}.jsonl`);
  if (!existsSync(file)) execFileSync(process.execPath, [join(ROOT, 'scripts/gen-corpus.mjs'), '--articles', String(articles), '--words', String(words), '--seed', String(seed), '--out', file]);
  return file;
}

async function external(section, script, argv, timeoutS, describe) {
  const path = join(ROOT, script);
  if (!existsSync(path)) return unavailable(section, `${script} (not written yet)`);
  const c = cmd(path, argv);
  log(`${section}: ${c}`);
  const r = await runNode(path, argv, timeoutS);
  if (r.code !== 0 || (!r.json && !r.stdout.trim())) return failed(section, r, c);
  results.sections[section] = { status: 'ok', command: c, result: r.json ?? r.stdout.trim() };
  if (r.json) describe(r.json, c);
  else for (const l of r.stdout.trim().split('\n').slice(-8)) row(section, 'output', l, c);
}

// ------------------------------------------------------------------------------------------
const SECTIONS = {
  async read() {
    await external('read', 'scripts/bench-ingest.mjs', [], 300, (j, c) => {
      for (const [k, v] of Object.entries(j)) if (typeof v !== 'object') row('read', k, v, c);
    });
    // Our own figure, always available: JSONL reading + cleaning through the pool with no stages.
    const file = corpus(QUICK ? 2000 : 10000, 600);
    const script = join(ROOT, 'bench/analyze-throughput.mjs');
    const argv = [file, '--workers', '1', '--until', 'none', '--warm', '100'];
    const r = await runNode(script, argv, 300);
    if (r.code !== 0 || !r.json) return failed('read-jsonl', r, cmd(script, argv));
    results.sections['read-jsonl'] = { status: 'ok', command: cmd(script, argv), result: r.json };
    row('read', 'JSONL read + clean + pool transfer (no stages), articles/s', r.json.articles_per_s, cmd(script, argv));
  },

  async ner() {
    await external('ner', 'scripts/bench-ner.mjs', [], 300, (j, c) => {
      for (const [k, v] of Object.entries(j)) if (typeof v !== 'object') row('ner', k, v, c);
    });
  },

  async parse() {
    // Dependency parser (issue 15): words/s on one thread with tagging, model load excluded.
    await external('parse', 'bench/parse.mjs', QUICK ? ['--rounds', '1'] : ['--rounds', '3'], 600, (j, c) => {
      for (const [k, v] of Object.entries(j)) if (typeof v !== 'object') row('parse', k, Array.isArray(v) ? v.join(', ') : v, c);
    });
  },

  async analyze() {
    // Steady state: each run first analyses warmPerThread articles per thread (threads start,
    // models load, the JIT settles: see SIZES), then times timedPerThread per thread. Configurations are
    // interleaved over several rounds and the median is kept. "1 thread on 1 core" pins the whole
    // process (its GC and JIT threads too) to one CPU with taskset, so that it measures one core:
    // an unpinned single thread also uses the other core for V8's background work.
    const file = corpus(SIZES.corpus, 600);
    const script = join(ROOT, 'bench/analyze-throughput.mjs');
    const taskset = (() => { try { execFileSync('taskset', ['-c', '0', 'true']); return true; } catch { return false; } })();
    const configs = [
      { label: 'in-thread (no pool)', workers: 0 },
      { label: 'pool, 1 thread', workers: 1 },
      ...(taskset && CORES > 1 ? [{ label: 'pool, 1 thread on 1 core (taskset -c 0)', workers: 1, prefix: ['taskset', '-c', '0'] }] : []),
      { label: `pool, ${CORES} threads (one per core)`, workers: CORES },
    ];
    const runs = new Map(configs.map((c) => [c.label, []]));
    for (let round = 0; round < SIZES.rounds; round++) {
      for (const c of configs) {
        const t = Math.max(1, c.workers);
        const argv = [file, '--workers', String(c.workers), '--warm', String(SIZES.warmPerThread * t), '--limit', String((SIZES.warmPerThread + SIZES.timedPerThread) * t)];
        const shown = (c.prefix ? c.prefix.join(' ') + ' ' : '') + cmd(script, argv);
        log(`analyze round ${round + 1}/${SIZES.rounds}: ${shown}`);
        const r = await runNode(script, argv, 900, c.prefix);
        if (r.code !== 0 || !r.json) return failed('analyze', r, shown);
        runs.get(c.label).push({ ...r.json, command: shown });
      }
    }
    const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
    const out = configs.map((c) => {
      const rs = runs.get(c.label);
      const rate = median(rs.map((r) => r.articles_per_s));
      const cpu = median(rs.map((r) => r.cpu_ms_per_article));
      const rss = Math.max(...rs.map((r) => r.peak_rss_mb));
      row('analyze', `${c.label}: articles/s (600 words, median of ${rs.length})`, `${rate}  (runs ${rs.map((r) => r.articles_per_s).join(', ')}; ${cpu} CPU ms/article, peak RSS ${rss} MB)`, rs[0].command);
      return { label: c.label, workers: c.workers, articles_per_s: rate, cpu_ms_per_article: cpu, peak_rss_mb: rss, runs: rs };
    });
    const byLabel = (l) => out.find((o) => o.label === l);
    const one = byLabel('pool, 1 thread').articles_per_s;
    const all = out.at(-1).articles_per_s;
    const scaling = +(all / one).toFixed(2);
    row('analyze', `scaling: ${CORES} threads vs 1 thread (both unpinned)`, `${scaling}×`);
    const pinned = out.find((o) => o.label.includes('1 core'));
    const coreScaling = pinned ? +(all / pinned.articles_per_s).toFixed(2) : null;
    if (pinned) row('analyze', `scaling: ${CORES} cores vs 1 core (1 thread pinned)`, `${coreScaling}×`);
    results.sections.analyze = { status: 'ok', warm_per_thread: SIZES.warmPerThread, timed_per_thread: SIZES.timedPerThread, rounds: SIZES.rounds, configs: out, scaling_threads: scaling, scaling_cores: coreScaling };
  },

  async coldstart() {
    // Cold start, whole command (issue 21): `newsgraph analyze` on the first 400 and the first
    // 2,000 articles, 1 and 2 workers, interleaved; beside the steady-state rows above. Wall time
    // includes process start, model loading and the JIT's warm-up: what a user sees on a day's feed.
    const file = corpus(SIZES.corpus, 600);
    const script = join(ROOT, 'bench/cold-start.mjs');
    const argv = [file, '--articles', QUICK ? '100,400' : '400,2000', '--workers', `1,${CORES}`, '--rounds', QUICK ? '1' : '2'];
    log(`coldstart: ${cmd(script, argv)}`);
    const r = await runNode(script, argv, 3600);
    if (r.code !== 0 || !r.json) return failed('coldstart', r, cmd(script, argv));
    results.sections.coldstart = { status: 'ok', command: cmd(script, argv), result: r.json };
    for (const x of r.json.rows) {
      row('coldstart', `first ${x.articles} articles, --workers ${x.workers}: whole command (median of ${x.runs.length})`, `${x.wall_s} s wall, ${x.articles_per_s} articles/s, ${x.cpu_s} CPU s${x.workers > 1 ? `; ${x.speedup_vs_first}× vs 1 worker` : ''}`, cmd(script, argv));
    }
    const steady = results.sections.analyze?.configs?.find((c) => c.label === 'in-thread (no pool)')?.articles_per_s;
    const one400 = r.json.rows.find((x) => x.workers === 1 && x.articles === (QUICK ? 100 : 400));
    if (steady && one400) row('coldstart', `1 thread: cold start over the first ${one400.articles} articles vs steady state`, `${(100 * one400.articles_per_s / steady).toFixed(0)}%  (${one400.articles_per_s} vs ${steady} articles/s; the cold figure includes process start and model loading)`);
  },

  async jit() {
    // Why the analyze section warms up as long as it does: TurboFan work per window of articles.
    const file = corpus(SIZES.corpus, 600);
    const script = join(ROOT, 'bench/jit-settle.mjs');
    const argv = [file, '--articles', String(QUICK ? 500 : 3000), '--window', '250'];
    log(`jit: ${cmd(script, argv)}`);
    const r = await runNode(script, argv, 900);
    if (r.code !== 0 || !r.json) return failed('jit', r, cmd(script, argv));
    results.sections.jit = { status: 'ok', command: cmd(script, argv), result: r.json };
    const w = r.json.windows;
    row('jit', 'TurboFan compile ms per 250 articles, by window', w.map((x) => x.compile_ms).join(' '), cmd(script, argv));
    row('jit', 'analysis ms per 250 articles, by window', w.map((x) => x.analysis_ms).join(' '), cmd(script, argv));
    row('jit', 'compile / analysis time, by window (issue 21: under 0.10 from article 500)', w.map((x) => x.ratio).join(' '), cmd(script, argv));
    row('jit', 'deoptimisations per window', w.map((x) => x.deopts).join(' '), cmd(script, argv));
    const settled = w.filter((x) => x.from >= SIZES.warmPerThread);
    if (settled.length) row('jit', `after the ${SIZES.warmPerThread}-article warm-up: compile ms per 250 articles (median)`, settled.map((x) => x.compile_ms).sort((a, b) => a - b)[Math.floor(settled.length / 2)], cmd(script, argv));
  },

  async stages() {
    const file = corpus(SIZES.corpus, 600);
    const script = join(ROOT, 'bench/stage-times.mjs');
    const argv = [file, '--limit', String(SIZES.stages), '--warm', String(SIZES.warmPerThread)];
    log(`stages: ${cmd(script, argv)}`);
    const r = await runNode(script, argv, 900);
    if (r.code !== 0 || !r.json) return failed('stages', r, cmd(script, argv));
    results.sections.stages = { status: 'ok', command: cmd(script, argv), result: r.json };
    row('stages', `all stages, one thread, steady state (after ${SIZES.warmPerThread} warm-up articles): articles/s`, `${r.json.articles_per_s}  (${r.json.articles} articles, ${(r.json.total_ms / r.json.articles).toFixed(1)} ms/article)`, cmd(script, argv));
    for (const s of r.json.stages) row('stages', `${s.name} share`, `${(s.share * 100).toFixed(1)}%  (${s.per_article_ms} ms/article)`, cmd(script, argv));
  },

  async memory() {
    const per = 4200; // bytes per 600-word JSONL record, measured on gen-corpus output
    const n = Math.max(1000, Math.round((BIG_MB * 1048576) / per));
    log(`memory: generating ${BIG_MB} MB of JSONL (${n} articles) once, cached in ${WORK}`);
    const file = corpus(n, 600, 2);
    const mb = +(statSync(file).size / 1048576).toFixed(0);
    const script = join(ROOT, 'bench/analyze-throughput.mjs');
    const a1 = [file, '--workers', String(CORES), '--until', 'none', '--warm', '100'];
    log(`memory: ${cmd(script, a1)}`);
    const r1 = await runNode(script, a1, 900);
    if (r1.code !== 0 || !r1.json) return failed('memory', r1, cmd(script, a1));
    row('memory', `${mb} MB JSONL through reader + pool (${CORES} threads, no stages): peak RSS`, `${r1.json.peak_rss_mb} MB  (${r1.json.articles} articles, ${r1.json.body_mb_per_s} MB body/s)`, cmd(script, a1));
    const a2 = [file, '--workers', String(CORES), '--warm', '10', '--max-seconds', String(SIZES.fullMemSeconds)];
    log(`memory: ${cmd(script, a2)}`);
    const r2 = await runNode(script, a2, 900);
    if (r2.code !== 0 || !r2.json) return failed('memory', r2, cmd(script, a2));
    const s = r2.json.rss_samples_mb;
    row('memory', `full pipeline, same file, first ${SIZES.fullMemSeconds} s: peak RSS`, `${r2.json.peak_rss_mb} MB  (RSS samples ${s[Math.floor(s.length / 4)]} → ${s[Math.floor(s.length / 2)]} → ${s.at(-1)} MB over ${r2.json.articles} articles)`, cmd(script, a2));
    results.sections.memory = { status: 'ok', input_mb: mb, reader_pool: { command: cmd(script, a1), ...r1.json }, full_pipeline: { command: cmd(script, a2), ...r2.json } };
  },

  async distributed() {
    const file = corpus(SIZES.dist, 600, 3);
    const script = join(ROOT, 'bench/distributed.mjs');
    const argv = ['--db', PG, '--file', file, '--workers', '1,2,3'];
    log(`distributed: ${cmd(script, argv)}`);
    const r = await runNode(script, argv, 1200);
    if (r.code !== 0 || !r.json) {
      if (/ECONNREFUSED|cannot connect|connect/i.test(r.stderr)) return unavailable('distributed', `PostgreSQL at ${PG} (not reachable)`);
      return failed('distributed', r, cmd(script, argv));
    }
    results.sections.distributed = { status: 'ok', command: cmd(script, argv), articles: SIZES.dist, ...r.json };
    for (const x of r.json.runs) row('distributed', `${x.workers} worker process(es): articles/s (600 words)`, `${x.articles_per_s}  (wall incl. start-up ${x.wall_s} s, ${x.done} done, ${x.failed} failed)`, cmd(script, argv));
  },

  async ingest() {
    // `newsgraph ingest` as a user runs it: 3,000 generated articles into a new embedded database.
    const script = join(ROOT, 'bench/ingest-memory.mjs');
    const argv = ['--articles', String(QUICK ? 500 : 3000)];
    log(`ingest: ${cmd(script, argv)}`);
    const r = await runNode(script, argv, 1800);
    if (r.code !== 0 || !r.json) return failed('ingest', r, cmd(script, argv));
    results.sections.ingest = { status: 'ok', command: cmd(script, argv), result: r.json };
    row('ingest', `ingest ${r.json.articles} generated articles into a new PGlite database: articles/s`, `${r.json.articles_per_s}  (${r.json.seconds} s wall)`, cmd(script, argv));
    row('ingest', 'peak RSS of the ingest process (and anything it starts)', `${r.json.peak_rss_mb} MB`, cmd(script, argv));
  },

  async store() {
    await external('store', 'scripts/bench-store.mjs', [...SIZES.store, '--pg', PG, '--json'], 900, (j, c) => {
      const flat = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));
      for (const [k, v] of flat(j)) row('store', k, Array.isArray(v) ? JSON.stringify(v) : v, c);
    });
  },
};

// ------------------------------------------------------------------------------------------
results.machine = machine();
const m = results.machine;
row('machine', 'cpus (os.cpus().length)', m.cpus);
row('machine', 'model', m.model);
row('machine', 'memory, node, platform', `${m.mem_gb} GB, ${m.node}, ${m.platform}`);
row('machine', 'load average at start (1/5/15 min)', m.load_average_at_start.join(' / '));
if (!existsSync(join(ROOT, 'dist/pipeline.js'))) {
  process.stderr.write('bench: dist/ is missing: run `npm run build` first\n');
  process.exit(1);
}
const t0 = performance.now();
for (const [name, fn] of Object.entries(SECTIONS)) {
  if (!want(name)) continue;
  const s0 = performance.now();
  try {
    await fn();
  } catch (e) {
    row(name, 'failed', e.message.split('\n')[0]);
    results.sections[name] = { status: 'failed', why: e.message };
  }
  log(`${name}: ${((performance.now() - s0) / 1000).toFixed(0)} s`);
}
results.seconds = +((performance.now() - t0) / 1000).toFixed(0);
results.machine.load_average_at_end = os.loadavg().map((x) => +x.toFixed(2));
row('machine', 'load average at end', results.machine.load_average_at_end.join(' / '));
row('machine', 'bench wall time', `${results.seconds} s${QUICK ? ' (--quick)' : ''}`);

const w = [12, Math.max(...rows.map((r) => r.measure.length)), Math.max(...rows.map((r) => r.value.length))].map((x, i) => Math.min(x, [14, 72, 90][i]));
const line = (a, b, c) => `${a.padEnd(w[0])}  ${b.padEnd(w[1])}  ${c}`;
process.stdout.write(line('section', 'measure', 'value') + '\n' + '-'.repeat(w[0] + w[1] + 20) + '\n');
let last = '';
for (const r of rows) {
  process.stdout.write(line(r.section === last ? '' : r.section, r.measure, r.value) + '\n');
  last = r.section;
}
process.stdout.write('\ncommands:\n');
for (const c of [...new Set(rows.map((r) => r.command).filter(Boolean))]) process.stdout.write(`  ${c}\n`);
const outFile = opt('--out', null) ?? join(ROOT, 'bench/results.json');
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`\nwritten ${rel(outFile)}\n`);
