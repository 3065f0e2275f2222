// Web pages → article: main content by @mozilla/readability over linkedom, with our own metadata.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawArticle } from '../doc/index.js';
import { InputError } from './types.js';
import { rebuildParagraphs } from './paragraphs.js';

export interface HtmlOptions { url?: string | null; name?: string }

export function readHtml(html: string, opts: HtmlOptions = {}): RawArticle {
  const { document } = parseHTML(html);
  const title = (document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.title ?? '').trim();
  const reader = new Readability(document as unknown as Document, { charThreshold: 200 });
  const parsed = reader.parse();
  const text = parsed?.textContent?.trim() ?? '';
  if (!text) throw new InputError(`${opts.name ?? 'page'}: no article text found in the HTML`);
  const body = rebuildParagraphs(text.split('\n')).join('\n\n');
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
