// The library entry point: any news input → the SPEC's analysis.
import { readArticles, stringSource, fileSource, stdinSource, InputError, type ReadOptions } from './ingest/index.js';
import { runPipeline } from './pipeline.js';
import { toArticle } from './output.js';
import type { Analysis, ArticleOut } from './types.js';
import type { TextSource } from './ingest/stream.js';

export interface AnalyzeOptions extends ReadOptions {
  /** A name for the input in messages. */
  name?: string;
  /** Called for each bad record that was skipped (the rest of the batch goes on). */
  onWarning?: (message: string) => void;
}

/** Analyse one source article by article, in input order. */
export async function* analyzeSource(src: TextSource, opts: AnalyzeOptions = {}): AsyncGenerator<ArticleOut> {
  for await (const raw of readArticles(src, opts)) yield toArticle(runPipeline(raw));
}

/**
 * Analyse news text (a raw dump, HTML page, JSONL records or an RSS/Atom feed, detected by
 * content). Throws InputError on input that cannot be read at all.
 */
export async function analyze(input: string, opts: AnalyzeOptions = {}): Promise<Analysis> {
  const articles: ArticleOut[] = [];
  for await (const a of analyzeSource(stringSource(opts.name ?? 'input', input), opts)) articles.push(a);
  return { articles };
}

/** Analyse a file (gzip allowed) or '-' for stdin. */
export async function analyzeFile(path: string, opts: AnalyzeOptions = {}): Promise<Analysis> {
  const src = path === '-' ? await stdinSource() : await fileSource(path);
  const articles: ArticleOut[] = [];
  for await (const a of analyzeSource(src, opts)) articles.push(a);
  return { articles };
}

export { InputError };
