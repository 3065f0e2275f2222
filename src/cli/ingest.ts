// `newsgraph ingest [FILE...|-] [--db URL]`: analyse and store, one transaction per article.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileSource, stdinSource, InputError } from '../ingest/index.js';
import { openStore } from '../store/index.js';
import { emptySummary, ingestSource, splitWarning, type IngestSummary } from '../ingest-source.js';
import { fail, UsageError } from './errors.js';
import { dayFlag, urlFlag } from './flags.js';
import { parseWorkers } from '../workers/files.js';
import { stopOnSignals } from './stop.js';

export interface IngestCliOptions { db?: string; published?: string; url?: string; json?: boolean; quiet?: boolean; workers?: string }

/** A progress bar on a terminal, plain lines (every 100 articles or 5 s, and per file) otherwise. */
function progress(total: number, tty: boolean) {
  const t0 = Date.now();
  let last = Date.now();
  const line = (file: number, s: IngestSummary) => {
    const secs = (Date.now() - t0) / 1000;
    const rate = secs > 0 ? Math.round((s.stored + s.duplicates) / secs) : 0;
    return `file ${file}/${total}: ${s.read} read, ${s.stored} stored, ${s.duplicates} duplicates, ${s.rejected.length} rejected (${rate}/s)`;
  };
  return {
    article(file: number, s: IngestSummary) {
      if (tty) {
        if (Date.now() - last < 100) return;
        last = Date.now();
        const width = 24;
        const done = Math.round(((file - 1) / total) * width);
        process.stderr.write(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${line(file, s)}\x1b[K`);
      } else if (s.read % 100 === 0 || Date.now() - last >= 5000) {
        last = Date.now();
        process.stderr.write(`newsgraph: ${line(file, s)}\n`);
      }
    },
    file(file: number, s: IngestSummary) {
      if (tty) process.stderr.write(`\r[${'#'.repeat(Math.round((file / total) * 24)).padEnd(24, '.')}] ${line(file, s)}\x1b[K`);
      else process.stderr.write(`newsgraph: ${line(file, s)}\n`);
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

export async function ingestCommand(files: string[], o: IngestCliOptions): Promise<void> {
  const published = dayFlag('--published', o.published);
  const url = urlFlag('--url', o.url);
  let workers: number;
  try {
    workers = parseWorkers(o.workers);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const inputs = files.length ? files : ['-'];
  // Nothing readable at all: say so before opening (or creating) a database.
  const missing = inputs.filter((f) => f !== '-' && !existsSync(f));
  if (missing.length === inputs.length) fail(`nothing stored: ${missing[0]}: no such file`);
  const db = await openStore(o.db);
  // Stop between articles on Ctrl-C: the article in flight commits or rolls back whole.
  const stop = stopOnSignals();
  const s = emptySummary();
  const bar = progress(inputs.length, !o.quiet && !!process.stderr.isTTY);
  try {
    for (let i = 0; i < inputs.length && !stop.stopped; i++) {
      const f = inputs[i]!;
      try {
        const src = f === '-' ? await stdinSource() : await fileSource(f);
        await ingestSource(db, src, {
          published,
          url,
          workers,
          onArticle: () => {
            if (!o.quiet) bar.article(i + 1, s);
            if (stop.stopped) throw new Interrupted();
          },
        }, s);
      } catch (e) {
        if (e instanceof Interrupted) break;
        const err = e as NodeJS.ErrnoException;
        if (e instanceof InputError) s.rejected.push(splitWarning(e.message, f));
        else if (err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EACCES') {
          s.rejected.push({ where: f, reason: err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : 'permission denied' });
        } else throw e;
        s.read++;
      }
      if (!o.quiet) bar.file(i + 1, s);
    }
  } finally {
    bar.end();
    await db.close();
    stop.release();
  }
  if (o.json) process.stdout.write(JSON.stringify({ read: s.read, stored: s.stored, duplicates: s.duplicates, rejected: s.rejected }) + '\n');
  else {
    process.stdout.write(`read ${s.read}, stored ${s.stored}, duplicates ${s.duplicates}, rejected ${s.rejected.length}${stop.stopped ? ' (interrupted)' : ''}\n`);
    for (const r of s.rejected) process.stdout.write(`  rejected ${r.where}: ${r.reason}\n`);
  }
  if (stop.stopped) process.exit(130);
  if (s.stored + s.duplicates === 0 && s.rejected.length) fail(`nothing stored: ${s.rejected[0]!.where}: ${s.rejected[0]!.reason}`);
}

class Interrupted extends Error {}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse inputs and store them in the database (idempotent: an article is stored once)')
    .argument('[files...]', 'input files (gzip allowed); - or nothing for stdin')
    .option('--db <url>', 'PGlite folder or postgres:// URL (default $NEWSGRAPH_DATABASE_URL or ./.newsgraph/db)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article')
    .option('--url <url>', 'the page address, for HTML input')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .option('--workers <n>', 'analysis threads (default: one per core)')
    .action((files: string[], o: IngestCliOptions) => ingestCommand(files, o));
}
