import { analyzeRaws, parseWorkers } from '../workers/files.js';
import { existsSync, statSync } from 'node:fs';
import { readArticles, stdinSource } from '../ingest/index.js';
import type { RawArticle } from '../doc/index.js';
import { countedFileSource } from './ingest.js';
import { Progress } from './progress.js';
import { fail, warn, UsageError } from './errors.js';
import { dayFlag, urlFlag } from './flags.js';
import type { ArticleOut } from '../types.js';
import { formatDiagnostic } from '../output.js';

export interface AnalyzeCliOptions { published?: string; format: string; url?: string; workers?: string; quiet?: boolean; withSyntax?: boolean }

/**
 * `--format jsonl` streams one article per line as it is analysed (flat memory on any input);
 * `--format json` collects the articles and prints one document only when every input was read,
 * so a failure never leaves half a JSON document on stdout.
 */
export async function analyzeCommand(files: string[], o: AnalyzeCliOptions): Promise<void> {
  if (o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not ${o.format}`);
  const published = dayFlag('--published', o.published);
  const url = urlFlag('--url', o.url);
  const inputs = files.length ? files : ['-'];
  let workers: number;
  try {
    workers = parseWorkers(o.workers);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const collected: ArticleOut[] = [];
  let count = 0;
  let warnings = 0;
  // Progress on stderr only: stdout is the analysis. Plain lines (not a terminal) come every 60 s,
  // so a short run writes nothing there but its warnings.
  const sizes = inputs.map((f) => (f !== '-' && existsSync(f) && statSync(f).isFile() ? statSync(f).size : null));
  const total = sizes.every((x) => x !== null) ? sizes.reduce((a, b) => a! + b!, 0)! : null;
  let bytes = 0;
  const bar = new Progress({ label: 'analyze', total, totalUnit: 'bytes', quiet: o.quiet, everyMs: 60_000, startLine: null });
  const readOpts = { published, url, onWarning: (m: string) => { warnings++; warn(m); } };
  let readN = 0; // articles read: the input is read ahead of the analysis
  async function* raws(): AsyncGenerator<RawArticle> {
    for (const f of inputs) {
      for await (const r of readArticles(f === '-' ? await stdinSource() : await countedFileSource(f, (n) => (bytes += n)), readOpts)) {
        readN++;
        yield r;
      }
    }
  }
  // --workers N: a pool of N threads (default one per core); 1 analyses in this thread.
  try {
    for await (const a of analyzeRaws(raws(), workers, o.withSyntax === true)) {
      count++;
      bar.tick({ count, value: readN ? bytes * Math.min(1, count / readN) : bytes });
      // What the stages found wrong goes to stderr as well as into the JSON ('info' stays in the JSON).
      for (const d of a.diagnostics ?? []) if (d.severity !== 'info') process.stderr.write(`newsgraph: ${d.severity}: article ${count}${a.title ? ` (${JSON.stringify(a.title.slice(0, 50))})` : ''}: ${formatDiagnostic(d)}\n`);
      // Waiting for stdout to drain keeps memory flat when the reader of the pipe is slower than us.
      if (o.format === 'jsonl') { if (!process.stdout.write(JSON.stringify(a) + '\n')) await writeOut(''); }
      else collected.push(a);
    }
  } finally {
    bar.stop(null);
  }
  if (count === 0) fail(warnings ? 'no readable article in the input' : 'no article found in the input');
  if (o.format === 'json') await writeOut(JSON.stringify({ articles: collected }, null, 2) + '\n');
}

export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
