// Readers, chosen by content: raw dumps, HTML pages, JSONL records, RSS/Atom feeds; files or stdin.
import type { RawArticle } from '../doc/index.js';
import { detectFormat } from './detect.js';
import { readHtml } from './html.js';
import { readFeed } from './feed.js';
import { parseDumpArticle, splitDump } from './rawdump.js';
import { rebuildParagraphs } from './paragraphs.js';
import { settlePublished } from './published.js';
import { BAD_LINE, linesOf, readAll, type TextSource } from './stream.js';
import { InputError, type ReadItem, type ReadOptions } from './types.js';
import { httpUrl } from './url.js';
import { publishedProblem } from '../util/day.js';

export { InputError } from './types.js';
export type { ReadItem, ReadOptions } from './types.js';
export { fileSource, stdinSource, stringSource } from './stream.js';
export { detectFormat } from './detect.js';
export { readHtml } from './html.js';
export { httpUrl } from './url.js';

/** Largest input read whole (HTML, feeds); larger ones are refused. */
export const MAX_DOCUMENT = 64 * 1024 * 1024;
/** Largest single article in a raw dump or JSONL record. */
export const MAX_ARTICLE = 4 * 1024 * 1024;
/**
 * Longest article body analysed (characters): the per-article size budget. A long read is
 * 30–60k characters; analysis costs about 12 ms per thousand characters, so this keeps one
 * article's analysis to a few seconds. A longer body is a rejected record, not a stalled batch.
 */
export const MAX_BODY = 200_000;

/** A read article past the size budget → its rejection message, else null. */
export function overBudget(a: RawArticle, where: string): string | null {
  return a.body.length > MAX_BODY ? `${where}: article body of ${a.body.length} characters is over the ${MAX_BODY}-character budget for one article` : null;
}

/** A JSONL record → article. */
export function readRecord(rec: unknown, where: string, opts: ReadOptions): RawArticle {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new InputError(`${where}: record is not a JSON object`);
  const r = rec as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  const url = str('url');
  let a: RawArticle;
  if (str('html')) a = readHtml(str('html')!, { url, name: where });
  else if (str('text') !== null) {
    const text = str('text')!;
    if (!text.trim()) throw new InputError(`${where}: empty text`);
    a = str('title') ? { title: '', captions: [], body: rebuildParagraphs(text.split(/\r?\n/)).join('\n\n'), published: null, publishedSource: null } : parseDumpArticle(text.split(/\r?\n/))!;
  } else throw new InputError(`${where}: record has neither "text" nor "html"`);
  if (str('title')) a = { ...a, title: str('title')! };
  // Optional: captions [{ text, credit }] (what `ingest` forwards to a running server keeps them).
  if (Array.isArray(r.captions)) {
    const caps = (r.captions as unknown[]).filter((c): c is { text: string; credit?: unknown } => !!c && typeof (c as { text?: unknown }).text === 'string' && !!(c as { text: string }).text.trim());
    a = { ...a, captions: caps.map((c) => ({ text: c.text, credit: typeof c.credit === 'string' ? c.credit : null })) };
  }
  const pub = str('published');
  if (pub) {
    // Checked here, before the pipeline anchors dates on it or the database sees it.
    const bad = publishedProblem(pub);
    if (bad) throw new InputError(`${where}: "published" ${bad}, got ${JSON.stringify(pub.slice(0, 40))}`);
    const ps = str('published_source');
    a = { ...a, published: pub, publishedSource: ps === 'metadata' || ps === 'caption' || ps === 'text' ? ps : 'given' };
  }
  return { ...a, url: url ?? a.url ?? null };
}

/** Every article of one source, in order; bad records (and articles over budget) are yielded as errors, not thrown. */
export async function* readSource(src: TextSource, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for await (const item of readSourceUnchecked(src, opts)) {
    const over = item.ok ? overBudget(item.article, item.where) : null;
    yield over ? { ok: false, error: over, where: item.where } : item;
  }
}

async function* readSourceUnchecked(src: TextSource, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (!src.head.trim()) throw new InputError(`${src.name}: empty input`);
  const format = detectFormat(src.head);
  // Dates settled, and only http(s) addresses kept as URLs.
  const settle = (a: RawArticle) => {
    const s = settlePublished(a, opts.published);
    return s.url === undefined || s.url === null || httpUrl(s.url) === s.url ? s : { ...s, url: httpUrl(s.url) };
  };
  if (format === 'jsonl') {
    let n = 0;
    for await (const line of linesOf(src.chunks())) {
      n++;
      if (!line.trim()) continue;
      const where = `${src.name}:${n}`;
      try {
        if (line.startsWith(BAD_LINE)) throw new InputError(`${where}: ${line.slice(1)}`);
        if (line.length > MAX_ARTICLE) throw new InputError(`${where}: record larger than ${MAX_ARTICLE >> 20} MB`);
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch {
          throw new InputError(`${where}: not valid JSON`);
        }
        yield { ok: true, article: settle(readRecord(rec, where, opts)), where };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        yield { ok: false, error: e.message, where };
      }
    }
    return;
  }
  if (format === 'html') {
    const html = await readAll(src, MAX_DOCUMENT);
    yield { ok: true, article: settle(readHtml(html, { url: opts.url, name: src.name })), where: src.name };
    return;
  }
  if (format === 'feed') {
    const xml = await readAll(src, MAX_DOCUMENT);
    for (const item of readFeed(xml, src.name)) yield item.ok ? { ...item, article: settle(item.article) } : item;
    return;
  }
  for await (const chunk of splitDump(linesOf(src.chunks()), MAX_ARTICLE)) {
    const where = `${src.name}:${chunk.firstLine}`;
    if (chunk.tooLong) {
      yield { ok: false, error: `${where}: article larger than ${MAX_ARTICLE >> 20} MB (no paragraph breaks?)`, where };
      continue;
    }
    const bad = chunk.lines.findIndex((l) => l.startsWith(BAD_LINE));
    if (bad >= 0) {
      yield { ok: false, error: `${where}: line ${chunk.firstLine + bad}: ${chunk.lines[bad]!.slice(1)}`, where };
      continue;
    }
    const a = parseDumpArticle(chunk.lines);
    if (a) yield { ok: true, article: settle(a), where };
  }
}

/** The readable articles of one source, in order; each bad record goes to onWarning and is skipped. */
export async function* readArticles(src: TextSource, opts: ReadOptions & { onWarning?: (message: string) => void } = {}): AsyncGenerator<RawArticle> {
  for await (const item of readSource(src, opts)) {
    if (item.ok) yield item.article;
    else opts.onWarning?.(item.error);
  }
}
