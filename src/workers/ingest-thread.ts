// One thread of the API's ingest service (service.ts): reads a request body (any input format)
// and analyses its articles, posting one message per record, so that neither reading (a hostile
// page, a huge feed) nor analysis ever runs on the server's main thread.
import { parentPort } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import { readSource, stringSource, InputError } from '../ingest/index.js';
import type { IngestJob, IngestReply } from './service.js';

const port = parentPort;
if (!port) throw new Error('src/workers/ingest-thread.ts must run as a worker thread');

port.on('message', async (job: IngestJob) => {
  const send = (m: IngestReply) => port.postMessage(m);
  try {
    const it = readSource(stringSource(job.name, job.text), { published: job.published, url: job.url })[Symbol.asyncIterator]();
    for (let i = 0; ; i++) {
      // The service's clock knows whether a record is being read or analysed.
      if (i >= job.skip) send({ job: job.id, kind: 'reading', index: i });
      const r = await it.next();
      if (r.done) break;
      const item = r.value;
      if (i < job.skip) continue;
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
