// The API's ingest service: request bodies are read and analysed on worker threads, never on the
// server's main thread, so a slow or hostile body cannot delay other requests (issue 19, finding 3).
//
// - A fixed number of threads (default 1), started on first use and kept (the models load once).
// - A bounded queue: at most `maxQueued` bodies wait; past that `submit` throws ServiceBusy and
//   the API answers 503 with Retry-After. Waiting bodies are bounded in bytes as well.
// - A time budget per article: a thread that spends longer than `articleBudgetMs` on one record
//   (reading or analysing it) is terminated and replaced; that record is rejected with the reason
//   and the body goes on from the next record on the new thread.
import { Worker } from 'node:worker_threads';
import type { ArticleOut } from '../types.js';

export interface IngestJob { id: number; text: string; name: string; published: string | null; url: string | null; skip: number }
export type IngestItem = { ok: true; article: ArticleOut; where: string } | { ok: false; error: string; where: string };
export type IngestReply =
  | { job: number; kind: 'ready' }
  | { job: number; kind: 'reading'; index: number }
  | { job: number; kind: 'start'; index: number }
  | { job: number; kind: 'item'; index: number; item: IngestItem }
  | { job: number; kind: 'done' }
  | { job: number; kind: 'fatal'; input: boolean; message: string };

export class ServiceBusy extends Error {}
/** The body could not be read at all (empty, malformed feed …): the message is for the client. */
export class BodyError extends Error {}

export interface ServiceOptions {
  threads?: number;
  /** Bodies that may wait for a thread (default 8). */
  maxQueued?: number;
  /** Total characters of waiting bodies (default 64 M). */
  maxQueuedChars?: number;
  /** Longest one record may take on a thread, ms (default 20 s). */
  articleBudgetMs?: number;
}

interface Pending {
  job: Omit<IngestJob, 'id' | 'skip'>;
  items: IngestItem[];
  resolve: (items: IngestItem[]) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  current: (Pending & { id: number; skip: number; running: number; since: number; reading: boolean }) | null;
  timer: NodeJS.Timeout | null;
}

export class IngestService {
  readonly threads: number;
  readonly maxQueued: number;
  readonly maxQueuedChars: number;
  readonly articleBudgetMs: number;
  private pool: Thread[] = [];
  private queue: Pending[] = [];
  private queuedChars = 0;
  private nextId = 1;
  private closed = false;

  constructor(o: ServiceOptions = {}) {
    this.threads = Math.max(1, o.threads ?? 1);
    this.maxQueued = Math.max(0, o.maxQueued ?? 8);
    this.maxQueuedChars = o.maxQueuedChars ?? 64 * 1024 * 1024;
    this.articleBudgetMs = o.articleBudgetMs ?? 20_000;
  }

  /** Bodies being read or waiting. */
  stats(): { running: number; queued: number } {
    return { running: this.pool.filter((t) => t.current).length, queued: this.queue.length };
  }

  /** Read and analyse a body; resolves with one item per record, in order. */
  submit(text: string, o: { name?: string; published?: string | null; url?: string | null } = {}): Promise<IngestItem[]> {
    if (this.closed) return Promise.reject(new ServiceBusy('the server is closing'));
    const idle = this.pool.some((t) => !t.current) || this.pool.length < this.threads;
    if (!idle && (this.queue.length >= this.maxQueued || this.queuedChars + text.length > this.maxQueuedChars)) {
      return Promise.reject(new ServiceBusy(`${this.queue.length} bodies are already waiting to be analysed`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { text, name: o.name ?? 'body', published: o.published ?? null, url: o.url ?? null }, items: [], resolve, reject });
      this.queuedChars += text.length;
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ServiceBusy('the server is closing'));
    this.queuedChars = 0;
    await Promise.all(this.pool.splice(0).map((t) => {
      if (t.timer) clearTimeout(t.timer);
      t.current?.reject(new ServiceBusy('the server is closing'));
      return t.worker.terminate();
    }));
  }

  private spawn(): Thread {
    const worker = new Worker(new URL('./ingest-thread.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    worker.unref();
    const t: Thread = { worker, ready: false, current: null, timer: null };
    worker.on('message', (m: IngestReply) => this.onMessage(t, m));
    worker.on('error', (e) => this.onDeath(t, `analysis thread failed: ${e.message}`));
    worker.on('exit', () => this.onDeath(t, 'analysis thread exited'));
    this.pool.push(t);
    return t;
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length) {
      let t = this.pool.find((x) => !x.current);
      if (!t && this.pool.length < this.threads) t = this.spawn();
      if (!t) return;
      const p = this.queue.shift()!;
      this.queuedChars -= p.job.text.length;
      t.current = { ...p, id: this.nextId++, skip: 0, running: 0, since: Date.now(), reading: true };
      if (t.ready) this.send(t);
    }
  }

  private send(t: Thread): void {
    const c = t.current!;
    c.since = Date.now();
    c.running = c.skip;
    c.reading = true;
    t.worker.postMessage({ ...c.job, id: c.id, skip: c.skip } satisfies IngestJob);
    this.arm(t);
  }

  /** (Re)start the budget clock of the record the thread is on. */
  private arm(t: Thread): void {
    if (t.timer) clearTimeout(t.timer);
    t.timer = setTimeout(() => this.overBudget(t), this.articleBudgetMs);
    t.timer.unref();
  }

  private onMessage(t: Thread, m: IngestReply): void {
    if (m.kind === 'ready') {
      t.ready = true;
      if (t.current) this.send(t);
      return;
    }
    const c = t.current;
    if (!c || m.job !== c.id) return;
    if (m.kind === 'reading' || m.kind === 'start') {
      c.running = m.index;
      c.reading = m.kind === 'reading';
      this.arm(t);
    } else if (m.kind === 'item') {
      c.items.push(m.item);
      c.running = m.index + 1;
      this.arm(t);
    } else {
      if (t.timer) clearTimeout(t.timer);
      t.timer = null;
      t.current = null;
      if (m.kind === 'done') c.resolve(c.items);
      else c.reject(m.input ? new BodyError(m.message) : new Error(m.message));
      this.pump();
    }
  }

  /** A record took too long: it is rejected, the thread replaced, the body resumed after it. */
  private overBudget(t: Thread): void {
    const c = t.current;
    if (!c || this.closed) return;
    const secs = Math.round(this.articleBudgetMs / 100) / 10;
    const where = `${c.job.name}#${c.running + 1}`;
    t.current = null;
    this.replace(t);
    if (c.reading) {
      // Reading is what takes too long (a page, a feed is read whole): reading again would too.
      c.items.push({ ok: false, where, error: `${where}: reading the body took longer than ${secs} s (the time budget); the rest of it was not read` });
      c.resolve(c.items);
      this.pump();
      return;
    }
    c.items.push({ ok: false, where, error: `${where}: took longer than ${secs} s to read and analyse (the per-article time budget)` });
    // A fresh thread goes on with the records after it.
    const fresh = this.spawn();
    fresh.current = { ...c, skip: c.running + 1 };
  }

  private replace(t: Thread): void {
    if (t.timer) clearTimeout(t.timer);
    t.timer = null;
    this.pool = this.pool.filter((x) => x !== t);
    t.worker.removeAllListeners('exit');
    t.worker.removeAllListeners('error');
    t.worker.on('error', () => {});
    void t.worker.terminate();
  }

  private onDeath(t: Thread, why: string): void {
    if (!this.pool.includes(t)) return;
    const c = t.current;
    t.current = null;
    this.replace(t);
    if (this.closed) return;
    c?.reject(new Error(why));
    this.pump();
  }
}
