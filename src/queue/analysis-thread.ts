// The queue worker's analysis, on a thread of its own, so that the main thread stores one article
// (round trips to PostgreSQL, the commit) while the thread analyses the next. Measured before
// this: 35 ms per article in one worker process, of which 13.5 ms analysis and ~22 ms storage,
// one after the other.
import type { Worker } from 'node:worker_threads';
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';
import { AnalysisError, spawnAnalysisThread } from '../workers/pool.js';
import type { ResultMessage, TaskMessage } from '../workers/protocol.js';

interface Waiting {
  resolve: (a: ArticleOut) => void;
  reject: (e: Error) => void;
}

export class AnalysisThread {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly waiting = new Map<number, Waiting>();

  /**
   * Analyse one article; articles are analysed in the order of the calls. Rejects with an
   * AnalysisError when the pipeline throws on this article, or when the thread dies (then every
   * article waiting on it is rejected, and the next call starts a new thread).
   */
  analyse(raw: RawArticle): Promise<ArticleOut> {
    const w = this.worker ?? this.start();
    const seq = this.seq++;
    const p = new Promise<ArticleOut>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    const msg: TaskMessage = { seq, raw };
    w.postMessage(msg);
    // A caller may drop an analysis it no longer wants (a graceful stop gives its job back):
    // its rejection must not count as unhandled.
    p.catch(() => {});
    return p;
  }

  private start(): Worker {
    const w = spawnAnalysisThread();
    const failAll = (e: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      for (const p of this.waiting.values()) p.reject(e);
      this.waiting.clear();
    };
    w.on('message', (m: ResultMessage) => {
      const p = this.waiting.get(m.seq);
      if (!p) return;
      this.waiting.delete(m.seq);
      if (m.ok) p.resolve(m.article);
      else p.reject(new AnalysisError(m.error.split('\n')[0] ?? 'analysis failed'));
    });
    w.on('error', (e) => failAll(new AnalysisError(`analysis thread failed: ${e.message}`)));
    w.on('exit', (code) => failAll(new AnalysisError(`analysis thread exited (code ${code})`)));
    this.worker = w;
    return w;
  }

  /** End the thread (articles still waiting are rejected). */
  async close(): Promise<void> {
    const w = this.worker;
    if (!w) return;
    for (const p of this.waiting.values()) p.reject(new AnalysisError('analysis thread closed'));
    this.waiting.clear();
    this.worker = null;
    await w.terminate();
  }
}
