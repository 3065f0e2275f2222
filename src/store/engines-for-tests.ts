// The engines the store and API suites run on: PGlite always, PostgreSQL when
// NEWSGRAPH_TEST_DATABASE_URL is set. Each test file gets its own schema on the server, so test
// files running in parallel never see each other's rows.
import { openStore, type Db } from './index.js';

export interface TestEngine { name: 'pglite' | 'postgres'; open(): Promise<Db>; dispose(db: Db): Promise<void> }

export function testEngines(tag: string): TestEngine[] {
  const out: TestEngine[] = [
    { name: 'pglite', open: () => openStore('memory:'), dispose: (db) => db.close() },
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
