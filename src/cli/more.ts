// Commands that live in their own modules as they are built (ner, ingest, serve, export, demo).
import type { Command } from 'commander';
import { registerNer } from './ner.js';

export function registerMore(program: Command): void {
  registerNer(program);
}
