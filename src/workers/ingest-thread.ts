// One thread of the API's ingest service (service.ts): reads a request body (any input format)
// and analyses its articles, posting one message per record, so that neither reading (a hostile
// page, a huge feed) nor analysis ever runs on the server's main thread.
import { parentPort } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import { readSource, stringSource, detectFormat, InputError, type ReadItem } from '../ingest/index.js';
import { itemSpans } from '../ingest/feed.js';
import type { IngestJob, IngestReply } from './service.js';

const port = parentPort;
if (!port) throw new Error('src/workers/ingest-thread.ts must run as a worker thread');

/**
 * Most articles one body may hold. A body is read whole first, and one holding more is refused
 * before any analysis (at ~50 ms an article, 16,000 feed items would keep the thread for minutes,
 * past the request's time-out): clients send batches (`newsgraph ingest` sends 100 at a time).
 */
export const MAX_BODY_ARTICLES = 1000;

port.on('message', async (job: IngestJob) => {
  const send = (m: IngestReply) => port.postMessage(m);
  try {
    // The whole body is read first (the service's clock runs for it as one read).
    send({ job: job.id, kind: 'reading', index: job.skip });
    const tooMany = () => new InputError(`${job.name}: more than ${MAX_BODY_ARTICLES} articles in one body (post them in batches of at most ${MAX_BODY_ARTICLES}; newsgraph ingest does)`);
    // A feed's items are counted by one linear split before any is parsed.
    if (detectFormat(job.text.slice(0, 64 * 1024)) === 'feed' && itemSpans(job.text).spans.length > MAX_BODY_ARTICLES) throw tooMany();
    const items: ReadItem[] = [];
    let articles = 0;
    for await (const item of readSource(stringSource(job.name, job.text), { published: job.published, url: job.url })) {
      items.push(item);
      if (item.ok && ++articles > MAX_BODY_ARTICLES) throw tooMany();
    }
    for (let i = job.skip; i < items.length; i++) {
      const item = items[i]!;
      send({ job: job.id, kind: 'start', index: i });
      if (!item.ok) {
        send({ job: job.id, kind: 'item', index: i, item });
        continue;
      }
      try {
        send({ job: job.id, kind: 'item', index: i, item: { ok: true, article: toArticle(runPipeline(item.article)), where: item.where } });
      } catch (e) {
        send({ job: job.id, kind: 'item', index: i, item: { ok: false, error: `${item.where}: analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}`, where: item.where } });
      }
    }
    send({ job: job.id, kind: 'done' });
  } catch (e) {
    send({ job: job.id, kind: 'fatal', input: e instanceof InputError, message: String((e as Error)?.message ?? e).split('\n')[0]! });
  }
});
port.postMessage({ job: -1, kind: 'ready' } satisfies IngestReply);
