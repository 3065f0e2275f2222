import { analyzeRaws, parseArticleBudget, parseWorkers } from '../workers/files.js';
import { existsSync, statSync } from 'node:fs';
import { readSource, stdinSource } from '../ingest/index.js';
import type { RawArticle } from '../doc/index.js';
import { countedFileSource } from './ingest.js';
import { Progress } from './progress.js';
import { fail, warn, someRejected, UsageError } from './errors.js';
import { InputError } from '../ingest/types.js';
import { strictCheck } from './strict.js';
import { dayFlag, urlFlag } from './flags.js';
import { formatDiagnostic } from '../output.js';

export interface AnalyzeCliOptions { published?: string; format: string; url?: string; workers?: string; quiet?: boolean; withSyntax?: boolean; strict?: boolean; articleBudget?: string }

/**
 * Both formats stream (flat memory on any input): `--format jsonl` one article per line,
 * `--format json` the same document `JSON.stringify({ articles }, null, 2)` would give, written
 * article by article (a 200 MB dump no longer collects gigabytes first). The document is opened
 * only when its first article is ready, so an input with no article prints nothing.
 *
 * Bad records (README "Bad records"): each is named on stderr and skipped; an input that cannot
 * be read at all is one rejected record; the run exits 3 when some were rejected, 1 when nothing
 * was readable. `--strict` reads every input first and stops (exit 1, nothing written) at the
 * first bad record.
 */
export async function analyzeCommand(files: string[], o: AnalyzeCliOptions): Promise<void> {
  if (o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not ${o.format}`);
  const published = dayFlag('--published', o.published);
  const url = urlFlag('--url', o.url);
  let inputs = files.length ? files : ['-'];
  let workers: number;
  let budgetMs: number;
  try {
    workers = parseWorkers(o.workers);
    budgetMs = parseArticleBudget(o.articleBudget);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let count = 0;
  let warnings = 0;
  let firstWarning: string | null = null;
  let cleanup = () => {};
  if (o.strict) ({ inputs, cleanup } = await strictCheck(inputs, { published, url }));
  // Progress on stderr only: stdout is the analysis. Plain lines (not a terminal) come every 60 s,
  // so a short run writes nothing there but its warnings.
  const sizes = inputs.map((f) => (f !== '-' && existsSync(f) && statSync(f).isFile() ? statSync(f).size : null));
  const total = sizes.every((x) => x !== null) ? sizes.reduce((a, b) => a! + b!, 0)! : null;
  let bytes = 0;
  const bar = new Progress({ label: 'analyze', total, totalUnit: 'bytes', quiet: o.quiet, everyMs: 60_000, startLine: null });
  // Warnings wait until the first article is out: when no article is readable at all, the run
  // ends with one line (the reason), not the reason twice.
  const pending: string[] = [];
  const onWarning = (m: string) => {
    warnings++;
    firstWarning ??= m;
    if (count > 0) warn(m);
    else if (pending.length < 100) pending.push(m);
  };
  const flushWarnings = () => { for (const m of pending.splice(0)) warn(m); };
  const readOpts = { published, url, onWarning };
  let readN = 0; // articles read: the input is read ahead of the analysis
  // Where each article read so far came from (file:line), until its analysis is out: a rejected
  // article is named by it.
  const whereOf = new Map<number, string>();
  async function* raws(): AsyncGenerator<RawArticle> {
    for (const f of inputs) {
      try {
        for await (const item of readSource(f === '-' ? await stdinSource() : await countedFileSource(f, (n) => (bytes += n)), readOpts)) {
          if (!item.ok) {
            onWarning(item.error);
            continue;
          }
          whereOf.set(readN++, item.where);
          yield item.article;
        }
      } catch (e) {
        // An input that cannot be read (any more) is one rejected record; the other inputs go on.
        if (!(e instanceof InputError)) throw e;
        onWarning(e.message);
      }
    }
  }
  let opened = false;
  let done = 0; // articles analysed or rejected, in input order
  // Per-article guard: an article over the time budget (or that the pipeline throws on) is a
  // rejected record, named by file:line and title; the others go on (exit 3 at the end).
  const guard = {
    budgetMs,
    onReject: (index: number, raw: RawArticle, reason: string) => {
      const where = whereOf.get(index) ?? `article ${index + 1}`;
      for (; done <= index; done++) whereOf.delete(done);
      onWarning(`${where}: article${raw.title ? ` ${JSON.stringify(raw.title.slice(0, 60))}` : ''} rejected: ${reason}`);
    },
  };
  // --workers N: a pool of N threads (default one per core); with --workers 1 one thread (the
  // budget can stop a thread, not this one), or this thread with --article-budget 0.
  try {
    for await (const a of analyzeRaws(raws(), workers, o.withSyntax === true, guard)) {
      whereOf.delete(done++);
      if (count === 0) flushWarnings();
      count++;
      bar.tick({ count, value: readN ? bytes * Math.min(1, count / readN) : bytes });
      // What the stages found wrong goes to stderr as well as into the JSON ('info' stays in the JSON).
      for (const d of a.diagnostics ?? []) if (d.severity !== 'info') process.stderr.write(`newsgraph: ${d.severity}: article ${count}${a.title ? ` (${JSON.stringify(a.title.slice(0, 50))})` : ''}: ${formatDiagnostic(d)}\n`);
      // Waiting for stdout to drain keeps memory flat when the reader of the pipe is slower than us.
      let out: string;
      if (o.format === 'jsonl') out = JSON.stringify(a) + '\n';
      else {
        out = (opened ? ',\n' : '{\n  "articles": [\n') + '    ' + JSON.stringify(a, null, 2).replace(/\n/g, '\n    ');
        opened = true;
      }
      if (!process.stdout.write(out)) await writeOut('');
    }
  } finally {
    bar.stop(null);
    cleanup();
  }
  if (count === 0) {
    if (warnings <= 1) fail(firstWarning ?? 'no article found in the input');
    flushWarnings();
    fail(`no readable article in the input (${warnings} records rejected)`);
  }
  if (o.format === 'json') await writeOut('\n  ]\n}\n');
  if (warnings) someRejected(warnings);
}

export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
