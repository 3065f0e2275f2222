// Ingest while serving. An embedded (PGlite) database is one process's: while `serve` (or the
// demo) has it open, no other process may. So `serve` leaves a note in the database folder
// (.newsgraph-server.json: its pid and address) and `ingest` on the same folder, finding a live
// server there, reads its inputs itself and sends the articles to that server's POST /api/ingest
// in batches; the server analyses and stores them, and its views show them at once.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveDbUrl } from '../store/index.js';

export const SERVER_FILE = '.newsgraph-server.json';
export interface ServerNote { pid: number; url: string; token: boolean; started: string }

/** The PGlite folder of a --db value, or null for PostgreSQL and memory. */
export function pgliteFolder(db?: string | null): string | null {
  const u = resolveDbUrl(db);
  if (/^postgres(ql)?:\/\//.test(u) || u === 'memory:' || u === ':memory:') return null;
  return resolve(u.replace(/^file:\/\//, ''));
}

export function writeServerNote(dir: string, note: ServerNote): () => void {
  const file = join(dir, SERVER_FILE);
  writeFileSync(file, JSON.stringify(note) + '\n', { mode: 0o644 });
  const remove = () => {
    try {
      const cur = JSON.parse(readFileSync(file, 'utf8')) as ServerNote;
      if (cur.pid === note.pid) rmSync(file, { force: true });
    } catch { /* gone already */ }
  };
  process.once('exit', remove);
  return remove;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live server that holds this database folder, if any. */
export function runningServer(db?: string | null): ServerNote | null {
  const dir = pgliteFolder(db);
  if (!dir) return null;
  const file = join(dir, SERVER_FILE);
  if (!existsSync(file)) return null;
  try {
    const note = JSON.parse(readFileSync(file, 'utf8')) as ServerNote;
    if (!Number.isInteger(note.pid) || note.pid === process.pid || !alive(note.pid) || typeof note.url !== 'string') return null;
    const lock = join(dir, '.newsgraph.lock');
    if (existsSync(lock) && Number(readFileSync(lock, 'utf8').trim()) !== note.pid) return null;
    return note;
  } catch {
    return null;
  }
}
