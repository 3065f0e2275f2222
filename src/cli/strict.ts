// --strict: the first bad record stops the run before anything is written. Every input is read
// once (records parsed and checked, nothing analysed) before the real run; stdin is kept in a
// temporary file for it.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileSource, readSource, InputError, type ReadOptions } from '../ingest/index.js';
import { fail } from './errors.js';

export async function strictCheck(inputs: string[], opts: ReadOptions): Promise<{ inputs: string[]; cleanup: () => void }> {
  let dir: string | null = null;
  const out = await Promise.all(inputs.map(async (f) => {
    if (f !== '-') return f;
    dir ??= mkdtempSync(join(tmpdir(), 'newsgraph-stdin-'));
    const p = join(dir, 'stdin');
    await pipeline(process.stdin, createWriteStream(p));
    return p;
  }));
  const cleanup = () => { if (dir) rmSync(dir, { recursive: true, force: true }); };
  for (let i = 0; i < out.length; i++) {
    const name = inputs[i] === '-' ? 'stdin' : out[i]!;
    try {
      const src = await fileSource(out[i]!);
      for await (const item of readSource({ ...src, name }, opts)) {
        if (!item.ok) { cleanup(); fail(`--strict: ${item.error} (nothing written)`); }
        if (!item.article.body.trim()) { cleanup(); fail(`--strict: ${item.where}: article has no body text (nothing written)`); }
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      cleanup();
      fail(`--strict: ${e.message} (nothing written)`);
    }
  }
  return { inputs: out, cleanup };
}
