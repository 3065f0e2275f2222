// `newsgraph demo` (= `npm start`): build the web UI if needed, ingest the bundled samples into the
// embedded database once, and serve on http://localhost:8080 (or $PORT).
import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, readArticles } from '../ingest/index.js';
import type { RawArticle } from '../doc/index.js';
import { analyzeInPool } from '../workers/pool.js';
import { countedFileSource } from './ingest.js';
import { Progress } from './progress.js';
import { openStore, resolveDbUrl, storeArticle } from '../store/index.js';
import { emptySummary, splitWarning } from '../ingest-source.js';
import { warn } from './errors.js';
import { serveSettings, startServer } from './serve.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function buildUiIfMissing(): void {
  if (existsSync(join(ROOT, 'web/dist/index.html'))) return;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = ['build:web', 'build:ui', 'web:build'].find((s) => pkg.scripts?.[s]);
  if (!script) {
    if (!existsSync(join(ROOT, 'web'))) warn('no web interface in this checkout yet: serving the API only');
    else warn('web/dist is missing and there is no build:web script: serving the API only');
    return;
  }
  process.stderr.write(`newsgraph: building the web interface (npm run ${script})…\n`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) warn('building the web interface failed: serving the API only');
}

/** Input files among the samples (the folder also holds the scripts that write them). */
const SAMPLE_DATA = /\.(txt|html?|jsonl|json|xml|rss|atom)(\.gz)?$/i;

function sampleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) out.push(...sampleFiles(p));
    else if (SAMPLE_DATA.test(name)) out.push(p); // not the scripts that write the samples
  }
  return out;
}

export async function demoCommand(o: { db?: string; port?: string }): Promise<void> {
  buildUiIfMissing();
  const s = serveSettings({ port: o.port }, Number(process.env.PORT) || 8080);
  const db = await openStore(o.db);
  // Ingest the samples once: a fingerprint of their bytes says whether this database has them.
  const files = sampleFiles(join(ROOT, 'samples'));
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(readFileSync(f));
  const where = resolveDbUrl(o.db);
  const marker = /^postgres/.test(where) ? null : join(where, '..', 'demo-samples.sha256');
  const fp = h.digest('hex');
  if (!marker || !existsSync(marker) || readFileSync(marker, 'utf8') !== fp) {
    const sum = emptySummary();
    const total = files.reduce((n, f) => n + statSync(f).size, 0);
    let bytes = 0;
    const detail = () => `${sum.stored} stored, ${sum.duplicates} duplicates, ${sum.rejected.length} rejected`;
    const bar = new Progress({ label: 'demo: ingesting the samples', total, totalUnit: 'bytes', startLine: `${files.length} files` });
    // One analysis thread for every sample file (its models load once), so this thread stays free
    // to draw the progress while they load and to store what comes back.
    let readN = 0;
    async function* raws(): AsyncGenerator<RawArticle> {
      for (const f of files) {
        try {
          const src = await countedFileSource(f, (n) => (bytes += n));
          for await (const r of readArticles(src, { onWarning: (m) => { sum.read++; sum.rejected.push(splitWarning(m, f)); } })) {
            readN++;
            yield r;
          }
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          sum.rejected.push({ where: f, reason: e.message });
        }
      }
    }
    try {
      for await (const a of analyzeInPool(raws(), 1, { youngGenerationMb: 16 })) {
        sum.read++;
        if (!a.body.trim()) sum.rejected.push({ where: a.title || 'an article', reason: 'no body text' });
        else if ((await storeArticle(db, a)).status === 'stored') sum.stored++;
        else sum.duplicates++;
        bar.tick({ count: sum.read, value: readN ? bytes * Math.min(1, sum.read / readN) : bytes, detail: detail() });
      }
    } finally {
      bar.stop(null);
    }
    process.stderr.write(`newsgraph: samples: read ${sum.read}, stored ${sum.stored}, duplicates ${sum.duplicates}, rejected ${sum.rejected.length}\n`);
    if (marker) {
      mkdirSync(dirname(marker), { recursive: true });
      writeFileSync(marker, fp);
    }
  }
  const { url } = await startServer(s, undefined, db);
  process.stdout.write(`newsgraph demo: open ${url}\n`);
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build the UI if needed, ingest the bundled samples once, and serve on http://localhost:8080')
    .option('--db <url>', 'PGlite folder or postgres:// URL (default ./.newsgraph/db)')
    .option('--port <n>', 'port (default $PORT or 8080)')
    .action((o: { db?: string; port?: string }) => demoCommand(o));
}
