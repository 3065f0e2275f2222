// `newsgraph enqueue [FILE...|-] --db postgres://…`: one queue job per article, for `newsgraph worker`.
// Articles are read (and cleaned) here, analysed by the workers. Idempotent: an article already
// queued (same id, i.e. same normalised body) is not queued again.
import type { Command } from 'commander';
import { readSource, stdinSource, InputError } from '../ingest/index.js';
import { articleId } from '../doc/doc.js';
import { openDb, type Db } from '../store/db.js';
import { ensureQueue } from '../queue/schema.js';
import { enqueueJobs, type NewJob } from '../queue/jobs.js';
import { fail, warn, someRejected, UsageError } from './errors.js';
import { existsSync, statSync } from 'node:fs';
import { countedFileSource } from './ingest.js';
import { Progress } from './progress.js';
import { dayFlag, urlFlag } from './flags.js';

export interface EnqueueCliOptions { db?: string; published?: string; url?: string; quiet?: boolean; json?: boolean }

const BATCH = 500;

export async function enqueueCommand(files: string[], o: EnqueueCliOptions): Promise<void> {
  const published = dayFlag('--published', o.published);
  const url = urlFlag('--url', o.url);
  const inputs = files.length ? files : ['-'];
  const db: Db = await openDb(o.db);
  await ensureQueue(db);
  let read = 0;
  let queued = 0;
  let rejected = 0;
  let pending: NewJob[] = [];
  const sizes = inputs.map((f) => (f !== '-' && existsSync(f) && statSync(f).isFile() ? statSync(f).size : null));
  const total = sizes.every((x) => x !== null) ? sizes.reduce((a, b) => a! + b!, 0)! : null;
  let bytes = 0;
  const bar = new Progress({ label: 'enqueue', total, totalUnit: 'bytes', quiet: o.quiet || o.json, startLine: `${inputs.length} input${inputs.length === 1 ? '' : 's'}` });
  const flush = async () => {
    queued += await enqueueJobs(db, pending);
    pending = [];
    bar.tick({ count: read, value: bytes, detail: `${queued} queued, ${rejected} rejected` });
  };
  try {
    for (const f of inputs) {
      const src = f === '-' ? await stdinSource() : await countedFileSource(f, (n) => (bytes += n));
      for await (const item of readSource(src, { published, url })) {
        read++;
        if (read % 50 === 0) bar.tick({ count: read, value: bytes, detail: `${queued} queued, ${rejected} rejected` });
        if (!item.ok) {
          rejected++;
          warn(item.error);
          continue;
        }
        pending.push({ key: articleId(item.article.body), payload: item.article, source: item.where });
        if (pending.length >= BATCH) await flush();
      }
    }
    await flush();
  } catch (e) {
    // Jobs already queued stay queued (each batch is whole); the message says where reading stopped.
    if (e instanceof InputError) {
      await db.close();
      fail(`${e.message} (${queued} articles were queued before this)`);
    }
    throw e;
  } finally {
    bar.stop(`${read} read, ${queued} queued, ${rejected} rejected`);
    await db.close().catch(() => {});
  }
  const already = read - rejected - queued;
  if (o.json) process.stdout.write(JSON.stringify({ read, queued, already_queued: already, rejected }) + '\n');
  else process.stdout.write(`read ${read}, queued ${queued}, already queued ${already}, rejected ${rejected}\n`);
  if (read - rejected === 0) fail(rejected ? 'no readable article in the input' : 'no article found in the input');
  if (rejected) someRejected(rejected); // the one rule for bad records (README): exit 3
}

export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('put articles on the job queue in the database, one job per article, for `newsgraph worker`')
    .argument('[files...]', 'input files (gzip allowed); - or nothing for stdin')
    .option('--db <url>', 'postgres:// URL shared by the workers (default $NEWSGRAPH_DATABASE_URL)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article')
    .option('--url <url>', 'the page address, for HTML input')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .action((files: string[], o: EnqueueCliOptions) => enqueueCommand(files, o));
}
