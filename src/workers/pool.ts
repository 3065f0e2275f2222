// Parallel analysis on one machine: a pool of worker threads, each running the whole pipeline.
//
// Why this shape:
// - Threads are started lazily (a one-article input starts one thread), and each loads the models
//   once, at its first import of the pipeline.
// - Output is in input order: results are held in a reorder buffer until their turn comes.
// - Memory is bounded whatever the input size: the pool stops pulling input when `depth` articles
//   are in flight or waiting in the reorder buffer (backpressure reaches the file reader, which
//   is itself a stream), so a 2 GB JSONL file streams through in constant memory.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';
import type { ResultMessage, TaskMessage } from './protocol.js';

export interface PoolOptions {
  /** Threads; default one per core. */
  workers?: number;
  /** Most articles in flight plus waiting for their turn; default 4 per thread. */
  depth?: number;
  /** Run the pipeline only up to this stage; 'none' runs no stage (benchmarks of reading and transfer). */
  until?: string;
  /** Add the token/tag/dependency layers to each article (`analyze --with-syntax`). */
  withSyntax?: boolean;
  /**
   * Young-generation size of each thread's heap, MB (default 96, i.e. 32 MB semi-spaces). An
   * article allocates a few MB that die when it is done; with V8's default 16 MB semi-spaces a
   * thread scavenges every few articles and copies the live article each time. Bigger semi-spaces
   * cut the GC work by about a tenth (measured in steady state), and GC threads are what
   * threads on the other cores compete for.
   */
  youngGenerationMb?: number;
}

/** An article the pipeline threw on; the message carries the thread's stack. */
export class AnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}

/**
 * One analysis thread (src/workers/worker.ts): it loads the pipeline once and answers each
 * TaskMessage with a ResultMessage, in order. Shared by the pool and the queue worker.
 */
export function spawnAnalysisThread(opts: Pick<PoolOptions, 'until' | 'youngGenerationMb' | 'withSyntax'> = {}): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { until: opts.until, withSyntax: opts.withSyntax === true },
    resourceLimits: { maxYoungGenerationSizeMb: opts.youngGenerationMb ?? 96 },
  });
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Articles per thread sent ahead, so a thread never idles waiting for the next message. */
const AHEAD = 2;

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Analyse articles in a pool of worker threads; yields the SPEC's article JSON in input order.
 * Stopping early (break) or an error ends every thread.
 */
export async function* analyzeInPool(
  articles: AsyncIterable<RawArticle> | Iterable<RawArticle>,
  workers: number = defaultWorkers(),
  opts: Omit<PoolOptions, 'workers'> = {},
): AsyncGenerator<ArticleOut> {
  const n = Math.max(1, Math.floor(workers));
  const depth = Math.max(n * AHEAD, opts.depth ?? n * 4);
  const it = (Symbol.asyncIterator in articles
    ? (articles as AsyncIterable<RawArticle>)[Symbol.asyncIterator]()
    : (articles as Iterable<RawArticle>)[Symbol.iterator]()) as AsyncIterator<RawArticle> | Iterator<RawArticle>;
  const slots: Slot[] = [];
  const results = new Map<number, ResultMessage>();
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let closing = false;

  const spawn = (): Slot => {
    const worker = spawnAnalysisThread(opts);
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (m: ResultMessage) => {
      slot.busy--;
      results.set(m.seq, m);
      poke();
    });
    worker.on('error', (e) => {
      fatal ??= new AnalysisError(`analysis thread failed: ${e.message}`);
      poke();
    });
    worker.on('exit', (code) => {
      if (!closing) fatal ??= new AnalysisError(`analysis thread exited unexpectedly (code ${code})`);
      poke();
    });
    slots.push(slot);
    return slot;
  };
  const hasCapacity = () => slots.length < n || slots.some((s) => s.busy < AHEAD);
  // An idle thread first; then a new one (up to n); then the least busy.
  const pick = (): Slot => {
    let best: Slot | null = null;
    for (const s of slots) if (!best || s.busy < best.busy) best = s;
    if (best && best.busy === 0) return best;
    if (slots.length < n) return spawn();
    return best!;
  };

  let seqIn = 0;
  let seqOut = 0;
  let inputDone = false;
  try {
    for (;;) {
      if (fatal) throw fatal;
      // Feed threads while the window allows.
      while (!inputDone && seqIn - seqOut < depth) {
        if (!hasCapacity()) break;
        const r = await it.next();
        if (r.done) {
          inputDone = true;
          break;
        }
        const slot = pick();
        const msg: TaskMessage = { seq: seqIn++, raw: r.value };
        slot.busy++;
        slot.worker.postMessage(msg);
      }
      if (fatal) throw fatal;
      const ready = results.get(seqOut);
      if (ready) {
        results.delete(seqOut);
        seqOut++;
        if (!ready.ok) throw new AnalysisError(`article ${ready.seq + 1}: analysis failed: ${ready.error.split('\n')[0]}`);
        yield ready.article;
        continue;
      }
      if (inputDone && seqOut === seqIn) return;
      await new Promise<void>((res) => {
        wake = res;
        // A result may have landed while we were pulling input.
        if (results.has(seqOut) || fatal) poke();
      });
    }
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    if (!inputDone) await it.return?.();
  }
}
