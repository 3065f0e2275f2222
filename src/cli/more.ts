// Commands that live in their own modules as they are built (ner, ingest, serve, export, demo).
import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerExport } from './export.js';
import { registerDemo } from './demo.js';
import { registerEnqueue } from './enqueue.js';
import { registerWorker } from './worker.js';
import { registerStatus } from './status.js';
import { registerNer } from './ner.js';
import { registerParse } from './parse.js';

export function registerMore(program: Command): void {
  registerIngest(program);
  registerServe(program);
  registerExport(program);
  registerDemo(program);
  registerEnqueue(program);
  registerWorker(program);
  registerStatus(program);
  registerNer(program);
  registerParse(program);
}
