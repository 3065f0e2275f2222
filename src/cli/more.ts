// Commands that live in their own modules as they are built (ner, ingest, serve, export, demo).
import type { Command } from 'commander';

export function registerMore(_program: Command): void {}
