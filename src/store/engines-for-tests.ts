// The engines the store and API suites run on: PGlite always, PostgreSQL when
// NEWSGRAPH_TEST_DATABASE_URL is set. Each test file gets its own schema on the server, so test
// files running in parallel never see each other's rows.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { openStore, type Db } from './index.js';

/**
 * initdb is most of PGlite's start-up (seconds): test files start from a dumped, freshly
 * initialised data folder kept in the temp folder, made once per PGlite version.
 */
async function pgliteTemplate(): Promise<Blob> {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const file = join(tmpdir(), `newsgraph-pglite-template-${version}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite();
  await db.waitReady;
  const blob = await db.dumpDataDir('none');
  await db.close();
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, file); // atomic: parallel test files never read half a template
  return blob;
}

export interface TestEngine { name: 'pglite' | 'postgres'; open(): Promise<Db>; dispose(db: Db): Promise<void> }

export function testEngines(tag: string): TestEngine[] {
  const out: TestEngine[] = [
    { name: 'pglite', open: async () => openStore('memory:', { pgliteDataDir: await pgliteTemplate() }), dispose: (db) => db.close() },
  ];
  const url = process.env.NEWSGRAPH_TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${tag}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    out.push({
      name: 'postgres',
      open: () => openStore(url, { schema }),
      async dispose(db) {
        await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await db.close();
      },
    });
  }
  return out;
}
