// Web pages → article: main content by @mozilla/readability over linkedom, with our own
// pre-cleaning, text rebuilding, boilerplate filtering and metadata.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawArticle } from '../doc/index.js';
import { InputError } from './types.js';
import { blocksOf } from './html/text.js';
import { preClean } from './html/clean.js';
import { densestProse } from './html/candidate.js';
import { dropBoilerplate } from './html/boiler.js';

export interface HtmlOptions { url?: string | null; name?: string }

export function readHtml(html: string, opts: HtmlOptions = {}): RawArticle {
  const { document } = parseHTML(html);
  const title = (document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.title ?? '').trim();
  preClean(document as never);
  // Readability takes the document apart: our candidate is read first.
  const dense = densestProse(document as never);
  const denseBlocks = dense ? blocksOf(dense.el as never) : [];
  const reader = new Readability(document as unknown as Document, { charThreshold: 200, serializer: (el: Node) => el as unknown as string });
  const parsed = reader.parse();
  const root = parsed?.content as unknown as Parameters<typeof blocksOf>[0] | undefined;
  let paras = root ? blocksOf(root) : [];
  const len = (b: string[]) => b.reduce((n, x) => n + x.length, 0);
  if (dense && len(paras) < dense.chars * 0.5) paras = denseBlocks;
  paras = dropBoilerplate(paras);
  const body = paras.map((p) => p.replace(/\n/g, ' ')).join('\n\n');
  if (!body.trim()) throw new InputError(`${opts.name ?? 'page'}: no article text found in the HTML`);
  return {
    title: (parsed?.title ?? title).trim(),
    captions: [],
    body,
    published: parsed?.publishedTime?.slice(0, 10) ?? null,
    publishedSource: parsed?.publishedTime ? 'metadata' : null,
    url: opts.url ?? null,
    byline: parsed?.byline ?? null,
    lang: parsed?.lang ?? null,
  };
}
