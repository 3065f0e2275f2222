// Where the shipped tables live: `data/` at the project root (dist/resolve/ → ../../data).
import { readFileSync } from 'node:fs';

export function dataFile(rel: string): URL {
  return new URL(`../../data/${rel}`, import.meta.url);
}

/** Rows of a shipped TSV table, without comments and blank lines. */
export function readTsv(rel: string): string[][] {
  return readFileSync(dataFile(rel), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
