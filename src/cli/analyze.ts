import { analyzeFiles, parseWorkers } from '../workers/files.js';
import { fail, warn, UsageError } from './errors.js';
import type { ArticleOut } from '../types.js';

export interface AnalyzeCliOptions { published?: string; format: string; url?: string; workers?: string; withSyntax?: boolean }

/**
 * `--format jsonl` streams one article per line as it is analysed (flat memory on any input);
 * `--format json` collects the articles and prints one document only when every input was read,
 * so a failure never leaves half a JSON document on stdout.
 */
export async function analyzeCommand(files: string[], o: AnalyzeCliOptions): Promise<void> {
  if (o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not ${o.format}`);
  if (o.published && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) throw new UsageError(`--published must be YYYY-MM-DD, not ${o.published}`);
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
  // --workers N: a pool of N threads (default one per core); 1 analyses in this thread.
  for await (const a of analyzeFiles(inputs, { published: o.published ?? null, url: o.url ?? null, onWarning: (m) => { warnings++; warn(m); }, withSyntax: o.withSyntax === true }, workers)) {
    count++;
    // Waiting for stdout to drain keeps memory flat when the reader of the pipe is slower than us.
    if (o.format === 'jsonl') { if (!process.stdout.write(JSON.stringify(a) + '\n')) await writeOut(''); }
    else collected.push(a);
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
