// `newsgraph export [--db URL] --what events|entities|quotes --format csv|jsonl|gdelt [filters] [--out FILE]`
// The filters are the API's (GET /api/events …), validated by the same schemas.
import type { Command } from 'commander';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, basename, join } from 'node:path';
import { openStore } from '../store/index.js';
import { exportLines, type ExportFormat, type ExportWhat } from '../store/export.js';
import { exportQuery } from '../api/schemas.js';
import { fail, UsageError } from './errors.js';
import { pgliteFolder } from './server-file.js';

export const EXPORT_FILTERS = ['source', 'target', 'pair', 'actor', 'role', 'source-role', 'target-role', 'cameo', 'root', 'plover',
  'quad-class', 'from', 'to', 'dates', 'precision', 'negated', 'hedged', 'place', 'article', 'q', 'type', 'country', 'speaker'] as const;

export interface ExportCliOptions { db?: string; what: string; format: string; out?: string; [filter: string]: string | undefined }

const camel = (k: string) => k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export async function exportCommand(o: ExportCliOptions): Promise<void> {
  if (!['events', 'entities', 'quotes'].includes(o.what)) throw new UsageError(`--what must be events, entities or quotes, not ${o.what}`);
  if (!['csv', 'jsonl', 'gdelt'].includes(o.format)) throw new UsageError(`--format must be csv, jsonl or gdelt, not ${o.format}`);
  if (o.format === 'gdelt' && o.what !== 'events') throw new UsageError('--format gdelt exists for --what events only');
  const raw: Record<string, string> = { format: o.format };
  for (const k of EXPORT_FILTERS) {
    const v = o[camel(k)];
    if (v !== undefined) raw[k.replace(/-/g, '_')] = v;
  }
  const parsed = exportQuery.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new UsageError(`--${String(i.path[0] ?? 'filter').replace(/_/g, '-')}: ${i.message}`);
  }
  const { format: _f, ...filters } = parsed.data;
  // Exporting reads: a database that is not there is a mistake (a typo in --db), not an empty one.
  const folder = pgliteFolder(o.db);
  if (folder && !existsSync(join(folder, 'PG_VERSION'))) fail(`no database at ${folder} (ingest something first, or check --db)`);
  const db = await openStore(o.db);
  // --out: written beside the target and renamed at the end, so a failure leaves no half file.
  const tmp = o.out ? join(dirname(o.out), `.${basename(o.out)}.${process.pid}.part`) : null;
  const out = tmp ? createWriteStream(tmp) : process.stdout;
  let n = 0;
  try {
    if (tmp) await once(out, 'open');
    for await (const line of exportLines(db, o.what as ExportWhat, o.format as ExportFormat, filters)) {
      n++;
      if (!out.write(line)) await once(out, 'drain');
    }
    if (tmp) {
      (out as ReturnType<typeof createWriteStream>).end();
      await once(out, 'finish');
      renameSync(tmp, o.out!);
      process.stderr.write(`newsgraph: export: ${o.format === 'csv' ? n - 1 : n} ${o.what} written to ${o.out}\n`);
    }
  } catch (e) {
    if (tmp) rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (tmp && (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR')) fail(`cannot write ${o.out}: ${err.code === 'ENOENT' ? 'no such folder' : err.code === 'EISDIR' ? 'is a directory' : 'permission denied'}`);
    throw e;
  } finally {
    await db.close();
  }
}

export function registerExport(program: Command): void {
  const c = program
    .command('export')
    .description('export stored events, entities or quotes as CSV, JSONL or the GDELT 2.0 event table, with the API\'s filters')
    .option('--db <url>', 'PGlite folder or postgres:// URL (default $NEWSGRAPH_DATABASE_URL or ./.newsgraph/db); it must exist')
    .requiredOption('--what <what>', 'events, entities or quotes')
    .option('--format <format>', 'csv, jsonl or gdelt (events only)', 'csv')
    .option('--out <file>', 'write to this file (whole or not at all) instead of stdout');
  const help: Record<string, string> = {
    source: 'source actor: country (RUS), actor-code prefix (RUSMIL) or entity id', target: 'target actor, as --source',
    pair: 'either direction: RUS-PRK', actor: 'either side, as --source', role: 'CAMEO role code of either side (GOV, MIL …)',
    'source-role': 'role code of the source', 'target-role': 'role code of the target', cameo: 'CAMEO code prefix (04, 042)',
    root: 'CAMEO root (01–20)', plover: 'PLOVER type', 'quad-class': 'quad class 1–4', from: 'first day YYYY-MM-DD', to: 'last day YYYY-MM-DD',
    dates: 'within (default: the date period lies in from–to) or overlap (coarse dates that touch it too)',
    precision: 'date precisions, comma list: day,week,month,year,none', negated: 'exclude (default), include or only',
    hedged: 'include (default), exclude or only', place: 'place name or country code', article: 'one article id',
    q: 'entities: name contains; quotes: text contains', type: 'entities: type (PERSON, ORG …)', country: 'entities: country code',
    speaker: 'quotes: speaker entity id or name',
  };
  for (const k of EXPORT_FILTERS) c.option(`--${k} <value>`, help[k] ?? k);
  c.action((o: ExportCliOptions) => exportCommand(o));
}
