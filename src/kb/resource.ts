// The one resource loader of the knowledge base: where the shipped tables live (`data/` and
// `models/` at the package root; dist/kb/ → ../../), and lazily built resources, each loaded once
// per thread on first use. Every table the stages consult goes through `resource()`, so there is
// one place that knows what is loaded, what it cost, and how to load it all up front (`preload`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A shipped data file: `data/<rel>`. */
export function dataFile(rel: string): URL {
  return new URL(`../../data/${rel}`, import.meta.url);
}

/** A shipped model file's path: `models/<name>`. */
export function modelPath(name: string): string {
  return fileURLToPath(new URL(`../../models/${name}`, import.meta.url));
}

/** Lines of a shipped text table with `#` comments and blank lines removed, trimmed. */
export function readLines(rel: string): string[] {
  const out: string[] = [];
  for (const raw of readFileSync(dataFile(rel), 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

/** Rows of a shipped TSV table, without comment lines and blank lines. */
export function readTsv(rel: string): string[][] {
  return readFileSync(dataFile(rel), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** A resource: `get()` builds it on first use and keeps it for the life of the thread. */
export interface Resource<T> {
  readonly name: string;
  get(): T;
  /** Whether it has been built in this thread. */
  readonly loaded: boolean;
}

interface Entry { name: string; get(): unknown; loaded: boolean; ms: number }
const registry: Entry[] = [];

/** Declare a resource. `load` runs once, on the first `get()`; its cost is recorded for `loadReport`. */
export function resource<T>(name: string, load: () => T): Resource<T> {
  let value: T | undefined;
  let done = false;
  const entry: Entry = {
    name,
    loaded: false,
    ms: 0,
    get(): T {
      if (done) return value as T;
      const t0 = performance.now();
      value = load();
      done = true;
      entry.loaded = true;
      entry.ms = performance.now() - t0;
      return value;
    },
  };
  registry.push(entry);
  return entry as unknown as Resource<T>;
}

/** Build every declared resource now but those named in `skip` (a worker warming up before its first article). */
export function preloadResources(skip: readonly string[] = []): void {
  for (const e of registry) if (!skip.includes(e.name)) e.get();
}

/** What has been loaded in this thread, and how long each took (milliseconds). */
export function loadReport(): { name: string; loaded: boolean; ms: number }[] {
  return registry.map((e) => ({ name: e.name, loaded: e.loaded, ms: Math.round(e.ms) }));
}
