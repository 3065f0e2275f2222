import { analyzeSource } from '../analyze.js';
import { fileSource, stdinSource } from '../ingest/index.js';
import { fail, warn, UsageError } from './errors.js';
import type { ArticleOut } from '../types.js';

export interface AnalyzeCliOptions { published?: string; format: string; url?: string }

/**
 * `--format jsonl` streams one article per line as it is analysed (flat memory on any input);
 * `--format json` collects the articles and prints one document only when every input was read,
 * so a failure never leaves half a JSON document on stdout.
 */
export async function analyzeCommand(files: string[], o: AnalyzeCliOptions): Promise<void> {
  if (o.format !== 'json' && o.format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not ${o.format}`);
  if (o.published && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) throw new UsageError(`--published must be YYYY-MM-DD, not ${o.published}`);
  const inputs = files.length ? files : ['-'];
  const collected: ArticleOut[] = [];
  let count = 0;
  let warnings = 0;
  for (const f of inputs) {
    const src = f === '-' ? await stdinSource() : await fileSource(f);
    for await (const a of analyzeSource(src, { published: o.published ?? null, url: o.url ?? null, onWarning: (m) => { warnings++; warn(m); } })) {
      count++;
      if (o.format === 'jsonl') process.stdout.write(JSON.stringify(a) + '\n');
      else collected.push(a);
    }
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
