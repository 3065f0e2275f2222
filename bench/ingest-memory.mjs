#!/usr/bin/env node
// `node bench/ingest-memory.mjs [--articles 3000] [--file F.jsonl] [--db DIR|postgres://…] [--workers N]`:
// `newsgraph ingest` of generated articles into a new database, as a user runs it: wall-clock rate
// and the peak resident memory of the ingest process and any process it starts (sampled from /proc
// every 50 ms, threads included). Prints one JSON line.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const n = Number(opt('--articles', 3000));
const file = opt('--file', join(tmpdir(), 'newsgraph-bench', `ingest-${n}.jsonl`));
if (!existsSync(file)) execFileSync(process.execPath, [join(ROOT, 'scripts/gen-corpus.mjs'), '--articles', String(n), '--out', file], { stdio: 'ignore' });
const work = mkdtempSync(join(tmpdir(), 'ng-ingest-bench-'));
const db = opt('--db', join(work, 'db'));

const rssKb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
const children = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
const tree = (pid) => [pid, ...children(pid).flatMap(tree)];

const argv = [join(ROOT, 'bin/newsgraph'), 'ingest', file, '--db', db, '--quiet', '--json', ...(opt('--workers', null) ? ['--workers', opt('--workers')] : [])];
const t0 = performance.now();
const p = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
p.stdout.on('data', (d) => (out += d));
let peak = 0;
const samples = [];
let lastSample = 0;
const timer = setInterval(() => {
  const kb = tree(p.pid).reduce((s, x) => s + rssKb(x), 0);
  peak = Math.max(peak, kb);
  if (performance.now() - lastSample >= 10_000) { samples.push(Math.round(kb / 1024)); lastSample = performance.now(); }
}, 50);
const code = await new Promise((r) => p.on('exit', r));
clearInterval(timer);
const seconds = (performance.now() - t0) / 1000;
rmSync(work, { recursive: true, force: true });
if (code !== 0) {
  console.error(`ingest exited with ${code}`);
  process.exit(1);
}
const s = JSON.parse(out.trim().split('\n').pop());
console.log(JSON.stringify({
  articles: s.read, stored: s.stored, seconds: +seconds.toFixed(1), articles_per_s: +(s.read / seconds).toFixed(1),
  peak_rss_mb: Math.round(peak / 1024), rss_every_10s_mb: samples, command: `node bin/newsgraph ingest ${file.replace(tmpdir(), '$TMPDIR')} --db NEW --quiet --json`,
}));
