// The read cache: the same GET within `ttlMs` is answered from memory, already serialised.
//
// - Keys are canonical: the route and its *validated* parameters (defaults filled, codes
//   upper-cased, numbers parsed), sorted. `offset=0`, `offset=00`, `offset=+0` and no offset at
//   all are one entry, so a client cannot grow the cache by respelling one request.
// - Bounded by bytes, not entries: least recently used entries go first when the total would
//   pass `maxBytes`, and an answer larger than `maxEntryBytes` is served but never kept.
// - Concurrent misses of one key share ONE query (single-flight), and a hot entry is refreshed in
//   the background at 80 % of its age (refresh-ahead), so 100 clients never stampede the database
//   when an entry expires. A body is never served older than ttlMs after its query began.
// - Every successful write clears it; a query begun before a write never refills it afterwards.

export interface CacheOptions {
  ttlMs: number;
  /** Total size of the kept answers (default 32 MB). */
  maxBytes?: number;
  /** Largest answer kept (default maxBytes / 16). */
  maxEntryBytes?: number;
}

interface Entry { at: number; body: string; bytes: number }

/** An answer the database already wrote as JSON text: sent and kept as it is, never parsed. */
export class JsonText {
  constructor(readonly text: string) {}
}

const REFRESH_AHEAD = 0.8;
/** What one entry costs besides its body (the key, the record, the Map slot), roughly. */
const OVERHEAD = 200;

/** A canonical key: route pattern + sorted defined values of its validated inputs. */
export function canonicalKey(route: string, ...parts: unknown[]): string {
  const norm = (o: unknown): unknown => {
    if (!o || typeof o !== 'object') return o ?? null;
    return Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined).sort()
      .map((k) => [k, (o as Record<string, unknown>)[k]]);
  };
  return `${route}\u0000${JSON.stringify(parts.map(norm))}`;
}

export class ReadCache {
  readonly ttlMs: number;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  private entries = new Map<string, Entry>();
  private inflight = new Map<string, Promise<string>>();
  private bytes = 0;
  /** Bumped by every write: a query begun before the write must not refill the cache after it. */
  private generation = 0;

  constructor(o: CacheOptions) {
    this.ttlMs = o.ttlMs;
    this.maxBytes = o.maxBytes ?? 32 * 1024 * 1024;
    this.maxEntryBytes = o.maxEntryBytes ?? Math.floor(this.maxBytes / 16);
  }

  get enabled(): boolean {
    return this.ttlMs > 0 && this.maxBytes > 0;
  }

  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inflight.clear();
    this.bytes = 0;
  }

  /** The serialised answer for `key`: from memory when fresh, else from `run` (shared by concurrent callers). */
  async get(key: string, run: () => Promise<unknown>): Promise<string> {
    const hit = this.entries.get(key);
    const age = hit ? Date.now() - hit.at : Infinity;
    if (hit && age < this.ttlMs) {
      // Most recently used last: eviction takes from the front.
      this.entries.delete(key);
      this.entries.set(key, hit);
      if (age >= this.ttlMs * REFRESH_AHEAD && !this.inflight.has(key)) this.load(key, run).catch(() => {});
      return hit.body;
    }
    return this.load(key, run);
  }

  private load(key: string, run: () => Promise<unknown>): Promise<string> {
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const gen = this.generation;
    const at = Date.now();
    const p = run().then((result) => {
      const body = result instanceof JsonText ? result.text : JSON.stringify(result);
      if (gen === this.generation) this.put(key, { at, body, bytes: body.length * 2 + key.length * 2 + OVERHEAD });
      return body;
    }).finally(() => {
      if (this.inflight.get(key) === p) this.inflight.delete(key);
    });
    this.inflight.set(key, p);
    return p;
  }

  private put(key: string, e: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    if (e.bytes > this.maxEntryBytes) return;
    while (this.bytes + e.bytes > this.maxBytes && this.entries.size) {
      const [k, first] = this.entries.entries().next().value!;
      this.entries.delete(k);
      this.bytes -= first.bytes;
    }
    this.entries.set(key, e);
    this.bytes += e.bytes;
  }
}
