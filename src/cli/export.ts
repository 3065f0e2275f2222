// `newsgraph export [--db URL] --what events|entities|quotes --format csv|jsonl|gdelt`
import type { Command } from 'commander';
import { openStore } from '../store/index.js';
import { exportLines, type ExportFormat, type ExportWhat } from '../store/export.js';
import { UsageError } from './errors.js';

export interface ExportCliOptions { db?: string; what: string; format: string }

export async function exportCommand(o: ExportCliOptions): Promise<void> {
  if (!['events', 'entities', 'quotes'].includes(o.what)) throw new UsageError(`--what must be events, entities or quotes, not ${o.what}`);
  if (!['csv', 'jsonl', 'gdelt'].includes(o.format)) throw new UsageError(`--format must be csv, jsonl or gdelt, not ${o.format}`);
  if (o.format === 'gdelt' && o.what !== 'events') throw new UsageError('--format gdelt exists for --what events only');
  const db = await openStore(o.db);
  try {
    for await (const line of exportLines(db, o.what as ExportWhat, o.format as ExportFormat)) {
      if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
    }
  } finally {
    await db.close();
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export stored events, entities or quotes as CSV, JSONL or the GDELT 2.0 event table')
    .option('--db <url>', 'PGlite folder or postgres:// URL (default $NEWSGRAPH_DATABASE_URL or ./.newsgraph/db)')
    .requiredOption('--what <what>', 'events, entities or quotes')
    .option('--format <format>', 'csv, jsonl or gdelt (events only)', 'csv')
    .action((o: ExportCliOptions) => exportCommand(o));
}
