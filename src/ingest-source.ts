// Analyse a source article by article (in the worker pool) and store each article in its own
// transaction: the one place where analysis and storage meet, above both. A summary for the
// CLI and the API. Bad records are rejected with their reason; the batch goes on.
import type { AnalyzeOptions } from './analyze.js';
import { analyzeRaws } from './workers/files.js';
import type { RawArticle } from './doc/index.js';
import type { TextSource } from './ingest/stream.js';
import type { Db } from './store/db.js';
import { storeArticle, type StoreResult } from './store/ingest.js';
import { analyzeInPool } from './workers/pool.js';
import { readSource } from './ingest/index.js';

export interface Rejected { where: string; reason: string }

/** Rejections kept by name in a summary; past this only the count grows (finding 4: 2M bad lines took 937 MB). */
export const MAX_REJECTED_KEPT = 1000;

/** The first MAX_REJECTED_KEPT rejections, and `total` of all of them. */
export class RejectedList extends Array<Rejected> {
  total = 0;
  static override get [Symbol.species]() {
    return Array;
  }
  override push(...items: Rejected[]): number {
    for (const r of items) {
      this.total++;
      if (this.length < MAX_REJECTED_KEPT) super.push(r);
    }
    return this.length;
  }
}

/** How many records a summary rejected (its list keeps only the first ones). */
export const rejectedCount = (s: { rejected: Rejected[] }): number => (s.rejected instanceof RejectedList ? s.rejected.total : s.rejected.length);
export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  rejected: Rejected[];
  articles: { id: string; title: string; status: StoreResult['status'] }[];
}

export function emptySummary(): IngestSummary {
  return { read: 0, stored: 0, duplicates: 0, rejected: new RejectedList(), articles: [] };
}

/** "file.jsonl:3: not valid JSON" → where "file.jsonl:3", reason "not valid JSON". */
export function splitWarning(message: string, fallback: string): Rejected {
  const m = /^(\S+?:\d+|\S+?#\d+|[^:]+?): (.*)$/s.exec(message);
  return m ? { where: m[1]!, reason: m[2]! } : { where: fallback, reason: message };
}

export interface IngestOptions extends AnalyzeOptions {
  /** Keep per-article results (the API returns them; the CLI does not need them). */
  keepArticles?: boolean;
  onArticle?: (r: StoreResult, s: IngestSummary) => void;
  /** Analyse in a pool of this many worker threads (1, the default, analyses in this thread). */
  workers?: number;
  /**
   * Analyse on this many threads of a pool even when it is 1 (analysis then overlaps storing),
   * with this young generation per thread (MB). Overrides `workers`.
   */
  poolThreads?: number;
  youngGenerationMb?: number;
  /** Called as each article is read from the input (ahead of its analysis), with the count so far. */
  onRead?: (n: number) => void;
  /**
   * Per-article time budget (ms; 0 or absent: none; the CLI gives one). An article over it, or
   * one the pipeline throws on, is a rejected record and the others go on; with a budget the
   * analysis runs on pool threads, which can be stopped.
   */
  articleBudgetMs?: number;
}

export async function ingestSource(db: Db, src: TextSource, opts: IngestOptions = {}, into = emptySummary()): Promise<IngestSummary> {
  const s = into;
  const onWarning = (m: string) => {
    s.read++;
    s.rejected.push(splitWarning(m, src.name));
    opts.onWarning?.(m);
  };
  let n = 0;
  let read = 0;
  // Where each article came from (file:line), until its analysis is out: a rejection names it.
  const whereOf = new Map<number, string>();
  let done = 0;
  async function* raws(): AsyncGenerator<RawArticle> {
    for await (const item of readSource(src, opts)) {
      if (!item.ok) {
        onWarning(item.error);
        continue;
      }
      whereOf.set(read, item.where);
      opts.onRead?.(++read);
      yield item.article;
    }
  }
  const budgetMs = opts.articleBudgetMs ?? 0;
  const onReject = (index: number, raw: RawArticle, reason: string) => {
    const where = whereOf.get(index) ?? `${src.name}#${index + 1}`;
    for (; done <= index; done++) whereOf.delete(done);
    n++;
    s.read++;
    s.rejected.push({ where, reason: `article${raw.title ? ` ${JSON.stringify(raw.title.slice(0, 60))}` : ''} rejected: ${reason}` });
    opts.onWarning?.(`${where}: ${reason}`);
  };
  const analysed = opts.poolThreads
    ? analyzeInPool(raws(), opts.poolThreads, { youngGenerationMb: opts.youngGenerationMb, ...(budgetMs ? { budgetMs, onReject } : {}) })
    : analyzeRaws(raws(), opts.workers ?? 1, false, budgetMs ? { budgetMs, onReject } : undefined);
  for await (const a of analysed) {
    whereOf.delete(done++);
    s.read++;
    n++;
    // The article id is a hash of the body: bodiless articles would all collide into one.
    if (!a.body.trim()) {
      s.rejected.push({ where: `${src.name}#${n}`, reason: `article "${a.title.slice(0, 60)}" has no body text` });
      continue;
    }
    const r = await storeArticle(db, a);
    if (r.status === 'stored') s.stored++;
    else s.duplicates++;
    if (opts.keepArticles) s.articles.push({ id: a.id, title: a.title, status: r.status });
    opts.onArticle?.(r, s);
  }
  return s;
}
