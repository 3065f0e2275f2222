import { basename, join } from 'node:path';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileSource, readHtml } from '../ingest/index.js';
import { readAll } from '../ingest/stream.js';
import { MAX_DOCUMENT } from '../ingest/index.js';
import { InputError } from '../ingest/types.js';
import { warn, fail, someRejected } from './errors.js';
import { writeOut } from './analyze.js';

export interface ExtractCliOptions { url?: string; out?: string }

export async function extractOne(file: string, url: string | null) {
  const src = await fileSource(file);
  // Not a page at all (plain text, JSON, a feed): one line, not a stack trace from the DOM.
  if (!/<[a-z!][^<>]*>/i.test(src.head) || /^\s*[{[]/.test(src.head)) throw new InputError(`${file}: not an HTML page`);
  const html = await readAll(src, MAX_DOCUMENT);
  const a = readHtml(html, { url, name: file });
  return { title: a.title || null, byline: a.byline ?? null, published: a.published, lang: a.lang ?? null, body: a.body };
}

/** SPEC: the input's file name without a `.gz` and then without its `.html`/`.htm` ending. */
export function outputName(file: string): string {
  return basename(file).replace(/\.gz$/i, '').replace(/\.html?$/i, '') || 'page';
}

/**
 * Several pages are several records (README "Bad records"): a page that cannot be read is named on
 * stderr and skipped, the others are written, and the run exits 3 (1 when no page could be read).
 * With --out, each page is written whole (a temporary file renamed) under a name no other input
 * of the run takes: `a.v1.html` and `a.v2.html` → `a.v1.json` and `a.v2.json`; two `a.html` from
 * different folders → `a.json` and `a-2.json`.
 */
export async function extractCommand(files: string[], o: ExtractCliOptions): Promise<void> {
  if (!o.out && files.length === 1) {
    await writeOut(JSON.stringify(await extractOne(files[0]!, o.url ?? null), null, 2) + '\n');
    return;
  }
  if (o.out) mkdirSync(o.out, { recursive: true });
  let ok = 0;
  let bad = 0;
  let firstError: string | null = null;
  const taken = new Set<string>();
  for (const f of files) {
    let name = outputName(f);
    if (o.out) {
      for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${outputName(f)}-${k}`;
      taken.add(name.toLowerCase());
    }
    try {
      const r = await extractOne(f, o.url ?? null);
      if (o.out) {
        const dest = join(o.out, `${name}.json`);
        writeFileSync(dest + '.tmp', JSON.stringify(r) + '\n');
        renameSync(dest + '.tmp', dest); // never a half-written file
      } else await writeOut(JSON.stringify(r) + '\n'); // several files without --out: one JSON object per line
      ok++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      bad++;
      firstError ??= e.message;
      if (files.length > 1) warn(e.message);
    }
  }
  if (!ok) fail(files.length === 1 ? firstError! : `no page could be extracted (${firstError})`);
  if (bad) someRejected(bad, 'pages');
}
