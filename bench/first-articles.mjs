// The first N lines of a JSONL corpus, written once to a temporary file that the cold-start
// benches (cold-start.mjs, cold-ab.mjs) hand to `newsgraph analyze` as its whole input.
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function firstArticles(file, n) {
  const dir = join(tmpdir(), 'newsgraph-cold-start');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `first-${n}.jsonl`);
  const w = createWriteStream(out);
  let k = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (k++ >= n) break;
    w.write(line + '\n');
  }
  await new Promise((r) => w.end(r));
  if (k < n) throw new Error(`${file} has fewer than ${n} articles`);
  return out;
}
