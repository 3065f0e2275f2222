// One pool thread: loads the pipeline (and so its models) once, then analyses articles as they come.
// A ModelsMessage hands it models the pool loaded once in shared memory (src/parse/shared.ts),
// which it uses instead of reading the files again.
import { parentPort, workerData } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import { useSharedParseModel } from '../parse/parser.js';
import { preloadResources } from '../kb/resource.js';
import type { ToThread, ResultMessage, TaskMessage } from './protocol.js';

const data = workerData as { until?: string; withSyntax?: boolean; awaitModels?: boolean } | null;
const until: string | undefined = data?.until;
const withSyntax = data?.withSyntax === true;
const port = parentPort;
if (!port) throw new Error('src/workers/worker.ts must run as a worker thread');

// The pool sends the shared models after starting its threads (src/workers/pool.ts): until they
// come, tasks wait here, and the thread loads its own tables (the NER and syntax models, the
// gazetteer, the dictionaries), which every article of a whole-pipeline run needs anyway.
let waiting: TaskMessage[] | null = data?.awaitModels === true ? [] : null;
if (until === undefined) {
  try {
    preloadResources();
  } catch {
    // A table that cannot load fails the articles that need it, with its message, as before.
  }
}

port.on('message', (m: ToThread) => {
  if ('models' in m) {
    if (m.models.parse) useSharedParseModel(m.models.parse);
    const tasks = waiting;
    waiting = null;
    if (tasks) for (const t of tasks) analyse(t);
    return;
  }
  if (waiting) waiting.push(m);
  else analyse(m);
});

function analyse(m: TaskMessage): void {
  let reply: ResultMessage;
  try {
    reply = { seq: m.seq, ok: true, article: toArticle(runPipeline(m.raw, until === 'none' ? { stages: [] } : { until }), { withSyntax }) };
  } catch (e) {
    const err = e as Error;
    reply = { seq: m.seq, ok: false, error: err?.stack ?? String(e) };
  }
  port!.postMessage(reply);
}
