// One pool thread: loads the pipeline (and so its models) once, then analyses articles as they come.
// A ModelsMessage hands it models the pool loaded once in shared memory (the parse, NER and syntax
// models: src/parse/shared.ts, src/ml/shared.ts),
// which it uses instead of reading the files again.
import { parentPort, workerData } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';
import { useSharedParseModel } from '../parse/parser.js';
import { preloadResources } from '../kb/resource.js';
import { NER_RESOURCE, useSharedNerModel } from '../ner/tagger.js';
import { SYNTAX_RESOURCE, useSharedSyntaxModels } from '../syntax/tagger.js';
import type { ToThread, ResultMessage, TaskMessage } from './protocol.js';

const data = workerData as { until?: string; withSyntax?: boolean; awaitModels?: boolean } | null;
const until: string | undefined = data?.until;
const withSyntax = data?.withSyntax === true;
const port = parentPort;
if (!port) throw new Error('src/workers/worker.ts must run as a worker thread');

// The pool sends the shared models (parse, NER, syntax) after starting its threads
// (src/workers/pool.ts): until they come, tasks wait here, and the thread loads its own tables
// (the gazetteer, the dictionaries, the NER gazetteer trie), which every article of a
// whole-pipeline run needs anyway.
let waiting: TaskMessage[] | null = data?.awaitModels === true ? [] : null;
function preload(skip: readonly string[]): void {
  if (until !== undefined) return;
  try {
    preloadResources(skip);
  } catch {
    // A table that cannot load fails the articles that need it, with its message, as before.
  }
}
preload(waiting ? [NER_RESOURCE, SYNTAX_RESOURCE] : []);

port.on('message', (m: ToThread) => {
  if ('models' in m) {
    if (m.models.parse) useSharedParseModel(m.models.parse);
    if (m.models.ner) useSharedNerModel(m.models.ner);
    if (m.models.syntax) useSharedSyntaxModels(m.models.syntax.m);
    preload([]);
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
