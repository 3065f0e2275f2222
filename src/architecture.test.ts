// The house, checked: a stage imports only the Doc, the knowledge base, the shared types and the
// small libraries under them (ml, util), never another stage's files. Orchestration (pipeline,
// analyze, ingest-source, workers, queue) and the edges (cli, store, api) sit above the stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(process.cwd(), 'src');
const STAGES = ['ingest', 'text', 'ner', 'syntax', 'parse', 'resolve', 'time', 'quotes', 'events', 'tone'];
const BENEATH = new Set(['doc', 'kb', 'ml', 'util', 'types.js']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : []);
}

test('no stage imports another stage\'s files; kb and doc import no stage', { skip: !existsSync(SRC) && 'no src/ here' }, () => {
  const bad: string[] = [];
  for (const folder of [...STAGES, 'kb', 'doc', 'ml', 'util']) {
    const dir = join(SRC, folder);
    if (!existsSync(dir)) continue;
    for (const f of files(dir)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/from '((?:\.\.\/)+)([\w.-]+)/g)) {
        // Resolve the first folder of the import relative to src/.
        const depth = f.slice(SRC.length + 1).split('/').length - 1;
        const up = m[1]!.length / 3;
        if (up !== depth) continue; // stays inside its own folder
        const target = m[2]!;
        if (target === folder || BENEATH.has(target)) continue;
        bad.push(`${f.slice(SRC.length + 1)} imports ${target}/`);
      }
    }
  }
  assert.deepEqual(bad, []);
});
