// Parallel analysis on one machine: a pool of worker threads, each running the whole pipeline.
//
// Why this shape:
// - Threads are started lazily, and a thread is started only when the input is big enough to pay
//   for it (the rule below). Each thread loads the pipeline once; the parse, NER and syntax
//   models, the largest tables to load, are loaded once by the pool and shared with every thread
//   (src/parse/shared.ts, src/ml/shared.ts).
// - Output is in input order: results are held in a reorder buffer until their turn comes.
// - Memory is bounded whatever the input size: the pool stops pulling input when `depth` articles
//   are in flight or waiting in the reorder buffer (backpressure reaches the file reader, which
//   is itself a stream), so a 2 GB JSONL file streams through in constant memory.
//
// The rule for starting threads: thread k + 1 starts only when the input holds more than
// k × articlesPerThread articles (default ARTICLES_PER_THREAD = 200); the pool reads ahead at most
// that many articles to find out. A new thread costs a core's worth of start-up before it pays:
// its own module and table loading (the parse, NER and syntax models are shared: a thread's boot
// and first article take 1.2–1.6 CPU s at load 5, bench/thread-start.mjs, against 1.5–1.9 s when
// it loaded NER and syntax itself) and V8 compiling the pipeline's hot code again in that thread
// (several seconds of optimising-compiler work over its first few hundred articles, which on a
// 2-core machine runs on the core the other thread needs). Measured with
// bench/cold-start.mjs (BENCHMARKS.md, "Workers"): a second thread lost time on a few dozen
// articles and gained from a few hundred.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';
import type { ModelsMessage, ResultMessage, TaskMessage } from './protocol.js';
import { sharedParseModel } from '../parse/parser.js';
import { shareNerModel } from '../ner/tagger.js';
import { shareSyntaxModels } from '../syntax/tagger.js';

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
  /** Thread k + 1 starts only when the input holds more than k × this many articles (default 200). */
  articlesPerThread?: number;
  /** Called with the number of threads each time the pool starts one (tests, diagnostics). */
  onThreadStart?: (threads: number) => void;
  /**
   * The per-article time budget (ms; 0 or absent: none). A thread that spends longer on one
   * article is terminated and replaced; the article is rejected through onReject and the others
   * go on (issue 19: "a time budget per article, the article rejected and reported, never the
   * process stalled"). A new thread's first article gets STARTUP_GRACE_MS more (loading models).
   */
  budgetMs?: number;
  /**
   * An article that was not analysed (over the budget, or the pipeline threw on it), by its
   * 0-based position in the input: reported here and left out, instead of failing the whole run.
   */
  onReject?: (index: number, raw: RawArticle, reason: string) => void;
}

/** What a new thread's first article may take beyond the budget: the thread loads its models first. */
export const STARTUP_GRACE_MS = 30_000;

/** See the rule at the top of this file. */
export const ARTICLES_PER_THREAD = 200;

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
export function spawnAnalysisThread(opts: Pick<PoolOptions, 'until' | 'youngGenerationMb' | 'withSyntax'> & { awaitModels?: boolean } = {}): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { until: opts.until, withSyntax: opts.withSyntax === true, awaitModels: opts.awaitModels === true },
    resourceLimits: { maxYoungGenerationSizeMb: opts.youngGenerationMb ?? 96 },
  });
}

let sharedCache: ModelsMessage['models'] | null = null;
/**
 * The models every thread needs, loaded once in this thread into shared memory: the parse, NER
 * and syntax models' tables. A model that fails to load here is left to each thread (which then
 * fails the articles that need it with its own message, as without sharing).
 */
function sharedModels(): ModelsMessage['models'] {
  if (sharedCache) return sharedCache;
  const tryLoad = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  sharedCache = {
    parse: sharedParseModel(),
    ner: tryLoad(shareNerModel),
    syntax: tryLoad(() => ({ m: shareSyntaxModels() })),
  };
  return sharedCache;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Articles per thread sent ahead, so a thread never idles waiting for the next message. */
const AHEAD = 2;

interface Slot {
  worker: Worker;
  busy: number;
  /** Tasks sent and not answered, in order (the thread works on the first). */
  sent: TaskMessage[];
  timer: NodeJS.Timeout | null;
  /** No answer yet: the first article's clock includes loading the models. */
  fresh: boolean;
  /** Terminated by the pool (over budget): its exit is not a failure. */
  retired: boolean;
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
  /** With onReject: each article until its result is out (a rejection names it). */
  const rawOf = new Map<number, RawArticle>();
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let closing = false;

  // Models loaded once by the pool and shared with its threads, when it may start more than one.
  // The threads are started first and the models loaded after (shareModels, below): a thread
  // boots (imports, its other tables) while this thread loads, and holds its tasks until the
  // models come. Loading before starting a thread kept the second thread waiting for it.
  const sharing = n > 1;
  let models: ModelsMessage | null = null;
  const shareModels = (): void => {
    if (!sharing || models || !slots.length) return;
    models = { models: sharedModels() };
    for (const s of slots) s.worker.postMessage(models);
  };
  const spawn = (): Slot => {
    const worker = spawnAnalysisThread({ ...opts, awaitModels: sharing });
    // (A thread started later — a replacement for one over budget — gets the shared models at once.)
    if (models) worker.postMessage(models);
    const slot: Slot = { worker, busy: 0, sent: [], timer: null, fresh: true, retired: false };
    worker.on('message', (m: ResultMessage) => {
      if (slot.retired) return;
      slot.busy--;
      slot.sent.shift();
      slot.fresh = false;
      arm(slot);
      results.set(m.seq, m);
      poke();
    });
    worker.on('error', (e) => {
      if (slot.retired) return;
      fatal ??= new AnalysisError(`analysis thread failed: ${e.message}`);
      poke();
    });
    worker.on('exit', (code) => {
      if (!closing && !slot.retired) fatal ??= new AnalysisError(`analysis thread exited unexpectedly (code ${code})`);
      poke();
    });
    slots.push(slot);
    opts.onThreadStart?.(slots.length);
    return slot;
  };

  // The per-article budget: the clock runs for the task a thread is on (the first one sent).
  const budget = opts.budgetMs && opts.budgetMs > 0 ? opts.budgetMs : 0;
  const send = (slot: Slot, msg: TaskMessage) => {
    slot.busy++;
    slot.sent.push(msg);
    if (opts.onReject) rawOf.set(msg.seq, msg.raw);
    slot.worker.postMessage(msg);
    if (slot.sent.length === 1) arm(slot);
  };
  function arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!budget || !slot.sent.length || closing) return;
    slot.timer = setTimeout(() => overBudget(slot), budget + (slot.fresh ? STARTUP_GRACE_MS : 0));
  }
  /** The thread's current article took too long: reject it, replace the thread, resend the rest. */
  function overBudget(slot: Slot): void {
    if (closing || slot.retired) return;
    slot.retired = true;
    slot.timer = null;
    const [late, ...rest] = slot.sent;
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const secs = Math.round(budget / 100) / 10;
    results.set(late!.seq, { seq: late!.seq, ok: false, error: `took longer than ${secs} s to analyse (the per-article time budget)`, budget: true } as ResultMessage);
    const fresh = spawn();
    for (const m of rest) send(fresh, m);
    poke();
  }

  // Read-ahead: articles taken from the input but not yet sent, to learn the input's size.
  const perThread = Math.max(0, opts.articlesPerThread ?? ARTICLES_PER_THREAD);
  const ahead: RawArticle[] = [];
  let ended = false;
  const pull = async (): Promise<void> => {
    const r = await it.next();
    if (r.done) ended = true;
    else ahead.push(r.value);
  };
  let seqIn = 0;
  let seqOut = 0;
  let inputDone = false;
  /** May one more thread start? (the input holds more than slots.length × perThread articles) */
  const mayGrow = async (): Promise<boolean> => {
    if (slots.length >= n) return false;
    if (slots.length === 0) return true;
    const need = slots.length * perThread + 1;
    while (!ended && seqIn + ahead.length < need) await pull();
    return seqIn + ahead.length >= need;
  };
  // An idle thread first; then a new one (if allowed); then the least busy.
  const pick = (grow: boolean): Slot => {
    let best: Slot | null = null;
    for (const s of slots) if (!best || s.busy < best.busy) best = s;
    if (best && best.busy === 0) return best;
    if (grow) return spawn();
    return best!;
  };

  try {
    for (;;) {
      if (fatal) throw fatal;
      // Feed threads while the window allows.
      while (!inputDone && seqIn - seqOut < depth) {
        const grow = await mayGrow();
        if (!grow && !slots.some((s) => s.busy < AHEAD)) break;
        if (!ahead.length && !ended) await pull();
        if (!ahead.length) {
          inputDone = true;
          break;
        }
        const raw = ahead.shift()!;
        const slot = pick(grow);
        const msg: TaskMessage = { seq: seqIn++, raw };
        send(slot, msg);
      }
      shareModels();
      if (fatal) throw fatal;
      const ready = results.get(seqOut);
      if (ready) {
        results.delete(seqOut);
        seqOut++;
        if (!ready.ok) {
          const budgetHit = (ready as { budget?: boolean }).budget === true;
          const reason = budgetHit ? ready.error : `analysis failed: ${ready.error.split('\n')[0]}`;
          if (!opts.onReject) throw new AnalysisError(`article ${ready.seq + 1}: ${reason}`);
          opts.onReject(ready.seq, rawOf.get(ready.seq)!, reason);
          rawOf.delete(ready.seq);
          continue;
        }
        rawOf.delete(ready.seq);
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
    for (const s of slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    if (!inputDone) await it.return?.();
  }
}
