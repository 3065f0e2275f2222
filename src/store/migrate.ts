// Applies the versioned migrations on start. An advisory lock serialises concurrent starts
// (several workers against one PostgreSQL); each migration commits with its version row.
import type { Db } from './db.js';
import { MIGRATIONS } from './schema.js';

const LOCK_ID = 7_300_001;

export async function migrate(db: Db): Promise<number[]> {
  await db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
    await q.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const did = await db.tx(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
      const have = await q.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (have.length) return false;
      await q.exec(m.sql);
      await q.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (did) applied.push(m.version);
  }
  return applied;
}

export async function schemaVersion(db: Db): Promise<number> {
  const r = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return r[0]?.v ?? 0;
}
