#!/usr/bin/env node
// `npm run eval:extract`: main-content extraction over the shared article-extraction developer set
// (../shared/data/article-extraction/html/*.html.gz), run through the real CLI
// (`newsgraph extract --out DIR`), scored by the shared token-shingle scorer.
// Options: --keep DIR (keep predictions there), --per-page FILE (per-page scores for error analysis).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const htmlDir = join(shared, 'data/article-extraction/html');
const args = process.argv.slice(2);
const opt = (k) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);

if (!existsSync(htmlDir)) {
  console.error(`eval-extract: ${htmlDir} not found (the shared data folder sits beside the project)`);
  process.exit(1);
}
const keep = opt('--keep');
const out = keep ?? mkdtempSync(join(tmpdir(), 'ng-extract-'));
const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => join(htmlDir, f));

const t0 = performance.now();
const run = spawnSync(process.execPath, [join(root, 'bin/newsgraph'), 'extract', '--out', out, ...files], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
const secs = (performance.now() - t0) / 1000;
const warnings = (run.stderr ?? '').split('\n').filter(Boolean);
if (warnings.length) console.log(`${warnings.length} page(s) with warnings:\n  ${warnings.slice(0, 10).join('\n  ')}`);
if (run.status !== 0) {
  console.error(`eval-extract: newsgraph extract exited ${run.status}`);
  process.exit(1);
}
console.log(`extracted ${files.length} pages in ${secs.toFixed(1)} s (${(files.length / secs).toFixed(1)} pages/s)`);

const scoreArgs = [join(shared, 'tools/extract-eval.mjs'), '--pred', out];
const pp = opt('--per-page');
if (pp) scoreArgs.push('--per-page', pp);
const score = spawnSync(process.execPath, scoreArgs, { stdio: 'inherit' });
if (!keep) rmSync(out, { recursive: true, force: true });
process.exit(score.status ?? 1);
