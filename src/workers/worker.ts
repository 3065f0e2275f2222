// One pool thread: loads the pipeline (and so its models) once, then analyses articles as they come.
// A ModelsMessage before the first task hands it models the pool loaded once in shared memory
// (src/parse/shared.ts), which it uses instead of reading the files again.
import { parentPort, workerData } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import { useSharedParseModel } from '../parse/parser.js';
import type { ToThread, ResultMessage } from './protocol.js';

const until: string | undefined = (workerData as { until?: string } | null)?.until;
const withSyntax = (workerData as { withSyntax?: boolean } | null)?.withSyntax === true;
const port = parentPort;
if (!port) throw new Error('src/workers/worker.ts must run as a worker thread');

port.on('message', (m: ToThread) => {
  if ('models' in m) {
    if (m.models.parse) useSharedParseModel(m.models.parse);
    return;
  }
  let reply: ResultMessage;
  try {
    reply = { seq: m.seq, ok: true, article: toArticle(runPipeline(m.raw, until === 'none' ? { stages: [] } : { until }), { withSyntax }) };
  } catch (e) {
    const err = e as Error;
    reply = { seq: m.seq, ok: false, error: err?.stack ?? String(e) };
  }
  port.postMessage(reply);
});
