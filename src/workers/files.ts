// Inputs → articles → analyses, on one thread or a pool, for `analyze` and `ingest`.
// One pool serves every input file, so threads (and their models) start once per command.
import { readArticles, fileSource, stdinSource, type ReadOptions } from '../ingest/index.js';
import type { TextSource } from '../ingest/stream.js';
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';
import { analyzeInPool, defaultWorkers } from './pool.js';

export interface FilesOptions extends ReadOptions {
  /** A bad record that was skipped (the rest of the batch goes on). */
  onWarning?: (message: string) => void;
  /** Add the token/tag/dependency layers to each article (`analyze --with-syntax`). */
  withSyntax?: boolean;
}

/** Every readable article of the inputs ('-' = stdin), in order. */
export async function* rawArticles(inputs: string[], opts: FilesOptions = {}): AsyncGenerator<RawArticle> {
  for (const f of inputs) {
    yield* readArticles(f === '-' ? await stdinSource() : await fileSource(f), opts);
  }
}

/**
 * The CLI's per-article guard: a time budget (ms; 0 = none) and where a rejected article goes.
 * With a budget, analysis always runs on pool threads (one for `--workers 1`): only a thread can
 * be stopped in the middle of an article.
 */
export interface ArticleGuard {
  budgetMs: number;
  onReject: (index: number, raw: RawArticle, reason: string) => void;
}

/** The CLI's default per-article time budget (`--article-budget`, seconds). */
export const DEFAULT_ARTICLE_BUDGET_S = 60;

/**
 * Articles → analyses with `workers` threads (1 = in this thread, no pool; the pipeline loads
 * only then). With a guard, an article that is over the budget or that the pipeline throws on is
 * rejected through it, and the others go on.
 */
export async function* analyzeRaws(raws: AsyncIterable<RawArticle>, workers: number, withSyntax = false, guard?: ArticleGuard): AsyncGenerator<ArticleOut> {
  if (workers <= 1 && !guard?.budgetMs) {
    const { runPipeline } = await import('../pipeline.js');
    const { toArticle } = await import('../output.js');
    let i = 0;
    for await (const raw of raws) {
      const index = i++;
      if (!guard) {
        yield toArticle(runPipeline(raw), { withSyntax });
        continue;
      }
      let out: ArticleOut;
      try {
        out = toArticle(runPipeline(raw), { withSyntax });
      } catch (e) {
        guard.onReject(index, raw, `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
        continue;
      }
      yield out;
    }
    return;
  }
  yield* analyzeInPool(raws, workers, { withSyntax, ...(guard ? { budgetMs: guard.budgetMs, onReject: guard.onReject } : {}) });
}

/** `--article-budget SECONDS` as given: a number ≥ 0 (0 = no budget), default DEFAULT_ARTICLE_BUDGET_S; in ms. */
export function parseArticleBudget(v: string | number | undefined): number {
  if (v === undefined) return DEFAULT_ARTICLE_BUDGET_S * 1000;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 86_400 || String(v).trim() === '') throw new RangeError(`--article-budget must be a number of seconds from 0 (no budget) to 86400, not ${v}`);
  return Math.round(n * 1000);
}

/**
 * Analyse the inputs with `workers` threads (1 = in this thread, no pool), yielding articles in
 * input order. The in-thread path loads the pipeline only when it is used.
 */
export function analyzeFiles(inputs: string[], opts: FilesOptions = {}, workers = defaultWorkers()): AsyncGenerator<ArticleOut> {
  return analyzeRaws(rawArticles(inputs, opts), workers, opts.withSyntax === true);
}

/**
 * Drop-in for analyzeSource (src/analyze.ts) with a thread pool: the same articles, in the same
 * order, with bad records reported through onWarning. For `ingest --workers`.
 */
export function analyzeSourceInPool(src: TextSource, opts: FilesOptions = {}, workers = defaultWorkers()): AsyncGenerator<ArticleOut> {
  return analyzeRaws(readArticles(src, opts), workers);
}

/** `--workers N` as given on a command line: a whole number ≥ 1, or undefined for the default. */
export function parseWorkers(v: string | number | undefined): number {
  if (v === undefined) return defaultWorkers();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError(`--workers must be a whole number from 1 to 256, not ${v}`);
  return n;
}
