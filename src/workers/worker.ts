// One pool thread: loads the pipeline (and so its models) once, then analyses articles as they come.
import { parentPort, workerData } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import type { TaskMessage, ResultMessage } from './protocol.js';

const until: string | undefined = (workerData as { until?: string } | null)?.until;
const withSyntax = (workerData as { withSyntax?: boolean } | null)?.withSyntax === true;
const port = parentPort;
if (!port) throw new Error('src/workers/worker.ts must run as a worker thread');

port.on('message', (m: TaskMessage) => {
  let reply: ResultMessage;
  try {
    reply = { seq: m.seq, ok: true, article: toArticle(runPipeline(m.raw, until === 'none' ? { stages: [] } : { until }), { withSyntax }) };
  } catch (e) {
    const err = e as Error;
    reply = { seq: m.seq, ok: false, error: err?.stack ?? String(e) };
  }
  port.postMessage(reply);
});
