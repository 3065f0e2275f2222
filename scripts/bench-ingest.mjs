#!/usr/bin/env node
// Ingestion benchmark (reading + cleaning, no analysis):
//   raw dumps — articles/s and MB/s through the streaming reader (split, header folding, captions,
//               paragraphs) on a generated dump of the sample stories (--mb N, default 50);
//   HTML      — pages/s through readHtml on the shared article-extraction pages (or the samples);
// with peak RSS for each. Prints a human summary and, with --json, one JSON line for the bench.
// Usage: node scripts/bench-ingest.mjs [--mb 50] [--pages 181] [--json]
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { readSource, fileSource, readHtml } = await import(join(root, 'dist/ingest/index.js'));
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? Number(args[args.indexOf(k) + 1]) : d);

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
/** Sample RSS every 20 ms while `fn` runs (a timer, so streaming reads are sampled too). */
async function withPeak(fn) {
  peak = process.memoryUsage().rss;
  const timer = setInterval(sample, 20);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    sample();
  }
}

/** Write a raw dump of about `mb` MB by repeating the sample dump's articles. */
export async function makeDump(path, mb) {
  const dump = readFileSync(join(root, 'samples/raw/dump.txt'), 'utf8').trimEnd() + '\n\n\n\n';
  const out = createWriteStream(path);
  let written = 0;
  while (written < mb * 1048576) {
    if (!out.write(dump)) await once(out, 'drain');
    written += Buffer.byteLength(dump);
  }
  out.end();
  await once(out, 'finish');
  return written;
}

export async function benchRaw(mb) {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-'));
  const path = join(dir, 'dump.txt');
  try {
    const bytes = await makeDump(path, mb);
    const t0 = performance.now();
    let n = 0;
    await withPeak(async () => {
      for await (const it of readSource(await fileSource(path))) if (it.ok) n++;
    });
    const s = (performance.now() - t0) / 1000;
    return { articles: n, seconds: s, articles_per_s: n / s, mb_per_s: bytes / 1048576 / s, peak_rss_mb: peak / 1048576 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchHtml(maxPages) {
  const shared = resolve(root, '../shared/data/article-extraction/html');
  let pages;
  if (existsSync(shared)) pages = readdirSync(shared).filter((f) => f.endsWith('.gz')).sort().slice(0, maxPages).map((f) => gunzipSync(readFileSync(join(shared, f))).toString('utf8'));
  else pages = readdirSync(join(root, 'samples/html')).map((f) => readFileSync(join(root, 'samples/html', f), 'utf8'));
  const t0 = performance.now();
  let ok = 0;
  await withPeak(async () => {
    for (const html of pages) {
      try {
        readHtml(html);
        ok++;
      } catch {
        /* pages with no article still cost their time */
      }
      sample();
      await new Promise((r) => setImmediate(r));
    }
  });
  const s = (performance.now() - t0) / 1000;
  return { pages: pages.length, extracted: ok, seconds: s, pages_per_s: pages.length / s, peak_rss_mb: peak / 1048576, corpus: existsSync(shared) ? 'article-extraction' : 'samples' };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const raw = await benchRaw(opt('--mb', 50));
  const html = await benchHtml(opt('--pages', 181));
  if (args.includes('--json')) console.log(JSON.stringify({ raw, html }));
  else {
    console.log(`raw dump reading + cleaning: ${raw.articles} articles in ${raw.seconds.toFixed(1)} s = ${raw.articles_per_s.toFixed(0)} articles/s (${raw.mb_per_s.toFixed(1)} MB/s), peak RSS ${raw.peak_rss_mb.toFixed(0)} MB`);
    console.log(`HTML extraction (${html.corpus}): ${html.pages} pages in ${html.seconds.toFixed(1)} s = ${html.pages_per_s.toFixed(1)} pages/s, peak RSS ${html.peak_rss_mb.toFixed(0)} MB`);
  }
}
