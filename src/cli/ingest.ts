// `newsgraph ingest [FILE...|-] [--db URL]`: analyse and store, one transaction per article.
// On an embedded database that a running `serve` holds, the articles go to that server instead
// (see server-file.ts).
import type { Command } from 'commander';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { stdinSource, InputError, readSource } from '../ingest/index.js';
import { openSource, type TextSource } from '../ingest/stream.js';
import { openStore } from '../store/index.js';
import { emptySummary, ingestSource, rejectedCount, RejectedList, splitWarning, type IngestSummary } from '../ingest-source.js';
import { fail, someRejected, UsageError } from './errors.js';
import { strictCheck } from './strict.js';
import { dayFlag, urlFlag } from './flags.js';
import { parseArticleBudget, parseWorkers } from '../workers/files.js';
import { stopOnSignals } from './stop.js';
import { Progress } from './progress.js';
import { runningServer, type ServerNote } from './server-file.js';

export interface IngestCliOptions { db?: string; published?: string; url?: string; json?: boolean; quiet?: boolean; workers?: string; token?: string; strict?: boolean; articleBudget?: string }

/** A file read through a byte counter, for the progress bar's share and time left. */
export async function countedFileSource(path: string, onBytes: (n: number) => void): Promise<TextSource> {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  const st = statSync(path);
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  return openSource(path, () => {
    const s = createReadStream(path, { highWaterMark: 64 * 1024 });
    s.on('data', (b) => onBytes((b as Buffer).length));
    return s;
  });
}

const detail = (s: IngestSummary) => `${s.stored} stored, ${s.duplicates} duplicates, ${rejectedCount(s)} rejected`;

export async function ingestCommand(files: string[], o: IngestCliOptions): Promise<void> {
  const published = dayFlag('--published', o.published);
  const url = urlFlag('--url', o.url);
  let workers: number | undefined;
  let articleBudgetMs: number;
  try {
    workers = o.workers === undefined ? undefined : parseWorkers(o.workers);
    articleBudgetMs = parseArticleBudget(o.articleBudget);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let inputs = files.length ? files : ['-'];
  // Nothing readable at all: say so before opening (or creating) a database.
  const missing = inputs.filter((f) => f !== '-' && !existsSync(f));
  if (missing.length === inputs.length) fail(`nothing stored: ${missing[0]}: no such file`);
  // --strict: every input read and checked first; the first bad record ends the run (exit 1) before the database is opened.
  let cleanup = () => {};
  if (o.strict) ({ inputs, cleanup } = await strictCheck(inputs, { published, url }));
  const sizes = inputs.map((f) => (f === '-' || !existsSync(f) ? null : statSync(f).isFile() ? statSync(f).size : 0));
  const total = sizes.every((x) => x !== null) ? sizes.reduce((a, b) => a! + b!, 0)! : null;
  let bytes = 0;
  // Made once the database is open (or the server found): an error opening it stays one line.
  let bar: Progress | null = null;
  const makeBar = () => (bar = new Progress({
    label: 'ingest', total, totalUnit: 'bytes', quiet: o.quiet,
    startLine: `${inputs.length} input${inputs.length === 1 ? '' : 's'}${total !== null ? `, ${(total / 1048576).toFixed(1)} MB` : ''}`,
  }));
  const s = emptySummary();
  const stop = stopOnSignals();
  const server = runningServer(o.db);
  const opts = { ...o, published: published ?? undefined, url: url ?? undefined, articleBudgetMs };
  try {
    if (server) await sendToServer(server, inputs, opts, s, makeBar(), (n) => (bytes += n), () => bytes, stop);
    else await ingestHere(inputs, opts, workers, s, makeBar, (n) => (bytes += n), () => bytes, stop);
  } finally {
    (bar as Progress | null)?.stop(detail(s));
    stop.release();
    cleanup();
  }
  const nRejected = rejectedCount(s);
  if (o.json) process.stdout.write(JSON.stringify({ read: s.read, stored: s.stored, duplicates: s.duplicates, rejected: s.rejected, rejected_total: nRejected, ...(server ? { server: server.url } : {}) }) + '\n');
  else {
    process.stdout.write(`read ${s.read}, stored ${s.stored}, duplicates ${s.duplicates}, rejected ${nRejected}${stop.stopped ? ' (interrupted)' : ''}${server ? ` (through the server at ${server.url})` : ''}\n`);
    for (const r of s.rejected) process.stdout.write(`  rejected ${r.where}: ${r.reason}\n`);
    if (nRejected > s.rejected.length) process.stdout.write(`  … and ${nRejected - s.rejected.length} more rejected\n`);
  }
  if (stop.stopped) process.exit(130);
  if (s.stored + s.duplicates === 0 && nRejected) fail(`nothing stored: ${s.rejected[0]!.where}: ${s.rejected[0]!.reason}`);
  if (nRejected) someRejected(nRejected);
}

function fileError(e: unknown, f: string, s: IngestSummary): void {
  const err = e as NodeJS.ErrnoException;
  if (e instanceof InputError) s.rejected.push(splitWarning(e.message, f));
  else if (err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EACCES') {
    s.rejected.push({ where: f, reason: err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : 'permission denied' });
  } else throw e;
  s.read++;
}

async function ingestHere(inputs: string[], o: IngestCliOptions & { articleBudgetMs: number }, workers: number | undefined, s: IngestSummary, makeBar: () => Progress,
  addBytes: (n: number) => void, bytes: () => number, stop: { stopped: boolean }): Promise<void> {
  const db = await openStore(o.db);
  const bar = makeBar();
  // Storing, not analysing, is what limits an ingest into the embedded database: one analysis
  // thread beside the storing thread keeps up, and a second would only cost memory (~200 MB).
  const pool = workers === undefined
    ? db.engine === 'pglite' ? { poolThreads: 1, youngGenerationMb: 16 } : { workers: parseWorkers(undefined) }
    : { workers };
  try {
    for (let i = 0; i < inputs.length && !stop.stopped; i++) {
      const f = inputs[i]!;
      const fileStart = bytes();
      const readBefore = s.read;
      let readHere = 0;
      try {
        const src = f === '-' ? await stdinSource() : await countedFileSource(f, addBytes);
        await ingestSource(db, src, {
          published: o.published ?? null,
          url: o.url ?? null,
          ...pool,
          articleBudgetMs: o.articleBudgetMs,
          // The input is read ahead of the analysis (a small file at once): the share done is the
          // bytes read so far times the share of the articles read so far that are done.
          onRead: (n) => { readHere = n; },
          onArticle: () => {
            bar.tick({ count: s.read, value: readHere ? Math.min(bytes(), (bytes() - fileStart) * (Math.min(s.read - readBefore, readHere) / readHere) + fileStart) : bytes(), detail: detail(s) });
            if (stop.stopped) throw new Interrupted();
          },
        }, s);
      } catch (e) {
        if (e instanceof Interrupted) break;
        fileError(e, f, s);
      }
      bar.tick({ count: s.read, value: bytes(), detail: detail(s) });
    }
  } finally {
    await db.close();
  }
}

/** Batches of at most this many articles / bytes per POST (the server's body limit is 10 MB by default). */
const BATCH_ARTICLES = 100;
const BATCH_BYTES = 4 * 1024 * 1024;

async function sendToServer(server: ServerNote, inputs: string[], o: IngestCliOptions, s: IngestSummary, bar: Progress,
  addBytes: (n: number) => void, bytes: () => number, stop: { stopped: boolean }): Promise<void> {
  const token = o.token ?? process.env.NEWSGRAPH_TOKEN ?? null;
  if (server.token && !token) fail(`the server at ${server.url} holds this database and needs a token for writes: give --token or NEWSGRAPH_TOKEN`);
  if (!o.quiet) process.stderr.write(`newsgraph: ingest: the database is held by the server at ${server.url} (pid ${server.pid}): sending the articles to it\n`);
  let batch: { line: string; where: string }[] = [];
  let size = 0;
  const flush = async () => {
    if (!batch.length) return;
    const body = batch.map((b) => b.line).join('\n') + '\n';
    let res: Response;
    // A busy server (its analysis queue full) answers 503 with Retry-After: wait and send again.
    for (let attempt = 0; ; attempt++) {
      try {
        res = await fetch(`${server.url}/api/ingest`, {
          method: 'POST', body,
          headers: { 'content-type': 'application/x-ndjson', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        });
      } catch (e) {
        fail(`cannot reach the server at ${server.url}: ${(e as Error).message}`);
      }
      if (res.status !== 503 || attempt >= 60 || stop.stopped) break;
      await res.body?.cancel();
      const wait = Math.min(30, Math.max(1, Number(res.headers.get('retry-after')) || 5));
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
    const j = await res.json().catch(() => null) as (IngestSummary & { error?: { message: string } }) | null;
    if (!res.ok || !j || j.error) fail(`the server at ${server.url} refused the articles: ${j?.error?.message ?? res.status}`);
    s.read += j.read;
    s.stored += j.stored;
    s.duplicates += j.duplicates;
    for (const r of j.rejected) {
      const m = /^body:(\d+)$/.exec(r.where);
      s.rejected.push({ where: m ? batch[Number(m[1]) - 1]?.where ?? r.where : r.where, reason: r.reason });
    }
    const extra = ((j as { rejected_total?: number }).rejected_total ?? j.rejected.length) - j.rejected.length;
    if (extra > 0 && s.rejected instanceof RejectedList) s.rejected.total += extra;
    batch = [];
    size = 0;
    bar.tick({ count: s.read, value: bytes(), detail: detail(s) });
  };
  for (let i = 0; i < inputs.length && !stop.stopped; i++) {
    const f = inputs[i]!;
    try {
      const src = f === '-' ? await stdinSource() : await countedFileSource(f, addBytes);
      for await (const item of readSource(src, { published: o.published ?? null, url: o.url ?? null })) {
        if (stop.stopped) break;
        if (!item.ok) {
          s.read++;
          s.rejected.push(splitWarning(item.error, f));
          continue;
        }
        const a = item.article;
        if (!a.body.trim()) {
          s.read++;
          s.rejected.push({ where: item.where, reason: `article "${a.title.slice(0, 60)}" has no body text` });
          continue;
        }
        const line = JSON.stringify({
          title: a.title || undefined, text: a.body, captions: a.captions.length ? a.captions : undefined,
          url: a.url ?? undefined, published: a.published ?? undefined, published_source: a.published ? a.publishedSource : undefined,
        });
        batch.push({ line, where: item.where });
        size += line.length;
        if (batch.length >= BATCH_ARTICLES || size >= BATCH_BYTES) await flush();
      }
    } catch (e) {
      fileError(e, f, s);
    }
  }
  await flush();
}

class Interrupted extends Error {}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse inputs and store them in the database (idempotent: an article is stored once); '
      + 'on an embedded database held by a running `serve`, the articles are sent to that server')
    .argument('[files...]', 'input files (gzip allowed); - or nothing for stdin')
    .option('--db <url>', 'PGlite folder or postgres:// URL (default $NEWSGRAPH_DATABASE_URL or ./.newsgraph/db)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article')
    .option('--url <url>', 'the page address, for HTML input')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .option('--workers <n>', 'analysis threads (default: one beside the storing thread on an embedded database, one per core on PostgreSQL)')
    .option('--token <token>', 'bearer token of the running server, when it has one (default $NEWSGRAPH_TOKEN)')
    .option('--strict', 'stop at the first bad record, before anything is stored (exit 1)')
    .option('--article-budget <seconds>', 'longest one article may take to analyse; past it the article is rejected and the rest go on (0 = no budget)', '60')
    .action((files: string[], o: IngestCliOptions) => ingestCommand(files, o));
}
