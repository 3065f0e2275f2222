// The store: open (and migrate) a database, put analysed articles in, query them out.
import { openDb, type Db, type OpenOptions } from './db.js';
import { migrate } from './migrate.js';

export { DbError, DEFAULT_DB_DIR, resolveDbUrl, type Db } from './db.js';
export { storeArticle, deleteArticle, type StoreResult } from './ingest.js';
export * from './queries.js';
export type { EventFilters } from './filters.js';

/** Open the database named by a URL/folder (or the default) and bring its schema up to date. */
export async function openStore(url?: string | null, opts: OpenOptions = {}): Promise<Db> {
  const db = await openDb(url, opts);
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  return db;
}
