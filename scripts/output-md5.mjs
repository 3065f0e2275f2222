#!/usr/bin/env node
// md5 of `newsgraph analyze` output, to check that a speed change changed no output:
//   node scripts/output-md5.mjs [--workers N] [--generated 300] [--with-syntax]
// Runs `node bin/newsgraph analyze --format jsonl` on samples/ (every form), the seed
// (../shared/fixtures/seed/seed-articles.txt, skipped when absent) and N generated 600-word
// articles (`scripts/gen-corpus.mjs --articles N --seed 1`, cached in $TMPDIR), strips the
// `diagnostics` field and any timing field (keys ending in _ms / _s / seconds) and prints one md5
// per input plus one over them all. Compare the printed lines before and after a change.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const workers = opt('--workers', '1');
const generated = Number(opt('--generated', '300'));
const extra = args.includes('--with-syntax') ? ['--with-syntax'] : [];

const TIMING = /(_ms|_s|seconds)$/;
function strip(v) {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'diagnostics' && !TIMING.test(k)) o[k] = strip(x);
    return o;
  }
  return v;
}

function analyze(files, more = []) {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/newsgraph'), 'analyze', ...files, '--format', 'jsonl', '--workers', workers, '--quiet', ...more, ...extra], { cwd: ROOT, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const lines = out.split('\n').filter(Boolean);
  const h = createHash('md5');
  for (const l of lines) h.update(JSON.stringify(strip(JSON.parse(l))) + '\n');
  return { articles: lines.length, md5: h.digest('hex') };
}

const inputs = [
  ['samples/raw/dump.txt', ['samples/raw/dump.txt']],
  ['samples/jsonl/articles.jsonl', ['samples/jsonl/articles.jsonl']],
  ['samples/rss/feed.xml', ['samples/rss/feed.xml']],
  ['samples/atom/feed.xml', ['samples/atom/feed.xml']],
  ['samples/html/*.html --published 2024-11-29', readdirSync(join(ROOT, 'samples/html')).sort().map((f) => `samples/html/${f}`), ['--published', '2024-11-29']],
];
const seed = join(ROOT, '../shared/fixtures/seed/seed-articles.txt');
if (existsSync(seed)) inputs.push(['seed-articles.txt', [seed]]);
if (generated > 0) {
  const file = join(tmpdir(), `newsgraph-md5-corpus-${generated}x600-s1.jsonl`);
  if (!existsSync(file)) execFileSync(process.execPath, [join(ROOT, 'scripts/gen-corpus.mjs'), '--articles', String(generated), '--words', '600', '--seed', '1', '--out', file]);
  inputs.push([`generated ${generated}x600 seed 1`, [file]]);
}

const all = createHash('md5');
for (const [name, files, more] of inputs) {
  const r = analyze(files, more);
  all.update(r.md5);
  process.stdout.write(`${r.md5}  ${String(r.articles).padStart(4)}  ${name}\n`);
}
process.stdout.write(`${all.digest('hex')}  all (workers ${workers}${extra.length ? ', ' + extra.join(' ') : ''})\n`);
