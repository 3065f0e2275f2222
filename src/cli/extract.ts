import { basename, join } from 'node:path';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileSource, readHtml } from '../ingest/index.js';
import { readAll } from '../ingest/stream.js';
import { MAX_DOCUMENT } from '../ingest/index.js';
import { InputError } from '../ingest/types.js';
import { warn, fail } from './errors.js';
import { writeOut } from './analyze.js';

export interface ExtractCliOptions { url?: string; out?: string }

export async function extractOne(file: string, url: string | null) {
  const html = await readAll(await fileSource(file), MAX_DOCUMENT);
  const a = readHtml(html, { url, name: file });
  return { title: a.title || null, byline: a.byline ?? null, published: a.published, lang: a.lang ?? null, body: a.body };
}

export async function extractCommand(files: string[], o: ExtractCliOptions): Promise<void> {
  if (!o.out) {
    if (files.length !== 1) {
      // Several files without --out: one JSON object per line.
      for (const f of files) await writeOut(JSON.stringify(await extractOne(f, o.url ?? null)) + '\n');
      return;
    }
    await writeOut(JSON.stringify(await extractOne(files[0]!, o.url ?? null), null, 2) + '\n');
    return;
  }
  mkdirSync(o.out, { recursive: true });
  let ok = 0;
  for (const f of files) {
    try {
      const r = await extractOne(f, o.url ?? null);
      const name = basename(f).split('.')[0]!;
      const dest = join(o.out, `${name}.json`);
      writeFileSync(dest + '.tmp', JSON.stringify(r) + '\n');
      renameSync(dest + '.tmp', dest); // never a half-written file
      ok++;
    } catch (e) {
      if (!(e instanceof InputError) || files.length === 1) throw e;
      warn(e.message);
    }
  }
  if (!ok) fail('no page could be extracted');
}
